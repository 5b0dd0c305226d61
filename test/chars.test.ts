// The tests of src/text/chars.ts answer ASCII (and isLetterOrDigit the Latin-1, Latin Extended-A and General
// Punctuation blocks) by code and run their pattern only past it (issue 9, cold start): each must answer what its
// pattern answers, for every code point (a lone surrogate among them) and for the empty text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCREEN_READER_ONLY, SCREEN_READER_ONLY_ANY_CASE } from '../src/html/prepare.js';
import { AUTHOR_BOX, AUTHOR_BOX_ANY_CASE, CONTROL_BUTTON, CONTROL_BUTTON_ANY_CASE, CTA_BUTTON, CTA_BUTTON_ANY_CASE, GALLERY_CONTROL, GALLERY_CONTROL_ANY_CASE, SHOP_RECOMMENDATIONS, SHOP_RECOMMENDATIONS_ANY_CASE } from '../src/locate/blocks.js';
import { ASIDE_DATE_HINT, AUTHOR_LABEL, AUTHOR_LABEL_ANY_CASE } from '../src/metadata/meta-tags.js';
import { POSTS_HINT } from '../src/segment/from-html.js';
import { hintString } from '../src/html/dom.js';
import { Element } from 'domhandler';
import { foldsSimply, hasMark, isLetterOrDigit, isNumberWord, letterDigitRuns, stripMarks, startsLetter, startsLower, startsLowerOrDigit, startsUpper, startsUpperOrDigit, testAnyCase } from '../src/text/chars.js';

const CASES: Array<[string, (text: string) => boolean, RegExp]> = [
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['startsLetter', startsLetter, /^\p{L}/u],
  ['startsLowerOrDigit', startsLowerOrDigit, /^[\p{Ll}\d]/u],
  ['startsUpperOrDigit', startsUpperOrDigit, /^[\p{Lu}\d]/u],
];

describe('first-character tests', () => {
  for (const [name, test, pattern] of CASES) {
    it(`${name} answers ${String(pattern)} for every code point`, () => {
      const differences: string[] = [];
      for (let point = 0; point <= 0x10ffff; point++) {
        const text = `${String.fromCodePoint(point)}x`;
        if (test(text) !== pattern.test(text)) differences.push(point.toString(16));
      }
      expect(differences).toEqual([]);
      expect(test('')).toBe(false);
      // A lone high surrogate before a letter, and a pair whose code point is a letter.
      for (const text of ['\ud835', '\ud835A', '\ud835\udc00', '\ud801\udc00x', '\udc00a']) expect(test(text)).toBe(pattern.test(text));
    });
  }
});

describe('letters and digits', () => {
  it('isLetterOrDigit answers [\\p{L}\\p{N}] for every code point above ASCII', () => {
    const differences: string[] = [];
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if (isLetterOrDigit(point) !== /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(point))) differences.push(point.toString(16));
    }
    expect(differences).toEqual([]);
  });

  it('letterDigitRuns returns what matching [\\p{L}\\p{N}]+ returns', () => {
    const pieces = ['a', 'Z', '0', '9', ' ', '-', '_', '.', '’', '“', '\u00a0', '—', 'é', 'ß', 'ª', '²', '×', 'ſ', 'Ω', 'я', '中', 'ー', '١', '\u0301', '😀', '𝐀', '\ud835', '\udc00', '\u2070', 'ⁱ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join('')), (text) => {
      expect(letterDigitRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    }), { numRuns: 20000 });
    expect(letterDigitRuns('')).toEqual([]);
  });
});

