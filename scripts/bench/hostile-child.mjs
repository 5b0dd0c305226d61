// One hostile case in its own process, so the peak RSS is this case's: `node hostile-child.mjs decruft|readability CASE`.
// Prints one JSON line: wall time of the extraction (input building excluded), peak RSS, and the outcome.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ROOT } from './data.mjs';
import { CASES, vectorCases } from './hostile-cases.mjs';

const [engine, name] = process.argv.slice(2);
const spec = name.startsWith('vector:') ? (await vectorCases())[name] : CASES[name];
if (!spec) throw new Error(`unknown case ${name}`);

const importDist = (file) => import(pathToFileURL(join(ROOT, 'dist', file)).href);

async function prepare() {
  if (engine === 'decruft') {
    const { clean } = await importDist('index.js');
    await clean('<p>warm-up paragraph with a few words in it.</p>', { format: 'html' });
    return async (input) => {
      const article = await clean(input, spec.options ?? { format: 'html' });
      return { chars: article.text.length, warnings: article.warnings.map((w) => w.code) };
    };
  }
  if (engine === 'readability') {
    const { JSDOM } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    return async (input) => {
      const dom = new JSDOM(input, { url: 'https://example.com/news/harbour' });
      const article = new Readability(dom.window.document).parse();
      return { chars: article?.textContent?.length ?? 0, warnings: [] };
    };
  }
  throw new Error(`unknown engine ${engine}`);
}

const run = await prepare();
const input = spec.build();
const bytes = Buffer.byteLength(input);
const start = performance.now();
let outcome;
try {
  outcome = { ok: true, ...(await run(input)) };
} catch (error) {
  outcome = { ok: false, error: `${error?.name ?? 'Error'}: ${String(error?.message ?? error).slice(0, 120)}` };
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ engine, name, bytes, ms, peakRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB: process.memoryUsage().heapUsed / 1048576, ...outcome })}\n`);
