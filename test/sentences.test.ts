// The sentence splitter that stands in for Intl.Segmenter on Latin text must find exactly its sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRootSentenceRules, latinCase, sentenceStarts } from '../src/classify/sentences.js';

/** Every class the splitter knows, several times over where rules tell them apart, and a few it does not know. */
const PIECES = [
  'a', 'z', 'b', 'A', 'Z', 'É', 'é', 'ß', 'ª', 'ſ', 'Ł', 'ł', '0', '7', ' ', ' ', '\t', '\n', '.', '.', '!', '?', '"', "'", '(', ')', '[', ']', '{', '}',
  '«', '»', ',', '-', ':', ';', '–', '—', '‘', '’', '“', '”', '„', '…', '•', '€', '£', '©', '°', '×', '#', '$', '%', '&', '*', '/', '<', '>', '@', '_', '~',
  'word', 'Word', 'e.g.', 'U.S.', 'Mr.', ' 3.5 ', '. ', '." ', '.) ', '! ', '? ', '.\n',
  // Not classified here: Intl.Segmenter decides.
  '\r', '\u00a0', '²', '¿', '¡', 'я', 'Ω', '中', '。', '\u2028', '\u0085', 'ǅ', '\u00ad', '\u200b', '😀',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

function byIntl(value: string, lang: string): number[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(value)].map((s) => s.index);
}

describe('sentenceStarts', () => {
  it('gives the sentence starts of Intl.Segmenter, or null for text it does not classify', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'en-GB']) {
      expect(hasRootSentenceRules(lang)).toBe(true);
      fc.assert(fc.property(text, (value) => {
        const starts = sentenceStarts(value);
        if (starts !== null) expect(starts).toEqual(byIntl(value, lang));
      }), { numRuns: 1500 });
    }
  });
  it('takes the usual prose and leaves other scripts and tailored languages to Intl.Segmenter', () => {
    const prose = 'He said “Stop.” Then he left. U.S. Army, e.g. this — 3.5 apples! (Yes.) No…\nNext line';
    expect(sentenceStarts(prose)).toEqual(byIntl(prose, 'en'));
    expect(sentenceStarts(prose)?.length).toBe(7);
    expect(sentenceStarts('Привет. Мир.')).toBeNull();
    expect(sentenceStarts('')).toEqual([]);
    expect(hasRootSentenceRules('el')).toBe(false);
    expect(hasRootSentenceRules('ja')).toBe(false);
  });
});

describe('latinCase', () => {
  it('tells each code unit of U+00A0–U+017F upper- or lowercase as \\p{Lu} and \\p{Ll} do', () => {
    const differences: string[] = [];
    for (let c = 0; c < 0x200; c++) {
      const ch = String.fromCharCode(c);
      const expected = c < 0xa0 || c >= 0x180 ? 0 : /\p{Lu}/u.test(ch) ? 8 : /\p{Ll}/u.test(ch) ? 9 : 0;
      if (latinCase(c) !== expected) differences.push(c.toString(16));
    }
    expect(differences).toEqual([]);
  });
});
