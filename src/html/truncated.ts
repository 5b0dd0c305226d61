// TRUNCATED (RELIABILITY.md §3): the input ends inside a comment, a raw-text element or a tag, and that swallowed at
// least 1 KiB, which under the HTML Standard is not text. Found with lastIndexOf scans and one pass over the `<`s:
// linear, no regex.

/** Swallowed content below this many characters is too small to be worth a warning. */
export const TRUNCATED_MIN_CHARS = 1024;

const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'];

export interface Truncation {
  /** What swallowed the end: a comment, an unclosed tag, or a raw-text element's name. */
  inside: string;
  /** Character range [from, to) that is not text. */
  from: number;
  to: number;
}

const TAG_NAMES = [...RAW_TEXT, 'plaintext'];
const TAG_NAMES_UPPER = TAG_NAMES.map((name) => name.toUpperCase());

/**
 * For each `<name` and `</name` of TAG_NAMES (keyed in lower case): the last index where it occurs in exact lower or
 * exact upper case, as `max(html.lastIndexOf(needle), html.lastIndexOf(needle.toUpperCase()))` gives (a needle is a
 * prefix: `<scripts` holds `<script`). Every occurrence starts at a `<`, so one pass over the `<`s finds them all.
 */
function lastRawTextTags(html: string): Map<string, number> {
  const last = new Map<string, number>();
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const close = html.charCodeAt(at + 1) === 0x2f;
    const from = close ? at + 2 : at + 1;
    const first = html.charCodeAt(from) | 0x20;
    // A plain loop, not forEach with an arrow: that allocated a closure per `<` (10M `<` made 600 MB of garbage).
    for (let i = 0; i < TAG_NAMES.length; i++) {
      const name = TAG_NAMES[i] as string;
      if (name.charCodeAt(0) === first && (html.startsWith(name, from) || html.startsWith(TAG_NAMES_UPPER[i] as string, from))) last.set(`${close ? '</' : '<'}${name}`, at);
    }
  }
  return last;
}

/** Where the input ends inside a comment, raw-text element, `<plaintext>` or tag that ate ≥ 1 KiB; else null. */
export function findTruncation(html: string): Truncation | null {
  const end = html.length;
  if (end < TRUNCATED_MIN_CHARS) return null;
  const lower = html.length > 4 * TRUNCATED_MIN_CHARS ? null : html.toLowerCase();
  // Long inputs: both common spellings rather than lowercasing megabytes, found in one pass (36 whole-page lastIndexOf
  // scans were 14% of html-dev's time, issue 9 profile).
  const last = lower === null ? lastRawTextTags(html) : null;
  const lastIndex = (needle: string): number => (lower !== null ? lower.lastIndexOf(needle) : (last?.get(needle) ?? -1));
  const found: Truncation[] = [];
  const comment = html.lastIndexOf('<!--');
  if (comment >= 0 && html.indexOf('-->', comment + 4) < 0) found.push({ inside: 'comment', from: comment, to: end });
  for (const name of TAG_NAMES) {
    const open = lastIndex(`<${name}`);
    if (open < 0) continue;
    const after = html.charCodeAt(open + name.length + 1);
    // `<scripts>` is not `<script>`: the name must end at a space, `>` or `/`.
    if (!(after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0c || after === 0x0d)) continue;
    if (name !== 'plaintext' && lastIndex(`</${name}`) > open) continue;
    found.push({ inside: name, from: open, to: end });
  }
  const lastOpen = html.lastIndexOf('<');
  if (lastOpen >= 0 && html.indexOf('>', lastOpen) < 0) {
    const next = html.charCodeAt(lastOpen + 1);
    const isTag = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21;
    if (isTag) found.push({ inside: 'tag', from: lastOpen, to: end });
  }
  // A quoted attribute value never closed swallows every later `<…>` (so the last `<` check above misses it).
  for (const quote of ['"', "'"]) {
    const open = html.lastIndexOf(`=${quote}`);
    if (open < 0 || html.indexOf(quote, open + 2) >= 0) continue;
    const tag = html.lastIndexOf('<', open);
    if (tag < 0) continue;
    // The `=` must be inside that tag: no `>` between the tag's `<` and the quote.
    const close = html.indexOf('>', tag);
    if (close >= 0 && close < open) continue;
    found.push({ inside: 'attribute', from: tag, to: end });
  }
  // The earliest start swallowed the most.
  let best: Truncation | null = null;
  for (const t of found) if (t.to - t.from >= TRUNCATED_MIN_CHARS && (best === null || t.from < best.from)) best = t;
  return best;
}
