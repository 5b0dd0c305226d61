// The dedupe stage: blocks repeated verbatim go (with receipts); short repeats and the headline rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { dedupe } from '../src/dedupe.js';
import { clean } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog, scanTokens } from '../src/rules/compile.js';
import type { Segment } from '../src/segment/types.js';
import { normalizeLines } from '../src/text/normalize.js';

const story = [
  'The harbour reopened to fishing boats on Monday, six weeks after a winter storm tore away part of the outer breakwater.',
  'Engineers worked in shifts to rebuild the damaged section with concrete blocks weighing up to twelve tonnes each.',
];
const caption = 'Skippers unload their catch at the rebuilt quay in Port Ellen on Monday morning (Photo: Coast News)';

describe('dedupe', () => {
  it('drops a block repeated later in the article, with a dedupe.repeated-block receipt', async () => {
    const article = await clean(`<html><body><article><p>${story[0]}</p><p>${caption}</p><p>${story[1]}</p><p>${caption}</p></article></body></html>`);
    expect(article.text).toBe([story[0], caption, story[1]].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'dedupe.repeated-block').map((r) => r.text)).toEqual([caption]);
  });

  it('finds repeats among thousands of blocks that share one token-length signature, in either case', async () => {
    // Every paragraph has the same token lengths (four-digit numbers): one signature bucket, keys computed lazily.
    const line = (i: number): string => `Paragraph ${1000 + i} of a very long page, written to look like an article.`;
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>${line(i)}</p>`);
    const html = `<html><body><article>${paragraphs.join('')}<p>${line(1500)}</p><p>${line(7).toUpperCase()}</p><p>${line(2999)}</p></article></body></html>`;
    const article = await clean(html, { format: 'html', timeoutMs: Infinity });
    expect(article.removed.filter((r) => r.ruleId === 'dedupe.repeated-block').map((r) => r.text)).toEqual([line(1500), line(7).toUpperCase(), line(2999)]);
    expect(article.text.split('\n\n')).toHaveLength(3000);
  });

  it('takes a one-item list that repeats a caption (a gallery slide) for a repeat', async () => {
    const article = await clean(`<html><body><article><p>${caption}</p><p>${story[0]}</p><ul><li>${caption}</li></ul><p>${story[1]}</p></article></body></html>`);
    expect(article.text).toBe([caption, story[0], story[1]].join('\n\n'));
  });

  it('keeps short repeats (labels, table words) and lists of several items', async () => {
    const list = `<ul><li>${caption}</li><li>Another item of the list</li></ul>`;
    const article = await clean(`<html><body><article><p>${story[0]}</p><p>Yes</p><p>${caption}</p><p>${story[1]}</p><p>Yes</p>${list}</article></body></html>`);
    expect(article.text.split('\n\n').filter((p) => p === 'Yes')).toHaveLength(2);
    expect(article.text).toContain(`- ${caption}\n- Another item of the list`);
  });
});

describe('dedupe receipts', () => {
  it("writes the headline's receipt and the repeats' in the page's order", () => {
    const ctx = createContext(resolveOptions({}), compileCatalog(CATALOG));
    const text = 'The harbour reopened to fishing boats on Monday after the storm.';
    const segment = (type: Segment['type'], t: string): Segment => ({ type, node: { type: 'paragraph', children: [{ type: 'text', value: t }] }, text: t, hints: '', linkDensity: 0, box: 0 });
    dedupe([segment('list', text), segment('paragraph', text), segment('heading', 'Harbour')], ctx, 'Harbour');
    expect(ctx.removed.map((r) => r.ruleId)).toEqual(['dedupe.repeated-block', 'meta.title']);
  });
});

describe('dedupe keys computed on demand', () => {
  /** What dedupe did before it compared signatures first: every block's key in a set. */
  function reference(segments: readonly Segment[], title: string | null): { kept: string[]; removed: string[] } {
    const key = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = new Set<string>();
    const kept: string[] = [];
    const removed: string[] = [];
    const titleKey = title ? key(title) : null;
    const keptTypes: string[] = [];
    segments.forEach((segment, index) => {
      const k = key(segment.type === 'list' && !segment.text.includes('\n') ? segment.text.replace(/^(?:-|\d+\.) /, '') : segment.text);
      if (titleKey !== null && index < 3 && segment.type === 'heading' && k === titleKey && keptTypes.every((t) => t !== 'paragraph')) {
        removed.push(`meta.title:${normalizeLines(segment.text)}`);
        return;
      }
      if (k.length >= 40 && seen.has(k)) {
        removed.push(`dedupe.repeated-block:${normalizeLines(segment.text)}`);
        return;
      }
      if (k.length >= 40) seen.add(k);
      kept.push(segment.text);
      keptTypes.push(segment.type);
    });
    return { kept, removed };
  }

  it('keeps and removes the same blocks as comparing every key', () => {
    const catalog = compileCatalog(CATALOG);
    const words = ['Harbour', 'harbour', 'HARBOUR', 'reopened', 'İstanbul', 'i\u0307stanbul', 'ΣΟΦΟΣ', 'σοφος', 'boats', ' ', '  ', '\n', '\t', '\u00a0', '.', '1. ', '- ', 'snake_case', 'é', 'e\u0301'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
    // Blocks are variants of a few texts (case, spacing, a list marker), so that repeats are common.
    const variant = (base: string, how: number): string =>
      [base, base.toUpperCase(), base.toLowerCase(), ` ${base.replace(/ /g, '  ')} `, base.replace(/ /g, '\n'), `- ${base}`, `${base}.`][how] as string;
    const blocks = fc.array(text, { minLength: 1, maxLength: 3 }).chain((pool) =>
      fc.array(fc.record({ base: fc.constantFrom(...pool), how: fc.nat(6), type: fc.constantFrom('paragraph', 'heading', 'list'), tokens: fc.constantFrom('own', 'none', 'other') }), { maxLength: 12 }).map((list) =>
        list.map(({ base, how, type, tokens }): Segment => {
          const t = variant(base, how);
          return {
            type: type as Segment['type'],
            node: { type: 'paragraph', children: [{ type: 'text', value: t }] },
            text: t,
            hints: '',
            linkDensity: 0,
            box: 0,
            ...(tokens === 'own' ? { tokens: scanTokens(t) } : tokens === 'other' ? { tokens: scanTokens(`${t} more`) } : {}),
          };
        }),
      ),
    );
    let removals = 0;
    fc.assert(fc.property(blocks, fc.option(text), (segments, title) => {
      const ctx = createContext(resolveOptions({}), catalog);
      const kept = dedupe(segments, ctx, title).map((s) => s.text);
      const removed = ctx.removed.map((r) => `${r.ruleId}:${r.text}`);
      const expected = reference(segments, title);
      expect(kept).toEqual(expected.kept);
      // Receipts of blank text are not kept (context.remove).
      expect(removed).toEqual(expected.removed.filter((r) => r.slice(r.indexOf(':') + 1).trim() !== ''));
      removals += expected.removed.length;
    }), { numRuns: 3000 });
    // The property saw many repeats.
    expect(removals).toBeGreaterThan(1000);
  });
});

describe('repeats in a dump that is only the article', () => {
  const P1 = 'The regional transit authority approved a new timetable on Thursday that adds late-night service to three bus lines.';
  const P2 = 'Officials said the change would cost about four million dollars a year and would be paid for from the existing budget.';
  const P3 = 'Riders had asked for the extra service for years, according to a survey published by the authority last spring.';
  const CREDIT = 'Photo courtesy of the Regional Transit Authority archive';

  it('keeps a line the article repeats on its own (a credit under each photo)', async () => {
    const text = [P1, CREDIT, P2, CREDIT, P3].join('\n\n');
    expect((await clean(text, { format: 'text' })).text).toBe(text);
  });

  it('still drops a repeated run: a table of contents before the sections it lists', async () => {
    const headings = ['What changes for riders on the three night bus lines', 'How the new timetable will be paid for each year', 'What riders asked for in the survey published last spring'];
    const text = [...headings, P1, headings[0], P2, headings[1], P3, headings[2], P1.replace('Thursday', 'Friday')].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.removed.filter((r) => r.ruleId === 'dedupe.repeated-block').map((r) => r.text)).toEqual(headings);
  });

  it('drops a repeated line on a whole page as before (HTML is not only the article)', async () => {
    const html = `<html><body><article><h1>Timetable</h1><p>${P1}</p><p>${CREDIT}</p><p>${P2}</p><p>${CREDIT}</p><p>${P3}</p></article></body></html>`;
    const article = await clean(html);
    expect(article.text.split(CREDIT).length - 1).toBe(1);
  });
});
