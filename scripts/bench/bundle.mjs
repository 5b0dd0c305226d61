#!/usr/bin/env node
// Bundle budget (issue 9): bundles the core entry the way an edge or browser app would (esbuild, minified,
// code splitting so lazy imports stay separate), gzips every output, and checks what loads at import and the whole.
// It bundles from src/index.ts with the build's own settings (the same modules as dist, whose chunks have the
// renderers and the parser bundled in), so every byte is attributed to the package it comes from.
//   node scripts/bench/bundle.mjs [--json] [--top 15] [--entry dist/index.js]
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './data.mjs';
import { libraryPlugins } from '../build-plugins.mjs';

/** gzip KiB budgets from issue 9: what an `import('decruft')` loads, and every lazily loaded part counted in. */
export const BUDGET_KB = { atImport: 120, total: 200 };
/** The conditions Cloudflare's bundler resolves with: the bundle is what a worker would ship. */
const EDGE_CONDITIONS = ['workerd', 'worker', 'browser'];

const owner = (path) => {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return path.startsWith('dist/') || path.startsWith('src/') ? 'decruft' : path;
  const [scope, name] = path.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
};

/** Bundles `entry` and measures it; returns sizes, the top contributors and any forbidden imports. */
export async function measureBundle(entry = join(ROOT, 'src/index.ts')) {
  const outdir = mkdtempSync(join(tmpdir(), 'decruft-bundle-'));
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: EDGE_CONDITIONS,
      target: 'es2022',
      outdir,
      absWorkingDir: ROOT,
      metafile: true,
      logLevel: 'silent',
      // As tsup.config.ts: the same modules as dist.
      plugins: libraryPlugins(ROOT),
    });
    const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
    const byFile = new Map(outputs.map(([file, meta]) => [file, { meta, gzip: gzipSync(readFileSync(join(ROOT, file))).length }]));
    // What loads at import: the entry chunk and, transitively, its static imports. (esbuild marks dynamically imported
    // modules as entry points too, so the entry chunk is the one built from `entry` itself.)
    const entryFile = outputs.find(([, meta]) => meta.entryPoint === relative(ROOT, entry))?.[0];
    const atImport = new Set([entryFile]);
    for (const file of atImport) for (const i of byFile.get(file).meta.imports) if (i.kind === 'import-statement' && byFile.has(i.path)) atImport.add(i.path);

    // A chunk's gzip size is shared among its inputs by their share of its minified bytes (an estimate: gzip is not additive).
    const contributors = { atImport: new Map(), lazy: new Map() };
    for (const [file, { meta, gzip }] of byFile) {
      const into = atImport.has(file) ? contributors.atImport : contributors.lazy;
      const total = Object.values(meta.inputs).reduce((sum, i) => sum + i.bytesInOutput, 0) || 1;
      for (const [path, i] of Object.entries(meta.inputs)) into.set(owner(relative(ROOT, join(ROOT, path))), (into.get(owner(path)) ?? 0) + (gzip * i.bytesInOutput) / total);
    }
    const kb = (bytes) => bytes / 1024;
    const sum = (files) => [...files].reduce((s, f) => s + byFile.get(f).gzip, 0);
    const allFiles = [...byFile.keys()];
    const inputs = Object.keys(result.metafile.inputs);
    const text = allFiles.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    return {
      atImportKB: kb(sum(atImport)),
      totalKB: kb(sum(allFiles)),
      minifiedKB: kb(allFiles.reduce((s, f) => s + byFile.get(f).meta.bytes, 0)),
      /** Every module in the bundle, as esbuild names it (a path relative to the repository, or namespace:path). */
      modules: inputs,
      /** The modules with code in some chunk (esbuild lists the modules it read, tree-shaken ones included). */
      bundled: [...new Set(outputs.flatMap(([, meta]) => Object.entries(meta.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path)))],
      chunks: allFiles.map((f) => ({ file: relative(outdir, join(ROOT, f)), atImport: atImport.has(f), minifiedKB: kb(byFile.get(f).meta.bytes), gzipKB: kb(byFile.get(f).gzip) })),
      top: {
        atImport: [...contributors.atImport].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, gzipKB: kb(bytes) })),
        lazy: [...contributors.lazy].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, gzipKB: kb(bytes) })),
      },
      problems: [
        ...outputs.flatMap(([, meta]) => meta.imports.filter((i) => i.external).map((i) => `external import "${i.path}" (a Node built-in?)`)),
        ...inputs.filter((p) => /(^|\/)node_modules\/jsdom\//.test(p) || p.startsWith('node:')).map((p) => `forbidden module in the graph: ${p}`),
        ...(/\beval\s*\(|\bnew Function\s*\(/.test(text) ? ['eval or new Function in the bundle'] : []),
      ],
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const top = Number(args[args.indexOf('--top') + 1] || 15);
  const entry = args.includes('--entry') ? join(ROOT, args[args.indexOf('--entry') + 1]) : undefined;
  const report = await measureBundle(entry);
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    const row = (name, value, budget) => `| ${name} | ${value.toFixed(1)} | ${budget} | ${value <= budget ? 'ok' : 'OVER'} |`;
    console.log(`## Bundle budget (esbuild, minified, gzip; conditions ${EDGE_CONDITIONS.join(', ')})\n`);
    console.log('| what | KiB gzip | budget | |\n|---|---:|---:|---|');
    console.log(row('loaded at import', report.atImportKB, BUDGET_KB.atImport));
    console.log(row('everything, lazy parts included', report.totalKB, BUDGET_KB.total));
    console.log(`\n${report.minifiedKB.toFixed(0)} KiB minified in ${report.chunks.length} chunks.\n`);
    for (const [title, list] of [['loaded at import', report.top.atImport], ['lazily loaded', report.top.lazy]]) {
      console.log(`### What dominates (${title}; estimated share of gzip)\n| package | KiB gzip |\n|---|---:|`);
      for (const { name, gzipKB } of list.slice(0, top)) console.log(`| ${name} | ${gzipKB.toFixed(1)} |`);
      console.log('');
    }
    console.log(report.problems.length === 0 ? 'import graph: no Node built-ins, no jsdom, no eval' : `PROBLEMS:\n- ${report.problems.join('\n- ')}`);
  }
  const over = report.atImportKB > BUDGET_KB.atImport || report.totalKB > BUDGET_KB.total;
  process.exitCode = report.problems.length > 0 || (over && !args.includes('--report')) ? 1 : 0;
}
