#!/usr/bin/env node
// Cold start (issue 9): in a fresh process, `import('decruft')` plus the first clean() of a typical page, in ms.
// Then one more fresh process records which modules load at import and which only on the first clean().
//   node scripts/bench/cold-start.mjs [--trials 7] [--page FILE] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA, loadHtmlPages, ROOT } from './data.mjs';

/** Issue 9: import plus the first clean() of a typical page in a fresh process. */
const BUDGET_MS = 150;
/** Never at import: jsdom, the capped parser, the legacy charset tables, the charset detector. */
const HEAVY = /node_modules\/(jsdom|@mozilla\/readability|parse5|chardet)\/|multi-byte|detect-charset/;

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const trials = Number(flag('--trials', '7'));

/** The typical page: the html-dev page of median size among the first 150, or the test fixture without the data. */
function typicalPage() {
  const given = flag('--page', null);
  if (given) return { file: given, url: 'https://example.com/article' };
  if (existsSync(join(DATA, 'html-dev.jsonl.gz'))) {
    const pages = loadHtmlPages(150).sort((a, b) => a.bytes - b.bytes);
    const page = pages[pages.length >> 1];
    const file = join(ROOT, '.bench', 'typical-page.html');
    execFileSync('mkdir', ['-p', join(ROOT, '.bench')]);
    execFileSync('tee', [file], { input: page.input, stdio: ['pipe', 'ignore', 'inherit'] });
    return { file, url: page.url, id: page.id };
  }
  // Without the data (a copy of the repo outside the folder that holds ../shared), the figure is not comparable.
  console.error(`cold-start: no ${DATA}/html-dev.jsonl.gz (set DECRUFT_DATA); timing the small test fixture instead of the typical page`);
  return { file: join(ROOT, 'test/fixtures/news-with-chrome.html'), url: 'https://example.com/news/harbour' };
}

// Runs inside the fresh process. The page is read before the clock starts: only decruft's own cost is timed.
const PROBE = `
import { readFileSync } from 'node:fs';
const [file, url, record] = process.argv.slice(1);
const html = readFileSync(file, 'utf8');
const loaded = { import: [], clean: [] };
let phase = 'import';
if (record === '1') {
  const { register } = await import('node:module');
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (u) => loaded[phase].push(u));
  port1.unref();
  register(${JSON.stringify(new URL('./record-loads.mjs', import.meta.url).href)}, { data: { port: port2 }, transferList: [port2] });
}
const settle = () => new Promise((r) => setTimeout(r, 100));
const bootMs = performance.now();
const t0 = performance.now();
const { clean } = await import('decruft');
const t1 = performance.now();
if (record === '1') { await settle(); phase = 'clean'; }
const article = await clean(html, { url });
const t2 = performance.now();
if (record === '1') await settle();
console.log(JSON.stringify({ bootMs, importMs: t1 - t0, firstCleanMs: t2 - t1, totalMs: t2 - t0, words: article.wordCount, loaded }));
`;

function probe(page, record) {
  const start = process.hrtime.bigint();
  // Run from the repo so `import('decruft')` resolves the package itself (its exports → dist).
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, page.file, page.url, record ? '1' : '0'], { cwd: ROOT, encoding: 'utf8' });
  return { ...JSON.parse(out), processMs: Number(process.hrtime.bigint() - start) / 1e6 };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const page = typicalPage();
const runs = Array.from({ length: trials }, () => probe(page, false));
const recorded = probe(page, true);
const byPackage = (urls) => {
  const counts = new Map();
  for (const u of urls.filter((x) => x.startsWith('file:'))) {
    const path = fileURLToPath(u);
    const at = path.lastIndexOf('node_modules/');
    const name = at < 0 ? path.replace(`${ROOT}/`, '') : path.slice(at + 13).split('/').slice(0, path.slice(at + 13).startsWith('@') ? 2 : 1).join('/');
    const entry = counts.get(name) ?? { files: 0, kB: 0 };
    entry.files++;
    entry.kB += statSync(path).size / 1024;
    counts.set(name, entry);
  }
  return [...counts].sort((a, b) => b[1].kB - a[1].kB);
};
const result = {
  page: { file: page.file.replace(`${ROOT}/`, ''), id: page.id ?? null, kB: statSync(page.file).size / 1024 },
  trials,
  importMs: median(runs.map((r) => r.importMs)),
  firstCleanMs: median(runs.map((r) => r.firstCleanMs)),
  totalMs: median(runs.map((r) => r.totalMs)),
  nodeBootMs: median(runs.map((r) => r.bootMs)),
  processMs: median(runs.map((r) => r.processMs)),
  heavyAtImport: recorded.loaded.import.filter((u) => HEAVY.test(u)),
  atImport: byPackage(recorded.loaded.import),
  onFirstClean: byPackage(recorded.loaded.clean),
};

if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`## Cold start (median of ${trials} fresh processes; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})\n`);
  console.log(`page: ${result.page.file}${result.page.id ? ` (${result.page.id})` : ''}, ${result.page.kB.toFixed(0)} KB\n`);
  console.log('| step | ms |\n|---|---:|');
  console.log(`| import('decruft') | ${result.importMs.toFixed(1)} |`);
  console.log(`| first clean() | ${result.firstCleanMs.toFixed(1)} |`);
  console.log(`| **import + first clean()** (budget ${BUDGET_MS}) | **${result.totalMs.toFixed(1)}** |`);
  console.log(`| (Node's own start-up before that) | ${result.nodeBootMs.toFixed(1)} |`);
  console.log(`| (whole process, spawn to exit) | ${result.processMs.toFixed(1)} |`);
  for (const [title, list] of [['Modules loaded at import', result.atImport], ['Loaded on the first clean()', result.onFirstClean]]) {
    console.log(`\n### ${title}: ${list.reduce((s, [, e]) => s + e.files, 0)} files, ${list.reduce((s, [, e]) => s + e.kB, 0).toFixed(0)} KB on disk\n`);
    console.log(list.map(([name, e]) => `${name} (${e.files}, ${e.kB.toFixed(0)} KB)`).join(', '));
  }
  console.log(`\nheavy modules at import (jsdom, Readability, parse5, chardet, charset tables): ${result.heavyAtImport.length === 0 ? 'none' : result.heavyAtImport.join(', ')}`);
}
process.exitCode = result.totalMs > BUDGET_MS || result.heavyAtImport.length > 0 ? 1 : 0;
