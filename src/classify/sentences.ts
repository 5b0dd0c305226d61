// Sentence boundaries without Intl.Segmenter for text of Latin letters, digits and common punctuation: Unicode's
// sentence rules (UAX #29, SB1–SB11) over the few classes such text has. Intl.Segmenter was most of the cost of
// judging a paragraph by sentence (issue 9 profile); text with any other character, and languages whose segmenter
// is tailored, still go to it. test/sentences.test.ts checks the two agree on random text of every class.

/** Sentence_Break classes of the supported characters. */
const OTHER = 0;
const SP = 1;
const PARA_SEP = 2;
const ATERM = 3;
const STERM = 4;
const CLOSE = 5;
const SCONTINUE = 6;
const NUMERIC = 7;
const UPPER = 8;
const LOWER = 9;
/** Not supported here: the text goes to Intl.Segmenter. */
const UNSUPPORTED = 10;

/**
 * UPPER for a code unit of U+00A0–U+017F that `\p{Lu}` matches, LOWER for one `\p{Ll}` matches, else 0: told by
 * code rather than by testing both patterns on each (compiling them, twice each, was a share of the import; issue 9).
 * Latin Extended-A pairs each capital with its small letter, from an even code point up to U+0137 and from U+014A to
 * U+0177, from an odd one in U+0139–U+0148 and U+0179–U+017E. test/sentences.test.ts checks every code unit.
 */
export function latinCase(c: number): number {
  if (c === 0xb5 || c === 0x138 || c === 0x149 || c === 0x17f) return LOWER;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || c >= 0x180) return 0;
  if (c < 0xdf) return UPPER;
  if (c < 0x100) return LOWER;
  if (c === 0x178) return UPPER;
  const evenUpper = c < 0x138 || (c >= 0x14a && c < 0x178);
  return ((c & 1) === 0) === evenUpper ? UPPER : LOWER;
}

/** Class by code unit for U+0000–U+017F (Basic Latin, Latin-1 Supplement, Latin Extended-A), and a few more below. */
const CLASSES = new Uint8Array(0x180).fill(UNSUPPORTED);
for (let c = 0x20; c < 0x7f; c++) CLASSES[c] = OTHER;
CLASSES[0x09] = SP;
CLASSES[0x20] = SP;
CLASSES[0x0a] = PARA_SEP;
CLASSES[0x2e] = ATERM;
for (const c of '!?') CLASSES[c.charCodeAt(0)] = STERM;
for (const c of '"\'()[]{}«»') CLASSES[c.charCodeAt(0)] = CLOSE;
for (const c of ',-:;') CLASSES[c.charCodeAt(0)] = SCONTINUE;
for (let c = 0x30; c <= 0x39; c++) CLASSES[c] = NUMERIC;
for (let c = 0xa0; c < 0x180; c++) {
  // Letters of Latin-1 and Latin Extended-A are upper- or lowercase (none is titlecase); ª and º are lowercase too.
  const letterCase = latinCase(c);
  if (letterCase !== 0) CLASSES[c] = letterCase;
  else if (c === 0xaa || c === 0xba) CLASSES[c] = LOWER;
}
for (const c of '¢£¤¥¦§©¬®°±²³´¶·¸¹¼½¾×÷') CLASSES[c.charCodeAt(0)] = c === '²' || c === '³' || c === '¹' || c === '¼' || c === '½' || c === '¾' ? UNSUPPORTED : OTHER;
for (let c = 0x41; c <= 0x5a; c++) CLASSES[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) CLASSES[c] = LOWER;

/** Characters above U+017F with their class: dashes, typographic quotes, the ellipsis, bullets and currency signs. */
const EXTRA = new Map<number, number>([
  [0x2013, SCONTINUE], [0x2014, SCONTINUE],
  [0x2018, CLOSE], [0x2019, CLOSE], [0x201c, CLOSE], [0x201d, CLOSE], [0x201e, CLOSE],
  [0x2026, OTHER], [0x2022, OTHER], [0x20ac, OTHER],
]);

function classOf(code: number): number {
  return code < 0x180 ? (CLASSES[code] as number) : (EXTRA.get(code) ?? UNSUPPORTED);
}

/** The classes of the text being split (reused: allocating a typed array per call cost more than the split). */
let scratch = new Uint8Array(4096);

/** Languages whose segmenter uses the root sentence rules (no tailoring), for which this function may stand in. */
const ROOT_RULE_LANGS = new Set(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl']);

/** Whether sentenceStarts may be used for a segmenter made for `lang`. */
export function hasRootSentenceRules(lang: string): boolean {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return ROOT_RULE_LANGS.has(primary);
}

/**
 * Start offsets of the sentences of `text` as Intl.Segmenter with sentence granularity gives them (the first is 0),
 * or null when the text holds a character this does not classify (then ask Intl.Segmenter). Empty text: [].
 */
export function sentenceStarts(text: string): number[] | null {
  const length = text.length;
  if (scratch.length < length) scratch = new Uint8Array(Math.max(length, 2 * scratch.length));
  const classes = scratch;
  for (let i = 0; i < length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === UNSUPPORTED) return null;
    classes[i] = c;
  }
  const starts: number[] = length > 0 ? [0] : [];
  let i = 0;
  while (i < length) {
    const c = classes[i] as number;
    if (c === PARA_SEP) {
      // SB4: a break after every paragraph separator.
      if (i + 1 < length) starts.push(i + 1);
      i++;
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    // SATerm Close* Sp* (ParaSep)?: no break inside (SB9, SB10); the candidate break is after it (SB11).
    const term = i;
    let j = i + 1;
    while (j < length && classes[j] === CLOSE) j++;
    while (j < length && classes[j] === SP) j++;
    if (j < length && classes[j] === PARA_SEP) {
      j++;
      if (j < length) starts.push(j);
      i = j;
      continue;
    }
    i = term + 1;
    if (j >= length) continue;
    const next = classes[j] as number;
    // SB8a: a continuation or another terminator joins the sentence.
    if (next === SCONTINUE || next === ATERM || next === STERM) continue;
    if (c === ATERM) {
      // SB6, SB7: right after a full stop, a digit, or an uppercase letter after a letter, continues the sentence.
      if (j === term + 1 && next === NUMERIC) continue;
      if (j === term + 1 && next === UPPER && term > 0 && (classes[term - 1] === UPPER || classes[term - 1] === LOWER)) continue;
      // SB8: a lowercase letter before any other letter, separator or terminator continues it.
      let k = j;
      while (k < length) {
        const d = classes[k] as number;
        if (d === LOWER || d === UPPER || d === PARA_SEP || d === ATERM || d === STERM) break;
        k++;
      }
      if (k < length && classes[k] === LOWER) continue;
    }
    starts.push(j);
  }
  return starts;
}
