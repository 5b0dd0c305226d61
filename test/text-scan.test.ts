// The character loops that replaced Unicode regexes on the hot path (issue 9) must agree with those regexes on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog, foldWord, matchPhrases, phraseWords, scanTokens, scanTokensIn, tokenize, trieChild, vocabularyId, type CompiledCatalog, type PhraseMatch, type Token } from '../src/rules/compile.js';
import type { Rule } from '../src/rules/types.js';
import { phrasingText } from '../src/segment/phrasing.js';
import { countWords, joinLines, normalizeLines, textWeight } from '../src/text/normalize.js';
import { isListText, LIST_LINE, splitBlocks } from '../src/segment/from-text.js';
import { BYLINE_LINE, BYLINE_OPENING } from '../src/locate/blocks.js';
import { DATE_SHAPE_DAY, DATE_SHAPE_DAY_ASCII, LONE_DATE, LONE_DATE_ASCII } from '../src/metadata/meta-tags.js';
import { DATE_WITH_TIME, DATE_WITH_TIME_ASCII } from '../src/metadata/sources.js';
import { testLetters } from '../src/text/chars.js';
import { findTruncation, TRUNCATED_MIN_CHARS, type Truncation } from '../src/html/truncated.js';
import { BREAK, hasBreak } from '../src/classify/shape.js';
import { mayHoldNumberedTeasers, opensLowerOrDigit, opensUpper } from '../src/classify/index.js';
import { mayHoldPitch, passes, PITCH_PATTERNS, runBits } from '../src/classify/pitch.js';
import { COMMENTS_HEADING, isCommentsStart, SAID_LINE } from '../src/locate/text.js';

/** Text with letters and digits of several scripts, marks, astral characters, lone surrogates and punctuation. */
const PIECES = ['a', 'Z', '_', '7', ' ', '\n', '-', "'", 'é', 'e\u0301', 'ß', 'İ', 'Ω', 'ж', '中', '٣', '²', '😀', '𝐀', '\uD800', '\uDC00', '’', 'support', 'Support', 'NOW', 'read', 'more'];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')));

