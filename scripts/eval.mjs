#!/usr/bin/env node
// Runs the shared evaluation kit on the dev corpora and prints the tables; `--gate` runs a fixed sample
// and fails when a figure falls below the floors in eval/floors.json.
//
//   npm run eval [-- --engine readability|both] [--only html-dev,text-dev]
//   npm run eval:gate
//
// DECRUFT_DATA (default ../shared/data) and DECRUFT_EVAL_KIT (default ../shared/eval) locate the data and the kit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, process.env.DECRUFT_DATA ?? '../shared/data');
const KIT = resolve(ROOT, process.env.DECRUFT_EVAL_KIT ?? '../shared/eval');
const OUT = join(ROOT, '.eval');
const CORPORA = ['html-dev', 'text-dev', 'appeals-dev', 'appeals-html-dev'];
/** Gate sample: every k-th case of each corpus (a fixed, spread-out sample of a few hundred cases). */
const GATE_STRIDE = { 'html-dev': 6, 'text-dev': 5, 'appeals-dev': 4, 'appeals-html-dev': 3 };

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? null : args[i + 1];
};
const gate = args.includes('--gate');
const engine = flag('--engine') ?? 'decruft';
const only = flag('--only')?.split(',') ?? CORPORA;

if (!existsSync(DATA) || !existsSync(join(KIT, 'run.mjs'))) {
  console.error(`eval: data or kit not found (DECRUFT_DATA=${DATA}, DECRUFT_EVAL_KIT=${KIT})`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('eval: build first (npm run build)');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

/** Writes a sample corpus with file paths made absolute, so the kit finds the pages from .eval/. */
function sampleCorpus(name, stride) {
  const source = join(DATA, `${name}.jsonl.gz`);
  const lines = gunzipSync(readFileSync(source)).toString('utf8').split('\n').filter((l) => l.trim());
  const picked = lines.filter((_, i) => i % stride === 0).map((line) => {
    const c = JSON.parse(line);
    if (c.file) c.file = resolve(DATA, c.file);
    return JSON.stringify(c);
  });
  const target = join(OUT, `${name}.sample.jsonl`);
  writeFileSync(target, picked.join('\n') + '\n');
  return target;
}

// `--engine both` measures decruft's locator and the readability engine on the same cases, one after the other.
const engines = engine === 'both' ? ['decruft', 'readability'] : [engine];
const reports = {};
for (const name of only) for (const engine of engines) {
  const module = engine === 'readability' ? join(ROOT, 'scripts/eval-readability.mjs') : join(ROOT, 'dist/index.js');
  const corpus = gate ? sampleCorpus(name, GATE_STRIDE[name]) : join(DATA, `${name}.jsonl.gz`);
  const out = join(OUT, `${name}.${engine}${gate ? '.gate' : ''}.jsonl`);
  const speed = execFileSync(process.execPath, [join(KIT, 'run.mjs'), corpus, '--module', module, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  void speed;
  const table = execFileSync(process.execPath, [join(KIT, 'score.mjs'), corpus, out, '--per-case', join(OUT, `${name}.${engine}.cases.jsonl`)], { encoding: 'utf8' });
  if (engine === engines[0]) reports[name] = JSON.parse(execFileSync(process.execPath, [join(KIT, 'score.mjs'), corpus, out, '--json'], { encoding: 'utf8' }));
  console.log(`## ${name} (${engine}${gate ? ', gate sample' : ''})\n${table}`);
}

if (gate) {
  const floors = JSON.parse(readFileSync(join(ROOT, 'eval/floors.json'), 'utf8'));
  const failures = [];
  for (const [name, checks] of Object.entries(floors)) {
    if (name.startsWith('$') || !reports[name]) continue;
    for (const [path, bound] of Object.entries(checks)) {
      const value = path.split('.').reduce((o, k) => o?.[k], reports[name]);
      const ok = typeof value === 'number' && ('min' in bound ? value >= bound.min : value <= bound.max);
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${path} = ${typeof value === 'number' ? value.toFixed(4) : value} (${'min' in bound ? `floor ${bound.min}` : `ceiling ${bound.max}`})`);
      if (!ok) failures.push(`${name} ${path}`);
    }
  }
  if (failures.length > 0) {
    console.error(`eval gate failed: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log('eval gate passed');
}
