// Compiles the rule catalog once per cleaner: a word-level trie for phrases and a token index for DOM hints.
import { DecruftError } from '../errors.js';
import { isLetterOrDigit, isNumberWord, isUnspaced, stripMarks } from '../text/chars.js';
import { countWords, textWeight } from '../text/normalize.js';
import type { Category } from '../types.js';
import type { Rule } from './types.js';

/** A word of text, case- and accent-folded, with where it sits in the original string. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The folded word's id in the vocabulary of every compiled catalog's phrases (and interned word lists); -1: none. */
  readonly id: number;
}

/**
 * A token of `text`: its folded word is read out only when asked for (most tokens are only looked up, by id: issue 9
 * profile, slicing and hashing a string per token was a fifth of text mode).
 */
class TextToken implements Token {
  private folded: string | null;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly id: number,
    folded: string | null,
  ) {
    this.folded = folded;
  }

  get word(): string {
    return (this.folded ??= foldWord(this.text.slice(this.start, this.end)));
  }
}

/** Stride of a token in a TokenRun's data: id, start, end. */
const STRIDE = 3;

/**
 * The tokens of one text as flat integers (id, start, end per token), with no object per token: most runs are only
 * counted and looked up (issue 9 profile: allocating a token object per word was most of the tokenizer's cost).
 * `tokens` gives them as objects, made on first use.
 */
export class TokenRun {
  private list: Token[] | null = null;
  /**
   * classify's appeal shape of these tokens (classify/shape.ts), kept with them once computed: a paragraph's is read
   * by several checks, and a WeakMap by run cost more to fill than the shapes it saved (issue 9 profile, text mode).
   */
  shape: unknown = undefined;
  /** classify's pitch word bits of these tokens (classify/pitch.ts runBits), kept once computed (-1: not yet). */
  pitchBits = -1;
  constructor(
    readonly text: string,
    /** id, start, end of each token (a plain array of small integers: allocating a typed array per run cost more). */
    readonly data: readonly number[],
    readonly count: number,
    /** Folded words already known (non-ASCII tokens fold while they are looked up), by token index. */
    private readonly folded: ReadonlyMap<number, string> | null,
    /**
     * False when the text holds no underscore: then its tokens are exactly the runs countWords counts
     * (`[\p{L}\p{N}_]+`), and `count` is its word count. (True may also mean "not known", for a slice.)
     */
    readonly underscore: boolean,
    /** False when the text holds no character of a script written without spaces (then textWeight is countWords). */
    readonly unspaced: boolean,
    /** True when the text holds U+0130 (İ), the one letter whose lowercase is two code units (and splits its word). */
    readonly dotted: boolean,
  ) {}

  /**
   * A hash of the tokens' lengths, in order. Lowercasing (without İ), collapsing white space and trimming keep every
   * token's length, so texts whose dedupe keys are equal have equal hashes.
   */
  lengthsHash(): number {
    let h = this.count | 0;
    for (let i = 0; i < this.count; i++) h = Math.imul(h ^ ((this.data[i * STRIDE + 2] as number) - (this.data[i * STRIDE + 1] as number)), FNV_PRIME);
    return h;
  }

  /** countWords(text), from the tokens when they are the same runs. */
  words(): number {
    return this.underscore ? countWords(this.text) : this.count;
  }

  /** textWeight(text), from the tokens when they are the same runs. */
  weight(): number {
    return this.underscore || this.unspaced ? textWeight(this.text) : this.count;
  }

  id(i: number): number {
    return this.data[i * STRIDE] as number;
  }

  /** Where token i starts in the text. */
  start(i: number): number {
    return this.data[i * STRIDE + 1] as number;
  }

  /** Where token i ends in the text. */
  end(i: number): number {
    return this.data[i * STRIDE + 2] as number;
  }

  /** The folded word of token i when it was read while scanning (a token with characters above ASCII), else undefined. */
  foldedWord(i: number): string | undefined {
    return this.folded?.get(i);
  }

  /** The tokens with characters above ASCII (their folded words by token index), or null when there are none. */
  wideWords(): ReadonlyMap<number, string> | null {
    return this.folded;
  }