/** The reference tokenizer: what tokenize() replaced. */
function tokenizeByRegex(value: string): Array<Pick<Token, 'word' | 'start' | 'end'>> {
  return [...value.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** A node of the reference trie: what compileCatalog built before its flat arrays (an object and a Map per node). */
interface RefNode {
  ids: Map<number, RefNode>;
  any: RefNode | undefined;
  number: RefNode | undefined;
  rules: number[];
}

/** The reference trie, built as compileCatalog built it before (after it, so every phrase word has its id). */
function referenceTrie(rules: readonly Rule[]): RefNode {
  const node = (): RefNode => ({ ids: new Map(), any: undefined, number: undefined, rules: [] });
  const root = node();
  rules.forEach((rule, index) => {
    for (const phrase of rule.phrases ?? []) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      let at = root;
      for (const word of words) {
        if (word === '*') at = at.any ??= node();
        else if (word === '#') at = at.number ??= node();
        else {
          const id = vocabularyId(word);
          let child = at.ids.get(id);
          if (child === undefined) at.ids.set(id, (child = node()));
          at = child;
        }
      }
      if (!at.rules.includes(index)) at.rules.push(index);
    }
  });
  return root;
}

/** The reference matcher: every token starts a walk from the reference trie's root. */
function matchAll(catalog: CompiledCatalog, root: RefNode, tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let states = [root];
    for (let j = i; j < tokens.length && j - i < catalog.maxPhraseTokens && states.length > 0; j++) {
      const word = (tokens[j] as Token).word;
      const next = states.flatMap((s) => [s.ids.get(vocabularyId(word)), s.any, /^\p{N}+$/u.test(word) ? s.number : undefined].filter((n) => n !== undefined));
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

  it('isListText: every line of two or more is a list item, the first tested on the whole text before any split', () => {
    const reference = (v: string): boolean => v.includes('\n') && v.split('\n').every((line) => LIST_LINE.test(line));
    const value = fc.array(fc.constantFrom('- ', '-', '* ', '1. ', '12) ', 'item', ' ', '\n', '\t', 'x'), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(value, (v) => isListText(v) === reference(v)), { numRuns: 3000 });
    expect(isListText('- one\n- two')).toBe(true);
    expect(isListText('-\n- two')).toBe(false);
  });
  it('joinLines drops the spaces around each line break and joins the lines, with or without spaces beside them', () => {
    // The split-and-trim it does when a space stands beside a line break, for every text.
    const reference = (value: string, joiner: string): string => {
      const lines = value.split('\n');
      return lines.map((line, i) => (i > 0 ? line.replace(/^ +/, '') : line)).map((line, i) => (i < lines.length - 1 ? line.replace(/ +$/, '') : line)).join(joiner);
    };
    const value = fc.array(fc.constantFrom('a', 'b c', ' ', '\n', '\t', '  '), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(value, fc.constantFrom('\n', ' '), (v, joiner) => joinLines(v, joiner) === reference(v, joiner)), { numRuns: 3000 });
    expect(joinLines('one\ntwo\nthree', ' ')).toBe('one two three');
    expect(joinLines('one \n two', '\n')).toBe('one\ntwo');
  });
  it('countWords counts what /[\\p{L}\\p{N}_]+/gu matches', () => {
    fc.assert(fc.property(text, (value) => countWords(value) === (value.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0)), { numRuns: 2000 });
  });
  it('tokenize finds what /[\\p{L}\\p{N}]+/gu matches, folded, each with its folded word\'s vocabulary id', () => {
    compileCatalog(CATALOG);
    fc.assert(fc.property(text, (value) => {
      const tokens = tokenize(value);
      expect(tokens.map(({ word, start, end }) => ({ word, start, end }))).toEqual(tokenizeByRegex(value));
      for (const token of tokens) expect(token.id).toBe(vocabularyId(token.word));
      // A run's words, read without token objects, are the same folded words.
      const run = scanTokens(value);
      expect(Array.from({ length: run.count }, (_, i) => run.word(i))).toEqual(tokens.map((t) => t.word));
    }), { numRuns: 2000 });
    // Catalog words in any case, ASCII or not, get their ids; other words get none.
    expect(tokenize('SUPPORT Support support Unterstützen UNTERSTÜTZEN xyzzy').map((t) => t.id > -1)).toEqual([true, true, true, true, true, false]);
    expect(new Set(tokenize('SUPPORT Support support').map((t) => t.id)).size).toBe(1);
  });
  it('a token run counts words as countWords does (from its tokens when the text has no underscore)', () => {
    fc.assert(fc.property(text, (value) => {
      const run = scanTokens(value);
      expect(run.underscore).toBe(value.includes('_'));
      expect(run.words()).toBe(countWords(value));
      expect(run.weight()).toBe(textWeight(value));
      if (!value.includes('_')) expect(run.count).toBe(countWords(value));
    }), { numRuns: 2000 });
    expect(scanTokens('snake_case words').words()).toBe(2);
  });
  it('scanTokensIn reads a text inside a larger string, between line breaks, exactly as scanTokens reads it alone', () => {
    compileCatalog(CATALOG);
    const own = (run: ReturnType<typeof scanTokens>) => ({
      text: run.text,
      count: run.count,
      data: [...run.data],
      words: Array.from({ length: run.count }, (_, i) => run.foldedWord(i) ?? null),
      underscore: run.underscore,
      unspaced: run.unspaced,
      dotted: run.dotted,
    });
    // Texts joined by line breaks, as locateText joins its blocks: neighbours with surrogates, İ, underscores and
    // unspaced scripts must not reach into a text's tokens or flags.
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.nat(), (values, pick) => {
      const joined = values.join('\n');
      const i = pick % values.length;
      const from = values.slice(0, i).reduce((n, v) => n + v.length + 1, 0);
      const value = values[i] as string;
      expect(own(scanTokensIn(joined, from, from + value.length, value))).toEqual(own(scanTokens(value)));
    }), { numRuns: 3000 });
    const joined = 'İstanbul_x\nSupport us\uD83D\n\uDE00中文 NOW';
    expect(own(scanTokensIn(joined, 11, 22, 'Support us\uD83D'))).toEqual(own(scanTokens('Support us\uD83D')));
    expect(scanTokensIn(joined, 11, 22, 'Support us\uD83D').underscore).toBe(false);
  });
  it('a run sliced at a sentence\'s ends has the tokens of the sentence itself, or is null when a word crosses an end', () => {
    const plain = (tokens: readonly Token[]) => tokens.map(({ word, start, end, id }) => ({ word, start, end, id }));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
      const from = Math.min(a, b) % (value.length + 1);
      const to = from + (Math.max(a, b) % (value.length + 1 - from));
      const part = scanTokens(value).slice(from, to);
      const own = scanTokens(value.slice(from, to));
      if (part === null) expect(scanTokens(value).tokens.some((t) => (t.start < from && from < t.end) || (t.start < to && to < t.end))).toBe(true);
      else {
        expect(part.text).toBe(value.slice(from, to));
        expect(plain(part.tokens)).toEqual(plain(own.tokens));
      }
    }), { numRuns: 2000 });
    const sentence = 'Support us today. Read more here.';
    expect(plain(scanTokens(sentence).slice(18, sentence.length)!.tokens)).toEqual(plain(tokenize('Read more here.')));
    expect(scanTokens(sentence).slice(2, 10)).toBeNull();
  });
  it('phraseWords: a phrase\'s words are its parts\' folded tokens, wildcards kept (plain parts taken as they are)', () => {
    const reference = (phrase: string): string[] => phrase.split(/\s+/).flatMap((part) => (part === '*' || part === '#' ? [part] : tokenize(part).map((t) => t.word)));
    const parts = fc.array(fc.oneof(fc.constantFrom(...PIECES, '*', '#', 'donate', 'e-mail', "don't", 'Über', 'a1', '42'), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 8 });
    fc.assert(fc.property(parts, fc.constantFrom(' ', '  ', '\t', '\n'), (list, gap) => {
      const phrase = list.join(gap);
      expect(phraseWords(phrase)).toEqual(reference(phrase));
    }), { numRuns: 2000 });
    expect(phraseWords('support  our e-mail # * Über')).toEqual(['support', 'our', 'e', 'mail', '#', '*', 'uber']);
    for (const rule of CATALOG) for (const phrase of rule.phrases ?? []) expect(phraseWords(phrase)).toEqual(reference(phrase));
  });
  it('BYLINE_OPENING, the byline test\'s cheap first step, holds for every text BYLINE_LINE matches', () => {
    const words = ['By', 'by', 'BY', 'by:', 'Written', 'posted', 'poſted', 'Medically', 'reviewed', 'John', 'Émile', 'McDonald', "O'Neil", 'and', '&', ',', 'x', 'İ', 'Ω', ' ', '  ', '\t'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.boolean(), (list, spaced) => {
      const value = list.join(spaced ? ' ' : '');
      if (BYLINE_LINE().test(value)) expect(BYLINE_OPENING.test(value)).toBe(true);
    }), { numRuns: 3000 });
    for (const value of ['By Jane Doe', 'Written by Jane Doe and John Roe', 'medically reviewed by: Émile Zola', 'poſted by Ann Lee']) {
      expect(BYLINE_LINE().test(value)).toBe(true);
      expect(BYLINE_OPENING.test(value)).toBe(true);
    }
    expect(BYLINE_OPENING.test('Bystanders said')).toBe(false);
  });
  const WILD_RULE: Rule = { id: 'custom.wild', category: 'ad', lang: '*', description: 'wildcard first words', strength: 'strong', phrases: ['* more', '# free articles', 'read * more'], examples: [], counterExamples: [] };
  it('matchPhrases skips tokens that start no phrase, and finds the same matches, wildcards included', () => {
    const catalogs = [CATALOG, [...CATALOG, WILD_RULE]].map((rules) => ({ catalog: compileCatalog(rules), root: referenceTrie(rules) }));
    const words = fc.array(fc.constantFrom('read', 'more', 'support', 'now', 'you', 'have', '3', 'free', 'articles', 'the', 'story', 'sign', 'up', 'newsletter', 'x'), { maxLength: 30 });
    for (const { catalog, root } of catalogs) {
      fc.assert(fc.property(words, (list) => {
        const tokens = tokenize(list.join(' '));
        expect(matchPhrases(catalog, tokens)).toEqual(matchAll(catalog, root, tokens));
      }), { numRuns: 500 });
    }
  });
  it("the flat trie holds the reference trie's nodes: the same children by word and wildcard, the same rules", () => {
    for (const rules of [CATALOG, [...CATALOG, WILD_RULE]]) {
      const { trie, rootById } = compileCatalog(rules);
      const root = referenceTrie(rules);
      let seen = 0;
      const edgesFrom = new Map<number, number>();
      for (let at = 0; at < trie.edges.length; at += 3) if (trie.edges[at] !== -1) edgesFrom.set(trie.edges[at]!, (edgesFrom.get(trie.edges[at]!) ?? 0) + 1);
      const pairs: Array<[RefNode, number]> = [[root, 0]];
      for (let pair = pairs.pop(); pair; pair = pairs.pop()) {
        const [ref, node] = pair;
        seen++;
        expect([...trie.ruleList.subarray(trie.ruleStart[node], trie.ruleStart[node + 1])]).toEqual(ref.rules);
        expect(edgesFrom.get(node) ?? 0).toBe(ref.ids.size);
        expect(trie.wild[node]).toBe(ref.any || ref.number ? 1 : 0);
        for (const [id, child] of ref.ids) {
          const flat = trieChild(trie, node, id);
          expect(flat).toBeGreaterThan(0);
          if (node === 0) expect(rootById[id]).toBe(flat);
          pairs.push([child, flat]);
        }
        for (const [child, flat] of [[ref.any, trie.anyChild[node]!], [ref.number, trie.numberChild[node]!]] as const) {
          expect(flat !== -1).toBe(child !== undefined);
          if (child) pairs.push([child, flat]);
        }
      }
      expect(seen).toBe(trie.nodes);
      expect([...rootById].filter((n) => n !== -1).length).toBe(root.ids.size);
    }
  });
  it("trieChild's edge filter answers -1 only where the edge table holds no edge", () => {
    const { trie } = compileCatalog(CATALOG);
    const children = new Map<number, number>();
    let maxId = 0;
    for (let at = 0; at < trie.edges.length; at += 3) {
      if (trie.edges[at] === -1) continue;
      children.set(trie.edges[at]! * 65_536 + trie.edges[at + 1]!, trie.edges[at + 2]!);
      maxId = Math.max(maxId, trie.edges[at + 1]!);
    }
    let misses = 0;
    const wrong: string[] = [];
    for (let node = 0; node < trie.nodes; node++) {
      for (let id = node % 3; id <= maxId; id += 3) {
        const child = trieChild(trie, node, id);
        if (child !== (children.get(node * 65_536 + id) ?? -1)) wrong.push(`${node} ${id}`);
        if (child === -1) misses++;
      }
    }
    expect(wrong).toEqual([]);
    // Most (node, word) pairs have no edge: the filter is what answers them.
    expect(misses).toBeGreaterThan(children.size);
  });
});

