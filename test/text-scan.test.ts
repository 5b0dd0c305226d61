// The character loops that replaced Unicode regexes on the hot path (issue 9) must agree with those regexes on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog, foldWord, matchPhrases, tokenize, type PhraseMatch, type Token } from '../src/rules/compile.js';
import { phrasingText } from '../src/segment/phrasing.js';
import { countWords, textWeight } from '../src/text/normalize.js';

/** Text with letters and digits of several scripts, marks, astral characters, lone surrogates and punctuation. */
const PIECES = ['a', 'Z', '_', '7', ' ', '\n', '-', "'", 'é', 'e\u0301', 'ß', 'İ', 'Ω', 'ж', '中', '٣', '²', '😀', '𝐀', '\uD800', '\uDC00', '’', 'support', 'Support', 'NOW', 'read', 'more'];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')));

/** The reference tokenizer: what tokenize() replaced. */
function tokenizeByRegex(value: string): Token[] {
  return [...value.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** The reference matcher: every token starts a walk from the trie's root. */
function matchAll(catalog: ReturnType<typeof compileCatalog>, tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let states = [catalog.root];
    for (let j = i; j < tokens.length && j - i < catalog.maxPhraseTokens && states.length > 0; j++) {
      const word = (tokens[j] as Token).word;
      const next = states.flatMap((s) => [s.next.get(word), s.next.get('*'), /^\p{N}+$/u.test(word) ? s.next.get('#') : undefined].filter((n) => n !== undefined));
      for (const state of next) for (const rule of state.rules) matches.push({ rule: catalog.rules[rule]!, start: i, end: j + 1 });
      states = next;
    }
  }
  return matches;
}

describe('hot-path scanners', () => {
  it('textWeight equals countWords on text without unspaced scripts, and counts Japanese by characters', () => {
    fc.assert(fc.property(text, (value) => /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]|[\ud840-\ud87e][\udc00-\udfff]/.test(value) || textWeight(value) === countWords(value)), { numRuns: 2000 });
    const japanese = 'このご時世パスワードの強化は非常に重要なことであり、日に日に増えていくそのパスワード群を管理するにはソフトが不可欠。';
    expect(countWords(japanese)).toBe(2);
    expect(textWeight(japanese)).toBe(Math.ceil(japanese.replace(/[、。]/g, '').length / 2));
    expect(textWeight('Kindle for PCをインストール')).toBe(3 + 4);
  });

  it('countWords counts what /[\\p{L}\\p{N}_]+/gu matches', () => {
    fc.assert(fc.property(text, (value) => countWords(value) === (value.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0)), { numRuns: 2000 });
  });
  it('tokenize finds what /[\\p{L}\\p{N}]+/gu matches, folded', () => {
    fc.assert(fc.property(text, (value) => {
      expect(tokenize(value)).toEqual(tokenizeByRegex(value));
    }), { numRuns: 2000 });
  });
  it('matchPhrases skips tokens that start no phrase, and finds the same matches, wildcards included', () => {
    const catalogs = [compileCatalog(CATALOG), compileCatalog([...CATALOG, { id: 'custom.wild', category: 'ad', lang: '*', description: 'wildcard first words', strength: 'strong', phrases: ['* more', '# free articles'], examples: [], counterExamples: [] }])];
    const words = fc.array(fc.constantFrom('read', 'more', 'support', 'now', 'you', 'have', '3', 'free', 'articles', 'the', 'story', 'sign', 'up', 'newsletter', 'x'), { maxLength: 30 });
    for (const catalog of catalogs) {
      fc.assert(fc.property(words, (list) => {
        const tokens = tokenize(list.join(' '));
        expect(matchPhrases(catalog, tokens)).toEqual(matchAll(catalog, tokens));
      }), { numRuns: 500 });
    }
  });
});

describe('phrasing text', () => {
  it('takes one text node as it is, link text included (unresolved links mark their text)', () => {
    expect(phrasingText([{ type: 'text', value: ' Close \n me ' }])).toEqual({ text: 'Close\nme', linkChars: 0 });
    expect(phrasingText([{ type: 'text', value: 'Close', data: { linkText: true } as never }])).toEqual({ text: 'Close', linkChars: 5 });
    expect(phrasingText([{ type: 'link', url: 'https://x.org/', children: [{ type: 'text', value: 'Close' }] }])).toEqual({ text: 'Close', linkChars: 5 });
  });
});
