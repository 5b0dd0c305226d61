// Signals of a run of text: how much appeal phrases cover it, who it addresses, whether it ends in a call to action.
import { matchHints, matchPhrases, tokenize, type CompiledCatalog, type PhraseMatch, type Token } from '../rules/compile.js';
import type { Category } from '../types.js';

/** Words that address the reader or speak for the publisher, folded (accents stripped), across languages. */
const ADDRESS_WORDS = new Set([
  // en
  'you', 'your', 'yours', 'yourself', 'we', 'us', 'our', 'ours',
  // de (not "sie": it is also "they")
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'ihr', 'ihre', 'ihren', 'ihnen', 'wir', 'uns', 'unser', 'unsere', 'unseren',
  // fr
  'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'nous', 'notre', 'nos',
  // es / pt / it
  'usted', 'ustedes', 'tus', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'voce', 'voces', 'nosso', 'nossa', 'voi', 'vostro', 'vostra', 'noi', 'nostro', 'nostra',
  // nl
  'je', 'jij', 'jouw', 'uw', 'wij', 'ons', 'onze',
]);
const PRICE = /(?:[$€£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|eur|euro|usd|dollars?|pounds?)\b)/i;

export interface RunSignals {
  tokens: Token[];
  matches: PhraseMatch[];
  /** Tokens covered by any match / all tokens. */
  coverage: number;
  /** Distinct strong phrases of two or more words. */
  strongPhrases: number;
  /** The category whose matches cover the most tokens, with that coverage. */
  category: Category | null;
  /** Reader-address and publisher-voice words / all tokens. */
  address: number;
  /** A match ends on the run's last or second-to-last token. */
  ctaEnd: boolean;
  /** A match starts on the run's first token. */
  ctaStart: boolean;
  price: boolean;
}

const isStrongPhrase = (m: PhraseMatch): boolean => m.rule.strength === 'strong' && m.end - m.start >= 2;

export function runSignals(text: string, catalog: CompiledCatalog): RunSignals {
  const tokens = tokenize(text);
  const matches = matchPhrases(catalog, tokens);
  const covered = new Uint8Array(tokens.length);
  const byCategory = new Map<Category, number>();
  const strong = new Set<string>();
  let ctaEnd = false;
  let ctaStart = false;
  for (const m of matches) {
    for (let i = m.start; i < m.end; i++) covered[i] = 1;
    byCategory.set(m.rule.category, (byCategory.get(m.rule.category) ?? 0) + (m.end - m.start));
    if (isStrongPhrase(m)) strong.add(tokens.slice(m.start, m.end).map((t) => t.word).join(' '));
    if (m.end >= tokens.length - 1) ctaEnd = true;
    if (m.start === 0) ctaStart = true;
  }
  let coveredCount = 0;
  for (let i = 0; i < covered.length; i++) coveredCount += covered[i] as number;
  let category: Category | null = null;
  let best = 0;
  for (const [c, n] of byCategory) {
    if (n > best) {
      best = n;
      category = c;
    }
  }
  let address = 0;
  for (const t of tokens) if (ADDRESS_WORDS.has(t.word)) address++;
  return {
    tokens,
    matches,
    coverage: tokens.length > 0 ? coveredCount / tokens.length : 0,
    strongPhrases: strong.size,
    category,
    address: tokens.length > 0 ? address / tokens.length : 0,
    ctaEnd,
    ctaStart,
    price: PRICE.test(text),
  };
}

/** The cruft category the DOM hints of a block name (class/id/role of it and its ancestors), if any. */
export function hintCategory(hints: string, catalog: CompiledCatalog): { category: Category; hint: string } | null {
  const found = matchHints(catalog, hints);
  for (const [category, hint] of found) return { category, hint };
  return null;
}
