// Property tests (RELIABILITY.md §8.2): random HTML trees, random bytes and random text with appeals inserted.
// `npm test` runs a fixed seed and a modest number of runs; `npm run test:fuzz` runs many more (FC_RUNS, FC_SEED).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTracingCleaner } from '../src/clean.js';
import { clean, DecruftError } from '../src/index.js';
import { bestRun } from '../src/locate/run.js';
import { CATALOG } from '../src/rules/catalog/index.js';
import type { Article, CleanOptions } from '../src/types.js';
import { accountingOf, comparable, htmlViolations, malformedFields } from './hostile/harness.js';

const SEED = Number(process.env.FC_SEED ?? 20261125);
const RUNS = Number(process.env.FC_RUNS ?? 60);
/** fast-check prints the seed and the shrunk counterexample on failure; add each one to the vectors. */
const params = (scale = 1): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * scale)), verbose: 1 });
const TIMEOUT = Math.max(60_000, RUNS * 2_000);

/** The decoded page each article was cleaned from (the tracing cleaner hands it back), for the §7 accounting. */
const pages = new WeakMap<Article, { page: string; options: CleanOptions }>();

/** Resolves, or rejects only with a DecruftError (never anything else). The same pipeline as clean(), traced. */
async function cleanSafely(input: string | Uint8Array, options: CleanOptions): Promise<Article> {
  try {
    let page = '';
    const article = await createTracingCleaner(options).clean(input, undefined, (trace) => {
      page = trace.page;
    });
    pages.set(article, { page, options });
    return article;
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DecruftError);
    throw error;
  }
}

/** §7: every visible character of the page is in the text or in a receipt. */
async function assertAccounted(article: Article): Promise<void> {
  const traced = pages.get(article);
  expect(traced, 'cleaned through cleanSafely').toBeDefined();
  if (traced) expect(await accountingOf(article, traced.page, traced.options)).toEqual([]);
}

/** The invariants every article keeps: safe HTML on a browser's re-parse, well-formed strings, a fixed point, and the §7 accounting. */
async function assertInvariants(article: Article): Promise<void> {
  expect(htmlViolations(article.html)).toEqual([]);
  expect(malformedFields(article)).toEqual([]);
  await assertAccounted(article);
  if (article.html !== '') {
    const again = await clean(article.html, { format: 'html' });
    expect(again.html).toBe(article.html);
    expect(comparable(again.text)).toBe(comparable(article.text));
  }
}

// ---- random HTML trees ----------------------------------------------------------------------------------------------

const ALLOWED = ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'a', 'img', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'div', 'span', 'article', 'section'];
const DENIED = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'option', 'base', 'meta', 'link', 'noscript', 'template', 'xmp', 'plaintext', 'noembed', 'noframes', 'title', 'audio', 'video', 'nav', 'aside', 'footer'];
const FOREIGN = ['svg', 'math', 'foreignObject', 'mtext', 'mglyph', 'annotation-xml', 'desc'];
const URLS = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', 'jav&#97;script:alert(1)', 'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,<svg onload=alert(1)>', '\u0001javascript:alert(1)', 'https://ok.example/a', '/relative', '#frag', 'mailto:x@example.com'];
const ATTRIBUTE_NAMES = ['href', 'src', 'srcset', 'onclick', 'onerror', 'ONLOAD', 'style', 'srcdoc', 'id', 'name', 'class', 'action', 'formaction', 'xlink:href', 'data-x', 'hidden'];

const tagName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALLOWED) },
  { weight: 3, arbitrary: fc.constantFrom(...DENIED) },
  { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
).chain((name) => fc.constantFrom(name, name.toUpperCase(), name[0]?.toUpperCase() + name.slice(1)));