  /**
   * The folded word of token i. A token without a folded word is letters and digits of ASCII only (scanTokensIn folds
   * every other while scanning): its folded word is its vocabulary word when it has an id, else its lowercase
   * (foldWord's ASCII path without its test; issue 9 profile: foldWord was 3% of text mode, called from here).
   */
  word(i: number): string {
    const folded = this.folded?.get(i);
    if (folded !== undefined) return folded;
    const id = this.data[i * STRIDE] as number;
    return id >= 0 ? (WORDS[id] as string) : this.text.slice(this.data[i * STRIDE + 1], this.data[i * STRIDE + 2]).toLowerCase();
  }

  get tokens(): Token[] {
    if (this.list) return this.list;
    const list: Token[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) {
      list[i] = new TextToken(this.text, this.data[i * STRIDE + 1] as number, this.data[i * STRIDE + 2] as number, this.data[i * STRIDE] as number, this.folded?.get(i) ?? null);
    }
    return (this.list = list);
  }

  /**
   * The run of `text.slice(from, to)` (offsets relative to it) taken from these tokens, or null when a token crosses
   * `from` or `to` (then the slice's own tokens differ: the caller scans it). A token inside the slice has the same
   * characters around it there as here, so the slice's tokens are exactly these.
   */
  slice(from: number, to: number): TokenRun | null {
    const { data, count } = this;
    // The first token that ends after `from`, by binary search (tokens are in order and do not overlap, so their ends
    // increase): a paragraph's sentences are sliced one by one, and a scan from its first token was quadratic in them.
    let first = 0;
    let high = count;
    while (first < high) {
      const middle = (first + high) >>> 1;
      if ((data[middle * STRIDE + 2] as number) <= from) first = middle + 1;
      else high = middle;
    }
    if (first < count && (data[first * STRIDE + 1] as number) < from) return null;
    let last = first;
    while (last < count && (data[last * STRIDE + 1] as number) < to) last++;
    if (last > first && (data[(last - 1) * STRIDE + 2] as number) > to) return null;
    const part = data.slice(first * STRIDE, last * STRIDE);
    for (let k = 0; k < part.length; k += STRIDE) {
      part[k + 1] = (part[k + 1] as number) - from;
      part[k + 2] = (part[k + 2] as number) - from;
    }
    let folded: Map<number, string> | null = null;
    if (this.folded) for (const [i, word] of this.folded) if (i >= first && i < last) (folded ??= new Map()).set(i - first, word);
    return new TokenRun(this.text.slice(from, to), part, last - first, folded, this.underscore, this.unspaced, this.dotted);
  }
}

// ---- The vocabulary: every folded word a phrase or an interned list names, as a small integer ----------------------

/** Folded word → id. Shared by all catalogs (ids never change), so tokens need no catalog to be read. */
const VOCABULARY = new Map<string, number>();
/** Id → folded word: VOCABULARY's keys in the order of their ids. */
const WORDS: string[] = [];
/**
 * The ASCII words of the vocabulary in an open-addressing table, so the tokenizer finds an ASCII word's id from the
 * text itself, without slicing or lowercasing it. A word of at most SHORT_WORD characters is keyed by its characters
 * themselves (7 bits each: exact, nothing to compare), a longer one by an FNV-1a hash of them (its characters are
 * compared on a match). Each slot is four integers: key, id (-1: empty), length, and 0.
 */
const SHORT_WORD = 4;
/** The size the built-in catalog's vocabulary (2,039 words) grows it to: each growth rehashed every word (issue 9 cold start). */
let tableSize = 1 << 13;
let table = new Int32Array(4 * tableSize).fill(-1);
let tableWords: string[] = new Array<string>(tableSize);
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** A word's key: its characters packed 7 bits each when it is short, else their FNV-1a hash. */
function asciiKey(word: string): number {
  let h = FNV_OFFSET;
  let packed = 0;
  for (let i = 0; i < word.length; i++) {
    h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    packed = (packed << 7) | word.charCodeAt(i);
  }
  return word.length <= SHORT_WORD ? packed : h;
}

/** A key's first slot (keys of short words are not spread by themselves). */
const firstSlot = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 12) & mask;

/**
 * One bit per key hash (its top FILTER_BITS bits), set for every key in the table: a word whose bit is clear is in no
 * slot. 4 KiB that stay in the cache, where the table does not: most words of a text are not in the vocabulary, and
 * reading the table for them was a quarter of the tokenizer (issue 9 profile, text-dev).
 */
