// Compiles the rule catalog once per cleaner: a word-level trie for phrases and a token index for DOM hints.
import { DecruftError } from '../errors.js';
import { isLetterOrDigit } from '../text/chars.js';
import type { Category } from '../types.js';
import type { Rule } from './types.js';

/** A word of text, case- and accent-folded, with where it sits in the original string. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

export interface PhraseMatch {
  rule: Rule;
  /** Token range [start, end). */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Rules whose phrase ends here. */
  rules: number[];
  /** A child is a wildcard (`*` or `#`): set once the catalog is compiled. */
  wild: boolean;
}

export interface CompiledCatalog {
  rules: readonly Rule[];
  byId: ReadonlyMap<string, Rule>;
  root: TrieNode;
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

const HINT_CACHE_SIZE = 4096;

/** Hints at least this long also match inside compound class names ("c-newsletterbox"). */
const SUBSTRING_HINT_MIN = 7;
const WILDCARD_WORD = '*';
const WILDCARD_NUMBER = '#';
const COMBINING = /\p{M}+/gu;
const NUMBER = /^\p{N}+$/u;

/** Folds one word: lowercase, accents stripped (so "für" matches "fur" and "fuer" does not). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: ASCII needs no decomposition.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(COMBINING, '');
}

/** ASCII word characters the tokenizer can tell without a regex: 1 lowercase letter or digit, 2 uppercase letter, 0 neither. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : /[A-Z]/.test(String.fromCharCode(c)) ? 2 : 0));

/**
 * Splits text into folded word tokens with their offsets: runs of letters and digits (what `[\p{L}\p{N}]+/u`
 * matches). A char loop with an ASCII table, 2× faster than matchAll on text-dev, where this is the hottest function;
 * one loop skips separators and an inner one runs to the end of the word (a third faster than one loop with flags).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (ASCII_WORD[code] === 0) {
        i++;
        continue;
      }
    } else {
      const point = text.codePointAt(i) as number;
      if (!isLetterOrDigit(point)) {
        i += point > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let ascii = true;
    let upper = false;
    while (i < length) {
      code = text.charCodeAt(i);
      if (code < 128) {
        const kind = ASCII_WORD[code] as number;
        if (kind === 0) break;
        if (kind === 2) upper = true;
        i++;
      } else {
        const point = text.codePointAt(i) as number;
        if (!isLetterOrDigit(point)) break;
        ascii = false;
        i += point > 0xffff ? 2 : 1;
      }
    }
    const raw = text.slice(start, i);
    // Lowercase ASCII words (most of them) are their own folded form.
    tokens.push({ word: ascii ? (upper ? raw.toLowerCase() : raw) : foldWord(raw), start, end: i });
  }
  return tokens;
}

function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part === WILDCARD_WORD || part === WILDCARD_NUMBER) words.push(part);
    else for (const token of tokenize(part)) words.push(token.word);
  }
  return words;
}

/** Builds the matcher. Throws INVALID_OPTIONS on duplicate ids (a custom rule clashing with the catalog). */
export function compileCatalog(rules: readonly Rule[]): CompiledCatalog {
  const byId = new Map<string, Rule>();
  const root: TrieNode = { next: new Map(), rules: [], wild: false };
  const hintTokens = new Map<string, number[]>();
  const hintSubstrings: Array<{ hint: string; rule: number }> = [];
  let maxPhraseTokens = 0;
  rules.forEach((rule, index) => {
    if (byId.has(rule.id)) throw new DecruftError('INVALID_OPTIONS', `duplicate rule id "${rule.id}"`, { details: { id: rule.id } });
    byId.set(rule.id, rule);
    for (const phrase of rule.phrases ?? []) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      maxPhraseTokens = Math.max(maxPhraseTokens, words.length);
      let node = root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), rules: [], wild: false };
          node.next.set(word, child);
        }
        node = child;
      }
      if (!node.rules.includes(index)) node.rules.push(index);
    }
    for (const raw of rule.hints ?? []) {
      const hint = raw.toLowerCase();
      const list = hintTokens.get(hint);
      if (list) list.push(index);
      else hintTokens.set(hint, [index]);
      if (hint.length >= SUBSTRING_HINT_MIN) hintSubstrings.push({ hint, rule: index });
    }
  });
  // Which nodes branch on a wildcard, known before any match walk asks.
  const nodes: TrieNode[] = [root];
  for (let node = nodes.pop(); node; node = nodes.pop()) {
    node.wild = node.next.has(WILDCARD_WORD) || node.next.has(WILDCARD_NUMBER);
    nodes.push(...node.next.values());
  }
  return { rules, byId, root, maxPhraseTokens, hintTokens, hintSubstrings, hintCache: new Map() };
}

/**
 * The breadth-first walk from `states` at token `from` (phrases that started at token `start`), matches pushed in
 * order of end, then of state (exact word, `*`, `#`), then of rule.
 */
function walkStates(catalog: CompiledCatalog, tokens: readonly Token[], start: number, from: number, initial: TrieNode[], matches: PhraseMatch[]): void {
  let states = initial;
  for (let j = from; j < tokens.length && j - start < catalog.maxPhraseTokens && states.length > 0; j++) {
    const word = (tokens[j] as Token).word;
    const nextStates: TrieNode[] = [];
    for (const state of states) {
      const exact = state.next.get(word);
      if (exact) nextStates.push(exact);
      const any = state.next.get(WILDCARD_WORD);
      if (any) nextStates.push(any);
      // The number test runs only where a phrase has a `#` here, not for every token and step.
      const number = state.next.get(WILDCARD_NUMBER);
      if (number && NUMBER.test(word)) nextStates.push(number);
    }
    for (const state of nextStates) for (const rule of state.rules) matches.push({ rule: catalog.rules[rule] as Rule, start, end: j + 1 });
    states = nextStates;
  }
}

/** Every phrase match in the tokens (overlapping matches included), in order of start. */
export function matchPhrases(catalog: CompiledCatalog, tokens: readonly Token[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const { root } = catalog;
  if (root.wild) {
    for (let i = 0; i < tokens.length; i++) walkStates(catalog, tokens, i, i, [root], matches);
    return matches;
  }
  // Most tokens start no phrase: one lookup. A phrase's path is followed node to node, with no state arrays, until a
  // node with wildcard children branches it (then the breadth-first walk takes over, in the same order).
  for (let i = 0; i < tokens.length; i++) {
    let node = root.next.get((tokens[i] as Token).word);
    let j = i;
    while (node) {
      for (const rule of node.rules) matches.push({ rule: catalog.rules[rule] as Rule, start: i, end: j + 1 });
      j++;
      if (j >= tokens.length || j - i >= catalog.maxPhraseTokens) break;
      if (node.wild) {
        walkStates(catalog, tokens, i, j, [node], matches);
        break;
      }
      node = node.next.get((tokens[j] as Token).word);
    }
  }
  return matches;
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
