// One page of the report: the kept article with every removed block in place, marked with its category, rule and reason.
import type { ElementContent } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { Trace } from '../../clean.js';
import { renderHtml } from '../../render/html.js';
import type { Article, RemovedBlock, Stage } from '../../types.js';
import { count } from '../summary.js';
import { h, sanitizedHtml } from './hast.js';
import { documentPositions, visibleWords, type OrderGroup } from './order.js';

export interface PageReportInput {
  index: number;
  file: string;
  article: Article;
  trace: Trace;
}

/** Receipts longer than this show their start; the rest opens on a click (no script: a <details> element). */
const EXCERPT_CHARS = 480;
/** Stages whose receipts come in document order (the others, like prepare's, are searched for anywhere). */
const ORDERED_STAGES: ReadonlySet<Stage> = new Set(['segment', 'classify', 'dedupe']);

/**
 * The block for the report: a copy in which images become links to them, so opening the report fetches nothing
 * from the pages' sites. An image inside a link becomes its alt text.
 */
function withoutImages(node: RootContent): RootContent {
  const copy = structuredClone(node);
  const stack: Array<{ parent: { children: unknown[] }; inLink: boolean }> = [];
  if ('children' in copy) stack.push({ parent: copy as { children: unknown[] }, inLink: false });
  while (stack.length > 0) {
    const { parent, inLink } = stack.pop() as { parent: { children: unknown[] }; inLink: boolean };
    parent.children = parent.children.map((child) => {
      const node = child as PhrasingContent;
      if (node.type !== 'image') return child;
      const label = `[image${node.alt ? `: ${node.alt}` : ''}]`;
      return inLink ? { type: 'text', value: label } : { type: 'link', url: node.url, title: null, children: [{ type: 'text', value: label }] };
    });
    for (const child of parent.children as Array<{ type: string; children?: unknown[] }>) {
      if (Array.isArray(child.children)) stack.push({ parent: child as { children: unknown[] }, inLink: inLink || child.type === 'link' });
    }
  }
  return copy;
}

function keptItem(node: RootContent): ElementContent {
  // The article sanitizer decides what of the block reaches the report, exactly as for article.html.
  return h('div', { className: ['kept'] }, [sanitizedHtml(renderHtml({ type: 'root', children: [withoutImages(node)] }, false))]);
}

function removedItem(receipt: RemovedBlock): ElementContent {
  const long = receipt.text.length > EXCERPT_CHARS;
  return h('div', { className: ['removed', `c-${receipt.category}`], dataCategory: receipt.category, dataRule: receipt.ruleId }, [
    h('p', { className: ['tag'] }, [
      h('span', { className: ['cat'] }, [receipt.category]),
      ' ',
      h('code', {}, [receipt.ruleId]),
      ' ',
      h('span', { className: ['stage'] }, [receipt.stage]),
    ]),
    h('p', { className: ['why'] }, [receipt.reason]),
    h('p', { className: ['text'] }, [long ? `${receipt.text.slice(0, EXCERPT_CHARS)}…` : receipt.text]),
    long ? h('details', {}, [h('summary', {}, [`the other ${count(receipt.text.length - EXCERPT_CHARS, 'character')}`]), h('p', { className: ['text'] }, [`…${receipt.text.slice(EXCERPT_CHARS)}`])]) : null,
  ]);
}

/** Kept blocks and receipts interleaved in document order, as far as their text can be found on the page. */
function flow(article: Article, trace: Trace): ElementContent[] {
  const kept = trace.tree.children;
  const stages = [...new Set(article.removed.map((r) => r.stage))];
  const byStage = stages.map((stage) => article.removed.filter((r) => r.stage === stage));
  const groups: OrderGroup[] = [
    { texts: kept.map((_, i) => article.blocks[i]?.text ?? ''), ordered: true },
    ...stages.map((stage, i) => ({ texts: (byStage[i] as RemovedBlock[]).map((r) => r.text), ordered: ORDERED_STAGES.has(stage) })),
  ];
  const positions = documentPositions(visibleWords(trace.page, article.source.format), groups);
  const items: Array<{ position: number; group: number; index: number; element: () => ElementContent }> = [];
  kept.forEach((node, i) => items.push({ position: positions[0]?.[i] ?? -1, group: 0, index: i, element: () => keptItem(node) }));
  byStage.forEach((receipts, g) => receipts.forEach((receipt, i) => items.push({ position: positions[g + 1]?.[i] ?? -1, group: g + 1, index: i, element: () => removedItem(receipt) })));
  items.sort((a, b) => a.position - b.position || a.group - b.group || a.index - b.index);
  return items.map((item) => item.element());
}

function meta(article: Article): string {
  const parts = [
    article.title,
    article.byline,
    article.publishedAt,
    article.url,
    `${article.source.format}${article.source.encoding ? `, ${article.source.encoding}` : ''}`,
    `${count(article.wordCount, 'word')} kept`,
    `${count(article.removed.length, 'block')} removed`,
  ];
  return parts.filter((p): p is string => p !== null && p !== '').join(' · ');
}

/** The page's <section>, serialized. Its text is escaped; its article blocks went through the article sanitizer. */
export function pageSection({ index, file, article, trace }: PageReportInput): string {
  const id = `page-${index + 1}`;
  const section = h('section', { className: ['page'], id }, [
    h('h2', {}, [h('a', { href: `#${id}` }, [`${index + 1}`]), ' ', file]),
    h('p', { className: ['meta'] }, [meta(article)]),
    article.warnings.length > 0 ? h('p', { className: ['warnings'] }, [`warnings: ${article.warnings.map((w) => `${w.code} (${w.message})`).join('; ')}`]) : null,
    article.text === '' ? h('p', { className: ['empty'] }, ['No article text kept.']) : null,
    h('div', { className: ['flow'] }, flow(article, trace)),
  ]);
  return toHtml(section, { allowDangerousHtml: true });
}
