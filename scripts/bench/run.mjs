#!/usr/bin/env node
// `npm run bench`: decruft against Readability (jsdom, linkedom), defuddle and a bare htmlparser2 parse on the same
// html-dev pages in ONE run, each engine in its own child process; then text mode on text-dev and a size-scaling curve.
//   npm run bench [-- --limit 150] [--text-limit 969] [--rounds 3] [--engines decruft,htmlparser2] [--no-text] [--no-scale] [--text-only] [--check]
// --text-only: text mode on text-dev only (no html-dev engines, no scaling curve).
// Figures are ratios measured in one run: absolute times on a shared machine mean little (the header prints its load).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { DATA, ROOT } from './data.mjs';

/** Issue 9 targets, as data: each is checked against the figures of this run. */
const TARGETS = {
  /** decruft at least this many times faster than Readability on jsdom (median and total). */
  vsReadabilityJsdom: 10,
  /** decruft faster than Readability on linkedom (ratio above this). */
  vsReadabilityLinkedom: 1,
  /** decruft at most this many times the bare htmlparser2 parse + text. */
  vsBareParse: 3,
  /** decruft's peak RSS at most this share of Readability-on-jsdom's. */
  rssShareOfJsdom: 1 / 3,
  /** Text mode throughput on text-dev, MB/s. */
  textModeMBps: 20,
  /** Linear scaling: ms per MB at the largest size at most this many times ms per MB at 100 KB (GC and cache effects allowed). */
  scaleTolerance: 2,
};
const HTML_ENGINES = ['decruft', 'decruft-text-only', 'decruft-readability', 'readability-jsdom', 'readability-linkedom', 'defuddle-linkedom', 'htmlparser2'];
const TEXT_ENGINES = ['decruft-text-mode', 'decruft-text-mode-text-only'];
/** Sizes of the synthetic pages and how many times each is cleaned (fewer for the big ones). */
const SCALE = [
  { bytes: 10_000, repeats: 50 },
  { bytes: 100_000, repeats: 20 },
  { bytes: 1_000_000, repeats: 5 },
  { bytes: 10_000_000, repeats: 2 },
];
const SCALE_ENGINES = ['decruft', 'htmlparser2'];

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const limit = Number(flag('--limit', '150'));
const textLimit = Number(flag('--text-limit', '969'));
const textOnly = args.includes('--text-only');
const engines = textOnly ? [] : flag('--engines', HTML_ENGINES.join(',')).split(',');
const rounds = Number(flag('--rounds', '3'));

function child(params) {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts/bench/child.mjs'), ...params.map(String)], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_ROUNDS: String(params[0] === 'scale' ? 1 : rounds) },
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop());
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function summarize(result) {
  const sorted = [...result.times].sort((a, b) => a - b);
  const cpu = [...result.cpuTimes].sort((a, b) => a - b);
  const totalMs = sorted.reduce((s, t) => s + t, 0);
  return {
    ...result,
    pages: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    totalMs,
    cpuMedianMs: quantile(cpu, 0.5),
    cpuTotalMs: cpu.reduce((s, t) => s + t, 0),
    pagesPerS: (1000 * sorted.length) / totalMs,
    MBps: result.bytes / 1e6 / (totalMs / 1000),
    times: undefined,
    cpuTimes: undefined,
  };
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`# decruft bench — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs, load average at start ${load()}`);
console.log(`data: ${DATA}; each page's time is its best of ${rounds} passes (after a warm-up), each engine in its own process\n`);

const report = { startedAt: new Date().toISOString(), loadAtStart: loadavg(), html: {}, text: {}, scale: [] };
for (const engine of engines) {
  process.stderr.write(`html-dev: ${engine}…\n`);
  report.html[engine] = summarize(child(['corpus', engine, 'html-dev', limit]));
}
const base = report.html.decruft;
if (!textOnly) console.log(`## ${limit} html-dev pages (${f(base?.bytes / 1e6 ?? NaN)} MB), each engine in its own process\n`);
if (!textOnly) console.log('| engine | median ms | p95 ms | total s | pages/s | MB/s | peak RSS MB | errors |');
if (!textOnly) console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(report.html)) {
  console.log(`| ${name} | ${f(r.medianMs)} | ${f(r.p95Ms)} | ${f(r.totalMs / 1000, 2)} | ${f(r.pagesPerS)} | ${f(r.MBps, 2)} | ${f(r.peakRssMB, 0)} | ${r.errors} |`);
}
if (base) {
  console.log('\nRatios to decruft (above 1: slower than decruft). CPU time is the process\'s own, so it moves less with the machine\'s load.\n');
  console.log('| engine | median ÷ decruft | total ÷ decruft | CPU median ÷ decruft | CPU total ÷ decruft | peak RSS ÷ decruft |\n|---|---:|---:|---:|---:|---:|');
  for (const [name, r] of Object.entries(report.html)) {
    console.log(`| ${name} | ${f(r.medianMs / base.medianMs, 2)} | ${f(r.totalMs / base.totalMs, 2)} | ${f(r.cpuMedianMs / base.cpuMedianMs, 2)} | ${f(r.cpuTotalMs / base.cpuTotalMs, 2)} | ${f(r.peakRssMB / base.peakRssMB, 2)} |`);
  }
}

