// Letter-or-digit tests by code point, without a Unicode regex per character: the tokenizer and the word counter scan
// every character of a page (issue 9 profile), and most characters repeat, so each BMP answer is computed once.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** BMP code unit → 0 not yet known, 1 letter or digit, 2 neither. Allocated on first use (64 KiB). */
let bmp: Uint8Array | null = null;

/** Whether a code point above ASCII is a letter or a digit (`[\p{L}\p{N}]`). Lone surrogates are neither. */
export function isLetterOrDigit(point: number): boolean {
  if (point > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  bmp ??= new Uint8Array(0x10000);
  let known = bmp[point] as number;
  if (known === 0) {
    known = point >= 0xd800 && point <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(point)) ? 1 : 2;
    bmp[point] = known;
  }
  return known === 1;
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
