// The dedupe stage: drops blocks repeated verbatim and the headline that metadata already carries.
import type { Context } from './context.js';
import { scanTokens, type TokenRun } from './rules/compile.js';
import type { Segment } from './segment/types.js';

/** Whitespace that the key collapses; text without any (the usual case) skips a copying replace (issue 9 profile). */
const UNCOLLAPSED = /[^\S ]| {2}/;
const key = (text: string): string => {
  const lower = text.toLowerCase();
  return (UNCOLLAPSED.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
};

/** Blocks shorter than this may repeat legitimately (list labels, "Yes"/"No" cells). */
const MIN_DUPLICATE_CHARS = 40;

/**
 * A key is at most twice as long as its text (lowercasing lengthens only U+0130, to two units), so a text shorter than
 * half the minimum can neither repeat nor be remembered.
 */
const mayRepeat = (segment: Segment): boolean => segment.text.length * 2 >= MIN_DUPLICATE_CHARS;

/** A one-item list's marker ("- ", "1. "): the item repeats a paragraph or caption as much as its text does. */
const LIST_MARKER = /^(?:-|\d+\.) /;

/**
 * Kept blocks that share a signature: the keys known so far, and the texts whose keys are computed only when a later
 * block has this signature. A Set, not a list scanned per block: texts with equal token lengths are common ("Paragraph
 * 12 of …" ×600k shared one signature, and the scan made dedupe quadratic: 30 s on pathological-size-50mb-paragraphs).
 */
interface Bucket {
  /** Each known key and the index of the block it was first seen in. */
  keys: Map<string, number>;
  pending: Array<{ source: string; index: number }>;
}

/**
 * The signature of the text a block is keyed by: a hash of its tokens' lengths, which texts with equal keys share. From
 * the tokens classify read when they are that text's (and it has no İ), else from the key's own tokens.
 */
function signature(source: string, tokens: TokenRun | undefined, known: string | null): { signature: number; key: string | null } {
  if (known === null && tokens !== undefined && tokens.text === source && !tokens.dotted) return { signature: tokens.lengthsHash(), key: null };
  const k = known ?? key(source);
  return { signature: scanTokens(k).lengthsHash(), key: k };
}

/**
 * Drops repeated blocks and the headline that metadata carries. With `keepRepeats` (the input is only the article), a
 * repeat that stands alone stays: it is the article's own (a caption under each photo, a credit line); a run of
 * repeats (a table of contents before its sections, a carousel shown twice) still goes.
 */
export function dedupe(segments: readonly Segment[], ctx: Context, title: string | null, keepRepeats = false): Segment[] {
  // Kept blocks by signature: a block's key (a lowercased copy of its text) is computed only when an earlier kept block
  // has the same signature, or for the headline check (issue 9 profile: computing every key was 5% of text mode).
  const candidates = new Map<number, Bucket>();
  const kept: Segment[] = [];
  /** Per segment: 0 kept, 1 a repeat, 2 the headline (removed). */
  const fate = new Uint8Array(segments.length);
  /** Per repeat: the index of the block it repeats (only with keepRepeats). */
  const origin = keepRepeats ? new Int32Array(segments.length).fill(-1) : null;
  const titleKey = title ? key(title) : null;
  segments.forEach((segment, index) => {
    const titleCandidate = titleKey !== null && index < 3 && segment.type === 'heading';
    // A text too short to repeat needs its key only for the headline check (issue 9 profile: dedupe was 5%).
    if (!mayRepeat(segment) && !titleCandidate) {
      kept.push(segment);
      return;
    }
    const source = segment.type === 'list' && !segment.text.includes('\n') ? segment.text.replace(LIST_MARKER, '') : segment.text;
    let k = titleCandidate ? key(source) : null;
    // The page's headline at the top of the article is metadata, not article text.
    if (titleCandidate && k === titleKey && kept.every((s) => s.type !== 'paragraph')) {
      // Its receipt is written with the repeats' below, in the page's order.
      fate[index] = 2;
      return;
    }
    const signed = signature(source, source === segment.text ? segment.tokens : undefined, k);
    k = signed.key;
    const same = candidates.get(signed.signature);
    if (same) {
      k ??= key(source);
      if (k.length >= MIN_DUPLICATE_CHARS) {
        // Each kept text's key is computed once, the first time a later block shares its signature.
        for (const pending of same.pending) {
          const pendingKey = key(pending.source);
          if (!same.keys.has(pendingKey)) same.keys.set(pendingKey, pending.index);
        }
        same.pending.length = 0;
        const first = same.keys.get(k);
        if (first !== undefined) {
          fate[index] = 1;
          if (origin) origin[index] = first;
          return;
        }
      }
    }
    // Only blocks whose key is long enough can be repeated (a key known to be shorter is not remembered).
    if (k === null || k.length >= MIN_DUPLICATE_CHARS) {
      const bucket = same ?? { keys: new Map<string, number>(), pending: [] };
      if (k === null) bucket.pending.push({ source, index });
      else if (!bucket.keys.has(k)) bucket.keys.set(k, index);
      if (!same) candidates.set(signed.signature, bucket);
    }
    kept.push(segment);
  });
  if (kept.length === segments.length) return kept;
  const alone = origin ? aloneRepeats(segments, fate, origin) : null;
  const out: Segment[] = [];
  segments.forEach((segment, index) => {
    if (fate[index] === 2) {
      ctx.remove({ ruleId: 'meta.title', category: 'chrome', reason: 'the headline, moved to title', stage: 'dedupe', text: segment.text });
      return;
    }
    if (fate[index] === 1 && !alone?.[index]) {
      ctx.remove({ ruleId: 'dedupe.repeated-block', category: 'duplicate', reason: 'the same block appears earlier in the article', stage: 'dedupe', text: segment.text });
      return;
    }
    out.push(segment);
  });
  return out;
}

/**
 * Which repeats stand alone: neither the repeat nor the block it repeats has a repeated block (or the original of one)
 * for its nearest long neighbour. A table of contents, a carousel shown twice or a list of teasers repeats a run.
 */
function aloneRepeats(segments: readonly Segment[], fate: Uint8Array, origin: Int32Array): Uint8Array {
  const n = segments.length;
  const repeated = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((origin[i] as number) >= 0) repeated[origin[i] as number] = 1;
  // Whether a block's nearest long neighbours are repeats or originals, once per block: many repeats of one line
  // ask about the same original, and the walk over short blocks between is not repeated.
  const cache = new Uint8Array(n);
  const inRun = (i: number): boolean => {
    if (cache[i] === 0) {
      let run = false;
      for (const step of [-1, 1]) {
        let j = i + step;
        while (j >= 0 && j < n && !mayRepeat(segments[j] as Segment)) j += step;
        if (j >= 0 && j < n && (fate[j] === 1 || repeated[j] === 1)) run = true;
      }
      cache[i] = run ? 2 : 1;
    }
    return cache[i] === 2;
  };
  const alone = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (fate[i] === 1 && !inRun(i) && !inRun(origin[i] as number)) alone[i] = 1;
  return alone;
}
