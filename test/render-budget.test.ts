// The renderers' bounds (render/budget.ts): a block with more inline nodes than any article paragraph is written as its
// text, and once the time budget is spent the blocks left are written as plain text, still escaped and sanitized.
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble.js';
import { clean } from '../src/index.js';
import type { Segment } from '../src/segment/types.js';
import { MAX_INLINE_NODES } from '../src/render/budget.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { htmlViolations } from './hostile/harness.js';

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const linked = (i: number): PhrasingContent[] => [{ type: 'text', value: `word${i} ` }, { type: 'link', url: `https://example.com/${i}`, title: null, children: [{ type: 'text', value: 'link' }] }, { type: 'text', value: ' ' }];

/** A hasTime that answers true `calls` times, then false; counts how often it was asked. */
function clock(calls: number): { hasTime: () => boolean; asked: () => number } {
  let asked = 0;
  return { hasTime: () => ++asked <= calls, asked: () => asked };
}

describe('a block over the inline-node cap', () => {
  const huge: Root = { type: 'root', children: [paragraph(Array.from({ length: MAX_INLINE_NODES }, (_, i) => linked(i)).flat())] };
  const small: Root = { type: 'root', children: [paragraph(linked(1).slice(0, 2))] };

  it('is written as its plain text in HTML and Markdown, with the same words', () => {
    const html = renderHtml(huge, false);
    expect(html.startsWith('<p>word0 link word1 link')).toBe(true);
    expect(html).not.toContain('<a ');
    const markdown = renderMarkdown(huge);
    expect(markdown.startsWith('word0 link word1 link')).toBe(true);
    expect(markdown).not.toContain('](');
  });

  it('is already its text in the assembled tree, so neither renderer walks its inline nodes again', () => {
    const segment = { type: 'paragraph', node: huge.children[0], text: '', hints: '', linkDensity: 0, box: 1 } as unknown as Segment;
    const { tree, blocks } = assemble([segment, { ...segment, node: small.children[0] } as Segment]);
    expect(tree.children[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: blocks[0]?.text }] });
    expect(blocks[0]?.text.startsWith('word0 link word1 link')).toBe(true);
    expect(tree.children[1]).toBe(small.children[0]);
    expect(renderHtml(tree, false)).toBe(renderHtml(structuredClone({ type: 'root', children: [huge.children[0], small.children[0]] }) as Root, false));
  });

  it('leaves blocks under the cap as they were', () => {
    expect(renderHtml(small, false)).toBe('<p>word1 <a href="https://example.com/1">link</a></p>');
    expect(renderMarkdown(small)).toBe('word1 [link](https://example.com/1)');
  });

  it('keeps a 5,000-link paragraph\'s text through clean(), and its outputs safe', async () => {
    const page = `<article><p>${Array.from({ length: 5000 }, (_, i) => `w${i} <a href="/x${i}">l</a> <b>b</b>`).join(' ')}</p></article>`;
    const article = await clean(page, { format: 'html', url: 'https://example.com/' });
    expect(article.text.startsWith('w0 l b w1 l b')).toBe(true);
    expect(article.html).toBe(`<p>${article.text}</p>`);
    expect(htmlViolations(article.html)).toEqual([]);
  });
});

describe('the time budget while rendering', () => {
  const tree: Root = {
    type: 'root',
    children: Array.from({ length: 3000 }, (_, i): RootContent => (i % 2 === 0
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: `Heading ${i}` }] }
      : { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph([{ type: 'emphasis', children: [{ type: 'text', value: `<item> ${i}` }] }])] }] })),
  };

  it('is asked every 1,024 units of work, not per block', () => {
    const unbounded = clock(Infinity);
    renderHtml(tree, false, unbounded.hasTime);
    // 1 at the start, then one per 1,024 units (3,000 blocks with one child each: 6,000 units).
    expect(unbounded.asked()).toBe(1 + Math.floor(6000 / 1024));
    expect(renderHtml(tree, false, unbounded.hasTime)).toBe(renderHtml(tree, false));
    expect(renderMarkdown(tree, undefined, clock(Infinity).hasTime)).toBe(renderMarkdown(tree));
  });

  it('once spent, writes the remaining blocks as plain escaped text: safe, with every word', () => {
    const spent = clock(1); // time is left at the start, gone at the first check inside
    const html = renderHtml(tree, false, spent.hasTime);
    expect(htmlViolations(html)).toEqual([]);
    expect(html.startsWith('<h2>Heading 0</h2>\n<ul>\n<li><em>&#x3C;item> 1</em></li>\n</ul>')).toBe(true);
    expect(html.endsWith('<p>Heading 2998</p>\n<p>- &#x3C;item> 2999</p>')).toBe(true);
    const markdown = renderMarkdown(tree, undefined, clock(1).hasTime);
    expect(markdown.startsWith('## Heading 0\n\n- _\\<item> 1_')).toBe(true);
    expect(markdown.endsWith('Heading 2998\n\n\\- \\<item> 2999')).toBe(true);
  });

  it('already spent before rendering: every block is plain', () => {
    expect(renderHtml(tree, false, () => false).startsWith('<p>Heading 0</p>\n<p>- &#x3C;item> 1</p>')).toBe(true);
  });

  it('clean() with the budget spent while rendering warns TIMEOUT_BUDGET and keeps every block\'s text', async () => {
    const page = `<article>${Array.from({ length: 200 }, (_, i) => `<h2>Part ${i}</h2><p>The council met on day ${i} to discuss the <a href="/h">harbour</a>.</p>`).join('')}</article>`;
    const full = await clean(page, { format: 'html' });
    const realNow = Date.now;
    // The clock jumps past the deadline when the renderers read it: extraction ran in time, rendering did not.
    Date.now = () => realNow() + (/render[\\/](?:html|markdown|budget)/.test(new Error().stack ?? '') ? 60_000 : 0);
    let timed;
    try {
      timed = await clean(page, { format: 'html', timeoutMs: 30_000 });
    } finally {
      Date.now = realNow;
    }
    expect(timed.warnings.map((w) => w.code)).toContain('TIMEOUT_BUDGET');
    // Text fails open: the same text as without a deadline; the HTML is plain paragraphs, safe.
    expect(timed.text).toBe(full.text);
    expect(htmlViolations(timed.html)).toEqual([]);
    expect(timed.html.startsWith('<p>Part 0</p>\n<p>The council met on day 0 to discuss the harbour.</p>')).toBe(true);
    expect(full.html).toContain('<h2>Part 0</h2>');
    expect(timed.markdown).toContain('The council met on day 199 to discuss the harbour.');
  });
});
