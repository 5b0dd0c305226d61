// Letter-or-digit tests by code point, without a Unicode regex per character: the tokenizer and the word counter scan
// every character of a page (issue 9 profile), and most characters repeat, so each BMP answer is computed once.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** BMP code unit → 0 not yet known, 1 letter or digit, 2 neither, 3 a combining mark. Allocated on first use (64 KiB). */
let bmp: Uint8Array | null = null;

/** The class (1, 2 or 3, as in `bmp`) of a BMP code unit above ASCII. */
function bmpClass(point: number): number {
  bmp ??= new Uint8Array(0x10000);
  let known = bmp[point] as number;
  if (known === 0) {
    const char = String.fromCharCode(point);
    known = point >= 0xd800 && point <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(char) ? 1 : MARK.test(char) ? 3 : 2;
    bmp[point] = known;
  }
  return known;
}

/** Whether a code point above ASCII is a letter or a digit (`[\p{L}\p{N}]`). Lone surrogates are neither. */
export function isLetterOrDigit(point: number): boolean {
  if (point > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  return bmpClass(point) === 1;
}

/** Whether a code point above ASCII is a combining mark (`\p{M}`: folding strips it, joining the letters around it). */
export function isMark(point: number): boolean {
  return point > 0xffff ? MARK.test(String.fromCodePoint(point)) : bmpClass(point) === 3;
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