const FILTER_BITS = 15;
const filter = new Int32Array(1 << (FILTER_BITS - 5));
const filterBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);

function tablePut(word: string, id: number): void {
  const key = asciiKey(word);
  const mask = tableSize - 1;
  let slot = firstSlot(key, mask);
  while ((table[4 * slot + 1] as number) !== -1) slot = (slot + 1) & mask;
  table[4 * slot] = key;
  table[4 * slot + 1] = id;
  table[4 * slot + 2] = word.length;
  table[4 * slot + 3] = 0;
  tableWords[slot] = word;
  const bit = filterBit(key);
  filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The id of a folded word, added to the vocabulary if new. */
export function internWord(word: string): number {
  let id = VOCABULARY.get(word);
  if (id !== undefined) return id;
  id = VOCABULARY.size;
  VOCABULARY.set(word, id);
  WORDS.push(word);
  if (ASCII_ONLY.test(word)) {
    // Kept at most a quarter full: probes stay short.
    if (4 * (VOCABULARY.size + 1) > tableSize) {
      tableSize *= 2;
      table = new Int32Array(4 * tableSize).fill(-1);
      tableWords = new Array<string>(tableSize);
      for (const [w, i] of VOCABULARY) if (ASCII_ONLY.test(w) && i !== id) tablePut(w, i);
    }
    tablePut(word, id);
  }
  return id;
}

/** The vocabulary id of a folded word, or -1. */
export function vocabularyId(word: string): number {
  return VOCABULARY.get(word) ?? -1;
}

/**
 * The id of the ASCII word text[start, end) (lowercased as it is compared) with key `key` (asciiKey of its lowercase),
 * or -1.
 */
function asciiId(text: string, start: number, end: number, key: number): number {
  const bit = filterBit(key);
  if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  const length = end - start;
  const mask = tableSize - 1;
  const words = table;
  for (let slot = firstSlot(key, mask); ; slot = (slot + 1) & mask) {
    const at = 4 * slot;
    const id = words[at + 1] as number;
    if (id === -1) return -1;
    if (words[at] !== key || words[at + 2] !== length) continue;
    if (length <= SHORT_WORD) return id;
    if (asciiLowerEquals(text, start, tableWords[slot] as string)) return id;
  }
}

/** Whether text[start, start + word.length), its ASCII capitals lowercased, is `word` (no copy of the text is made). */
export function asciiLowerEquals(text: string, start: number, word: string): boolean {
  const length = word.length;
  for (let k = 0; k < length; k++) {
    let code = text.charCodeAt(start + k);
    if (code >= 65 && code <= 90) code |= 32;
    if (code !== word.charCodeAt(k)) return false;
  }
  return true;
}

export interface PhraseMatch {
  rule: Rule;
  /** Token range [start, end). */
  start: number;
  end: number;
}

/**
 * The phrase trie, in flat typed arrays: node 0 is the root, each other node the path of phrase words that leads to it.
 * It was an object and a Map per node (4,961 nodes for the built-in catalog): about 2 MB that lived through the young
 * generation's scavenges at import, each copying them, and a third of a cold start's garbage collection (issue 9 cold
 * start). Typed arrays keep their contents off the JavaScript heap, and a child is one probe of an integer table.
 */
export interface PhraseTrie {
  /**
   * The word edges, an open-addressing table of EDGE_STRIDE integers a slot: parent node (-1: empty slot), the word's
   * vocabulary id, child node. Wildcards are not edges (anyChild, numberChild).
   */
  readonly edges: Int32Array;
  /** 32 minus log2 of the table's slots (edgeSlot's shift). */
  readonly edgeShift: number;
  /**
   * One bit per edge hash (edgeFilterBit), set for every edge: a (node, word) whose bit is clear has no edge. 8 KiB that
   * stay in the cache, where the 200 KB table does not: most probes after a phrase's first word find no edge, and
   * reading the table for them was a quarter of runSignals' own time (issue 9 profile, text mode).
   */
  readonly edgeFilter: Int32Array;
  /** Per node: its `*` child and its `#` child (-1: none). */
  readonly anyChild: Int32Array;
  readonly numberChild: Int32Array;
  /** Per node: 1 when it has a wildcard child. */
  readonly wild: Uint8Array;
  /** The rules whose phrase ends at node n, in rule order: ruleList[ruleStart[n]] up to ruleList[ruleStart[n + 1]]. */
  readonly ruleStart: Int32Array;
  readonly ruleList: Int32Array;
  /** How many nodes. */
  readonly nodes: number;
}

export interface CompiledCatalog {
  rules: readonly Rule[];
  byId: ReadonlyMap<string, Rule>;
  trie: PhraseTrie;
  /** The root's children by word id (-1: none): the one lookup most tokens get (a Map lookup cost 4× more). */
  rootById: Int32Array;
  /** Longest phrase, in tokens: bounds every match walk. */
  maxPhraseTokens: number;
  /** Hint token → rule indexes. */
  hintTokens: ReadonlyMap<string, number[]>;
  /** Hints matched as substrings of a class/id (long, distinctive ones). */
  hintSubstrings: ReadonlyArray<{ hint: string; rule: number }>;
  /**
   * matchHints' answers by hint string, kept with the compiled catalog (a pure memo: pages repeat their class names;
   * issue 9 profile: matching them was 2% of html-dev). Capped at HINT_CACHE_SIZE entries.
   */
  hintCache: Map<string, Map<Category, string>>;
}

/** Integers per slot of the trie's edge table: parent, word id, child. */
const EDGE_STRIDE = 3;

/** The first slot of the edge from `node` by word `id`. */
const edgeSlot = (node: number, id: number, shift: number): number => Math.imul(Math.imul(node, 0x9e3779b1) ^ id, 0x85ebca6b) >>> shift;

/** Bits of the edge filter (PhraseTrie.edgeFilter): 2^16, for the built-in catalog's 5,000-odd edges. */
const EDGE_FILTER_BITS = 16;
/** An edge's bit in the edge filter (a hash of its own, not the slot's). */
const edgeFilterBit = (node: number, id: number): number => Math.imul(Math.imul(id, 0x9e3779b1) ^ node, 0xcc9e2d51) >>> (32 - EDGE_FILTER_BITS);

/** The child of `node` by the word of vocabulary id `id` (not a wildcard), or -1. */
export function trieChild(trie: PhraseTrie, node: number, id: number): number {
  const bit = edgeFilterBit(node, id);
  if (((trie.edgeFilter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  const edges = trie.edges;
  const mask = (edges.length / EDGE_STRIDE) - 1;
  for (let slot = edgeSlot(node, id, trie.edgeShift); ; slot = (slot + 1) & mask) {
    const at = slot * EDGE_STRIDE;
    const parent = edges[at] as number;
    if (parent === node && edges[at + 1] === id) return edges[at + 2] as number;
    if (parent === -1) return -1;
  }
}

const HINT_CACHE_SIZE = 4096;

/** Hints at least this long also match inside compound class names ("c-newsletterbox"). */
const SUBSTRING_HINT_MIN = 7;
const WILDCARD_WORD = '*';
const WILDCARD_NUMBER = '#';
/** A thousands group and what separates it from the digits before it ("80,000", "80.000", "80 000"). */
const DIGIT_GROUP = /^\d{3}$/;
const THOUSANDS = /^[,.\u00a0\u202f']$/u;

/** Folds one word: lowercase, accents stripped (so "für" matches "fur" and "fuer" does not). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: ASCII needs no decomposition.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : stripMarks(lower.normalize('NFD'));
}

/**
 * ASCII word characters the tokenizer can tell without a regex, as the code they hash as: a lowercase letter or digit
 * itself, an uppercase letter its lowercase, 0 neither (one table read per character, no case branch).
 */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[a-z0-9]/.test(String.fromCharCode(c)) ? c : /[A-Z]/.test(String.fromCharCode(c)) ? c | 32 : 0));

/**
 * The tokenizer's scratch array, grown as needed and copied out at the exact size (pushing to a new array per run
 * made twice the garbage; a typed array per run cost more to allocate than it saved).
 */
const scratch: number[] = [];

/** Flags of a scan: the text holds an underscore, a character of a script written without spaces, U+0130. */
const UNDERSCORE = 1;
const UNSPACED = 2;
const DOTTED = 4;

/** What scanWide found: the flags of what it read, and the folded word and its id when it read one. */
let wideFlags = 0;
let wideWord: string | null = null;
let wideId = -1;

/**
 * The tokenizer's path for characters above ASCII, kept out of its loops (which ran twice as fast without it: issue 9
 * profile, text-dev). From text[start, i), an ASCII word (empty when i = start) followed by a character above ASCII
 * at i: when that character is a letter or digit, reads the word on to its end (at most to `length`), folds it and looks
 * it up (wideWord, wideId); else leaves the word as it is (wideWord null) and, when the word is empty, skips the
 * character. Returns where the scan goes on; wideFlags holds UNSPACED and DOTTED as they apply to what it read.
 */
function scanWide(text: string, start: number, i: number, length: number): number {
  let flags = 0;
  const point = text.codePointAt(i) as number;
  wideWord = null;
  if (!isLetterOrDigit(point)) {
    if (i === start) {
      if (isUnspaced(point)) flags |= UNSPACED;
      i += point > 0xffff ? 2 : 1;
    }
    wideFlags = flags;
    return i;
  }
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (ASCII_WORD[code] === 0) break;
      i++;
    } else {
      const next = text.codePointAt(i) as number;
      if (!isLetterOrDigit(next)) break;
      if (isUnspaced(next)) flags |= UNSPACED;
      else if (next === 0x130) flags |= DOTTED;
      i += next > 0xffff ? 2 : 1;
    }
  }
  wideFlags = flags;
  wideWord = foldWord(text.slice(start, i));
  wideId = VOCABULARY.get(wideWord) ?? -1;
  return i;
}

/**
 * Splits text into folded word tokens with their offsets: runs of letters and digits (what `[\p{L}\p{N}]+/u`
 * matches). A char loop with an ASCII table, 2× faster than matchAll on text-dev, where this is the hottest function;
 * one loop skips separators and an inner one runs to the end of an ASCII word, finding its vocabulary id from a key
 * computed in the same loop. Characters above ASCII are left to scanWide.
 */
export function scanTokens(text: string): TokenRun {
  return scanTokensIn(text, 0, text.length, text);
}

/**
 * scanTokens(text) read from `source`, where `text` is source.slice(from, to) and source.charAt(to) (if any) is no
 * letter, digit or low surrogate: the same tokens, offsets relative to `from`. A block that is a slice of a larger
 * string (what split and trim return) is read twice as slowly, character by character, as a string of its own (V8
 * goes through the slice to its parent on every read: issue 9 profile, text-dev); locateText scans its blocks joined
 * into one flat string instead.
 */
export function scanTokensIn(source: string, from: number, to: number, text: string): TokenRun {
  const data = scratch;
  let count = 0;
  let folded: Map<number, string> | null = null;
  let flags = 0;
  const length = to;
  let i = from;
  while (i < length) {
    let code = source.charCodeAt(i);
    const start = i;
    let id: number;
    if (code < 128) {
      const first = ASCII_WORD[code] as number;
      if (first === 0) {
        if (code === 95) flags |= UNDERSCORE;
        i++;
        continue;
      }
      let hash = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
      let packed = first;
      i++;
      while (i < length) {
        code = source.charCodeAt(i);
        if (code >= 128) break;
        const next = ASCII_WORD[code] as number;
        if (next === 0) break;
        hash = Math.imul(hash ^ next, FNV_PRIME);
        packed = (packed << 7) | next;
        i++;
      }
      if (i < length && code >= 128) {
        const end = scanWide(source, start, i, length);
        flags |= wideFlags;
        if (wideWord !== null) {
          i = end;
          (folded ??= new Map()).set(count, wideWord);
          id = wideId;
        } else id = asciiId(source, start, i, i - start <= SHORT_WORD ? packed : hash);
      } else id = asciiId(source, start, i, i - start <= SHORT_WORD ? packed : hash);
    } else {
      i = scanWide(source, start, i, length);
      flags |= wideFlags;
      if (wideWord === null) continue;
      (folded ??= new Map()).set(count, wideWord);
      id = wideId;
    }
    const at = count * STRIDE;
    data[at] = id;
    data[at + 1] = start - from;
    data[at + 2] = i - from;
    count++;
  }
  // Copied out by a loop: data.slice(0, n) cost more here (issue 9 profile, text-dev).
  const n = count * STRIDE;
  const out: number[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = data[k] as number;
  return new TokenRun(text, out, count, folded, (flags & UNDERSCORE) !== 0, (flags & UNSPACED) !== 0, (flags & DOTTED) !== 0);
}

/** scanTokens' tokens as objects. */
export function tokenize(text: string): Token[] {
  return scanTokens(text).tokens;
}

/** A phrase part that is its own one folded token: lowercase ASCII letters and digits (most of the catalog's words). */
const PLAIN_PART = /^[a-z0-9]+$/;
/** A phrase of plain parts, one space between each: its words are its parts (phraseWords' fast path). */
const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * A phrase's words: its folded tokens, `*` and `#` kept as they are. A plain lowercase ASCII part is its own token,
 * taken as it is: scanning every part was half of compiling the catalog at import (issue 9 cold start).
 */
export function phraseWords(phrase: string): string[] {
  // Most phrases are plain words with one space between: one test and a split (issue 9 cold start).
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  const words: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (PLAIN_PART.test(part) || part === WILDCARD_WORD || part === WILDCARD_NUMBER) words.push(part);
    else for (const token of tokenize(part)) words.push(token.word);
  }
  return words;
}

/**
 * Builds the matcher. Throws INVALID_OPTIONS on duplicate ids (a custom rule clashing with the catalog). The built-in
 * catalog is compiled at import, before V8 has compiled this code past its interpreter: its loops are indexed (an
 * iterator's next() per word cost more than the work inside, issue 9 cold start).
 */
export function compileCatalog(rules: readonly Rule[]): CompiledCatalog {
  const byId = new Map<string, Rule>();
  const hintTokens = new Map<string, number[]>();
  const hintSubstrings: Array<{ hint: string; rule: number }> = [];
  // Each phrase's words first, to size the trie's arrays: a trie has at most one node per phrase word, plus the root.
  const phraseList: string[][] = [];
  const phraseRule: number[] = [];
  let bound = 1;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as Rule;
    if (byId.has(rule.id)) throw new DecruftError('INVALID_OPTIONS', `duplicate rule id "${rule.id}"`, { details: { id: rule.id } });
    byId.set(rule.id, rule);
    const phrases = rule.phrases ?? [];
    for (let k = 0; k < phrases.length; k++) {
      const words = phraseWords(phrases[k] as string);
      if (words.length === 0) continue;
      phraseList.push(words);
      phraseRule.push(index);
      bound += words.length;
    }
    const hints = rule.hints ?? [];
    for (let k = 0; k < hints.length; k++) {
      const hint = (hints[k] as string).toLowerCase();
      const list = hintTokens.get(hint);
      if (list) list.push(index);
      else hintTokens.set(hint, [index]);
      if (hint.length >= SUBSTRING_HINT_MIN) hintSubstrings.push({ hint, rule: index });
    }
  }
  // The edge table at most half full.
  let slotBits = 4;
  while (1 << slotBits < 2 * bound) slotBits++;
  const edgeShift = 32 - slotBits;
  const mask = (1 << slotBits) - 1;
  const edges = new Int32Array(EDGE_STRIDE << slotBits).fill(-1);
  const edgeFilter = new Int32Array(1 << (EDGE_FILTER_BITS - 5));
  const anyChild = new Int32Array(bound).fill(-1);
  const numberChild = new Int32Array(bound).fill(-1);
  const wild = new Uint8Array(bound);
  /** The last rule whose phrase ended at a node: rules come in order, so a repeat can only be the same rule's. */
  const lastRule = new Int32Array(bound).fill(-1);
  /** Node and rule of each phrase end, in the order the phrases come (so each node's rules are in rule order). */
  const ends: number[] = [];
  /** Word id and node of each child of the root. */
  const rootEdges: number[] = [];
  let rootLength = 0;
  let nodes = 1;
  let maxPhraseTokens = 0;
  for (let p = 0; p < phraseList.length; p++) {
    const words = phraseList[p] as string[];
    const rule = phraseRule[p] as number;
    if (words.length > maxPhraseTokens) maxPhraseTokens = words.length;
    let node = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      if (word === WILDCARD_WORD) {
        wild[node] = 1;
        node = anyChild[node] === -1 ? (anyChild[node] = nodes++) : (anyChild[node] as number);
      } else if (word === WILDCARD_NUMBER) {
        wild[node] = 1;
        node = numberChild[node] === -1 ? (numberChild[node] = nodes++) : (numberChild[node] as number);
      } else {
        const id = internWord(word);
        for (let slot = edgeSlot(node, id, edgeShift); ; slot = (slot + 1) & mask) {
          const at = slot * EDGE_STRIDE;
          if (edges[at] === -1) {
            edges[at] = node;
            edges[at + 1] = id;
            edges[at + 2] = nodes;
            const bit = edgeFilterBit(node, id);
            edgeFilter[bit >>> 5] = (edgeFilter[bit >>> 5] as number) | (1 << (bit & 31));
            if (node === 0) {
              rootEdges.push(id, nodes);
              if (id >= rootLength) rootLength = id + 1;
            }
            node = nodes++;
            break;
          }
          if (edges[at] === node && edges[at + 1] === id) {
            node = edges[at + 2] as number;
            break;
          }
        }
      }
    }
    if (lastRule[node] !== rule) {
      lastRule[node] = rule;
      ends.push(node, rule);
    }
  }
  // Each node's rules, grouped by node (a counting sort, stable).
  const ruleStart = new Int32Array(nodes + 1);
  for (let k = 0; k < ends.length; k += 2) ruleStart[(ends[k] as number) + 1] = (ruleStart[(ends[k] as number) + 1] as number) + 1;
  for (let n = 0; n < nodes; n++) ruleStart[n + 1] = (ruleStart[n + 1] as number) + (ruleStart[n] as number);
  const ruleList = new Int32Array(ends.length / 2);
  const filled = ruleStart.slice(0, nodes);
  for (let k = 0; k < ends.length; k += 2) {
    const node = ends[k] as number;
    ruleList[filled[node] as number] = ends[k + 1] as number;
    filled[node] = (filled[node] as number) + 1;
  }
  const rootById = new Int32Array(rootLength).fill(-1);
  for (let k = 0; k < rootEdges.length; k += 2) rootById[rootEdges[k] as number] = rootEdges[k + 1] as number;
  const trie: PhraseTrie = { edges, edgeShift, edgeFilter, anyChild, numberChild, wild, ruleStart, ruleList, nodes };
  return { rules, byId, trie, rootById, maxPhraseTokens, hintTokens, hintSubstrings, hintCache: new Map() };
}

