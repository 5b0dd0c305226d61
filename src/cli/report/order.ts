// Document order for the report: where each kept block and each removed block starts in the page's visible text.
import { Parser } from 'htmlparser2';

/** Elements whose content a reader never sees as text. */
const INVISIBLE = new Set(['script', 'style', 'template', 'title', 'textarea']);
/** An item is found by its first words; four are rarely repeated by chance, and short items use what they have. */
const ANCHOR_WORDS = 4;
const WORD = /[\p{L}\p{N}]+/gu;

export const words = (text: string): string[] => Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);

/** The words a reader sees on the page, in order (a text dump is all visible). Linear: one tokenizer pass. */
export function visibleWords(page: string, format: 'html' | 'text'): string[] {
  if (format === 'text') return words(page);
  const chunks: string[] = [];
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (INVISIBLE.has(name)) hidden++;
    },
    onclosetag(name) {
      if (INVISIBLE.has(name) && hidden > 0) hidden--;
      // Block boundaries separate words that the markup glues together ("<li>a</li><li>b</li>").
      chunks.push(' ');
    },
    ontext(text) {
      if (hidden === 0) chunks.push(text);
    },
  }, { decodeEntities: true });
  parser.end(page);
  return words(chunks.join(''));
}

/** A run of items that appear in document order among themselves (kept blocks, one stage's receipts). */
export interface OrderGroup {
  texts: readonly string[];
  /** True when the group's items are known to be in document order: each is searched after the previous one. */
  ordered: boolean;
}

function firstAtOrAfter(positions: readonly number[], floor: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < floor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions (word offsets in the page) for every item of every group. Groups are placed in the order given, and a
 * place taken by an earlier item is not given twice, so repeated text goes to its next occurrence. An item whose
 * first words are not on the page (text the pipeline rewrote) sits right after the item before it in its group.
 * About linear in the page plus the items: one hash index per anchor length, a binary search within an anchor's
 * places, and a cursor past the places already taken.
 */
export function documentPositions(pageWords: readonly string[], groups: readonly OrderGroup[]): number[][] {
  const anchors = groups.map((group) => group.texts.map((text) => words(text).slice(0, ANCHOR_WORDS)));
  const lengths = new Set<number>();
  for (const group of anchors) for (const anchor of group) if (anchor.length > 0) lengths.add(anchor.length);
  const indexes = new Map<number, Map<string, number[]>>();
  for (const length of lengths) {
    const index = new Map<string, number[]>();
    for (let i = 0; i + length <= pageWords.length; i++) {
      const key = pageWords.slice(i, i + length).join(' ');
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
    indexes.set(length, index);
  }
  const taken = new Set<number>();
  // Per anchor: every place before this index is taken, so searches (and repeated text) never rescan them.
  const firstFree = new Map<readonly number[], number>();
  const find = (anchor: readonly string[], floor: number): number | null => {
    const places = indexes.get(anchor.length)?.get(anchor.join(' '));
    if (!places) return null;
    let free = firstFree.get(places) ?? 0;
    while (free < places.length && taken.has(places[free] as number)) free++;
    firstFree.set(places, free);
    for (const from of floor > 0 ? [floor, 0] : [0]) {
      for (let i = Math.max(firstAtOrAfter(places, from), free); i < places.length; i++) {
        const place = places[i] as number;
        if (!taken.has(place)) return place;
      }
    }
    return null;
  };
  return anchors.map((group, g) => {
    let previous = -1;
    return group.map((anchor) => {
      const place = anchor.length > 0 ? find(anchor, (groups[g] as OrderGroup).ordered ? previous + 1 : 0) : null;
      if (place === null) return previous;
      taken.add(place);
      previous = place;
      return place;
    });
  });
}
