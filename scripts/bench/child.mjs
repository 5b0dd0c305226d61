// One engine in its own process (so peak RSS is its own): runs a batch and prints one JSON line of timings.
//   node child.mjs corpus ENGINE html-dev|text-dev LIMIT
//   node child.mjs scale  ENGINE BYTES REPEATS
// BENCH_ROUNDS (default 3) passes; BENCH_CPU_PROFILE=FILE profiles the timed passes.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { loadHtmlPages, loadTextDocs } from './data.mjs';
import { ENGINES } from './engines.mjs';
import { syntheticPage } from './synthetic.mjs';

/** Pages run once, untimed, before the timed passes, so the JIT has seen every engine's hot code. */
const WARMUP_PAGES = 5;
/** Timed passes over the batch (BENCH_ROUNDS overrides). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const [mode, engineName, arg1, arg2] = process.argv.slice(2);
// Some engines log page-level problems (defuddle: bad JSON-LD); the result line goes to stdout directly.
console.log = console.warn = console.error = () => {};
const factory = ENGINES[engineName];
if (!factory) throw new Error(`unknown engine ${engineName}`);

let pages;
if (mode === 'corpus') pages = arg1 === 'text-dev' ? loadTextDocs(Number(arg2)) : loadHtmlPages(Number(arg2));
else if (mode === 'scale') {
  const input = syntheticPage(Number(arg1));
  pages = Array.from({ length: Number(arg2) }, () => ({ id: 'synthetic', url: 'https://example.com/news/harbour', input, bytes: Buffer.byteLength(input) }));
} else throw new Error(`unknown mode ${mode}`);
const rssBeforeEngine = process.memoryUsage().rss;

// The scaling curve must measure the whole pipeline at every size, so the time budget is switched off there.
const run = await factory(mode === 'scale' && engineName.startsWith('decruft') ? { timeoutMs: Infinity } : {});
const warmup = mode === 'scale' ? [{ ...pages[0], input: syntheticPage(20_000) }] : pages.slice(0, WARMUP_PAGES);
for (const page of warmup) await run(page).catch(() => 0);

// With BENCH_CPU_PROFILE=FILE the timed pass (only) is profiled, through the inspector, into FILE.
const profiler = process.env.BENCH_CPU_PROFILE ? await startProfiler() : null;
const times = [];
let errors = 0;
let extracted = 0;
// Each page's time is its best of ROUNDS passes: on a machine shared with other jobs, the minimum is the figure
// least disturbed by them. CPU time (this process, all its threads) is kept next to wall time.
const cpuTimes = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, page] of pages.entries()) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    try {
      const length = await run(page);
      if (round === 0) extracted += length;
    } catch {
      if (round === 0) errors++;
    }
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    times[i] = Math.min(times[i] ?? Infinity, wall);
    cpuTimes[i] = Math.min(cpuTimes[i] ?? Infinity, (cpu.user + cpu.system) / 1000);
  }
}
if (profiler) await profiler.stop(process.env.BENCH_CPU_PROFILE);
process.stdout.write(
  JSON.stringify({
    engine: engineName,
    times,
    cpuTimes,
    bytes: pages.reduce((sum, p) => sum + p.bytes, 0),
    errors,
    extracted,
    rssBeforeEngineMB: rssBeforeEngine / 2 ** 20,
    // maxRSS is in KiB: the high-water mark of this process, inputs included.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);

async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 100 µs sampling: fine enough for functions that take a fraction of a page's milliseconds.
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