describe('date patterns written without the i flag (issue 9 cold start: V8 compiles `iu` ones several times slower)', () => {
  const LONE_DATE_IU = /^(?:\d{1,2} \p{L}{3,9}\.? (?:19|20)\d{2}|\p{L}{3,9}\.? \d{1,2},? (?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}(?:,? \d{1,2}:\d{2}(?: ?[AP]M)?)?)$/iu;
  const DATE_WITH_TIME_IU = /^[\p{L}\d ,./-]{6,32}[ ,T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?$/iu;
  it('[\\p{L}\\u0345] is exactly what \\p{L} matches case-insensitively, on every code point', () => {
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (/^\p{L}$/iu.test(char) !== /^[\p{L}\u0345]$/u.test(char)) expect(point.toString(16)).toBe('a difference');
    }
  });
  it('LONE_DATE and DATE_WITH_TIME match what their iu patterns matched', () => {
    const pieces = ['1', '12', '2019', '1999', '2024-03-05', '-', ' ', ',', '.', '/', ':', '09:14', '11:23:55', 'T', 't', 'AM', 'am', 'Pm', 'p.m.', 'A', 'M', 'March', 'MAR', 'dec', 'Déc', 'Ꮳ', 'ǅ', 'ß', 'ẞ', 'K', 'ſ', 'İ', '\u0345', 'ᾼ', '中文', '😀', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), (value) => {
      expect(LONE_DATE().test(value)).toBe(LONE_DATE_IU.test(value));
      expect(DATE_WITH_TIME().test(value)).toBe(DATE_WITH_TIME_IU.test(value));
    }), { numRuns: 20000 });
    for (const value of ['20 December 2025', 'Dec 17, 2025', '2019-02-23, 09:14 PM', '2019-02-23 09:14 pm', 'Sun Dec 17, 2023 11:23 am', '2025-11-01 15:14:37', 'Dec\u0345 17, 2025']) {
      expect([LONE_DATE().test(value), DATE_WITH_TIME().test(value)]).toEqual([LONE_DATE_IU.test(value), DATE_WITH_TIME_IU.test(value)]);
    }
  });
});

