// Guard, parse and prepare: linear depth bound, capped parse for deep pages, scripts and hidden text out with receipts.
import { describe, expect, it } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf, walk } from '../src/html/dom.js';
import { dropTagsAfter, guard } from '../src/html/guard.js';
import { parse } from '../src/html/parse.js';
import { prepare } from '../src/html/prepare.js';
import { clean } from '../src/index.js';
import { makeContext } from './helpers.js';

function maxDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: AnyNode; depth: number };
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of (node as Element).children) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

describe('guard', () => {
  it('bounds depth even when stray end tags try to hide it', () => {
    const html = '<div></span>'.repeat(1000);
    expect(guard(html, Infinity).depthBound).toBe(1000);
  });
  it('does not push void elements', () => {
    expect(guard('<div><br><img src=x><p>x</p></div>', Infinity).depthBound).toBe(2);
  });
  it('counts elements and finds where the node cap is crossed', () => {
    const result = guard('<p>a</p><p>b</p><p>c</p>', 2);
    expect(result.elements).toBe(3);
    expect(result.nodeCapAt).toBe(16);
  });
  it('drops tags but keeps text after the node cap', () => {
    expect(dropTagsAfter('<p>a</p><b>x &amp; y</b><script>bad()</script>', 8)).toBe('<p>a</p> x &amp; y');
  });
});

describe('parse', () => {
  it('takes the capped parse5 path for deep nesting, keeps the text and caps the depth', async () => {
    const ctx = makeContext({ maxDepth: 64 });
    const html = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}<p>after</p>`;
    const page = await parse(html, ctx);
    expect(page.parser).toBe('parse5');
    expect(maxDepth(page.document)).toBeLessThanOrEqual(65);
    expect(textOf(page.document)).toContain('deep text');
    expect(textOf(page.document)).toContain('after');
    expect(ctx.warnings.map((w) => w.code)).toContain('DEPTH_CAPPED');
  });
  it('uses htmlparser2 for ordinary pages', async () => {
    const page = await parse('<html><body><p>x</p></body></html>', makeContext());
    expect(page.parser).toBe('htmlparser2');
  });
  it('keeps all text of a page past the node cap', async () => {
    const article = await clean(`<p>${Array.from({ length: 50 }, (_, i) => `<span>w${i}</span>`).join(' ')}</p>`, { maxNodes: 10 });
    expect(article.text).toContain('w49');
    expect(article.warnings.map((w) => w.code)).toContain('NODES_CAPPED');
  });
});

describe('prepare', () => {
  it('drops scripts, styles and templates silently and hidden or control text with receipts', async () => {
    const ctx = makeContext();
    const page = await parse('<body><script>x()</script><style>p{}</style><p>keep me</p><div hidden>secret</div><p style="display: none">gone</p><button>Click</button></body>', ctx);
    const prepared = prepare(page.document, ctx);
    const names: string[] = [];
    walk(prepared.body, (node) => {
      if (isElement(node)) names.push(node.name);
    });
    expect(names).not.toContain('script');
    expect(names).not.toContain('style');
    expect(textOf(prepared.body)).toBe('keep me');
    expect(ctx.removed.map((r) => [r.ruleId, r.text])).toEqual([['html.hidden', 'secret'], ['html.hidden', 'gone'], ['html.controls', 'Click']]);
  });
  it('keeps JSON-LD from head and body for metadata', async () => {
    const ctx = makeContext();
    const page = await parse('<head><script type="application/ld+json">{"a":1}</script></head><body><script type="application/ld+json">{"b":2}</script></body>', ctx);
    expect(prepare(page.document, ctx).jsonLd).toEqual(['{"a":1}', '{"b":2}']);
  });
});

describe('noscript', () => {
  it('drops fallback content when the page has its own text', async () => {
    const article = await clean('<html><body><noscript>Please enable JavaScript to use this site.</noscript><p>The council approved the new cycle lanes on Tuesday after a debate that lasted well into the night.</p></body></html>');
    expect(article.text).toBe('The council approved the new cycle lanes on Tuesday after a debate that lasted well into the night.');
    expect(article.removed.map((r) => r.ruleId)).toContain('html.noscript');
  });

  it('keeps the page when its text lives in <noscript> (a forum rendered by scripts, with a crawler fallback)', async () => {
    const posts = ['My router drops the connection every evening around eight, has anyone seen this before?', 'Check whether a neighbour switched to the same wifi channel, that happened to me last winter.'];
    const html = `<html><body><div id="app"></div><noscript><div class="topic">${posts.map((p) => `<div class="post"><p>${p}</p></div>`).join('')}</div></noscript></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(posts.join('\n\n'));
  });
});
