// franc-min's language guess, computed from its own data through a trigram index (issue 9 profile: franc was 30% of
// text mode). franc compares the sample's trigrams with every language model of the sample's script, one object lookup
// per trigram and language; here each trigram is looked up once and updates every language that has it. Same data,
// same arithmetic, same tie-breaking: the result equals `franc(sample)` (test/franc.test.ts checks it against franc).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/** franc's constants: it reads at most this many characters, needs this many, and charges a missing trigram this much. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  /** Language codes in franc's iteration order (the order of its data). */
  languages: string[];
  /** Trigram → [language index, weight, language index, weight, …]. */
  trigrams: Map<string, number[]>;
}

const indexes = new Map<string, ScriptIndex>();

/** Inverts franc's per-language dictionaries for one script (built on first use, about 13k entries for Latin). */
function scriptIndex(script: string): ScriptIndex {
  const cached = indexes.get(script);
  if (cached) return cached;
  const languages = Object.keys(data[script] as Record<string, string>);
  const trigrams = new Map<string, number[]>();
  languages.forEach((language, li) => {
    const model = (data[script] as Record<string, string>)[language]?.split('|') ?? [];
    // As franc builds its dictionary: later writes win, walking down, so a repeated trigram keeps its lowest weight.
    const weights = new Map<string, number>();
    for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight] as string, weight);
    for (const [trigram, weight] of weights) {
      const list = trigrams.get(trigram);
      if (list) list.push(li, weight);
      else trigrams.set(trigram, [li, weight]);
    }
  });
  const index = { languages, trigrams };
  indexes.set(script, index);
  return index;
}

/** The script whose characters occur most in `value` (franc's getTopScript: the first one wins a tie). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script] as RegExp)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** The most probable language of `value` as an ISO 639-3 code, or 'und': what franc-min's `franc(value)` returns. */
export function franc(value: string): string {
  if (!value || value.length < MIN_LENGTH) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !Object.prototype.hasOwnProperty.call(data, script)) return !script || share === 0 ? 'und' : script;

  // The sample's trigram counts (trigram-utils' asDictionary: trigrams of ' ' + clean(sample) + ' ').
  const padded = ` ${clean(sample)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }

  // franc's distance to a language: per sample trigram, |count − weight − 1| when the language has it, else 300.
  const { languages, trigrams } = scriptIndex(script);
  const distances = new Array<number>(languages.length).fill(MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    const list = trigrams.get(trigram);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) {
      const language = list[k] as number;
      distances[language] = (distances[language] as number) + Math.abs(count - (list[k + 1] as number) - 1) - MAX_DIFFERENCE;
    }
  }
  // franc sorts stably by distance and takes the first: the earliest language with the smallest distance.
  let best = 0;
  for (let i = 1; i < distances.length; i++) if ((distances[i] as number) < (distances[best] as number)) best = i;
  return languages[best] ?? 'und';
}
