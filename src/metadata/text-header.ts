// Text mode metadata: header lines at the top of a dump (` date 2025-02-22 `, `By Jane Doe`) become fields, with receipts.
import type { Context } from '../context.js';
import { cleanByline } from './byline.js';
import { normalizeDate } from './dates.js';
import { lazy } from '../lazy.js';

export interface TextHeader {
  publishedAt: string | null;
  byline: string | null;
}

/** A header line (or the start of the first line) like ` date 2025-02-22 `, `Published: 22 February 2025`. */
const DATE_HEADER = lazy(() => new RegExp(String.raw`^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|datum|veröffentlicht(?: am)?)(?:\s*:)?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.? [\p{L}]{3,12}\.? \d{4}|[\p{L}]{3,12}\.? \d{1,2},? \d{4})(?=\s|$)`, 'iu'));
/** A byline line at the top: "By Jane Doe" (short, no sentence punctuation). */
const BYLINE_LINE = lazy(() => new RegExp(String.raw`^\s*(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+([\p{Lu}][\p{L}'’.-]+(?:[ ,]+(?:and |und |et |y |e |en )?[\p{Lu}][\p{L}'’.-]+){0,8})\s*$`, 'u'));
/** Only the first few blocks can be header lines. */
export const HEADER_BLOCKS = 3;

/**
 * Reads header lines from the first blocks of a dump. Returns the blocks with header text taken out
 * (a date glued to the start of a line leaves the rest of the line), and the fields found. Only the first
 * HEADER_BLOCKS entries are read; `blocks` is changed in place and returned (a dump can have a million blocks: issue 8).
 */
export function readTextHeader(blocks: string[], ctx: Context): { blocks: string[]; header: TextHeader } {
  const header: TextHeader = { publishedAt: null, byline: null };
  const head = Math.min(HEADER_BLOCKS, blocks.length);
  for (let index = 0; index < head; index++) {
    let body = blocks[index] as string;
    const date = DATE_HEADER().exec(body);
    if (date && header.publishedAt === null) {
      const normalized = normalizeDate(date[1]);
      if (normalized !== null) {
        header.publishedAt = normalized;
        ctx.remove({ ruleId: 'meta.date', category: 'chrome', reason: 'date header line, moved to publishedAt', stage: 'segment', text: date[0].trim() });
        body = body.slice(date[0].length).trim();
      }
    }
    const byline = BYLINE_LINE().exec(body);
    if (byline && header.byline === null) {
      header.byline = cleanByline(byline[0]);
      ctx.remove({ ruleId: 'meta.byline', category: 'chrome', reason: 'byline line, moved to byline', stage: 'segment', text: body });
      body = '';
    }
    blocks[index] = body;
  }
  // Blocks of a dump are never empty, so only header blocks emptied here are dropped.
  for (let index = head - 1; index >= 0; index--) if (blocks[index] === '') blocks.splice(index, 1);
  return { blocks, header };
}
