// npm run bench:hostile: each hostile case (RELIABILITY.md §4 budgets) through decruft and through Readability on
// jsdom, each run in a fresh child process with a kill timer; prints a markdown table and exits 1 if decruft misses
// a budget. Options: --only CASE[,CASE], --timeout SECONDS (default 60), --no-readability, --vectors (also every
// pathological vector of ../shared/reliability/vectors.json or DECRUFT_SHARED, decruft only, with the vector's own
// budget and expected warnings).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASES, vectorCases } from './hostile-cases.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only')?.split(',');
const timeoutS = Number(option('--timeout') ?? 60);
const withReadability = !args.includes('--no-readability');
const child = fileURLToPath(new URL('./hostile-child.mjs', import.meta.url));

/** Runs one case in a child; resolves with its JSON line, or with how it ended (killed, crashed). */
function runChild(engine, name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc = spawn(process.execPath, ['--max-old-space-size=8192', child, engine, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const line = out.trim().split('\n').pop();
      if (signal === 'SIGKILL') resolve({ killed: `killed after ${seconds} s` });
      else if (code !== 0 || !line) resolve({ killed: `crashed (exit ${code}): ${err.trim().split('\n').pop()?.slice(0, 80) ?? ''}` });
      else resolve(JSON.parse(line));
    });
  });
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMB = (mb) => `${Math.round(mb)} MB`;
const rows = [];
let misses = 0;
const all = { ...CASES, ...(args.includes('--vectors') ? await vectorCases() : {}) };
for (const [name, spec] of Object.entries(all)) {
  if (only && !only.includes(name)) continue;
  const d = await runChild('decruft', name);
  const r = withReadability && !name.startsWith('vector:') ? await runChild('readability', name) : { killed: 'not run' };
  const warned = (spec.warnings ?? []).every((w) => d.warnings?.includes(w));
  const within = !d.killed && d.ok && d.ms <= spec.budget.ms && d.peakRssMB <= spec.budget.mb && warned;
  if (!within) misses++;
  const decruftCell = d.killed ?? (d.ok ? `${fmtMs(d.ms)}, ${fmtMB(d.peakRssMB)}` : d.error);
  const readabilityCell = r.killed ?? (r.ok ? `${fmtMs(r.ms)}, ${fmtMB(r.peakRssMB)}` : `${r.error} after ${fmtMs(r.ms)}`);
  const size = d.bytes ?? r.bytes;
  rows.push(`| ${spec.label} | ${size ? `${(size / 1048576).toFixed(1)} MB` : '?'} | ${decruftCell} | ${fmtMs(spec.budget.ms)}, ${spec.budget.mb} MB | ${within ? 'yes' : '**no**'} | ${d.warnings?.join(', ') || '–'}${warned ? '' : ` (expected ${spec.warnings.join(', ')})`} | ${readabilityCell} |`);
  console.error(`${name}: done`);
}
console.log(`Node ${process.version}, ${process.platform} ${process.arch}; each cell is one run in a fresh process (wall time of the extraction, peak RSS of the process). Kill timer ${timeoutS} s.\n`);
console.log('| input | size | decruft (time, peak RSS) | budget (RELIABILITY) | within | decruft warnings | Readability on jsdom (time, peak RSS) |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
process.exitCode = misses > 0 ? 1 : 0;
