// The library build's plugins that trim or re-encode dependencies (scripts/build-plugins.mjs): what they give must do
// what the package did for every input decruft can pass it (issue 9 bundle budget).
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import type { Element } from 'hast';
import { defaultSchema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderHtmlFull, schema } from '../src/render/html.js';
import { renderMarkdown, UNFILTERED_OPTIONS } from '../src/render/markdown.js';
import * as plugins from '../scripts/build-plugins.mjs';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

type Recognizer = { byteMap?(): number[]; ngrams?(): unknown[]; commonChars?: number[] };

/** Evaluates a CommonJS module's source as chardet's lib/encoding/`file` (its own `require` resolves from there). */
function loadChardet(file: string, source: string): Record<string, new () => Recognizer> {
  const path = require.resolve(`chardet/lib/encoding/${file}`);
  const module = { exports: {} as Record<string, new () => Recognizer> };
  const wrapper = runInThisContext(`(function (exports, require, module) {${source}\n})`) as (e: unknown, r: NodeRequire, m: unknown) => void;
  wrapper(module.exports, createRequire(path), module);
  return module.exports;
}

/** Bundles `code` (an ES module importing packages) with the library's plugins and imports the result. */
async function bundled(code: string, with_: Plugin[] = plugins.libraryPlugins(ROOT)): Promise<Record<string, unknown>> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    plugins: with_,
  });
  const text = result.outputFiles[0]?.text ?? '';
  return (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as Record<string, unknown>;
}

describe('chardet-compact-tables', () => {
  it("gives every recognizer the byte map, n-grams and common characters of chardet's own literals, a fresh array on each call", () => {
    for (const file of ['sbcs.js', 'mbcs.js']) {
      const source = readFileSync(require.resolve(`chardet/lib/encoding/${file}`), 'utf8');
      const original = loadChardet(file, source);
      const compact = loadChardet(file, plugins.chardetCompactTables(source));
      // The tables are strings now: the source is much smaller.
      expect(plugins.chardetCompactTables(source).length).toBeLessThan(source.length * (file === 'sbcs.js' ? 0.6 : 0.9));
      const names = Object.keys(original).filter((name) => typeof original[name] === 'function' && name !== 'default');
      expect(names.length).toBeGreaterThanOrEqual(5);
      for (const name of names) {
        const a = new (original[name] as new () => Recognizer)();
        const b = new (compact[name] as new () => Recognizer)();
        if (a.byteMap !== undefined) {
          expect(JSON.stringify(b.byteMap?.()), name).toBe(JSON.stringify(a.byteMap()));
          expect(JSON.stringify(b.ngrams?.()), name).toBe(JSON.stringify(a.ngrams?.()));
          expect(b.ngrams?.()).not.toBe(b.ngrams?.());
        }
        expect(b.commonChars, name).toEqual(a.commonChars);
      }
    }
  });

  it('fails the build when a table would not decode back to its literal', () => {
    // 0xa0 in a table of mostly high bytes would flip to a space: the encoder must notice, not ship a wrong table.
    const clash = `"use strict";\nfunction f() { return [0xe0a0e1, 0xe2e3e4, 0xe5e6e7]; }\n`;
    expect(() => plugins.chardetCompactTables(clash)).toThrow(/does not decode back/);
    // Common characters far apart take a space and a third digit.
    const far = `"use strict";\nconst c = [${Array.from({ length: 15 }, (_, i) => `0x${(i * 3).toString(16)}`).join(', ')}, 0xffff];\n`;
    expect(plugins.chardetCompactTables(far)).toMatch(/chardetCommonChars\(".* /);
  });

  it('detects the same charsets as chardet, bundled', async () => {
    const { analyse } = await bundled("export { analyse } from 'chardet';");
    const { analyse: reference } = require('chardet') as { analyse: (bytes: Uint8Array) => unknown };
    const latin1 = new Uint8Array([...Buffer.from('Le café était très bon, ', 'latin1'), ...Buffer.from('et la crème brûlée aussi. '.repeat(4), 'latin1')]);
    const cyrillic = new TextEncoder().encode('Привет мир');
    const koi8 = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x20, 0xc9, 0x20, 0xd7, 0xd3, 0xc5, 0xcd]);
    for (const bytes of [latin1, cyrillic, koi8]) expect((analyse as typeof reference)(bytes)).toEqual(reference(bytes));
  });
});

