// Text normalization shared by every output and comparison (RELIABILITY.md §7).

// C0 controls except TAB and LF, plus DEL; CR, NEL and separators are handled before this runs.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// Characters that carry no text: soft hyphen, zero-width space, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// Every Unicode space separator except the plain space, plus FF and VT.
const SPACES = /[\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|\u0085|\u2028/g;

/** Replaces lone surrogates with U+FFFD so the string is well-formed. */
export function toWellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Normalizes line breaks and strips controls and invisible characters; keeps newlines. */
export function normalizeLines(text: string): string {
  return toWellFormed(text)
    .replace(LINE_BREAKS, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
}

/** Inline text: every run of whitespace (newlines too) becomes one space. */
export function collapseWhitespace(text: string): string {
  return normalizeLines(text).replace(/[ \t\n]+/g, ' ');
}

/** Counts words the way the scorers do: runs of letters, digits and underscore. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}_]+/gu)) count++;
  return count;
}