describe('classify pre-tests', () => {
  it('hasBreak finds what BREAK finds, between any two offsets', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      expect(hasBreak(`a${ch}b`, 1, 2)).toBe(BREAK.test(ch));
    }
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
      const from = Math.min(a, b) % (value.length + 1);
      const to = Math.min(value.length, from + (Math.max(a, b) % 8));
      return hasBreak(value, from, to) === BREAK.test(value.slice(from, to));
    }), { numRuns: 3000 });
  });

  it('opensUpper and opensLowerOrDigit answer as their patterns do on the slice', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
      const start = Math.min(a, b) % (value.length + 1);
      const end = Math.min(value.length, start + (Math.max(a, b) % 6));
      const slice = value.slice(start, end);
      return opensUpper(value, start, end) === /^\p{Lu}/u.test(slice) && opensLowerOrDigit(value, start, end) === /^[\p{Ll}\d]/u.test(slice);
    }), { numRuns: 5000 });
    for (let code = 0; code < 0x3000; code++) {
      const ch = String.fromCharCode(code);
      expect(opensUpper(`${ch}x`, 0, 2)).toBe(/^\p{Lu}/u.test(`${ch}x`));
      expect(opensLowerOrDigit(`${ch}x`, 0, 2)).toBe(/^[\p{Ll}\d]/u.test(`${ch}x`));
    }
  });

  it('isCommentsStart answers as the one pattern of both alternatives does, the unanchored one tried only before a colon', () => {
    const reference = new RegExp(`${COMMENTS_HEADING.source}|${SAID_LINE.source}`, 'i');
    const line = fc.array(fc.constantFrom('12', ' ', 'Comments', 'comment', '(3)', '[', ']', 'Leave a Reply', 'Jane', 'said', 'Says', 'wrote', ':', 'x', 'pm', 'reacties'), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(line, text), (v) => isCommentsStart(v) === reference.test(v)), { numRuns: 5000 });
    expect(isCommentsStart('Jane on May 2, 2019 at 4:47 pm said:')).toBe(true);
    expect(isCommentsStart('12 Comments')).toBe(true);
    expect(isCommentsStart('She said: no')).toBe(false);
  });

  it('mayHoldNumberedTeasers finds " 1 ", " 2 " and " 3 " as includes() does', () => {
    const reference = (v: string): boolean => v.includes(' 1 ') && v.includes(' 2 ') && v.includes(' 3 ');
    const value = fc.array(fc.constantFrom(' ', '1', '2', '3', '11', 'a', 'Top', '\n', '.'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(value, (v) => mayHoldNumberedTeasers(v) === reference(v)), { numRuns: 5000 });
    expect(mayHoldNumberedTeasers('Trending 1 Council 2 Rain 3 Police')).toBe(true);
    expect(mayHoldNumberedTeasers('1 Council 2 Rain 3 Police')).toBe(false);
  });

  it('mayHoldPitch tests each pattern only when the run holds its words, with the same answer as testing them all', () => {
    const P = PITCH_PATTERNS;
    // What mayHoldPitch did before: every pattern, once the run held any word of any of them.
    const reference = (value: string): boolean => {
      const run = scanTokens(value);
      if (!passes(run, runBits(run), 0)) return false;
      const f = foldWord(value);
      return (P.DEAL.test(f) && P.PLAN.test(f)) || (P.CHANNEL.test(f) && P.CADENCE.test(f)) || P.PRODUCT.test(f) || (P.LISTEN.test(f) && P.DURATION_END.test(f)) || P.PASS_ON_CALL.test(f) || (P.SELF_NAMED.test(f) && P.OWES_TO.test(f) && P.ITS_READERS.test(f)) || P.SURVIVAL_PLEA.test(f);
    };
    const words = [
      'Save', '50%', ' off', 'for the price of one', 'half price', 'access', 'reading', 'Lesen', 'nur einen bezahlen', 'inbox', 'e-mail', 'E-Mail', 'boîte mail',
      'every Friday', 'jeden Morgen', 'newsletter', 'Podcast', 'lettre d\'information', 'Listen', 'écouter', '(5 min)', '7 minutes', 'Tell a friend',
      'share this with someone', 'pass it on', 'this newspaper', 'diese Zeitung', 'without', 'dank', 'its readers', 'Leser', 'Help us keep', 'help keep it going',
      'é', 'e\u0301', 'ß', 'İ', '. ', '? ', ' ', ',', ':', 'the', 'news', 'x',
    ];
    const value = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(fc.oneof(value, text), (v) => mayHoldPitch(scanTokens(v)) === reference(v)), { numRuns: 5000 });
    expect(mayHoldPitch(scanTokens('The best of the week, in your inbox every Friday.'))).toBe(true);
    expect(mayHoldPitch(scanTokens('Help us keep going.'))).toBe(true);
    expect(mayHoldPitch(scanTokens('She helped the readers.'))).toBe(false);
  });
});