describe('testAnyCase', () => {
  const simple: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (foldsSimply(String.fromCharCode(code))) simple.push(code);

  it('a text folds simply only if each character lowercases to itself or its ASCII partner and no other matches it under i', () => {
    expect(simple.length).toBeGreaterThan(128);
    // ASCII: under `i` without `u` no character past ASCII matches an ASCII letter (nor the reverse).
    const asciiLetters = /^[a-z]$/i;
    for (let code = 0x80; code <= 0xffff; code++) expect(asciiLetters.test(String.fromCharCode(code))).toBe(false);
    const above = simple.filter((code) => code >= 0x80).map((code) => String.fromCharCode(code));
    for (const ch of above) expect([ch.toLowerCase(), ch.toUpperCase()]).toEqual([ch, ch]);
    // Under `i`, the characters past ASCII match only themselves: the class of them matches no other code unit.
    const them = new RegExp(`^[${above.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]$`, 'i');
    const others: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (them.test(String.fromCharCode(code)) !== (code >= 0x80 && simple.includes(code))) others.push(code.toString(16));
    expect(others).toEqual([]);
    expect(foldsSimply('Add to Cart → “now” …')).toBe(true);
    expect(foldsSimply('Añadir al carrito')).toBe(false);
  });

  const patterns: Array<[string, RegExp, () => RegExp, string[]]> = [
    ['CONTROL_BUTTON', CONTROL_BUTTON, CONTROL_BUTTON_ANY_CASE, ['Add to Cart', 'ADD TO BAG', '$12.99 add to basket', 'Page 3 of 8', 'Sign Up Now', 'Log in to save to favourites', 'Check the latest price at REI', 'Loading…', 'Añadir al carrito']],
    ['CTA_BUTTON', CTA_BUTTON, CTA_BUTTON_ANY_CASE, ['Request a Quote', 'BOOK NOW', 'Get started →', 'Click to expand...', 'Contactez-nous', 'Réserver maintenant']],
    ['SHOP_RECOMMENDATIONS', SHOP_RECOMMENDATIONS, SHOP_RECOMMENDATIONS_ANY_CASE, ['Similar items', 'Customers who bought this item also bought', 'RECENTLY VIEWED', 'Ähnliche Artikel', 'Récemment consultés']],
    ['SCREEN_READER_ONLY', SCREEN_READER_ONLY, SCREEN_READER_ONLY_ANY_CASE, ['sr-only', 'price SR-Only', 'Visually-Hidden label', 'screen-reader-text', 'a11y-hidden x']],
    ['GALLERY_CONTROL', GALLERY_CONTROL, GALLERY_CONTROL_ANY_CASE, ['Image 1 of 8', '1 / 8', 'Foto 2 von 9', 'Caption', 'Back to the Gallery', 'Next Photo', 'Photo: Hau Dinh, AP']],
    ['AUTHOR_BOX', AUTHOR_BOX, AUTHOR_BOX_ANY_CASE, ['About the Author', 'WRITTEN BY', 'Über den Autor', 'À propos de l\'auteur', 'Over de schrijver:']],
    ['AUTHOR_LABEL', AUTHOR_LABEL, AUTHOR_LABEL_ANY_CASE, ['Written by', 'AUTHORS:', 'Contributors', 'Thread Starter', 'Autorin']],
  ];
  for (const [name, lowercase, anyCase, samples] of patterns) {
    it(`${name}: written in lowercase, tested in any case as with the i flag`, () => {
      expect(lowercase.flags).toBe('');
      expect(anyCase().source).toBe(lowercase.source);
      expect(anyCase().flags).toBe('i');
      expect(/[A-Z]/.test(lowercase.source.replace(/\\[SWDB]/g, ''))).toBe(false);
      let matched = 0;
      for (const sample of samples) {
        expect(testAnyCase(lowercase, anyCase, sample)).toBe(true);
        expect(anyCase().test(sample)).toBe(true);
      }
      const pieces = [...samples, ...samples.map((s) => s.toUpperCase()), ' ', '.', '!', '…', '→', '»', '\u00a0', '’', 'K', 'ſ', 'İ', 'µ', 'ñ', 'Ñ', 'x', 'X', '1'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join('')), (text) => {
        const expected = anyCase().test(text);
        if (expected) matched++;
        expect(testAnyCase(lowercase, anyCase, text)).toBe(expected);
      }), { numRuns: 5000 });
      expect(matched).toBeGreaterThan(50);
    });
  }
});

describe('hint patterns without the i flag', () => {
  it('POSTS_HINT and ASIDE_DATE_HINT match every hint as their i copies do (a hint holds no ASCII capital)', () => {
    const words = ['post', 'Posts', 'postBit', 'MessageList', 'COMMENTS', 'replies', 'Timeline', 'sno-story-date', 'ArticleDate', 'PUBLISHED', 'entry_date', 'Ünïcode', 'K', 'ſ', 'İ', 'x', '-', '_'];
    const anyCase = [new RegExp(POSTS_HINT.source, 'i'), new RegExp(ASIDE_DATE_HINT.source, 'i')];
    let matched = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 4 }), fc.constantFrom('class', 'id', 'role', 'aria-label'), (parts, name) => {
      const hint = hintString(new Element('div', { [name]: parts.join(parts.length % 2 === 0 ? ' ' : '') }));
      expect(/[A-Z]/.test(hint)).toBe(false);
      for (const [i, pattern] of [POSTS_HINT, ASIDE_DATE_HINT].entries()) {
        const expected = (anyCase[i] as RegExp).test(hint);
        if (expected) matched++;
        expect(pattern.test(hint)).toBe(expected);
      }
    }), { numRuns: 5000 });
    expect(matched).toBeGreaterThan(100);
  });
});

describe('marks and numbers', () => {
  it('below U+0370 the marks are U+0300–U+036F, so stripMarks removes what /\p{M}+/gu does', () => {
    for (let code = 0; code < 0x370; code++) expect(/\p{M}/u.test(String.fromCharCode(code))).toBe(code >= 0x300 && code <= 0x36f);
    const pieces = ['e', 'E', '\u0301', '\u0308', '\u036f', '\u0370', '\u0483', '\u093f', '\u20dd', 'ß', 'ñ', '中', '😀', '\ud835', ' ', '1'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), (text) => {
      expect(stripMarks(text)).toBe(text.replace(/\p{M}+/gu, ''));
      expect(stripMarks(text.normalize('NFD'))).toBe(text.normalize('NFD').replace(/\p{M}+/gu, ''));
    }), { numRuns: 20000 });
  });

  it('hasMark answers /\p{M}/u (no mark below U+0370 but U+0300–U+036F, none in General Punctuation)', () => {
    for (let code = 0x2000; code <= 0x206f; code++) expect(/\p{M}/u.test(String.fromCharCode(code))).toBe(false);
    const pieces = ['e', ' ', '’', '“', '—', '\u0301', '\u036f', '\u0370', '\u0483', '\u20dd', '\u093f', 'ñ', '中', '😀', '\ud835'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), (text) => {
      expect(hasMark(text)).toBe(/\p{M}/u.test(text));
    }), { numRuns: 20000 });
  });

  it('isNumberWord answers /^\p{N}+$/u', () => {
    const pieces = ['0', '7', '9', 'a', 'Z', '-', '.', '²', '½', '١', '٣', 'Ⅻ', '𝟘', 'é', '\ud835'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')), (word) => {
      expect(isNumberWord(word)).toBe(/^\p{N}+$/u.test(word));
    }), { numRuns: 20000 });
  });
});