/** Pushes a match [start, end) for each rule whose phrase ends at `node`. */
function pushRules(catalog: CompiledCatalog, node: number, start: number, end: number, matches: PhraseMatch[]): void {
  const { ruleStart, ruleList } = catalog.trie;
  const last = ruleStart[node + 1] as number;
  for (let r = ruleStart[node] as number; r < last; r++) matches.push({ rule: catalog.rules[ruleList[r] as number] as Rule, start, end });
}

/**
 * The breadth-first walk from `states` (trie nodes) at token `from` (phrases that started at token `start`), matches
 * pushed in order of end, then of state (exact word, `*`, `#`), then of rule.
 */
function walkStates(catalog: CompiledCatalog, run: TokenRun, start: number, from: number, initial: number[], matches: PhraseMatch[]): void {
  const trie = catalog.trie;
  let states = initial;
  /** The states a `#` led to at the previous token: a number's next digit group ("80,000") stays in them. */
  let numbered: number[] | null = null;
  for (let j = from; j < run.count && j - start < catalog.maxPhraseTokens && states.length > 0; j++) {
    const id = run.id(j);
    const nextStates: number[] = [];
    let nextNumbered: number[] | null = null;
    // "80,000" is two tokens: a group of three digits right after a number and a separator goes on with it.
    if (numbered !== null && DIGIT_GROUP.test(run.word(j)) && THOUSANDS.test(run.text.slice(run.data[(j - 1) * STRIDE + 2] as number, run.data[j * STRIDE + 1] as number))) {
      nextStates.push(...numbered);
      nextNumbered = [...numbered];
    }
    for (const state of states) {
      const exact = id < 0 ? -1 : trieChild(trie, state, id);
      if (exact !== -1) nextStates.push(exact);
      const any = trie.anyChild[state] as number;
      if (any !== -1) nextStates.push(any);
      // The number test runs only where a phrase has a `#` here, not for every token and step.
      const number = trie.numberChild[state] as number;
      if (number !== -1 && isNumberWord(run.word(j))) {
        nextStates.push(number);
        (nextNumbered ??= []).push(number);
      }
    }
    numbered = nextNumbered;
    for (const state of nextStates) pushRules(catalog, state, start, j + 1, matches);
    states = nextStates;
  }
}