describe('splitBlocks', () => {
  /** What it did before its one-scan fast path: normalize, split, tidy every block. */
  function reference(text: string): string[] {
    const normalized = normalizeLines(text);
    const parts = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
    const tidy = (part: string): string => part.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n');
    return parts.map((part) => tidy(part).trim()).filter((part) => part !== '');
  }
  it('splits and tidies as before, with or without characters to normalize', () => {
    const pieces = ['word', 'Two words.', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\r\n', '\u00a0', '\u00ad', '\u2028', '\u0007', 'é', '\uD800'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (value) => {
      expect(splitBlocks(value)).toEqual(reference(value));
    }), { numRuns: 3000 });
  });
});

describe('phrasing text', () => {
  it('takes one text node as it is, link text included (unresolved links mark their text)', () => {
    expect(phrasingText([{ type: 'text', value: ' Close \n me ' }])).toEqual({ text: 'Close\nme', linkChars: 0 });
    expect(phrasingText([{ type: 'text', value: 'Close', data: { linkText: true } as never }])).toEqual({ text: 'Close', linkChars: 5 });
    expect(phrasingText([{ type: 'link', url: 'https://x.org/', children: [{ type: 'text', value: 'Close' }] }])).toEqual({ text: 'Close', linkChars: 5 });
  });
});

