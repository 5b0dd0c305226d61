#!/usr/bin/env node
// Profiles decruft's hot path: runs a bench child with the V8 CPU profiler on its timed pass, then sums self time by function,
// by source file and by package, so optimizations start from where time actually goes.
//   node scripts/bench/profile.mjs [--engine decruft] [--corpus html-dev|text-dev] [--limit 150] [--top 30]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './data.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const engine = flag('--engine', 'decruft');
const corpus = flag('--corpus', 'html-dev');
const limit = flag('--limit', '150');
const top = Number(flag('--top', '30'));
const dir = join(ROOT, '.bench', 'profile');
mkdirSync(dir, { recursive: true });

const file = join(dir, `${engine}.${corpus}.cpuprofile`);
// The child profiles only its timed pass (not loading the data, module compilation or the warm-up).
execFileSync(process.execPath, [join(ROOT, 'scripts/bench/child.mjs'), 'corpus', engine, corpus, limit], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BENCH_CPU_PROFILE: file },
});
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Self time per node = samples landing on it × the mean sample interval.
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));

const place = (url) => {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return path.startsWith(ROOT) ? relative(ROOT, path) : path;
};

const byFunction = new Map();
const byPlace = new Map();
let total = 0;
for (const [id, count] of hits) {
  const node = nodes.get(id);
  const ms = count * interval;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = place(url);
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  const key = `${functionName || '(anonymous)'}  ${where}${url && !where.endsWith(file) ? `/${file}` : ''}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byPlace.set(where, (byPlace.get(where) ?? 0) + ms);
}

const table = (title, map, rows) => {
  console.log(`\n## ${title}\n| self ms | share | where |\n|---:|---:|---|`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`| ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)}% | ${key} |`);
};
console.log(`profile of ${engine} on ${limit} ${corpus} cases (timed pass only): ${total.toFixed(0)} ms sampled (${relative(ROOT, file)})`);
table('Self time by package or source file', byPlace, top);
table('Self time by function', byFunction, top);
