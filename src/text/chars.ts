// Letter-or-digit tests by code point, without a Unicode regex per character: the tokenizer and the word counter scan
// every character of a page (issue 9 profile), and most characters repeat, so each BMP answer is computed once.
import { lazy } from '../lazy.js';

const LETTER_OR_DIGIT = lazy(() => new RegExp(String.raw`^[\p{L}\p{N}]$`, 'u'));
/** BMP code unit → 0 not yet known, 1 letter or digit, 2 neither. Allocated on first use (64 KiB). */
let bmp: Uint8Array | null = null;

/** Whether a code point above ASCII is a letter or a digit (`[\p{L}\p{N}]`). Lone surrogates are neither. */
export function isLetterOrDigit(point: number): boolean {
  if (point > 0xffff) return LETTER_OR_DIGIT().test(String.fromCodePoint(point));
  bmp ??= new Uint8Array(0x10000);
  let known = bmp[point] as number;
  if (known === 0) {
    known = knownLetterOrDigit(point);
    if (known === 0) known = point >= 0xd800 && point <= 0xdfff ? 2 : LETTER_OR_DIGIT().test(String.fromCharCode(point)) ? 1 : 2;
    bmp[point] = known;
  }
  return known === 1;
}

/**
 * The answer for the characters above ASCII that most pages in Latin script hold (Latin-1, Latin Extended-A, General
 * Punctuation: no-break spaces, dashes, curly quotes, the ellipsis), told by code: a page with no other character
 * never compiles LETTER_OR_DIGIT (issue 9, cold start). 1 letter or digit, 2 neither, 0 not known here.
 * test/chars.test.ts checks isLetterOrDigit against the pattern for every code point.
 */
function knownLetterOrDigit(point: number): number {
  // Latin-1's letters and numbers below U+00C0: ª ² ³ µ ¹ º ¼ ½ ¾.
  if (point < 0xc0) return point === 0xaa || point === 0xb2 || point === 0xb3 || point === 0xb5 || point === 0xb9 || point === 0xba || (point >= 0xbc && point <= 0xbe) ? 1 : 2;
  // From U+00C0 to the end of Latin Extended-A, letters but for × and ÷.
  if (point < 0x180) return point === 0xd7 || point === 0xf7 ? 2 : 1;
  return point >= 0x2000 && point <= 0x206f ? 2 : 0;
}

/** The runs of letters and digits in `text`: what `text.match(/[\p{L}\p{N}]+/gu) ?? []` returns, without the pattern. */
export function letterDigitRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i) as number;
    const word = point < 0x80 ? (point >= 0x30 && point <= 0x39) || ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a) : isLetterOrDigit(point);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += point > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/** Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar. */
export function isUnspaced(point: number): boolean {
  return (
    (point >= 0x4e00 && point <= 0x9fff) ||
    (point >= 0x3400 && point <= 0x4dbf) ||
    (point >= 0x3040 && point <= 0x30ff) ||
    (point >= 0x0e00 && point <= 0x0eff) ||
    (point >= 0x1780 && point <= 0x17ff) ||
    (point >= 0x1000 && point <= 0x109f) ||
    (point >= 0xf900 && point <= 0xfaff) ||
    (point >= 0x20000 && point <= 0x2fa1f)
  );
}

const LOWER_START = lazy(() => new RegExp(String.raw`^\p{Ll}`, 'u'));
const UPPER_START = lazy(() => new RegExp(String.raw`^\p{Lu}`, 'u'));
const LETTER_START = lazy(() => new RegExp(String.raw`^\p{L}`, 'u'));

// The first-character tests below answer an ASCII first character by its code and build and run their pattern only for
// one past ASCII (an empty text's NaN fails both comparisons): most words of most pages open with an ASCII character,
// so a page of them never compiles the pattern (issue 9, cold start). test/chars.test.ts checks each against its
// pattern for every code point.

/** `/^\p{Ll}/u.test(text)`: whether the text opens with a lowercase letter. */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : code >= 0x80 && LOWER_START().test(text);
}

