// The library build's plugins that trim or re-encode dependencies (scripts/build-plugins.mjs): what they give must do
// what the package did for every input decruft can pass it (issue 9 bundle budget).
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as plugins from '../scripts/build-plugins.mjs';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Evaluates a CommonJS module's source as chardet's sbcs.js (its own `require` resolves from there). */
function loadSbcs(source: string): Record<string, new () => { byteMap(): number[]; ngrams(): unknown[] }> {
  const path = require.resolve('chardet/lib/encoding/sbcs.js');
  const module = { exports: {} as Record<string, new () => { byteMap(): number[]; ngrams(): unknown[] }> };
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
  it("gives every single-byte recognizer the byte map and n-grams of chardet's own literals, a fresh array on each call", () => {
    const path = require.resolve('chardet/lib/encoding/sbcs.js');
    const source = readFileSync(path, 'utf8');
    const original = loadSbcs(source);
    const compact = loadSbcs(plugins.chardetCompactTables(source));
    // The tables are strings now: the source is much smaller.
    expect(plugins.chardetCompactTables(source).length).toBeLessThan(source.length * 0.6);
    const names = Object.keys(original).filter((name) => typeof original[name] === 'function');
    expect(names.length).toBeGreaterThanOrEqual(13);
    for (const name of names) {
      const a = new (original[name] as new () => { byteMap(): number[]; ngrams(): unknown[] })();
      const b = new (compact[name] as new () => { byteMap(): number[]; ngrams(): unknown[] })();
      expect(JSON.stringify(b.byteMap()), name).toBe(JSON.stringify(a.byteMap()));
      expect(JSON.stringify(b.ngrams()), name).toBe(JSON.stringify(a.ngrams()));
      expect(b.ngrams()).not.toBe(b.ngrams());
    }
  });

  it('fails the build when a table would not decode back to its literal', () => {
    // 0xa0 in a table of mostly high bytes would flip to a space: the encoder must notice, not ship a wrong table.
    const clash = `"use strict";\nfunction f() { return [0xe0a0e1, 0xe2e3e4, 0xe5e6e7]; }\n`;
    expect(() => plugins.chardetCompactTables(clash)).toThrow(/does not decode back/);
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

describe('domhandler without Node#cloneNode', () => {
  it('builds the same DOM with no clone method', async () => {
    const { parse } = await bundled("import { parseDocument } from 'htmlparser2'; export const parse = parseDocument;");
    const doc = (parse as (html: string) => { children: Array<{ name?: string; cloneNode?: unknown; children?: Array<{ data?: string }> }> })('<p>one</p>');
    expect(doc.children[0]?.name).toBe('p');
    expect(doc.children[0]?.children?.[0]?.data).toBe('one');
    expect(doc.children[0]?.cloneNode).toBeUndefined();
  });
});
