// Text normalization shared by every output and comparison (RELIABILITY.md §7).
import { isLetterOrDigit, isUnspaced } from './chars.js';

// C0 controls except TAB and LF, plus DEL; CR, NEL and separators are handled before this runs.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// Characters that carry no text: soft hyphen, zero-width space, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
// Every Unicode space separator except the plain space, plus FF and VT.
const SPACES = /[\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|\u0085|\u2028/g;
/**
 * Any character one of the passes below would change (surrogates included, so lone ones reach toWellFormed).
 * Most text has none: one scan for it replaces six passes that each copy the string (issue 9 profile).
 */
const NEEDS_NORMALIZING = /[\u0000-\u0008\u000B-\u001F\u007F\u0085\u00A0\u00AD\u1680\u2000-\u200B\u2028-\u202F\u205F\u2060\u3000\uD800-\uDFFF\uFEFF]/;
/** Whitespace that collapseWhitespace changes: a tab or newline, or two spaces in a row. */
const UNCOLLAPSED = /[\t\n]| {2}/;

/** Replaces lone surrogates with U+FFFD so the string is well-formed. */
export function toWellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Normalizes line breaks and strips controls and invisible characters; keeps newlines. */
export function normalizeLines(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return toWellFormed(text)
    .replace(LINE_BREAKS, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ');
}

/** Inline text: every run of whitespace (newlines too) becomes one space. */
export function collapseWhitespace(text: string): string {
  // Whitespace only (most of a page's text nodes: the indentation between its tags): one space, or nothing.
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09) break;
    i++;
  }
  if (i === text.length) return i === 0 ? '' : ' ';
  const lines = normalizeLines(text);
  return UNCOLLAPSED.test(lines) ? lines.replace(/[ \t\n]+/g, ' ') : lines;
}

/**
 * Joins lines with `joiner`, dropping the spaces around each line break: the regex for that (spaces, LF, spaces)
 * backtracks quadratically on long runs of spaces, this loop does not.
 */
export function joinLines(text: string, joiner: string): string {
  if (!text.includes('\n')) return text;
  // No space beside a line break (a text dump's wrapped paragraph, as segmenting tidies it): nothing to drop, and the
  // lines need not be split (issue 9 profile: text mode split every paragraph here again, in assemble and the renderers).
  if (!text.includes(' \n') && !text.includes('\n ')) return joiner === '\n' ? text : text.replaceAll('\n', joiner);
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines.map((line, i) => {
    let start = 0;
    let end = line.length;
    if (i > 0) while (start < end && line.charCodeAt(start) === 0x20) start++;
    if (i < last) while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
    return line.slice(start, end);
  }).join(joiner);
}

/** ASCII letters, digits and underscore. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));

/** Characters of an unspaced script that make about one word (Japanese and Chinese words average about two). */
const UNSPACED_CHARS_PER_WORD = 2;

/**
 * Counts runs of letters, digits and underscore; with `weighUnspaced`, characters of unspaced scripts count apart (one
 * word per two). One loop skips separators and an inner one runs to the end of the word, as the tokenizer does (a third
 * faster than one loop).
 */
function scanWords(text: string, weighUnspaced: boolean): number {
  let count = 0;
  let unspaced = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      i++;
      if (ASCII_WORD[code] === 0) continue;
    } else {
      const point = text.codePointAt(i) as number;
      i += point > 0xffff ? 2 : 1;
      if (weighUnspaced && isUnspaced(point)) {
        unspaced++;
        continue;
      }
      if (!isLetterOrDigit(point)) continue;
    }
    count++;
    while (i < length) {
      const next = text.charCodeAt(i);
      if (next < 128) {
        if (ASCII_WORD[next] === 0) break;
        i++;
      } else {
        const point = text.codePointAt(i) as number;
        if ((weighUnspaced && isUnspaced(point)) || !isLetterOrDigit(point)) break;
        i += point > 0xffff ? 2 : 1;
      }
    }
  }
  return count + Math.ceil(unspaced / UNSPACED_CHARS_PER_WORD);
}

/**
 * Counts words the way the scorers do: runs of letters, digits and underscore (what `[\p{L}\p{N}_]+/gu` matches).
 * A character loop: matching the Unicode regex was an eighth of text mode's time (issue 9 profile).
 */
export function countWords(text: string): number {
  return scanWords(text, false);
}

/**
 * How much text a block holds, in words, for the locators: like countWords, but a run of Chinese, Japanese or Thai
 * counts one word per two characters instead of one word per run (a 100-character Japanese paragraph is prose, not
 * a two-word label). Equal to countWords on text without those scripts.
 */
export function textWeight(text: string): number {
  return scanWords(text, true);
}
