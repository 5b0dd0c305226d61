// The HTML article's last trim: the page's affiliate notice, and the author's bio at its end ("Jane Doe is a reporter who
// covers…") found by the byline's name.
import type { Context } from '../context.js';
import type { Segment } from '../segment/types.js';
import { textWeight } from '../text/normalize.js';
import { lazy } from '../lazy.js';

/**
 * Where and how long a bio is. html-dev: bios of the byline's author among an article's last blocks were not the
 * truth's on 13 pages and were on 2 (one under its own "Why trust us" heading, which keeps it); appeals-html leak
 * 0.04999 -> 0.04892 (see CHANGELOG).
 */
export const AUTHOR_BIO = {
  /** A bio is among the article's last this many blocks… */
  lastBlocks: 4,
  /** …and no longer than this many words (a closing paragraph on the author's work is longer). */
  maxWords: 120,
} as const;

/**
 * A page's notice that its links earn it money ("This post contains affiliate links", "If you buy through our links, we
 * may earn a commission", "As an Amazon Associate I earn from qualifying purchases"): the site's boilerplate, not the
 * article's text. The notice's own phrases only, never "affiliate links" alone (an article on affiliate marketing says
 * that). html-dev: 19 such notices kept were not the truth's, 10 were (WCXB's truth is split on them). As a catalog
 * rule (text mode too) it cut such a notice from 9 appeals-dev documents whose articles keep it, so it is HTML only.
 */
export const AFFILIATE_NOTICE = /\b(?:contains?|includes?|uses?|buy through|purchase through|by using the) (?:our |my |the )?affiliate links\b|\baffiliate links are used\b|\bmay (?:earn|receive) (?:us )?(?:a |an )?(?:small )?commissions?\b|\bearn us (?:a )?(?:small )?commission\b|\bearn from qualifying purchases\b/i;
/**
 * Whether a text holds what every AFFILIATE_NOTICE match holds ("affiliate links", "commission" or "qualifying
 * purchases"), so that the pattern, an alternation with the `i` flag that V8 takes some 6 M instructions to compile, is
 * run (and compiled) only for such a text (issue 9, cold start). Under `i` without `u` an ASCII letter matches only its
 * own two cases, so a match's words are in the lowercased text as written here (test/locate.test.ts).
 */
export function mayBeAffiliateNotice(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('affiliate links') || lower.includes('commission') || lower.includes('qualifying purchases');
}
/** A notice is short: a longer paragraph with such a phrase is the article's own (a guide to affiliate programs). */
const NOTICE_WORDS = 60;

/** Words of a byline that name a desk or a company, not a person ("Recharged Editorial Team", "QCY Official"). */
const NOT_A_PERSON = /^(?:team|staff|editors?|editorial|desk|newsroom|official|group|news|media|press|inc|llc|ltd|magazine|reporters?|writers?)$/i;
/** A person's name: two to four capitalized words. */
const PERSON = lazy(() => new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$`, 'u'));
/** What a bio says right after the name: "Jane Doe is…", "Jane's book…", "Jane has written…". */
const BIO_VERB = /^(?:['’]s\s|\s(?:is|was|has|writes|covers|lives|holds|joined)\s)/;

/** The persons a byline names ("By Jane Doe and John Roe", "Jane Doe, Senior Editor, Acme Inc." → the first name only). */
function bylineNames(byline: string): string[] {
  const names: string[] = [];
  const first = byline.replace(/^\s*by\s+/i, '').split(/[,|·•–—]/)[0] ?? '';
  for (const part of first.replace(/\s+/g, ' ').split(/ (?:and|&) /)) {
    const name = part.trim();
    if (PERSON().test(name) && !name.split(' ').some((word) => NOT_A_PERSON.test(word))) names.push(name);
  }
  return names;
}

/** True when the text opens with the name (whole, first or last) and a bio's verb. */
function opensWithName(text: string, name: string): boolean {
  const words = name.split(' ');
  const forms = [name, words[0] as string, words.at(-1) as string].filter((form) => form.length >= 3);
  return forms.some((form) => text.startsWith(form) && BIO_VERB.test(text.slice(form.length)));
}

/** A notice's paragraph holds at most this many words in sentences that say nothing of links, deals or disclosure. */
const NOTICE_OTHER_WORDS = 12;
/** Words of a notice's other sentences ("For more information, see our Disclosure page.", "Prices may change."). */
const NOTICE_TOPIC = /\b(?:affiliate|commissions?|disclos\w*|disclaimer|sponsor\w*|paid|promotions?|links?|purchases?|buy|editorial|editors?|independently|guidelines|polic(?:y|ies)|deals?|prices?|coupons?|customers?|information|recommend\w*|products?|earn\w*)\b/i;
const STOPS = '.!?';
/** The text's sentences: each up to and with its run of stops, the last to the end (a loop: a regex here moves quadratically). */
function sentencesIn(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (STOPS.includes(text.charAt(i)) && !STOPS.includes(text.charAt(i + 1) || 'x')) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/**
 * A short paragraph that is a page's affiliate notice (`AFFILIATE_NOTICE`): not one that holds the article's sentences
 * with a notice glued to them (those would go with it). Its other sentences are the notice's when they speak of links,
 * deals or disclosure (appeals-html-dev: counting every other sentence kept five notices, leak 0.0496 -> 0.0517).
 */
function isAffiliateNotice(segment: Segment): boolean {
  if (segment.type !== 'paragraph' || textWeight(segment.text) > NOTICE_WORDS || !mayBeAffiliateNotice(segment.text) || !AFFILIATE_NOTICE.test(segment.text)) return false;
  let other = 0;
  for (const sentence of sentencesIn(segment.text)) if (!AFFILIATE_NOTICE.test(sentence) && !NOTICE_TOPIC.test(sentence)) other += textWeight(sentence);
  return other <= NOTICE_OTHER_WORDS;
}

/**
 * Drops, with receipts, the page's affiliate notices anywhere in the article and the bio of the byline's author among
 * its last blocks: a paragraph that opens with the author's name and a bio's verb. A bio under a heading of its own
 * ("Why trust us") that does not name the author is a section of the article and stays.
 */
export function trimArticle(segments: readonly Segment[], byline: string | null, ctx: Context): Segment[] {
  const drop = new Map<number, 'notice' | 'bio'>();
  segments.forEach((segment, i) => {
    if (isAffiliateNotice(segment)) drop.set(i, 'notice');
  });
  const names = byline === null ? [] : bylineNames(byline);
  const from = names.length === 0 ? segments.length : Math.max(0, segments.length - AUTHOR_BIO.lastBlocks);
  for (let i = from; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (drop.has(i) || segment.type !== 'paragraph' || textWeight(segment.text) > AUTHOR_BIO.maxWords) continue;
    const text = segment.text.trim();
    const name = names.find((n) => opensWithName(text, n));
    if (name === undefined) continue;
    const before = segments[i - 1];
    if (before?.type === 'heading' && !before.text.includes(name.split(' ').at(-1) as string)) continue;
    drop.set(i, 'bio');
  }
  if (drop.size === 0) return segments as Segment[];
  const kept: Segment[] = [];
  segments.forEach((segment, i) => {
    const kind = drop.get(i);
    if (kind === 'notice') ctx.remove({ ruleId: 'locate.affiliate-disclosure', category: 'ad', reason: "the page's affiliate-link notice", stage: 'locate', text: segment.text });
    else if (kind === 'bio') ctx.remove({ ruleId: 'locate.author-bio', category: 'boilerplate', reason: "the author's bio at the end of the article", stage: 'locate', text: segment.text });
    else kept.push(segment);
  });
  return kept;
}