describe('findTruncation on long inputs', () => {
  /** The code it replaced: per tag name, lastIndexOf in both common spellings over the whole page. */
  const RAW = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'];
  function reference(html: string): Truncation | null {
    const end = html.length;
    const lastIndex = (needle: string): number => Math.max(html.lastIndexOf(needle), html.lastIndexOf(needle.toUpperCase()));
    const found: Truncation[] = [];
    const comment = html.lastIndexOf('<!--');
    if (comment >= 0 && html.indexOf('-->', comment + 4) < 0) found.push({ inside: 'comment', from: comment, to: end });
    for (const name of RAW) {
      const open = lastIndex(`<${name}`);
      if (open < 0) continue;
      const after = html.charCodeAt(open + name.length + 1);
      if (!(after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0c || after === 0x0d)) continue;
      if (name !== 'plaintext' && lastIndex(`</${name}`) > open) continue;
      found.push({ inside: name, from: open, to: end });
    }
    const lastOpen = html.lastIndexOf('<');
    if (lastOpen >= 0 && html.indexOf('>', lastOpen) < 0) {
      const next = html.charCodeAt(lastOpen + 1);
      if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21) found.push({ inside: 'tag', from: lastOpen, to: end });
    }
    for (const quote of ['"', "'"]) {
      const open = html.lastIndexOf(`=${quote}`);
      if (open < 0 || html.indexOf(quote, open + 2) >= 0) continue;
      const tag = html.lastIndexOf('<', open);
      if (tag < 0) continue;
      const close = html.indexOf('>', tag);
      if (close >= 0 && close < open) continue;
      found.push({ inside: 'attribute', from: tag, to: end });
    }
    let best: Truncation | null = null;
    for (const t of found) if (t.to - t.from >= TRUNCATED_MIN_CHARS && (best === null || t.from < best.from)) best = t;
    return best;
  }
  const TAGS = ['<', '</', '<script', '<SCRIPT', '<Script', '</script', '</SCRIPT', '<scripts', '<style', '</STYLE', '<title', '<TEXTAREA', '<xmp', '<iframe', '</iframe',
    '<noembed', '<noframes', '<plaintext', '<PLAINTEXT', '<!--', '-->', '>', ' ', '/', '\t', '="', "='", '"', "'", 'p', 'div', '<p>', '</p>', 'text'];
  const page = fc.tuple(fc.array(fc.constantFrom(...TAGS), { maxLength: 80 }), fc.array(fc.constantFrom(...TAGS), { maxLength: 40 }), fc.integer({ min: 4100, max: 9000 }))
    .map(([head, tail, filler]) => `${head.join('')}${'x'.repeat(filler)}${tail.join('')}`);
  it('finds what lastIndexOf in both spellings finds', () => {
    fc.assert(fc.property(page, (html) => {
      expect(findTruncation(html)).toEqual(reference(html));
    }), { numRuns: 400 });
  });
});

