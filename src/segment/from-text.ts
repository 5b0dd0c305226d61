// Text dump → blocks: header lines (date, byline) become metadata, then paragraphs or lines become blocks.
import type { Context } from '../context.js';
import { normalizeDate } from '../metadata/dates.js';
import { cleanByline } from '../metadata/byline.js';
import { normalizeLines } from '../text/normalize.js';
import type { Segment } from './types.js';

export interface TextHeader {
  publishedAt: string | null;
  byline: string | null;
}

/** A header line (or the start of the first line) like ` date 2025-02-22 `, `Published: 22 February 2025`. */
const DATE_HEADER = /^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|datum|veröffentlicht(?: am)?)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\.? [\p{L}]{3,12}\.? \d{4}|[\p{L}]{3,12}\.? \d{1,2},? \d{4})(?=\s|$)/iu;
/** A byline line at the top: "By Jane Doe" (short, no sentence punctuation). */
const BYLINE_LINE = /^\s*(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+([\p{Lu}][\p{L}'’.-]+(?:[ ,]+(?:and |und |et |y |e |en )?[\p{Lu}][\p{L}'’.-]+){0,8})\s*$/u;
/** Only the first few blocks can be header lines. */
const HEADER_BLOCKS = 3;
const LIST_LINE = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+/;

function isListBlock(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => LIST_LINE.test(line));
}

/** Splits a dump into blocks: at blank lines when the dump has them, else at every line. */
export function splitBlocks(text: string): string[] {
  const normalized = normalizeLines(text);
  const hasBlankLines = /\n[ \t]*\n/.test(normalized);
  const parts = hasBlankLines ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
  return parts.map((part) => part.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()).filter((part) => part !== '');
}

/** The text segment stage: header lines → metadata (with receipts), the rest → blocks. */
export function segmentText(text: string, ctx: Context): { segments: Segment[]; header: TextHeader } {
  const blocks = splitBlocks(text);
  const header: TextHeader = { publishedAt: null, byline: null };
  const segments: Segment[] = [];
  blocks.forEach((block, index) => {
    let body = block;
    if (index < HEADER_BLOCKS) {
      const date = DATE_HEADER.exec(body);
      if (date && header.publishedAt === null) {
        const normalized = normalizeDate(date[1]);
        if (normalized !== null) {
          header.publishedAt = normalized;
          ctx.remove({ ruleId: 'meta.date', category: 'chrome', reason: 'date header line, moved to publishedAt', stage: 'segment', text: date[0].trim() });
          body = body.slice(date[0].length).trim();
        }
      }
      const byline = BYLINE_LINE.exec(body);
      if (byline && header.byline === null) {
        header.byline = cleanByline(byline[0]);
        ctx.remove({ ruleId: 'meta.byline', category: 'chrome', reason: 'byline line, moved to byline', stage: 'segment', text: body });
        body = '';
      }
    }
    if (body === '') return;
    const lines = body.split('\n');
    if (isListBlock(lines)) {
      const items = lines.map((line) => line.replace(LIST_LINE, '').trim());
      const ordered = /^\s*\d/.test(lines[0] ?? '');
      segments.push({
        type: 'list',
        node: {
          type: 'list',
          ordered,
          spread: false,
          children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })),
        },
        text: body,
        hints: '',
        linkDensity: 0,
        box: index,
      });
      return;
    }
    segments.push({ type: 'paragraph', node: { type: 'paragraph', children: [{ type: 'text', value: body }] }, text: body, hints: '', linkDensity: 0, box: index });
  });
  return { segments, header };
}
