#!/usr/bin/env node
// Two builds of decruft in one process, page by page, to measure a speed change on a shared, noisy machine: each page
// is cleaned by A and by B in turn (the order alternating by page and round), and each page's time is its minimum over
// the rounds. Prints the ratios B/A of the total, of the median page and the median of the per-page ratios, wall and
// CPU. Run an A/A control (two copies of one build) beside it: the spread it shows is the noise floor.
//   npm run build && cp -r dist .bench/ab-A    (the old build)   ...change, npm run build && cp -r dist .bench/ab-B
//   node scripts/bench/ab.mjs .bench/ab-A .bench/ab-B [--corpus html-dev|text-dev] [--limit 300] [--rounds 5] [--sizes 30-70]
// --sizes FROM-TO takes about `limit` html-dev pages between those percentiles of byte size instead of the first ones
// (30-70: the pages near the median, where the bench's median-page ratio comes from).
// The copies must sit inside the repository (their imports resolve from its node_modules), and must be two
// directories: one path imported twice is one module.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadHtmlPages, loadHtmlPagesBySize, loadTextDocs } from './data.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const [dirA, dirB] = args.map((a) => resolve(a));
if (!dirA || !dirB || dirA.startsWith('--') || dirB.startsWith('--')) throw new Error('usage: ab.mjs DIST_A DIST_B [--corpus html-dev] [--limit 300] [--rounds 5]');
if (dirA === dirB) throw new Error('A and B are one path (one module): copy the build twice for an A/A control');
const corpus = flag('--corpus', 'html-dev');
const limit = Number(flag('--limit', '300'));
const rounds = Number(flag('--rounds', '5'));

const load = async (dir) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)).clean;
const builds = [await load(dirA), await load(dirB)];
const sizes = flag('--sizes', null)?.split('-').map(Number);
const pages = corpus === 'text-dev' ? loadTextDocs(limit) : sizes ? loadHtmlPagesBySize(sizes[0], sizes[1], limit) : loadHtmlPages(limit);
console.log = console.warn = () => {};

/** Wall and CPU milliseconds of one clean() (a throw counts like a result: both builds should throw alike). */
async function time(clean, page) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    await clean(page.input, { url: page.url, timeoutMs: Infinity });
  } catch {
    // timed all the same
  }
  const cpu = process.cpuUsage(cpuStart);
  return [performance.now() - start, (cpu.user + cpu.system) / 1000];
}

// Both builds see the first pages once, untimed, so the JIT has compiled their hot code before the timed rounds.
for (const page of pages.slice(0, 10)) for (const clean of builds) await time(clean, page);
const wall = [[], []];
const cpu = [[], []];
for (let round = 0; round < rounds; round++) {
  for (const [i, page] of pages.entries()) {
    const order = (round + i) % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const [w, c] = await time(builds[which], page);
      wall[which][i] = Math.min(wall[which][i] ?? Infinity, w);
      cpu[which][i] = Math.min(cpu[which][i] ?? Infinity, c);
    }
  }
}

const sum = (xs) => xs.reduce((s, x) => s + x, 0);
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const line = (label, [a, b]) => {
  const perPage = median(b.map((x, i) => x / a[i]));
  return `${label}: total ${sum(a).toFixed(0)} → ${sum(b).toFixed(0)} ms (${(sum(b) / sum(a)).toFixed(3)}), median page ${median(a).toFixed(2)} → ${median(b).toFixed(2)} ms (${(median(b) / median(a)).toFixed(3)}), median per-page ratio ${perPage.toFixed(3)}`;
};
process.stdout.write(`${pages.length} ${corpus} pages${sizes ? ` (${sizes.join('-')}th percentile of size)` : ''}, best of ${rounds} rounds each, B/A in brackets\n${line('wall', wall)}\n${line('cpu ', cpu)}\n`);