describe('htmlparser2 with HTML-only entity decoding', () => {
  it("decodes references as the CLI's full shim does, and refuses htmlparser2's XML mode instead of decoding it as HTML", async () => {
    const code = [
      "import { Parser } from 'htmlparser2';",
      'export function parse(html, options) {',
      '  const out = [];',
      "  new Parser({ ontext: (t) => out.push(t), onattribute: (n, v) => out.push(`[${n}=${v}]`) }, options).end(html);",
      "  return out.join('');",
      '}',
    ].join('\n');
    const run = (await bundled(code)).parse as (html: string, options: object) => string;
    const full = (await bundled(code, [plugins.htmlparser2Core(ROOT), plugins.htmlparser2EntitiesFrom9])).parse as typeof run;
    const html = '<p title="a&amp;b&notit; &not;">&lt;x&gt; &copy 2024 &#x41;&#66;&#0; &amp &notin; &notit; &Gdot x &#x110000; &#128;</p>';
    expect(run(html, { decodeEntities: true })).toBe('[title=a&b&notit; ¬]<x> © 2024 AB\uFFFD & ∉ ¬it; &Gdot x \uFFFD €');
    expect(run(html, { decodeEntities: true })).toBe(full(html, { decodeEntities: true }));
    expect(full('<a>&amp;&apos;</a>', { xmlMode: true })).toBe("&'");
    expect(() => run('<a>&amp;</a>', { xmlMode: true })).toThrow(/XML/);
  });
});

describe('encoding labels apart from the decoders', () => {
  it("maps every label of the package's table, its case and space variants and junk as the package's normalizeEncoding does, without its decoders", async () => {
    const exodus = (await import('@exodus/bytes/encoding-lite.js')) as { normalizeEncoding(label: string): string | null };
    const labels = (await bundled("import { normalizeEncoding } from './src/input/labels.ts'; export { normalizeEncoding };")) as { normalizeEncoding(label: string): string | null };
    const source = await plugins.encodingLabelsSource(ROOT);
    // One import, the label table's: none of the package's decoders.
    expect(source.match(/\bimport\b/g)).toEqual(['import']);
    expect(source).toContain('encoding.labels.js');
    const table = readFileSync(join(ROOT, 'node_modules/@exodus/bytes/fallback/encoding.labels.js'), 'utf8');
    const names = [...table.matchAll(/'([a-z0-9_:.-]+)'/g)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(100);
    const probes = names.flatMap((n) => [n, n.toUpperCase(), ` ${n}\t`, `${n}x`]).concat(['', ' ', 'utf8', 'UTF-8', 'latin1', 'ascii', 'x-user-defined', 'utf-7', 'é', 'utf-8\u0000', '<script>']);
    fc.assert(fc.property(fc.string({ maxLength: 16 }), (label) => labels.normalizeEncoding(label) === exodus.normalizeEncoding(label)));
    for (const label of probes) expect(labels.normalizeEncoding(label), label).toBe(exodus.normalizeEncoding(label));
  });
});

describe('domhandler without Node#cloneNode', () => {
  it('builds the same DOM with no clone method', async () => {
    const { parse } = await bundled("import { parseDocument } from 'htmlparser2'; export const parse = parseDocument;");
    const doc = (parse as (html: string) => { children: Array<{ name?: string; cloneNode?: unknown; children?: Array<{ data?: string }> }> })('<p>one</p>');
    expect(doc.children[0]?.name).toBe('p');
    expect(doc.children[0]?.children?.[0]?.data).toBe('one');
    expect(doc.children[0]?.cloneNode).toBeUndefined();
  });
});

describe('chrono-node without its casual configurations', () => {
  type Parsed = { index: number; text: string; start: { date(): Date }; end?: { date(): Date } };
  type Chrono = { parsers: object[]; refiners: object[]; parse(text: string, ref: Date): Parsed[] };
  // Class names as written (a bundler prefixes one that clashes with another module's with _).
  const named = (list: object[]) => list.map((o) => o.constructor.name.replace(/^_/, ''));
  const shape = (chrono: Chrono) => ({ parsers: named(chrono.parsers), refiners: named(chrono.refiners) });
  const parsed = (chrono: Chrono, text: string) =>
    chrono.parse(text, new Date(Date.UTC(2025, 5, 15, 12))).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);

  it("builds each language's strict parser as chrono-node does, and leaves English's and Italian's casual ones out", async () => {
    const module = await bundled(
      "export { english, byLanguage } from './src/metadata/chrono.ts'; export { configuration as en } from 'chrono-node/en'; export { configuration as it } from 'chrono-node/it';",
    );
    const english = module.english as Chrono;
    const byLanguage = module.byLanguage as Map<string, Chrono>;
    for (const language of ['en', 'it']) expect((module[language] as Record<string, unknown>).createCasualConfiguration, language).toBeUndefined();
    const originals: Record<string, Chrono> = {
      en: ((await import('chrono-node/en')) as unknown as { strict: Chrono }).strict,
      de: ((await import('chrono-node/de')) as unknown as { strict: Chrono }).strict,
      fr: ((await import('chrono-node/fr')) as unknown as { strict: Chrono }).strict,
      es: ((await import('chrono-node/es')) as unknown as { strict: Chrono }).strict,
      it: ((await import('chrono-node/it')) as unknown as { strict: Chrono }).strict,
      pt: ((await import('chrono-node/pt')) as unknown as { strict: Chrono }).strict,
      nl: ((await import('chrono-node/nl')) as unknown as { strict: Chrono }).strict,
    };
    const samples = [
      'Published March 14, 2025 at 10:30 AM',
      'Friday January 12, 2024 @11:40AM',
      '14 March 2025 - 16 March 2025',
      'Updated 3 hours ago, yesterday at noon, next Friday, end of month, tomorrow',
      '2025-03-14T10:30:00Z',
      '14. März 2025 um 10:30 Uhr',
      'le 14 mars 2025 à 10h30',
      '14 de marzo de 2025 a las 10:30',
      '14 marzo 2025 alle 10:30, oggi, ieri, 3 giorni fa, lunedì scorso',
      '14 de março de 2025',
      '14 maart 2025 om 10:30',
    ];
    for (const [language, original] of Object.entries(originals)) {
      const trimmed = language === 'en' ? english : byLanguage.get(language);
      if (!trimmed) throw new Error(language);
      expect(shape(trimmed), language).toEqual(shape(original));
      for (const text of samples) expect(parsed(trimmed, text), `${language}: ${text}`).toEqual(parsed(original, text));
    }
  });
});

