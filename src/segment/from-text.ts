// Text dump → blocks: paragraphs (blank-line separated) or lines become blocks; header lines go to metadata first.
import type { Context } from '../context.js';
import { readTextHeader, type TextHeader } from '../metadata/text-header.js';
import { normalizeLines } from '../text/normalize.js';
import type { TokenRun } from '../rules/compile.js';
import type { Segment } from './types.js';

/** A list item's line in a dump: its marker (a bullet, or a number and `.`/`)`) is list markup, rendered anew. */
export const LIST_LINE = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

/** A list line's marker: a bullet (1), or a number (2) and its delimiter (3). */
const LIST_MARKER = /^\s*(?:([-*•·–])|(\d{1,3})([.)]))\s/;

function isListBlock(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => LIST_LINE.test(line));
}

/**
 * Whether a list block's markers are one list's: the same bullet on every line, or numbers that count up by one with
 * the same delimiter. A list node keeps only its first marker and renders the rest from it, so "1. Heading" followed
 * by "- item" lines, or a countdown ("5.", "3."), would come back renumbered; such a block stays a paragraph and
 * keeps its lines as written.
 */
function markersAgree(lines: readonly string[]): boolean {
  const first = LIST_MARKER.exec(lines[0] ?? '');
  if (!first) return false;
  for (let i = 1; i < lines.length; i++) {
    const marker = LIST_MARKER.exec(lines[i] ?? '');
    if (!marker) return false;
    if (first[2] === undefined ? marker[1] !== first[1] : marker[3] !== first[3] || Number(marker[2]) !== Number(first[2]) + i) return false;
  }
  return true;
}

/** What tidyBlock changes: a tab or two spaces, or a space next to a line break. */
const UNTIDY = /\t| {2}| \n|\n /;

/**
 * Tabs and space runs → one space, spaces around line breaks dropped; the replaces run only on blocks that need them
 * (most have neither, and each replace matched at every single space: issue 9 profile).
 */
function tidyBlock(part: string): string {
  // Most blocks need neither change: one scan tells (issue 9 profile: three scans were 4% of text mode).
  if (!UNTIDY.test(part)) return part;
  const spaced = /\t| {2}/.test(part) ? part.replace(/[ \t]+/g, ' ') : part;
  return spaced.includes(' \n') || spaced.includes('\n ') ? spaced.replace(/ ?\n ?/g, '\n') : spaced;
}

/** Splits a dump into blocks: at blank lines when the dump has them, else at every line. */
/**
 * Any character normalizeLines would change (its NEEDS_NORMALIZING) or anything tidyBlock would (UNTIDY): a dump with
 * neither, the usual case, is split as it is, in one scan instead of one for the dump and one per block.
 */
const NEEDS_WORK = /[\u0000-\u0009\u000B-\u001F\u007F\u0085\u00A0\u00AD\u1680\u2000-\u200B\u2028-\u202F\u205F\u2060\u3000\uD800-\uDFFF\uFEFF]| [ \n]|\n /;

export function splitBlocks(text: string): string[] {
  if (!NEEDS_WORK.test(text)) {
    // No tab and no space beside a line break here, so a blank line is two line breaks in a row: split at those with a
    // string (a regular expression split was most of this function's time: issue 9 profile, text mode). A run of three
    // or more leaves a part that is empty or starts with a line break, which the trim below takes away, as the regular
    // expression's split took the whole run.
    const parts = text.includes('\n\n') ? text.split('\n\n') : text.split('\n');
    let kept = 0;
    for (const part of parts) {
      const block = part.trim();
      if (block !== '') parts[kept++] = block;
    }
    parts.length = kept;
    return parts;
  }
  const normalized = normalizeLines(text);
  const hasBlankLines = /\n[ \t]*\n/.test(normalized);
  const parts = hasBlankLines ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
  // Tidied and compacted in place: no second and third array of a million-line dump's blocks (issue 8).
  let kept = 0;
  for (const part of parts) {
    const block = tidyBlock(part).trim();
    if (block !== '') parts[kept++] = block;
  }
  parts.length = kept;
  return parts;
}

/** A block whose every line (two or more) is a list item. */
export function isListText(body: string): boolean {
  // A block whose first line is no list item is no list: the whole text is tested first, before any split (a match
  // within the first line is a match of the text).
  return body.includes('\n') && LIST_LINE.test(body) && isListBlock(body.split('\n'));
}

/**
 * A block as a segment. Text mode builds segments only for the blocks the locator keeps (a million-line dump whose
 * lines are all dropped built a million segment objects first: issue 8, pathological-text-1m-*); `tokens` are the
 * locator's scan of `body`, handed on to classify.
 */
export function toSegment(body: string, index: number, tokens?: TokenRun): Segment {
  const lines = body.includes('\n') && LIST_LINE.test(body) ? body.split('\n') : [body];
  if (isListBlock(lines) && markersAgree(lines)) {
    const items = lines.map((line) => line.replace(LIST_LINE, '').trim());
    // The dump's own markers come back in `text`: its bullet ("*", "•") and its first number ("3.", "1)").
    const marker = LIST_MARKER.exec(lines[0] ?? '');
    const ordered = marker?.[2] !== undefined;
    return {
      type: 'list',
      node: {
        type: 'list',
        ordered,
        ...(ordered ? { start: Number(marker?.[2]) } : {}),
        // Only markers other than the renderers' own ("-", "1.") are noted: most lists need no data.
        ...(ordered ? (marker?.[3] === ')' ? { data: { delimiter: ')' } } : {}) : marker?.[1] !== undefined && marker[1] !== '-' ? { data: { bullet: marker[1] } } : {}),
        spread: false,
        children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })),
      },
      text: body,
      hints: '',
      linkDensity: 0,
      box: index,
      tokens,
    };
  }
  return { type: 'paragraph', node: { type: 'paragraph', children: [{ type: 'text', value: body }] }, text: body, hints: '', linkDensity: 0, box: index, tokens };
}

/**
 * The text segment stage: header lines → metadata (with receipts), the rest → block texts, which the text locator
 * turns into segments (toSegment) for the blocks it keeps; a block's index is its segment's `box`.
 */
export function segmentText(text: string, ctx: Context): { blocks: string[]; header: TextHeader } {
  return readTextHeader(splitBlocks(text), ctx);
}