describe('date patterns for ASCII text', () => {
  const cases: Array<[string, RegExp, () => RegExp, string]> = [
    ['LONE_DATE', LONE_DATE_ASCII, LONE_DATE, '[\\p{L}\\u0345]'],
    ['DATE_WITH_TIME', DATE_WITH_TIME_ASCII, DATE_WITH_TIME, '[\\p{L}\\u0345\\d ,./-]'],
    ['DATE_SHAPE_DAY', DATE_SHAPE_DAY_ASCII, DATE_SHAPE_DAY, '\\p{L}'],
  ];
  for (const [name, ascii, unicode, letters] of cases) {
    it(`${name}'s ASCII copy is the pattern with its letter class as [A-Za-z], and testLetters answers as the pattern`, () => {
      const asciiLetters = letters === '\\p{L}' ? '[A-Za-z]' : letters.replace('\\p{L}\\u0345', 'A-Za-z');
      expect(ascii.source).toBe(unicode().source.replaceAll(letters, asciiLetters));
      expect(ascii.flags).toBe('');
      const pieces = ['1', '12', '2019', '2024-03-05', ' ', ',', '.', '/', '-', ':', '09:14', 'T', 'AM', 'pm', 'March', 'Dec', 'x', 'Déc', 'ſ', '\u0345', '中文', '😀', '’'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), (value) => {
        expect(testLetters(ascii, unicode, value)).toBe(unicode().test(value));
      }), { numRuns: 20000 });
      for (const value of ['20 December 2025', 'Dec 17, 2025', '2019-02-23, 09:14 PM', 'Sun Dec 17, 2023 11:23 am', '17 déc. 2025']) expect(testLetters(ascii, unicode, value)).toBe(unicode().test(value));
    });
  }
});
