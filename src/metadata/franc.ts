// franc-min's language guess, computed from its own data through indexes (issue 9 profile: franc was 30% of text mode).
// franc counts each script's characters with one regex pass per script, then compares the sample's trigrams with every
// language model of the top script, one object lookup per trigram and language. Here characters are classified once
// each (cached), trigrams are counted as integers, and each distinct trigram is looked up once to update every language
// that has it. Same arithmetic, same tie-breaking: the result equals franc's on the same models (test/franc.test.ts).
// The models are franc-min's, each language cut to its most frequent trigrams and re-encoded to gzip smaller in a bundle
// (src/metadata/franc-data.ts, written by scripts/franc-data.mjs; issue 9 bundle budget).
import { expressions } from 'franc-min/expressions.js';
import { scripts } from './franc-data.js';

/** franc's constants: it reads at most this many characters, needs this many, and charges a missing trigram this much. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

// ---- The top script -------------------------------------------------------------------------------------------------

const SCRIPTS = Object.keys(expressions);
/** Each script's expression, anchored and not global: does it match a character (one code unit or a pair)? */
const ANCHORED = SCRIPTS.map((name) => new RegExp(`^(?:${(expressions[name] as RegExp).source})$`, (expressions[name] as RegExp).flags.replace('g', '')));
/** BMP code unit → bit mask of the scripts whose expression matches it, +1 (0: not computed yet). */
let unitMasks: Int32Array | null = null;
const pairMasks = new Map<number, number>();

function maskOf(character: string): number {
  let mask = 0;
  ANCHORED.forEach((expression, s) => {
    if (expression.test(character)) mask |= 1 << s;
  });
  return mask;
}

/**
 * franc's getTopScript: the script whose expression matches most in `value` (the first one wins a tie), with its share.
 * franc-min's expressions match one BMP character or one surrogate pair, never a lone surrogate (the test checks this),
 * so counting per character gives each global regex's match count.
 */
function topScript(value: string): [string | undefined, number] {
  unitMasks ??= new Int32Array(0x10000);
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let mask: number;
    const next = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      let known = pairMasks.get(point);
      if (known === undefined) {
        known = maskOf(String.fromCodePoint(point));
        pairMasks.set(point, known);
      }
      mask = known;
      i++;
    } else {
      let known = unitMasks[code] as number;
      if (known === 0) {
        known = maskOf(String.fromCharCode(code)) + 1;
        unitMasks[code] = known;
      }
      mask = known - 1;
    }
    for (let s = 0; mask !== 0; s++, mask >>>= 1) if (mask & 1) counts[s] = (counts[s] as number) + 1;
  }
  let topCount = -1;
  let top: string | undefined;
  SCRIPTS.forEach((script, s) => {
    const share = (counts[s] as number) / value.length || 0;
    if (share > topCount) {
      topCount = share;
      top = script;
    }
  });
  return [top, topCount];
}

/**
 * trigram-utils' `clean`: runs of U+0021–U+0040 (punctuation, symbols, digits) to a space, then runs of white space to
 * one space, trimmed, lowercased. Both steps together turn every maximal run of those characters into one space; a run
 * that already is one space is left alone, so one replace matches only the others (trigram-utils replaced twice, each
 * white-space run through a callback: issue 9 profile, that was a fifth of the language guess).
 */
export function cleanSample(value: string): string {
  return value.replace(/[\u0021-\u0040\s]{2,}|[\u0021-\u0040]|[^\S ]/g, ' ').trim().toLowerCase();
}

// ---- Trigram distances ----------------------------------------------------------------------------------------------

/** Characters get small ids so a trigram is one small integer: 10 bits each. */
const ID_BITS = 10;
const MAX_IDS = 1 << ID_BITS;
/** The low 30 bits: the last three ids. */
const TRIGRAM_MASK = (1 << (3 * ID_BITS)) - 1;

