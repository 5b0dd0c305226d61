// The HTML article's last trim: the page's affiliate-link notice.
import type { Context } from '../context.js';
import type { Segment } from '../segment/types.js';
import { textWeight } from '../text/normalize.js';

/**
 * A page's notice that its links earn it money ("This post contains affiliate links", "If you buy through our links, we
 * may earn a commission", "As an Amazon Associate I earn from qualifying purchases"): the site's boilerplate, not the
 * article's text. The notice's own phrases only, never "affiliate links" alone (an article on affiliate marketing says
 * that). html-dev: 19 such notices kept were not the truth's, 10 were (WCXB's truth is split on them). As a catalog
 * rule (text mode too) it cut such a notice from 9 appeals-dev documents whose articles keep it, so it is HTML only.
 */
const AFFILIATE_NOTICE = /\b(?:contains?|includes?|uses?|buy through|purchase through|by using the) (?:our |my |the )?affiliate links\b|\baffiliate links are used\b|\bmay (?:earn|receive) (?:us )?(?:a |an )?(?:small )?commissions?\b|\bearn us (?:a )?(?:small )?commission\b|\bearn from qualifying purchases\b/i;
/** A notice is short: a longer paragraph with such a phrase is the article's own (a guide to affiliate programs). */
const NOTICE_WORDS = 60;

/** A short paragraph that is a page's affiliate notice (`AFFILIATE_NOTICE`). */
const isAffiliateNotice = (segment: Segment): boolean => segment.type === 'paragraph' && AFFILIATE_NOTICE.test(segment.text) && textWeight(segment.text) <= NOTICE_WORDS;

/** Drops, with receipts, the page's affiliate-link notices anywhere in the article. */
export function trimArticle(segments: readonly Segment[], ctx: Context): Segment[] {
  if (!segments.some(isAffiliateNotice)) return segments as Segment[];
  const kept: Segment[] = [];
  for (const segment of segments) {
    if (isAffiliateNotice(segment)) ctx.remove({ ruleId: 'locate.affiliate-disclosure', category: 'ad', reason: "the page's affiliate-link notice", stage: 'locate', text: segment.text });
    else kept.push(segment);
  }
  return kept;
}
