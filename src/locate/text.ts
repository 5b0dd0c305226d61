// The text locate stage: in a whole-page dump (menus, link lists and footers as short lines around the article),
// finds the run of blocks that is the article and gives a receipt for every block outside it.
//
// Each block scores by how much it looks like article prose: prose blocks (long, or sentences) count their words,
// short menu-like lines cost a little. The article is the run with the highest total (Kadane's maximum subarray,
// linear). Only dumps that look like whole pages (many short lines) are located; an article-only dump is left as is.
import type { Context } from '../context.js';
import { scanTokens } from '../rules/compile.js';
import { bestRun, SENTENCE_END } from './run.js';
import type { Segment } from '../segment/types.js';

export const TEXT_LOCATE = {
  /** A block this long is prose whatever it ends with. */
  proseWords: 25,
  /** A block this long that ends like a sentence is prose. */
  sentenceWords: 10,
  /** What a menu-like line (few words, no sentence end) costs. */
  shortCost: 4,
  /** What any other non-prose block (a heading, a caption, a short sentence) costs. */
  otherCost: 1,
  /** A menu-like line: at most this many words and no sentence end. */
  menuWords: 6,
  /** Locate only dumps with at least this many menu-like lines… */
  minShortBlocks: 12,
  /** …making up at least this share of all blocks. */
  minShortShare: 0.35,
  /** A footer mark counts on a line of at most this many words. */
  footerLineWords: 12,
  /** At most this many lines before the article's run are its own (title, subtitle, a label), not a page's menu. */
  maxHeadLines: 3,
  /** A comment section's start ends the article only after this many words of prose. */
  minProseBeforeComments: 50,
} as const;

/** Lines that open a comment section: "12 Comments", "Leave a Reply", "Jane on May 2, 2019 at 4:47 pm said:". */
const COMMENTS_START = /^(?:\d+\s+)?(?:comments?|responses?|replies|kommentare|commentaires|comentarios|commenti|reacties)(?:\s*\(\d+\))?$|^(?:leave a (?:reply|comment)|join the discussion|add a comment|post a comment|show comments|view comments|comments are closed)\b|\b(?:said|says|wrote|commented):$/i;

/** Marks of a page footer, in the languages of the catalog. */
const FOOTER = /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|privacy (?:policy|notice|statement|settings)|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings|preferences)|contact us|about us|advertise with us|sitemap|site map|impressum|datenschutz|alle rechte vorbehalten|mentions l[ée]gales|tous droits r[ée]serv[ée]s|aviso legal|pol[íi]tica de privacidad|todos los derechos reservados|informativa sulla privacy|tutti i diritti riservati|algemene voorwaarden/i;


type Kind = 'prose' | 'menu' | 'other';

/** Punctuation any stretch of prose has somewhere; a tag cloud or a run of link labels has none. */
const PROSE_PUNCTUATION = /[.,;:!?。，、！？]/u;

function kindOf(segment: Segment, words: number): Kind {
  const sentence = SENTENCE_END.test(segment.text);
  if ((words >= TEXT_LOCATE.proseWords && PROSE_PUNCTUATION.test(segment.text)) || (words >= TEXT_LOCATE.sentenceWords && sentence)) return 'prose';
  if (segment.type === 'list') return 'other';
  if (words <= TEXT_LOCATE.menuWords && !sentence) return 'menu';
  return 'other';
}

/** Index of the first block of a comment section after some article prose, or the number of blocks. */
function commentsStart(segments: readonly Segment[], kinds: readonly Kind[], words: readonly number[]): number {
  let prose = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if (prose >= TEXT_LOCATE.minProseBeforeComments && (words[i] as number) <= TEXT_LOCATE.footerLineWords && COMMENTS_START.test(segment.text.trim())) return i;
    if (kinds[i] === 'prose') prose += words[i] as number;
  }
  return segments.length;
}

/** Returns the article's blocks of a whole-page dump (all blocks for an article-only dump); receipts for the rest. */
export function locateText(segments: readonly Segment[], ctx: Context): Segment[] {
  // Each block's words, counted once (counting them at every use was a tenth of text mode: issue 9 profile), from
  // its tokens, which classify then reads instead of scanning the text again (most blocks of a dump are kept).
  const words = segments.map((segment) => {
    const tokens = scanTokens(segment.text);
    segment.tokens = tokens;
    return tokens.weight();
  });
  const kinds = segments.map((segment, i) => kindOf(segment, words[i] as number));
  const menus = kinds.filter((k) => k === 'menu').length;
  if (menus < TEXT_LOCATE.minShortBlocks || menus / segments.length < TEXT_LOCATE.minShortShare) return [...segments];
  if (!kinds.includes('prose')) return [...segments];
  // The article ends where its comment section starts, when enough prose comes before that.
  const limit = commentsStart(segments, kinds, words);
  const scores = segments.map((_, i) => {
    const kind = kinds[i];
    return kind === 'prose' ? (words[i] as number) : kind === 'menu' ? -TEXT_LOCATE.shortCost : -TEXT_LOCATE.otherCost;
  });
  const { start: runStart, end } = bestRun(scores, limit);
  // A few lines before the article (its title, a "Key takeaways" label) are not a menu: a page's menu is longer.
  const bestStart = runStart <= TEXT_LOCATE.maxHeadLines ? 0 : runStart;
  let bestEnd = end;
  // Short lines after the article are dropped only when they hold a page footer's marks (©, privacy, terms…):
  // an article can end in a checklist, a page's footer always says who it belongs to.
  if (bestEnd < limit && !segments.slice(bestEnd).some((s, k) => (words[bestEnd + k] as number) <= TEXT_LOCATE.footerLineWords && FOOTER.test(s.text))) bestEnd = limit;
  const kept: Segment[] = [];
  segments.forEach((segment, i) => {
    if (i >= bestStart && i < bestEnd) kept.push(segment);
    else if (i >= limit) ctx.remove({ ruleId: 'locate.comments', category: 'comments', reason: 'in the comment section after the article of a whole-page dump', stage: 'locate', text: segment.text });
    else ctx.remove({ ruleId: 'locate.outside-article', category: 'boilerplate', reason: 'outside the run of article prose in a whole-page dump', stage: 'locate', text: segment.text });
  });
  return kept;
}
