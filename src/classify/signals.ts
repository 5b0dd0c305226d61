// Signals of a run of text: how much appeal phrases cover it, who it addresses, whether it ends in a call to action.
import { internWord, matchHints, matchRun, scanTokens, type CompiledCatalog, type PhraseMatch, type Token, type TokenRun } from '../rules/compile.js';
import type { Category } from '../types.js';
import { SHAPE_WORD_IDS } from './shape.js';
import type { Rule } from '../rules/types.js';

/** Words that address the reader or speak for the publisher, folded (accents stripped), across languages. */
const ADDRESS_WORDS = new Set([
  // en
  'you', 'your', 'yours', 'yourself', 'we', 'us', 'our', 'ours',
  // de (not "sie": it is also "they")
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'ihr', 'ihre', 'ihren', 'ihnen', 'wir', 'uns', 'unser', 'unsere', 'unseren',
  // fr
  'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'nous', 'notre', 'nos',
  // es / pt / it
  'usted', 'ustedes', 'tus', 'te', 'ti', 'tuo', 'tua', 'seu', 'sua', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'voce', 'voces', 'nosso', 'nossa', 'voi', 'vostro', 'vostra', 'noi', 'nostro', 'nostra',
  // nl
  'je', 'jij', 'jouw', 'uw', 'wij', 'ons', 'onze',
]);
/** Second-person words only (the reader addressed, not the publisher speaking), folded, across languages. */
const SECOND_PERSON = new Set([
  'you', 'your', 'yours', 'yourself', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes',
  'usted', 'ustedes', 'tus', 'te', 'ti', 'tuo', 'tua', 'seu', 'sua', 'voce', 'voces', 'voi', 'vostro', 'vostra', 'je', 'jij', 'jouw', 'uw',
]);
/** Reporting verbs and attributions: a run that quotes or reports someone is news, whatever words it carries. */
const REPORTING_WORDS = new Set([
  'said', 'says', 'told', 'according', 'reported', 'reports', 'stated', 'announced', 'explained', 'explains', 'added', 'wrote', 'writes',
  'claimed', 'argued', 'recalled', 'noted', 'insisted', 'spokesperson', 'spokesman', 'spokeswoman', 'officials', 'percent',
  'sagte', 'sagt', 'erklarte', 'laut', 'zufolge', 'berichtete', 'teilte', 'declare', 'selon', 'dijo', 'segun', 'afirmo', 'disse',
  'segundo', 'detto', 'secondo', 'zei', 'volgens', 'aldus',
]);
/**
 * Each listed word's lists as bits, by the word's vocabulary id: one array read per token answers all three (issue 9
 * profile: three Set lookups were a fifth of runSignals, then one Map lookup by string was a tenth).
 */
