// The core entry on the edge (issue 9): a tiny worker that imports the built package is bundled the way a Cloudflare
// or browser app bundles it (esbuild, browser platform, worker conditions), run unmodified in workerd through miniflare
// on loopback, and must return what Node returns. Its import graph must hold no Node built-in, no jsdom and no eval.
import { build, type Metafile } from 'esbuild';
import { Miniflare } from 'miniflare';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../dist/index.js';
import iconv from 'iconv-lite';
import { fixture } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The worker: POST {input | base64, format?, url?} → the article as JSON (base64: the page's raw bytes). It imports the
 * package by name, as an app would.
 */
const WORKER = `
import { clean } from 'decruft';
export default {
  async fetch(request) {
    const { input, base64, format, url } = await request.json();
    const page = base64 === undefined ? input : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const article = await clean(page, { format, url });
    return Response.json({ article, runtime: typeof navigator === 'object' ? navigator.userAgent : null });
  },
};
`;

let bundle: { code: string; metafile: Metafile };
let mf: Miniflare;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: WORKER, resolveDir: ROOT, sourcefile: 'worker.js', loader: 'js' },
    // The package resolves through its own exports map to the built core entry (dist/index.js).
    alias: { decruft: ROOT },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = { code: result.outputFiles[0]?.text ?? '', metafile: result.metafile };
  // No compatibility flags: in particular no nodejs_compat, so a Node built-in could not load.
  mf = new Miniflare({ modules: true, script: bundle.code, compatibilityDate: '2025-01-01', host: '127.0.0.1' });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
});

async function cleanOnEdge(body: { input?: string; base64?: string; format?: string; url?: string }): Promise<{ article: Awaited<ReturnType<typeof clean>>; runtime: string | null }> {
  const response = await mf.dispatchFetch('http://127.0.0.1/clean', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  expect(response.status).toBe(200);
  return (await response.json()) as never;
}

describe('edge (workerd via miniflare)', () => {
  it('bundles the core entry with no Node built-ins, no jsdom and no eval', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.some((p) => p.startsWith('dist/index.js') || p.endsWith('/dist/index.js'))).toBe(true);
    expect(inputs.filter((p) => p.startsWith('node:') || /(^|\/)node_modules\/(jsdom|@mozilla\/readability)\//.test(p))).toEqual([]);
    const externals = Object.values(bundle.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(externals).toEqual([]);
    expect(bundle.code).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
    // Legacy multibyte pages decode with the platform's TextDecoder: no charset tables in the bundle.
    expect(inputs.filter((p) => /@exodus\/bytes\/(?:fallback\/)?multi-byte/.test(p))).toEqual([]);
  });

  it('cleans the seed in workerd exactly as in Node', async () => {
    const seed = fixture('seed.txt');
    const { article, runtime } = await cleanOnEdge({ input: seed });
    expect(runtime).toMatch(/Cloudflare-Workers/);
    expect(article.text).toBe(fixture('seed.expected.txt'));
    expect(article.publishedAt).toBe('2025-02-22');
    expect(article.removed.some((r) => r.category === 'donation')).toBe(true);
    expect(JSON.parse(JSON.stringify(await clean(seed)))).toEqual(article);
  });

  it('cleans an HTML page in workerd exactly as in Node: metadata, text, HTML and Markdown', async () => {
    const page = fixture('news-with-chrome.html');
    const url = 'https://example.com/news/harbour';
    const { article } = await cleanOnEdge({ input: page, url });
    expect(article.source.format).toBe('html');
    expect(article.title).toBeTruthy();
    expect(article.text.length).toBeGreaterThan(200);
    expect(article.html).toMatch(/^<(p|h\d|figure|ul|ol)/);
    expect(article.markdown.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(await clean(page, { url })))).toEqual(article);
  });

  // Edge bundles decode legacy multibyte pages with the platform's TextDecoder (no charset tables shipped): workerd
  // must decode them as Node does with @exodus/bytes' tables.
  it.each([
    ['shift_jis', 'ja', '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多く、議論が続いている。'],
    ['euc-jp', 'ja', '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多く、議論が続いている。'],
    ['gbk', 'zh', '市议会周一宣布了图书馆新的开放时间。许多居民希望晚上也能使用图书馆，市议会也在继续讨论这个问题。'],
    ['gb18030', 'zh', '市议会周一宣布了图书馆新的开放时间。许多居民希望晚上也能使用图书馆，市议会也在继续讨论这个问题。€'],
    ['big5', 'zh', '市議會週一宣布了圖書館新的開放時間。許多居民希望晚上也能使用圖書館，市議會也在繼續討論這個問題。'],
  ])('decodes a %s page in workerd exactly as in Node', async (encoding, lang, text) => {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="${encoding}"><title>Library</title></head><body><article><p>${text}</p><p>${text}</p></article></body></html>`;
    const bytes = iconv.encode(html, encoding);
    const { article } = await cleanOnEdge({ base64: bytes.toString('base64') });
    expect(article.source.encoding).toBe(encoding);
    expect(article.text).toContain(text);
    expect(JSON.parse(JSON.stringify(await clean(new Uint8Array(bytes))))).toEqual(article);
  });
});