interface ScriptIndex {
  /** Language codes in franc's iteration order (the order of its data). */
  languages: string[];
  /**
   * Trigram as an integer → its [language index, weight] pairs, as an open-addressing table: `keys` (−1 empty) with
   * each key's pairs at `pairs[start[slot]]` up to `pairs[end[slot]]`.
   */
  keys: Int32Array;
  start: Int32Array;
  end: Int32Array;
  pairs: Int32Array;
  mask: number;
  /** Code unit → id + 1 for the characters of the models (0: none). */
  ids: Uint16Array;
  /** Ids in use by the models; a sample's other characters get ids from here up. */
  modelIds: number;
}

const indexes = new Map<string, ScriptIndex>();

/**
 * One script's models as franc-min's data.js holds them: language code → its trigrams joined by '|', in franc-min's
 * order (src/metadata/franc-data.ts writes character i of the alphabet as U+0020 + i, three characters a trigram).
 */
export function decodeModels(script: string): Record<string, string> {
  const { alphabet, models } = scripts[script] as (typeof scripts)[string];
  const decoded: Record<string, string> = {};
  for (const [language, encoded] of Object.entries(models)) {
    const trigrams: string[] = [];
    for (let i = 0; i + 3 <= encoded.length; i += 3) {
      trigrams.push(alphabet.charAt(encoded.charCodeAt(i) - 0x20) + alphabet.charAt(encoded.charCodeAt(i + 1) - 0x20) + alphabet.charAt(encoded.charCodeAt(i + 2) - 0x20));
    }
    decoded[language] = trigrams.join('|');
  }
  return decoded;
}

/** Inverts franc's per-language dictionaries for one script (built on first use, about 13k entries for Latin). */
function scriptIndex(script: string): ScriptIndex {
  const cached = indexes.get(script);
  if (cached) return cached;
  const models = decodeModels(script);
  const languages = Object.keys(models);
  const ids = new Uint16Array(0x10000);
  let modelIds = 0;
  const key = (trigram: string): number => {
    let k = 0;
    for (let i = 0; i < trigram.length; i++) {
      const code = trigram.charCodeAt(i);
      if (ids[code] === 0) ids[code] = ++modelIds;
      k = (k << ID_BITS) | ((ids[code] as number) - 1);
    }
    return k;
  };
  const trigrams = new Map<number, number[]>();
  languages.forEach((language, li) => {
    const model = models[language]?.split('|') ?? [];
    // As franc builds its dictionary: later writes win, walking down, so a repeated trigram keeps its lowest weight.
    const weights = new Map<string, number>();
    for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight] as string, weight);
    for (const [trigram, weight] of weights) {
      if (trigram.length !== 3) continue; // cannot equal a sample trigram
      const k = key(trigram);
      const list = trigrams.get(k);
      if (list) list.push(li, weight);
      else trigrams.set(k, [li, weight]);
    }
  });
  // Flattened into typed arrays: a lookup is a few array reads, and the pairs are read without boxing.
  let size = 1;
  while (size < trigrams.size * 2) size <<= 1;
  const keys = new Int32Array(size).fill(-1);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const pairs = new Int32Array([...trigrams.values()].reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const [k, list] of trigrams) {
    let slot = hashSlot(k, size - 1);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = k;
    start[slot] = at;
    pairs.set(list, at);
    at += list.length;
    end[slot] = at;
  }
  const index = { languages, keys, start, end, pairs, mask: size - 1, ids, modelIds };
  indexes.set(script, index);
  return index;
}

const hashSlot = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 7) & mask;