/**
 * isNumberWord(run.word(i)) without folding the word when it is ASCII: a token with no folded word is a run of ASCII
 * letters and digits (scanTokens), a number when each is a digit, as lowercasing leaves digits alone.
 */
function isNumberToken(run: TokenRun, i: number): boolean {
  // A token opening with an ASCII letter is no number, folded or not (most tokens: no look-up of a folded word).
  const first = run.text.charCodeAt(run.data[i * STRIDE + 1] as number);
  if (first < 128 && (first < 48 || first > 57)) return false;
  const folded = run.foldedWord(i);
  if (folded !== undefined) return isNumberWord(folded);
  const text = run.text;
  const end = run.data[i * STRIDE + 2] as number;
  for (let k = run.data[i * STRIDE + 1] as number; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Every phrase match in a run of tokens (overlapping matches included), in order of start. */
export function matchRun(catalog: CompiledCatalog, run: TokenRun): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const count = run.count;
  // Most tokens start no phrase: one lookup. A phrase's path is followed node to node, with no state arrays, until a
  // node with wildcard children branches it (then the breadth-first walk takes over, in the same order). A root with a
  // `#` child (phrases such as "# articles left") branches only at a token that is a number: every other token takes
  // the same path as under a root without it (issue 9 profile, text mode: walking every token breadth-first, folding
  // its word for the number test, was most of the time spent matching phrases: 358 against 67 ms for text-dev's blocks).
  const data = run.data;
  const rootById = catalog.rootById;
  const trie = catalog.trie;
  const { ruleStart, ruleList, wild } = trie;
  const rootAny = trie.anyChild[0] !== -1;
  const rootNumber = trie.numberChild[0] !== -1;
  for (let i = 0; i < count; i++) {
    if (rootAny || (rootNumber && isNumberToken(run, i))) {
      walkStates(catalog, run, i, i, [0], matches);
      continue;
    }
    const first = data[i * STRIDE] as number;
    let node = first >= 0 && first < rootById.length ? (rootById[first] as number) : -1;
    let j = i;
    while (node !== -1) {
      const last = ruleStart[node + 1] as number;
      for (let r = ruleStart[node] as number; r < last; r++) matches.push({ rule: catalog.rules[ruleList[r] as number] as Rule, start: i, end: j + 1 });
      j++;
      if (j >= count || j - i >= catalog.maxPhraseTokens) break;
      if (wild[node] === 1) {
        walkStates(catalog, run, i, j, [node], matches);
        break;
      }
      const id = data[j * STRIDE] as number;
      node = id < 0 ? -1 : trieChild(trie, node, id);
    }
  }
  return matches;
}

/** Every phrase match in the tokens (overlapping matches included), in order of start. */
export function matchPhrases(catalog: CompiledCatalog, tokens: readonly Token[]): PhraseMatch[] {
  const data: number[] = [];
  const folded = new Map<number, string>();
  tokens.forEach((token, i) => {
    data.push(token.id, token.start, token.end);
    folded.set(i, token.word);
  });
  return matchRun(catalog, new TokenRun('', data, tokens.length, folded, true, true, true));
}

/** Categories whose DOM hints appear in a class/id/role string (already lowercased and cut). */
export function matchHints(catalog: CompiledCatalog, hints: string): ReadonlyMap<Category, string> {
  let found = catalog.hintCache.get(hints);
  if (found) return found;
  found = findHints(catalog, hints);
  if (catalog.hintCache.size >= HINT_CACHE_SIZE) catalog.hintCache.clear();
  catalog.hintCache.set(hints, found);
  return found;
}

function findHints(catalog: CompiledCatalog, hints: string): Map<Category, string> {
  const found = new Map<Category, string>();
  if (hints === '') return found;
  for (const token of hints.split(/[^a-z0-9]+/)) {
    const rules = token === '' ? undefined : catalog.hintTokens.get(token);
    if (rules) for (const index of rules) {
      const rule = catalog.rules[index] as Rule;
      if (!found.has(rule.category)) found.set(rule.category, token);
    }
  }
  for (const { hint, rule: index } of catalog.hintSubstrings) {
    const rule = catalog.rules[index] as Rule;
    if (!found.has(rule.category) && hints.includes(hint)) found.set(rule.category, hint);
  }
  return found;
}