const attributeValue = fc.oneof(fc.constantFrom(...URLS), fc.string({ maxLength: 20 }), fc.constant('alert(1)'));
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValue, fc.constantFrom('"', "'", '')).map(([name, value, quote]) =>
  quote === '' ? `${name}=${value.replace(/[\s>"'=<`]/g, '')}` : `${name}=${quote}${value.replaceAll(quote, '')}${quote}`);

/** Text with every kind of odd code unit: lone surrogates, NUL, BOM, RTL marks, zero-width characters. */
const oddText = fc.oneof(
  { weight: 3, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uFEFF', '\u202E', '\u200B', '\u2028', '\uD800', '\uDFFF', '\r\n', '&amp;', '&lt;script&gt;', ']]>', '<!--', '-->') },
);

interface Tree {
  kind: 'text' | 'element' | 'stray';
  text?: string;
  name?: string;
  attributes?: string[];
  children?: Tree[];
  close?: boolean;
}

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  // The first arbitrary (text) is the base case once maxDepth is reached.
  tree: fc.oneof({ maxDepth: 6, depthIdentifier: 'tree', withCrossShrink: true }, fc.record({ kind: fc.constant('text' as const), text: oddText }), tie('node')),
  node: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('element' as const), name: tagName, attributes: fc.array(attribute, { maxLength: 3 }), children: fc.array(tie('tree'), { maxLength: 4 }), close: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('stray' as const), name: tagName }) },
  ),
}));

/** Serializes iteratively (trees can be deep): open tag, children, and the end tag unless `close` is false. */
function toHtml(root: Tree): string {
  const parts: string[] = [];
  const stack: Array<Tree | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Tree | string;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.kind === 'text') parts.push(item.text ?? '');
    else if (item.kind === 'stray') parts.push(`</${item.name ?? 'div'}>`);
    else {
      const attributes = item.attributes?.length ? ` ${item.attributes.join(' ')}` : '';
      parts.push(`<${item.name}${attributes}>`);
      if (item.close) stack.push(`</${item.name}>`);
      const children = item.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Tree);
    }
  }
  return parts.join('');
}

const LEAD = 'The harbour renovation will cost the city four million euros over three years.';
const page = fc.array(tree, { minLength: 1, maxLength: 6 }).map((trees) => `<body><article><p>${LEAD}</p>${trees.map(toHtml).join('')}</article></body>`);

/** A chain of nested elements, possibly unclosed, with text at some levels: depth up to 3,000. */
const deepPage = fc.record({
  depth: fc.integer({ min: 1, max: 3000 }),
  names: fc.array(fc.constantFrom('div', 'span', 'b', 'p', 'li', 'ul', 'table', 'td', 'blockquote', 'svg', 'a'), { minLength: 1, maxLength: 4 }),
  close: fc.boolean(),
  every: fc.integer({ min: 1, max: 500 }),
}).map(({ depth, names, close, every }) => {
  const open: string[] = [];
  const ends: string[] = [];
  for (let i = 0; i < depth; i++) {
    const name = names[i % names.length] as string;
    open.push(i % every === 0 ? `<${name}>level${i} ` : `<${name}>`);
    if (close) ends.push(`</${name}>`);
  }
  return `<body>${open.join('')}<p>${LEAD}</p>${ends.reverse().join('')}</body>`;
});

describe('random HTML trees', () => {
  it('never throw, stay safe, and are a fixed point', async () => {
    await fc.assert(fc.asyncProperty(page, async (html) => {
      await assertInvariants(await cleanSafely(html, { format: 'html' }));
    }), params());
  }, TIMEOUT);

  it('deep chains up to 3,000 levels keep their text', async () => {
    await fc.assert(fc.asyncProperty(deepPage, async (html) => {
      const article = await cleanSafely(html, { format: 'html' });
      await assertInvariants(article);
      const anywhere = comparable([article.text, ...article.removed.map((r) => r.text)].join(' '));
      expect(anywhere).toContain(LEAD);
    }), params(0.25));
  }, TIMEOUT);
});

describe('random bytes', () => {
  it('never throw and stay safe, in every format', async () => {
    const format = fc.constantFrom<CleanOptions['format']>('auto', 'html', 'text');
    const maxLength = Number(process.env.FC_MAX_BYTES ?? 4096);
    // Uniform bytes are mostly control bytes (BINARY_INPUT); text-like bytes (printable ASCII, markup, high bytes of
    // legacy encodings and UTF-8) reach the decoder's detection and the parser.
    const textLike = fc.array(fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
      { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
      { weight: 1, arbitrary: fc.constantFrom(0x3c, 0x3e, 0x26, 0x2f, 0x0a, 0x00, 0x1b) },
    ), { maxLength, size: 'large' }).map((values) => Uint8Array.from(values));
    const bytesArb = fc.oneof(fc.uint8Array({ maxLength, size: 'large' }), textLike);
    await fc.assert(fc.asyncProperty(bytesArb, format, async (bytes, fmt) => {
      const article = await cleanSafely(bytes, { format: fmt });
      expect(htmlViolations(article.html)).toEqual([]);
      expect(malformedFields(article)).toEqual([]);
      await assertAccounted(article);
    }), params());
  }, TIMEOUT);

  it('random bytes after an HTML prefix decode without loss of the prefix', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (tail) => {
      const head = new TextEncoder().encode(`<p>${LEAD}</p>`);
      const bytes = new Uint8Array(head.length + tail.length);
      bytes.set(head);
      bytes.set(tail, head.length);
      const article = await cleanSafely(bytes, { format: 'html' });
      expect(htmlViolations(article.html)).toEqual([]);
      await assertAccounted(article);
      const anywhere = comparable([article.text, ...article.removed.map((r) => r.text)].join(' '));
      // BINARY_INPUT is the one case where nothing is extracted (more than 10% control bytes).
      if (!article.warnings.some((w) => w.code === 'BINARY_INPUT')) expect(anywhere).toContain('harbour renovation will cost');
    }), params());
  }, TIMEOUT);
});

// ---- random text with appeals: nothing lost -----------------------------------------------------------------------

/** Appeal sentences from the rule catalog's own examples (English ones, long enough to be a sentence). */
const APPEALS = CATALOG.filter((r) => r.lang === 'en' || r.lang === '*').flatMap((r) => r.examples ?? []).filter((e) => e.split(' ').length >= 3);
const WORDS = ['council', 'harbour', 'budget', 'residents', 'library', 'winter', 'quay', 'fishermen', 'report', 'mayor', 'city', 'boats', 'opening', 'hours', 'repair', 'roof'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 14 }).map((words) => {
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
});
const paragraphs = fc.array(
  fc.oneof({ weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(...APPEALS).map((a) => [a]) }),
  { minLength: 1, maxLength: 10 },
);

/** Every sentence is in the text or in some receipt (RELIABILITY §7), compared after NFC and whitespace collapse. */
function assertNothingLost(article: Article, sentences: readonly string[]): void {
  const text = comparable(article.text);
  const receipts = article.removed.map((r) => comparable(r.text));
  const lost = sentences.filter((s) => {
    const want = comparable(s);
    return !text.includes(want) && !receipts.some((r) => r.includes(want));
  });
  expect(lost).toEqual([]);
}

describe('random text with appeals inserted', () => {
  it('text mode: every sentence is in the text or in a receipt', async () => {
    await fc.assert(fc.asyncProperty(paragraphs, async (paras) => {
      const article = await cleanSafely(paras.map((p) => p.join(' ')).join('\n\n'), { format: 'text' });
      assertNothingLost(article, paras.flat());
      await assertInvariants(article);
    }), params());
  }, TIMEOUT);

  it('html mode: every sentence is in the text or in a receipt', async () => {
    const wrapper = fc.constantFrom(['<article>', '</article>'], ['<div class="content">', '</div>'], ['', ''], ['<main><section>', '</section></main>']);
    await fc.assert(fc.asyncProperty(paragraphs, wrapper, async (paras, [open, close]) => {
      const html = `<html><head><title>Harbour</title></head><body><nav><a href="/">Home</a></nav>${open}${paras.map((p) => `<p>${p.join(' ')}</p>`).join('')}${close}<footer>Footer</footer></body></html>`;
      const article = await cleanSafely(html, { format: 'html' });
      assertNothingLost(article, paras.flat());
      await assertInvariants(article);
    }), params());
  }, TIMEOUT);
});

// ---- the Markdown fast path is exact -------------------------------------------------------------------------------

describe('Markdown: skipping the escaper for plain text changes nothing', () => {
  it('gives the same Markdown as the escaper on phrasing made of plain-alphabet text', async () => {
    const [{ renderMarkdown }, { unified }, { default: remarkStringify }, { gfmTableToMarkdown }] = await Promise.all([
      import('../src/render/markdown.js'), import('unified'), import('remark-stringify'), import('mdast-util-gfm-table'),
    ]);
    const reference = (root: unknown): string => {
      const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
      processor.data('toMarkdownExtensions', [gfmTableToMarkdown()]);
      return processor.stringify(root as never).trimEnd();
    };
    const plain = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '1', '9', ' ', ',', ';', '?', "'", '’', '.', 'x'), maxLength: 12 });
    const inline = fc.oneof(
      { weight: 4, arbitrary: plain.map((value) => ({ type: 'text', value })) },
      { weight: 1, arbitrary: plain.map((value) => ({ type: 'emphasis', children: [{ type: 'text', value: value || 'x' }] })) },
      { weight: 1, arbitrary: plain.map((value) => ({ type: 'strong', children: [{ type: 'text', value: value || 'x' }] })) },
      { weight: 1, arbitrary: plain.map((value) => ({ type: 'link', url: 'https://example.com/', title: null, children: [{ type: 'text', value: value || 'x' }] })) },
      { weight: 1, arbitrary: fc.constantFrom({ type: 'break' }, { type: 'inlineCode', value: 'code' }, { type: 'text', value: '1986' }, { type: 'text', value: '!' }) },
    );
    const block = fc.array(inline, { minLength: 1, maxLength: 8 }).chain((children) => fc.constantFrom(
      { type: 'paragraph', children },
      { type: 'heading', depth: 2, children },
      { type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: children.filter((c) => c.type !== 'break') }] }] },
    ));
    await fc.assert(fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 4 }), async (children) => {
      const root = { type: 'root', children };
      expect(renderMarkdown(structuredClone(root) as never)).toBe(reference(structuredClone(root)));
    }), params(5));
  }, TIMEOUT);
});

describe('bestRun (the locators\' maximum-sum run)', () => {
  it('is the highest-sum run of scores[from..limit) opening at or before lastStart, up to where such runs are spent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (scores, a, b) => {
        const from = a % scores.length;
        const lastStart = from + (b % (scores.length - from));
        // Where the search ends: the first block past lastStart before which every run opening by lastStart is spent.
        let stop = scores.length;
        for (let i = lastStart + 1, cur = 0; i < scores.length; i++) {
          if (i === lastStart + 1) for (let k = from; k <= lastStart; k++) cur = Math.max(cur, 0) + (scores[k] as number);
          if (cur <= 0) {
            stop = i;
            break;
          }
          cur += scores[i] as number;
        }
        let best = { start: from, end: from, total: -Infinity };
        for (let s = from; s <= lastStart; s++) {
          let sum = 0;
          for (let e = s; e < stop; e++) {
            sum += scores[e] as number;
            if (sum > best.total) best = { start: s, end: e + 1, total: sum };
          }
        }
        const run = bestRun(scores, scores.length, from, lastStart);
        expect(run.total).toBe(best.total);
        expect(run.end - run.start).toBeGreaterThan(0);
        expect(run.start).toBeGreaterThanOrEqual(from);
        expect(run.start).toBeLessThanOrEqual(lastStart);
        expect(scores.slice(run.start, run.end).reduce((x, y) => x + y, 0)).toBe(run.total);
      }),
    );
  });
});