describe('renderers without what decruft never renders', () => {
  // Every node type decruft's trees hold (src/segment, src/assemble.ts, src/render/budget.ts), in shapes it builds.
  const text = fc.constantFrom('word', 'Two words', ' ', 'a_b', '*x*', '1. x', '# h', '<b>', '&amp;', 'é 中 😀', 'end\\', 'x\ny', ' \n lead', '|', '`c`', '~~', '[a](b)');
  const textNode = text.map((value): PhrasingContent => ({ type: 'text', value }));
  const url = fc.constantFrom('https://example.com/a', 'https://e.com/a?b=1&c=2', 'https://e.com/a b', 'mailto:a@b.c', 'javascript:x()', '/rel', 'data:image/png;base64,AA==');
  const leaf = fc.oneof(
    textNode,
    fc.constant<PhrasingContent>({ type: 'break' }),
    text.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
    fc.record({ url, alt: fc.constantFrom('a', '', null) }).map(({ url, alt }): PhrasingContent => ({ type: 'image', url, alt, title: null })),
  );
  const wrapper = fc.record({ type: fc.constantFrom('strong' as const, 'emphasis' as const, 'delete' as const), children: fc.array(leaf, { minLength: 1, maxLength: 3 }) }).map((n) => n as PhrasingContent);
  const link = fc.record({ url, children: fc.array(fc.oneof(leaf, wrapper), { minLength: 1, maxLength: 2 }) }).map(({ url, children }): PhrasingContent => ({ type: 'link', url, title: null, children }));
  const phrasing = fc.array(fc.oneof(leaf, wrapper, link), { minLength: 1, maxLength: 4 });
  const paragraph = phrasing.map((children): Paragraph => ({ type: 'paragraph', children }));
  const figure = fc.record({ url, caption: phrasing }).map(
    ({ url, caption }): RootContent => ({ type: 'paragraph', data: { hName: 'figure' }, children: [{ type: 'image', url, alt: null, title: null }, { type: 'text', value: '\n' }, { type: 'emphasis', data: { hName: 'figcaption' }, children: caption }] }),
  );
  const heading = fc.record({ depth: fc.constantFrom(1, 2, 3, 4, 5, 6), children: phrasing }).map(({ depth, children }): RootContent => ({ type: 'heading', depth: depth as 1, children }));
  const item = fc.record({ spread: fc.boolean(), children: fc.array(paragraph, { minLength: 0, maxLength: 2 }) }).map(({ spread, children }): ListItem => ({ type: 'listItem', spread, children }));
  const list = fc.record({ ordered: fc.boolean(), spread: fc.boolean(), start: fc.constantFrom(undefined, 1, 3), children: fc.array(item, { minLength: 1, maxLength: 3 }) }).map(
    ({ start, ...rest }): List => ({ type: 'list', ...rest, ...(start === undefined ? {} : { start }) }),
  );
  const nested = fc.record({ outer: list, inner: list }).map(({ outer, inner }): List => ({ ...outer, children: [...outer.children, { type: 'listItem', spread: false, children: [inner] }] }));
  const quote = fc.array(paragraph, { maxLength: 2 }).map((children): RootContent => ({ type: 'blockquote', children }));
  const code = fc.record({ value: text, lang: fc.constantFrom(null, 'js', 'c++') }).map(({ value, lang }): RootContent => ({ type: 'code', lang, meta: null, value }));
  const cell = phrasing.map((children): TableCell => ({ type: 'tableCell', children: children.filter((c) => c.type !== 'break') }));
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map(
    (rows): RootContent => ({ type: 'table', align: null, children: rows.map((children) => ({ type: 'tableRow', children })) }),
  );
  const tree = fc.array(fc.oneof(paragraph, figure, heading, list, nested, quote, code, table), { minLength: 1, maxLength: 6 }).map((children): Root => ({ type: 'root', children }));

  it('render every node type decruft builds to the same HTML and Markdown as the packages they leave out parts of', async () => {
    const bundledRenderers = await bundled("export { renderHtml, renderHtmlFull } from './src/render/html.ts'; export { renderMarkdown, UNFILTERED_OPTIONS } from './src/render/markdown.ts';");
    const b = bundledRenderers as unknown as { renderHtml: typeof renderHtml; renderHtmlFull: typeof renderHtmlFull; renderMarkdown: typeof renderMarkdown; UNFILTERED_OPTIONS: typeof UNFILTERED_OPTIONS };
    fc.assert(
      fc.property(tree, fc.boolean(), (root, allowDataImages) => {
        expect(b.renderHtmlFull(structuredClone(root), allowDataImages)).toBe(renderHtmlFull(structuredClone(root), allowDataImages));
        expect(b.renderHtml(structuredClone(root), allowDataImages)).toBe(renderHtml(structuredClone(root), allowDataImages));
        expect(b.renderMarkdown(structuredClone(root))).toBe(renderMarkdown(structuredClone(root)));
        expect(b.renderMarkdown(structuredClone(root), b.UNFILTERED_OPTIONS)).toBe(renderMarkdown(structuredClone(root), UNFILTERED_OPTIONS));
      }),
      { numRuns: 400 },
    );
    // What is left out throws instead of rendering differently.
    for (const node of [{ type: 'thematicBreak' }, { type: 'footnoteReference', identifier: 'a' }, { type: 'html', value: '<b>' }, { type: 'linkReference', identifier: 'a', referenceType: 'full', children: [] }]) {
      const root = { type: 'root', children: [node] } as Root;
      expect(() => b.renderHtmlFull(root, false)).toThrow(/not bundled/);
      expect(() => b.renderMarkdown(root, b.UNFILTERED_OPTIONS)).toThrow(/Cannot handle unknown node/);
    }
    const { sanitize } = (await bundled("export { sanitize } from 'hast-util-sanitize';")) as { sanitize: (tree: unknown, schema?: unknown) => unknown };
    expect(() => sanitize({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }] })).toThrow(/default sanitize schema is not bundled/);
  });

  it("serialize every attribute the sanitizer lets through as hast-util-to-html does with property-information's full schema", async () => {
    const allowed = [...new Set(Object.values(schema(false).attributes ?? {}).flatMap((list) => list.map((entry) => (typeof entry === 'string' ? entry : entry[0]))))].sort();
    expect(Object.keys(plugins.SANITIZED_PROPERTIES).sort()).toEqual(allowed);
    // hast-util-sanitize's default schema is left out: decruft's sets every one of its keys.
    expect(Object.keys(schema(false)).sort()).toEqual(expect.arrayContaining(Object.keys(defaultSchema).sort()));
    const { toHtml: bundledToHtml } = (await bundled("export { toHtml } from 'hast-util-to-html';")) as { toHtml: typeof toHtml };
    for (const value of ['x', '', 'a b', 3, 0, true, false, null, ['a', 'b'], [1, 2]]) {
      const properties = Object.fromEntries(allowed.map((name) => [name, value]));
      const tree: Element = { type: 'element', tagName: 'td', properties, children: [{ type: 'text', value: 'a < b & "c"' }, { type: 'element', tagName: 'p', properties: {}, children: [] }] };
      expect(bundledToHtml(tree)).toBe(toHtml(tree));
    }
    // Each property's information is the full schema's, field for field.
    const reduced = await build({ stdin: { contents: plugins.SANITIZED_HTML_SCHEMA_MODULE, resolveDir: join(ROOT, 'node_modules/property-information'), loader: 'js' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    const small = (await import(`data:text/javascript;base64,${Buffer.from(reduced.outputFiles[0]?.text ?? '').toString('base64')}`)) as { find: typeof find; html: typeof html };
    for (const name of allowed) expect({ ...small.find(small.html, name) }, name).toEqual({ ...find(html, name) });
  });
});