if (!args.includes('--no-text')) {
  for (const engine of TEXT_ENGINES) {
    process.stderr.write(`text-dev: ${engine}…\n`);
    report.text[engine] = summarize(child(['corpus', engine, 'text-dev', textLimit]));
  }
  console.log(`\n## Text mode: ${textLimit} text-dev dumps\n`);
  console.log('| engine | median ms | p95 ms | total s | MB/s | peak RSS MB | errors |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, r] of Object.entries(report.text)) console.log(`| ${name} | ${f(r.medianMs, 2)} | ${f(r.p95Ms, 2)} | ${f(r.totalMs / 1000, 2)} | ${f(r.MBps, 2)} | ${f(r.peakRssMB, 0)} | ${r.errors} |`);
}

if (!args.includes('--no-scale') && !textOnly) {
  console.log('\n## Scaling: synthetic article pages, 10 KB → 10 MB (median of the repeats)\n');
  console.log('| engine | size | median ms | ms per MB | MB/s | peak RSS MB |\n|---|---:|---:|---:|---:|---:|');
  for (const engine of SCALE_ENGINES) {
    for (const { bytes, repeats } of SCALE) {
      process.stderr.write(`scale: ${engine} ${bytes}…\n`);
      const r = summarize(child(['scale', engine, bytes, repeats]));
      const msPerMB = r.medianMs / (bytes / 1e6);
      report.scale.push({ engine, bytes, medianMs: r.medianMs, msPerMB, peakRssMB: r.peakRssMB, errors: r.errors });
      console.log(`| ${engine} | ${bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`} | ${f(r.medianMs)} | ${f(msPerMB)} | ${f(1000 / msPerMB, 2)} | ${f(r.peakRssMB, 0)} |`);
    }
  }
}

// Targets, from the figures above.
const checks = [];
const jsdom = report.html['readability-jsdom'];
const linkedom = report.html['readability-linkedom'];
const bare = report.html.htmlparser2;
if (base && jsdom) {
  checks.push([`≥ ${TARGETS.vsReadabilityJsdom}× faster than Readability on jsdom (median)`, jsdom.medianMs / base.medianMs, (v) => v >= TARGETS.vsReadabilityJsdom]);
  checks.push([`≥ ${TARGETS.vsReadabilityJsdom}× faster than Readability on jsdom (total)`, jsdom.totalMs / base.totalMs, (v) => v >= TARGETS.vsReadabilityJsdom]);
  checks.push([`≥ ${TARGETS.vsReadabilityJsdom}× faster than Readability on jsdom (CPU total)`, jsdom.cpuTotalMs / base.cpuTotalMs, (v) => v >= TARGETS.vsReadabilityJsdom]);
  checks.push([`peak RSS ≤ 1/3 of Readability on jsdom's (share)`, base.peakRssMB / jsdom.peakRssMB, (v) => v <= TARGETS.rssShareOfJsdom]);
}
if (base && linkedom) {
  checks.push(['faster than Readability on linkedom (median ratio)', linkedom.medianMs / base.medianMs, (v) => v > TARGETS.vsReadabilityLinkedom]);
  checks.push(['faster than Readability on linkedom (total ratio)', linkedom.totalMs / base.totalMs, (v) => v > TARGETS.vsReadabilityLinkedom]);
}
if (base && bare) {
  checks.push([`within ${TARGETS.vsBareParse}× of the bare htmlparser2 parse (median)`, base.medianMs / bare.medianMs, (v) => v <= TARGETS.vsBareParse]);
  checks.push([`within ${TARGETS.vsBareParse}× of the bare htmlparser2 parse (total)`, base.totalMs / bare.totalMs, (v) => v <= TARGETS.vsBareParse]);
  checks.push([`within ${TARGETS.vsBareParse}× of the bare htmlparser2 parse (CPU total)`, base.cpuTotalMs / bare.cpuTotalMs, (v) => v <= TARGETS.vsBareParse]);
}
const textMode = report.text['decruft-text-mode'];
if (textMode) checks.push([`text mode ≥ ${TARGETS.textModeMBps} MB/s on text-dev (MB/s)`, textMode.MBps, (v) => v >= TARGETS.textModeMBps]);
const curve = report.scale.filter((s) => s.engine === 'decruft');
if (curve.length >= 2) {
  const small = curve.find((s) => s.bytes === 100_000) ?? curve[0];
  const large = curve[curve.length - 1];
  checks.push([`linear: ms/MB at ${large.bytes / 1e6} MB ÷ ms/MB at ${small.bytes / 1e3} KB ≤ ${TARGETS.scaleTolerance}`, large.msPerMB / small.msPerMB, (v) => v <= TARGETS.scaleTolerance]);
}
console.log('\n## Targets (issue 9)\n\n| target | this run | |\n|---|---:|---|');
let missed = 0;
for (const [name, value, ok] of checks) {
  const pass = ok(value);
  if (!pass) missed++;
  console.log(`| ${name} | ${f(value, 2)} | ${pass ? 'met' : 'MISSED'} |`);
}
report.loadAtEnd = loadavg();
console.log(`\nload average at end ${load()} (2 cores shared with other jobs: compare ratios, not absolute times)`);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/last.json'), JSON.stringify(report, null, 2));
if (args.includes('--check') && missed > 0) process.exitCode = 1;