const ADDRESS = 1;
const SECOND = 2;
const REPORTING = 4;
/** Words of the publication's business and "this" (see shape.ts): a run with none cannot be shaped like an appeal. */
const SHAPE = 8;
const LISTED: Array<[number, number]> = SHAPE_WORD_IDS.map((id) => [id, SHAPE]);
for (const [words, bit] of [[ADDRESS_WORDS, ADDRESS], [SECOND_PERSON, SECOND], [REPORTING_WORDS, REPORTING]] as const) {
  for (const word of words) LISTED.push([internWord(word), bit]);
}
/** "We told you…": the publisher reminding the reader ("As we told you last spring, our finances are fragile."), not a report. */
const TOLD = internWord('told');
const WE_OR_I = new Set(['we', 'i'].map(internWord));
const YOU = internWord('you');
const WORD_LISTS = new Uint8Array(Math.max(...LISTED.map(([id]) => id)) + 1);
for (const [id, bit] of LISTED) WORD_LISTS[id] = (WORD_LISTS[id] as number) | bit;
const QUOTE = /["“”„«»]/u;
// A symbol after the sum needs no word boundary ("5 €": none between "€" and a space).
const PRICE = /(?:[$€£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:[€£]|(?:eur|euros?|usd|dollars?|pounds?)\b))/i;

export interface RunSignals {
  /** The run's tokens (made on first use: most runs only need their number, `words`). */
  readonly tokens: Token[];
  /** How many tokens. */
  words: number;
  /** The tokens as a flat run. */
  run: TokenRun;
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
  readonly price: boolean;
  /** Distinct cue words (weak rules) of the category with the most of them, and that category's first weak rule. */
  cues: number;
  cueRule: Rule | null;
  /** Share of second-person words ("you", "your", "Sie"-less forms) among all tokens. */
  second: number;
  /** Reporting verbs or quotation marks: the run reports or quotes someone. */
  readonly reporting: boolean;
  /** A word of the publication's business or a "this" (shape.ts): without one the run is not shaped like an appeal. */
  readonly shapeWords: boolean;
}

const isStrongPhrase = (m: PhraseMatch): boolean => m.rule.strength === 'strong' && m.end - m.start >= 2;

/**
 * RunSignals with its tokens read out of the run on first use, and the two regex signals (a price, a quotation mark)
 * tested only when asked for: they only word a verdict's reason or weigh cue words, and most runs have neither (issue 9
 * profile: the two tests were a tenth of runSignals).
 */
class Signals implements RunSignals {
  private priceTest: boolean | null = null;
  private quoteTest: boolean | null = null;
  constructor(
    private readonly text: string,
    readonly run: TokenRun,
    readonly words: number,
    readonly matches: PhraseMatch[],
    readonly coverage: number,
    readonly strongPhrases: number,
    readonly category: Category | null,
    readonly address: number,
    readonly ctaEnd: boolean,
    readonly ctaStart: boolean,
    readonly cues: number,
    readonly cueRule: Rule | null,
    readonly second: number,
    /** A reporting word among the tokens. */
    private readonly reportingWord: boolean,
    readonly shapeWords: boolean,
  ) {}

  get tokens(): Token[] {
    return this.run.tokens;
  }

  get price(): boolean {
    return (this.priceTest ??= PRICE.test(this.text));
  }

  get reporting(): boolean {
    return this.reportingWord || (this.quoteTest ??= QUOTE.test(this.text));
  }
}

/** The folded words of tokens [start, end) joined by spaces. */
const phraseOf = (run: TokenRun, start: number, end: number): string => {
  const words: string[] = [];
  for (let i = start; i < end; i++) words.push(run.word(i));
  return words.join(' ');
};

/** The signals of `text`, whose tokens are `run` (scanned here unless the caller has them). */
export function runSignals(text: string, catalog: CompiledCatalog, run: TokenRun = scanTokens(text)): RunSignals {
  const all = matchRun(catalog, run);
  const count = run.count;
  const data = run.data;
  let address = 0;
  let second = 0;
  let reporting = false;
  let shapeWords = false;
  for (let i = 0; i < count; i++) {
    const id = data[3 * i] as number;
    const lists = id >= 0 && id < WORD_LISTS.length ? (WORD_LISTS[id] as number) : 0;
    if (lists === 0) continue;
    if (lists & ADDRESS) address++;
    if (lists & SECOND) second++;
    if (lists & REPORTING && !(id === TOLD && i > 0 && WE_OR_I.has(data[3 * (i - 1)] as number) && data[3 * (i + 1)] === YOU)) reporting = true;
    if (lists & SHAPE) shapeWords = true;
  }
  const addressShare = count > 0 ? address / count : 0;
  const secondShare = count > 0 ? second / count : 0;
  // Most runs match no phrase: no maps or sets for them.
  if (all.length === 0) return new Signals(text, run, count, all, 0, 0, null, addressShare, false, false, 0, null, secondShare, reporting, shapeWords);
  const matches: PhraseMatch[] = [];
  const cueWords = new Map<Category, { rule: Rule; words: Set<string> }>();
  for (const m of all) {
    if (m.rule.strength === 'strong') {
      matches.push(m);
      continue;
    }
    let found = cueWords.get(m.rule.category);
    if (!found) cueWords.set(m.rule.category, (found = { rule: m.rule, words: new Set() }));
    found.words.add(phraseOf(run, m.start, m.end));
  }
  let cues = 0;
  let cueRule: Rule | null = null;
  for (const { rule, words } of cueWords.values()) {
    if (words.size > cues) {
      cues = words.size;
      cueRule = rule;
    }
  }
  const covered = new Uint8Array(count);
  const byCategory = new Map<Category, number>();
  const strong = new Set<string>();
  let ctaEnd = false;
  let ctaStart = false;
  for (const m of matches) {
    for (let i = m.start; i < m.end; i++) covered[i] = 1;
    byCategory.set(m.rule.category, (byCategory.get(m.rule.category) ?? 0) + (m.end - m.start));
    // A phrase inside a longer one is the same call ("follow us" in "follow us on"): one phrase, not two.
    if (isStrongPhrase(m) && !matches.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) strong.add(phraseOf(run, m.start, m.end));
    if (m.end >= count - 1) ctaEnd = true;
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
  return new Signals(text, run, count, matches, count > 0 ? coveredCount / count : 0, strong.size, category, addressShare, ctaEnd, ctaStart, cues, cueRule, secondShare, reporting, shapeWords);
}

/** The cruft category the DOM hints of a block name (class/id/role of it and its ancestors), if any. */
export function hintCategory(hints: string, catalog: CompiledCatalog): { category: Category; hint: string } | null {
  const found = matchHints(catalog, hints);
  for (const [category, hint] of found) return { category, hint };
  return null;
}
