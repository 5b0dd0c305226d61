// The article's own vocabulary: content words of its plain paragraphs (no appeal phrase, no cue word). A sentence that
// carries a lone appeal phrase but shares several such words is about the article's subject ("Stay informed about local
// rules on automatic gratuities…" on a page about gratuities), not an appeal glued to it: appeals are written for any page.
import { asciiLowerEquals } from '../rules/compile.js';
import type { RunSignals } from './signals.js';

/** A content word has at least this many characters (shorter ones are mostly function words in every language). */
const MIN_CHARS = 5;
/** Function and everyday words of five letters or more (folded), which paragraphs share whatever their subject. */
const COMMON = new Set(
  (
    'about above after again against along also among another around because become before being below between both could ' +
    'doing during either every everyone everything first further having here itself little might never other others ought ' +
    'perhaps quite rather really right since something still their theirs there these thing things think those though ' +
    'three through today together under until using which while whose would years yourself yourselves ' +
    'always anything great people should whether where wants wanted often makes making maybe within without ' +
    'aber nicht werden einen einer eines diese dieser dieses durch immer schon unter wieder haben keine ' +
    'avant aussi cette comme elles leurs notre votre depuis entre encore toujours ' +
    'sobre desde cuando donde porque tambien puede todos todas'
  ).split(' '),
);

/**
 * How many plain paragraphs of the page hold each content word (folded; most words have no vocabulary id), counted
 * only for the words asked about. A table of every content word of the page, built on the first question, was 2% of
 * text mode (issue 9 profile: a lowercase copy of each long word of every plain paragraph, and a Map entry for it) for
 * about two questions a page that asks (186 of the 969 text-dev dumps, 340 questions); now each question with words
 * not yet counted reads the plain paragraphs' tokens once, comparing their characters with those words, and copies none.
 */
export class Topic {
  /** Paragraph counts of the words asked about so far. */
  private readonly counts = new Map<string, number>();
  /** The whole table (built only for a question with no minimum: minParagraphs < 1). */
  private df: Map<string, number> | null = null;

  constructor(private readonly runs: readonly RunSignals[]) {}

  /** How many plain paragraphs hold each content word: the table counts() fills word by word (its test compares them). */
  build(): Map<string, number> {
    const df = new Map<string, number>();
    const seen = new Set<string>();
    for (const signals of this.runs) {
      if (!isPlain(signals)) continue;
      seen.clear();
      const run = signals.run;
      for (let k = 0; k < signals.words; k++) {
        // Only words of MIN_CHARS or more are looked at (folding never shortens a word below its raw length much).
        if (run.end(k) - run.start(k) < MIN_CHARS) continue;
        const word = run.word(k);
        if (seen.has(word) || !isContent(word)) continue;
        seen.add(word);
        df.set(word, (df.get(word) ?? 0) + 1);
      }
    }
    return df;
  }

  /**
   * The counts of `words` (content words), as build() has them (0 for a word it has not), reading the paragraphs for
   * those not counted yet. A token with no folded word of its own is ASCII letters and digits (scanTokensIn), whose
   * folded word is its lowercase, of its length: compared character by character, it is not copied.
   */
  counted(words: readonly string[]): ReadonlyMap<string, number> {
    const todo = new Set<string>();
    for (const word of words) if (!this.counts.has(word)) todo.add(word);
    if (todo.size === 0) return this.counts;
    const byLength = new Map<number, string[]>();
    for (const word of todo) {
      const list = byLength.get(word.length);
      if (list) list.push(word);
      else byLength.set(word.length, [word]);
    }
    const found = new Set<string>();
    for (const signals of this.runs) {
      if (!isPlain(signals)) continue;
      found.clear();
      const run = signals.run;
      const text = run.text;
      for (let k = 0; k < signals.words; k++) {
        const start = run.start(k);
        const length = run.end(k) - start;
        if (length < MIN_CHARS) continue;
        const folded = run.foldedWord(k);
        if (folded !== undefined) {
          if (todo.has(folded)) found.add(folded);
          continue;
        }
        const list = byLength.get(length);
        if (list === undefined) continue;
        for (const word of list) {
          if (asciiLowerEquals(text, start, word)) {
            found.add(word);
            break;
          }
        }
      }
      for (const word of found) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
    for (const word of todo) if (!this.counts.has(word)) this.counts.set(word, 0);
    return this.counts;
  }

  /**
   * Distinct content words of `signals` outside its appeal phrases that at least `minParagraphs` plain paragraphs of
   * the page hold, not counting the paragraph `signals` is part of (`block`).
   */
  shared(signals: RunSignals, block: RunSignals, minParagraphs: number): number {
    // The block's own words count once in the table when it is plain (a label no phrase lists, glued to a sentence).
    const min = minParagraphs + (isPlain(block) ? 1 : 0);
    const covered = new Uint8Array(signals.words);
    for (const m of signals.matches) for (let i = m.start; i < m.end; i++) covered[i] = 1;
    const run = signals.run;
    if (min < 1) {
      // Every content word counts when the table has any word at all.
      const df = (this.df ??= this.build());
      if (df.size === 0) return 0;
      const found = new Set<string>();
      for (let k = 0; k < signals.words; k++) {
        if (covered[k]) continue;
        const word = run.word(k);
        if ((df.get(word) ?? 0) >= min && isContent(word)) found.add(word);
      }
      return found.size;
    }
    // A word counted in no paragraph is below any minimum of 1 or more: no table needed to say the page has none.
    const words = new Set<string>();
    for (let k = 0; k < signals.words; k++) {
      if (covered[k]) continue;
      const word = run.word(k);
      if (isContent(word)) words.add(word);
    }
    if (words.size === 0) return 0;
    const counts = this.counted([...words]);
    let found = 0;
    for (const word of words) if ((counts.get(word) as number) >= min) found++;
    return found;
  }
}

/** A paragraph with no appeal phrase and no cue word. */
const isPlain = (signals: RunSignals): boolean => signals.matches.length === 0 && signals.cues === 0 && signals.words > 0;

/** A word of five letters or more that is not a common one: a word that can say what a text is about. */
export const isContent = (word: string): boolean => word.length >= MIN_CHARS && !COMMON.has(word) && !/^\d+$/.test(word);
