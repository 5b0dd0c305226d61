// TRUNCATED (RELIABILITY.md §3): the input ends inside a comment, a raw-text element or a tag, and that swallowed at
// least 1 KiB, which under the HTML Standard is not text. Found with a few lastIndexOf scans: linear, no regex.

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

/** Where the input ends inside a comment, raw-text element, `<plaintext>` or tag that ate ≥ 1 KiB; else null. */
export function findTruncation(html: string): Truncation | null {
  const end = html.length;
  if (end < TRUNCATED_MIN_CHARS) return null;
  const lower = html.length > 4 * TRUNCATED_MIN_CHARS ? null : html.toLowerCase();
  const lastIndex = (needle: string): number => {
    if (lower !== null) return lower.lastIndexOf(needle);
    // Long inputs: search both common spellings rather than lowercasing megabytes.
    return Math.max(html.lastIndexOf(needle), html.lastIndexOf(needle.toUpperCase()));
  };
  const found: Truncation[] = [];
  const comment = html.lastIndexOf('<!--');
  if (comment >= 0 && html.indexOf('-->', comment + 4) < 0) found.push({ inside: 'comment', from: comment, to: end });
  for (const name of [...RAW_TEXT, 'plaintext']) {
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