/** `/^\p{Lu}/u.test(text)`: whether the text opens with an uppercase letter. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : code >= 0x80 && UPPER_START().test(text);
}

/** `/^\p{L}/u.test(text)`: whether the text opens with a letter. */
export function startsLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : code >= 0x80 && LETTER_START().test(text);
}

/** `/^[\p{Ll}\d]/u.test(text)` (`\d` is ASCII only, even with the `u` flag). */
export function startsLowerOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || startsLower(text);
}

/** `/^[\p{Lu}\d]/u.test(text)`. */
export function startsUpperOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || startsUpper(text);
}

/**
 * Whether every character of `text` is one whose lowercase is itself or its ASCII partner and that no other character
 * matches under the `i` flag: ASCII, Latin-1's signs but µ, General Punctuation (no-break and other spaces, dashes,
 * curly quotes, the ellipsis) and the arrows. test/chars.test.ts checks each such character.
 */
export function foldsSimply(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!foldsSimplyAt(text.charCodeAt(i))) return false;
  return true;
}

/** foldsSimply for one code unit. */
const foldsSimplyAt = (code: number): boolean => code < 0x80 || (code >= 0x2000 && code <= 0x206f) || (code >= 0xa0 && code <= 0xbf && code !== 0xb5) || (code >= 0x2190 && code <= 0x21ff);

/**
 * `anyCase().test(text)` for a pattern written in lowercase (`lowercase`, with no uppercase ASCII letter outside an
 * escape) and `anyCase()` the same with the `i` flag: on a text that folds simply, `lowercase` tests the lowercased
 * text, which answers the same (under `i` without `u` an ASCII letter matches only its own two cases, and such a text
 * has no other cased character). V8 compiles a long alternation two to three times as fast without `i` (issue 9,
 * cold start: case closure of each letter and class); `anyCase()` is compiled only for a text with other characters.
 */
export function testAnyCase(lowercase: RegExp, anyCase: () => RegExp, text: string): boolean {
  // foldsSimply, also noting an ASCII capital: a text without one is tested as it is (no lowercase copy).
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) upper = true;
    else if (!foldsSimplyAt(code)) return anyCase().test(text);
  }
  return lowercase.test(upper ? text.toLowerCase() : text);
}

/** Whether every character of `text` is ASCII. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * `unicode().test(text)` for a pattern with a Unicode letter class, and `ascii` the same pattern with that class written
 * `[A-Za-z]` (all it matches in ASCII): an ASCII text is tested with `ascii`, so a page of such texts never compiles
 * `unicode()` (issue 9, cold start: ICU's letter class looked up on each parse, a long class to compile).
 */
export function testLetters(ascii: RegExp, unicode: () => RegExp, text: string): boolean {
  return isAscii(text) ? ascii.test(text) : unicode().test(text);
}

const MARKS = lazy(() => new RegExp(String.raw`\p{M}+`, 'gu'));
const DIGITS = lazy(() => new RegExp(String.raw`^\p{N}+$`, 'u'));

/**
 * `text.replace(/\p{M}+/gu, '')`: below U+0370 the only marks are the combining diacritics U+0300–U+036F (what NFD
 * leaves of "é", "ü", "ñ"), removed by code; the pattern is built and run only for a text with a character past them.
 */
export function stripMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    if (code >= 0x370) return text.replace(MARKS(), '');
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `/^\p{N}+$/u.test(word)`: ASCII digits by code, the pattern only for a word with a character past ASCII. */
export function isNumberWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return DIGITS().test(word);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

const MARK = lazy(() => new RegExp(String.raw`\p{M}`, 'u'));

/**
 * `/\p{M}/u.test(text)`: below U+0370 and in General Punctuation (U+2000–U+206F: curly quotes, dashes) the only marks
 * are U+0300–U+036F, told by code; the pattern is built and run only for a text with another character.
 */
export function hasMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300 || (code >= 0x2000 && code <= 0x206f)) continue;
    if (code <= 0x36f) return true;
    return MARK().test(text);
  }
  return false;
}
