// Decides whether a decoded input is HTML or a plain-text dump, when the caller says `auto`.

/** How much of the input the sniffer reads: enough for any page's head and first paragraphs. */
const SNIFF_CHARS = 64 * 1024;
/** Known-tag density (per 1,000 characters) above which text that does not start with markup is still HTML. */
const TAG_DENSITY = 2;
/** A fragment needs at least this many known tags to count as HTML by density. */
const MIN_TAGS = 3;

/** A long input that starts with markup but has fewer tags than this is a text dump that kept a stray tag (a tracking pixel). */
const STRAY_TAGS = 3;
const STRAY_MIN_CHARS = 2000;

const LEADING_MARKUP = /^\s*<(?:!doctype|html|head|body|meta|title|link|!--|\?xml|div|p|article|section|main|span|h[1-6]|ul|ol|table|header|nav|script|style|a|br|img|figure|blockquote|pre)[\s>/]/i;
const KNOWN_TAG = /<\/?(?:html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|h[1-6]|script|style|meta|link|article|section|main|header|footer|nav|aside|img|figure|em|strong|b|i|blockquote|pre|code|form|input|button|iframe)(?=[\s>/])[^<>]{0,200}>/gi;

/** Counts the known tags of the sample, stopping at `enough`: the decision needs no more (a page holds thousands). */
function countTags(sample: string, enough: number): number {
  let tags = 0;
  for (const _ of sample.matchAll(KNOWN_TAG)) if (++tags >= enough) break;
  return tags;
}

/** Returns 'html' when the input is markup, else 'text'. */
export function detectFormat(input: string): 'html' | 'text' {
  const sample = input.length > SNIFF_CHARS ? input.slice(0, SNIFF_CHARS) : input;
  if (LEADING_MARKUP.test(sample)) return sample.length >= STRAY_MIN_CHARS && countTags(sample, STRAY_TAGS) < STRAY_TAGS ? 'text' : 'html';
  // Density: at least TAG_DENSITY tags per 1,000 characters, and MIN_TAGS.
  const needed = Math.max(MIN_TAGS, Math.ceil((TAG_DENSITY * Math.max(sample.length, 1)) / 1000));
  return countTags(sample, needed) >= needed ? 'html' : 'text';
}
