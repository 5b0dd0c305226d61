// The trigram-index language guess must return exactly what franc-min's franc() returns with the models decruft keeps
// (each language's most frequent trigrams: src/metadata/franc-data.ts), on any text.
import fc from 'fast-check';
import { franc as reference } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { cleanSample, decodeModels, franc } from '../src/metadata/franc.js';
import { scripts, trigramsPerLanguage } from '../src/metadata/franc-data.js';
import { examplePage, fixture } from './helpers.js';

/** Words from languages that share scripts, so guesses are close calls between neighbouring models. */
const WORDS = [
  // Latin: en, de, fr, es, pt, it, nl, pl, sv, tr, vi
  'the', 'support', 'journalism', 'und', 'nicht', 'unterstützen', 'Zeitung', 'les', 'journalisme', 'soutenez', 'être',
  'el', 'periodismo', 'apoyo', 'não', 'apoie', 'jornalismo', 'il', 'giornalismo', 'sostieni', 'het', 'steun', 'niet',
  'się', 'dziennikarstwo', 'och', 'stöd', 'için', 'gazetecilik', 'của', 'báo', 'chí',
  // Cyrillic, Arabic, Devanagari, CJK, Greek, Hebrew
  'поддержите', 'журналистику', 'підтримайте', 'الصحافة', 'ادعم', 'पत्रकारिता', 'समर्थन', '新闻', '支持', 'ニュース', 'Δημοσιογραφία', 'עיתונות',
  // digits and punctuation (franc's cleaning replaces U+0021–U+0040 by spaces)
  '2025', '12,5', '—', '…', '"', '(', ')', '!', '?', '&', '@',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 600 }).map((words) => words.join(' '));

/** franc-min's models with each language's first `trigramsPerLanguage` trigrams (its most frequent). */
const kept: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(data).map(([script, models]) => [script, Object.fromEntries(Object.entries(models as Record<string, string>).map(([language, model]) => [language, model.split('|').slice(0, trigramsPerLanguage).join('|')]))]),
);

/**
 * franc-min 6.2's franc(), step for step (getTopScript, trigram-utils' asTuples, getDistance, the stable sort), over the
 * models given: with franc-min's own it must equal franc-min (checked below), with the kept ones it is what decruft's
 * franc must return.
 */
function referenceFranc(value: string, models: Record<string, Record<string, string>>): string {
  if (!value || value.length < 10) return 'und';
  const sample = value.slice(0, 2048);
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (sample.match(expression) ?? []).length / sample.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  if (top === undefined || !(top in models)) return top === undefined || topCount === 0 ? 'und' : top;
  const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts: Record<string, number> = {};
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts[trigram] = (counts[trigram] ?? 0) + 1;
  }
  const tuples = Object.entries(counts).sort((a, b) => a[1] - b[1]);
  let best = 'und';
  let bestDistance = Infinity;
  for (const [language, model] of Object.entries(models[top] as Record<string, string>)) {
    const weights = new Map<string, number>();
    const list = model.split('|');
    for (let weight = list.length - 1; weight >= 0; weight--) weights.set(list[weight] as string, weight);
    let distance = 0;
    for (const [trigram, count] of tuples) {
      const weight = weights.get(trigram);
      distance += weight === undefined ? 300 : Math.abs(count - weight - 1);
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = language;
    }
  }
  return best;
}

describe('franc (trigram index)', () => {
  it("holds franc-min's trigram models cut to each language's most frequent trigrams: every script and language, in franc-min's order (rerun scripts/franc-data.mjs after updating franc-min)", () => {
    expect(trigramsPerLanguage).toBeLessThan(300);
    expect(Object.keys(scripts)).toEqual(Object.keys(data));
    for (const script of Object.keys(data)) {
      const decoded = decodeModels(script);
      expect(Object.keys(decoded)).toEqual(Object.keys(data[script] as object));
      expect(decoded).toEqual(kept[script]);
    }
  });
  it("is checked against a reference that equals franc-min's franc() with franc-min's own models", () => {
    fc.assert(fc.property(text, (value) => referenceFranc(value, data as Record<string, Record<string, string>>) === reference(value)), { numRuns: 200 });
    for (const page of [fixture('seed.txt'), fixture('news-with-chrome.html'), examplePage('city-council-paywall.html')]) {
      expect(referenceFranc(page, data as Record<string, Record<string, string>>)).toBe(reference(page));
    }
  });
  it('cleans a sample as trigram-utils does (punctuation and digits to spaces, white space collapsed, trimmed, lowercased)', () => {
    const reference = (value: string): string => value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    const pieces = fc.constantFrom('a', 'B', 'é', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', ',', '1', '@', '!', '-', '[', '\u2028', 'İ');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (value) => cleanSample(value) === reference(value)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => cleanSample(value) === reference(value)), { numRuns: 1000 });
  });
  const expected = (value: string): string => referenceFranc(value, kept);
  it('agrees with franc-min (the kept models) on generated multilingual text', () => {
    fc.assert(fc.property(text, (value) => franc(value) === expected(value)), { numRuns: 400 });
  });
  it('agrees with franc-min (the kept models) on arbitrary strings, short and long', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (value) => franc(value) === expected(value)), { numRuns: 300 });
  });
  it('agrees with franc-min (the kept models) on real pages, whole and in pieces (franc reads the first 2048 characters)', () => {
    const pages = [fixture('seed.txt'), fixture('news-with-chrome.html'), examplePage('city-council-paywall.html'), examplePage('recipe-blog-newsletter.html')];
    for (const page of pages) {
      for (let start = 0; start < page.length; start += 997) {
        const sample = page.slice(start, start + 4000);
        expect(franc(sample)).toBe(expected(sample));
      }
    }
    expect(franc(fixture('seed.txt'))).toBe('eng');
  });
  it("relies on franc-min's script expressions matching a character or a pair, never a lone surrogate", () => {
    for (const expression of Object.values(expressions)) {
      expect(expression.flags).toBe('g');
      const anchored = new RegExp(`^(?:${expression.source})`);
      for (let unit = 0xd800; unit <= 0xdfff; unit++) expect(anchored.test(String.fromCharCode(unit))).toBe(false);
    }
  });
  it('agrees with franc-min (the kept models) on text with many distinct characters and astral ones', () => {
    const many = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i) + (i % 7 === 0 ? ' the ' : 'a')).join('');
    // Over a thousand distinct characters in a Latin sample: more than the integer trigram keys hold.
    const symbols = Array.from({ length: 1000 }, (_, i) => `e${String.fromCharCode(0x2200 + i)}`).join('');
    for (const sample of [symbols, `the news ${symbols}`, many, `support journalism ${many}`, '😀 the 𝐀 news of the day 😀 '.repeat(40), 'Ünterstützen Sie unsere Arbeit heute \uD800 '.repeat(30)]) {
      expect(franc(sample)).toBe(expected(sample));
    }
  });
  it('returns und where franc does: too short, or no letters', () => {
    expect(franc('short')).toBe('und');
    expect(franc('1234567890 !!! ??? 42')).toBe('und');
  });
});