/** The slot of `key` in the index, or −1. */
function findSlot(index: ScriptIndex, key: number): number {
  if (key < 0) return -1;
  const { keys, mask } = index;
  let slot = hashSlot(key, mask);
  for (;;) {
    const at = keys[slot] as number;
    if (at === key) return slot;
    if (at === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Counts of integer trigram keys in an open-addressing table (a Map's hashing was most of the work): 4096 slots for at
 * most 2048 distinct trigrams, reused between calls, with the used slots listed for iteration and clearing.
 */
const SLOTS = 4096;
const slotKeys = new Int32Array(SLOTS).fill(-1);
const slotCounts = new Int32Array(SLOTS);
const used: number[] = [];

function addTrigram(key: number): void {
  let slot = Math.imul(key, 0x9e3779b1) >>> 20;
  for (;;) {
    const at = slotKeys[slot] as number;
    if (at === key) {
      slotCounts[slot] = (slotCounts[slot] as number) + 1;
      return;
    }
    if (at === -1) {
      slotKeys[slot] = key;
      slotCounts[slot] = 1;
      used.push(slot);
      return;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
}

/**
 * Counts the sample's trigrams (trigram-utils' asDictionary of ' ' + clean(sample) + ' ') as integer keys into the
 * table; false when the sample has too many distinct characters for the keys (the table is then left empty).
 */
function countTrigrams(padded: string, index: ScriptIndex): boolean {
  const { ids } = index;
  const extra = new Map<number, number>();
  let k = 0;
  for (let i = 0; i < padded.length; i++) {
    const code = padded.charCodeAt(i);
    let id = (ids[code] as number) - 1;
    if (id < 0) {
      id = extra.get(code) ?? -1;
      if (id < 0) {
        id = index.modelIds + extra.size;
        if (id >= MAX_IDS) {
          clearTable();
          return false;
        }
        extra.set(code, id);
      }
    }
    k = ((k << ID_BITS) | id) & TRIGRAM_MASK;
    if (i >= 2) addTrigram(k);
  }
  return true;
}

function clearTable(): void {
  for (const slot of used) slotKeys[slot] = -1;
  used.length = 0;
}

/** The same counts keyed by the trigram strings (for samples with over a thousand distinct characters). */
function countTrigramStrings(padded: string, index: ScriptIndex): Map<number, number> {
  const byString = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    byString.set(trigram, (byString.get(trigram) ?? 0) + 1);
  }
  // Trigrams of model characters keep their key; any other trigram is in no model, so only its count matters.
  const counts = new Map<number, number>();
  let unseen = -1;
  for (const [trigram, count] of byString) {
    let k = 0;
    for (let i = 0; i < 3 && k >= 0; i++) {
      const id = (index.ids[trigram.charCodeAt(i)] as number) - 1;
      k = id < 0 ? -1 : (k << ID_BITS) | id;
    }
    counts.set(k >= 0 ? k : unseen--, count);
  }
  return counts;
}

/** The most probable language of `value` as an ISO 639-3 code, or 'und': what franc-min's `franc(value)` returns. */
export function franc(value: string): string {
  if (!value || value.length < MIN_LENGTH) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !Object.prototype.hasOwnProperty.call(scripts, script)) return !script || share === 0 ? 'und' : script;

  const index = scriptIndex(script);
  const padded = ` ${cleanSample(sample)} `;
  const { languages, pairs } = index;
  // franc's distance to a language: per distinct sample trigram, |count − weight − 1| when the language has it, else 300.
  const distances = new Float64Array(languages.length);
  const add = (trigram: number, count: number): void => {
    const slot = findSlot(index, trigram);
    if (slot < 0) return;
    const last = index.end[slot] as number;
    for (let k = index.start[slot] as number; k < last; k += 2) {
      const language = pairs[k] as number;
      distances[language] = (distances[language] as number) + Math.abs(count - (pairs[k + 1] as number) - 1) - MAX_DIFFERENCE;
    }
  };
  let distinct: number;
  if (countTrigrams(padded, index)) {
    distinct = used.length;
    for (const slot of used) add(slotKeys[slot] as number, slotCounts[slot] as number);
    clearTable();
  } else {
    const counts = countTrigramStrings(padded, index);
    distinct = counts.size;
    for (const [trigram, count] of counts) add(trigram, count);
  }
  for (let i = 0; i < distances.length; i++) distances[i] = (distances[i] as number) + MAX_DIFFERENCE * distinct;
  // franc sorts stably by distance and takes the first: the earliest language with the smallest distance.
  let best = 0;
  for (let i = 1; i < distances.length; i++) if ((distances[i] as number) < (distances[best] as number)) best = i;
  return languages[best] ?? 'und';
}
