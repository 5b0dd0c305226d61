// Dev only (issue 9 bundle budget): what cutting franc-min's models would cost. For each K, keeps each language's K
// most frequent trigrams (of 300) and compares the language guessed with the full models, on the dev corpora: every
// case's Article text and (text dumps) its input, each read whole (franc reads 2,048 characters), as 500 and as 150
// characters. Prints the share of guesses that change, the commonest changes and the models' gzip size at each K.
// decruft ships the full models (src/metadata/franc-data.ts); this is the measurement behind README's Bundle section.
//   npx tsx scripts/dev/franc-subset.mts [200,150,100]   (needs ../shared/data and a build: npm run build)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { data } from 'franc-min/data.js';
import { franc as full } from '../../src/metadata/franc.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, process.env.DECRUFT_DATA ?? '../shared/data');
const ks = (process.argv[2] ?? '200,150,100').split(',').map(Number);
const { clean } = (await import(join(ROOT, 'dist/index.js'))) as typeof import('../../src/index.js');

const samples: string[] = [];
for (const name of ['html-dev', 'text-dev', 'appeals-dev', 'appeals-html-dev']) {
  const lines = gunzipSync(readFileSync(join(DATA, `${name}.jsonl.gz`))).toString('utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const c = JSON.parse(line) as { kind: string; file?: string; input?: string; url?: string };
    let input: string | Uint8Array = c.input ?? '';
    if (c.kind === 'html' && c.file) input = new Uint8Array(gunzipSync(readFileSync(join(DATA, c.file))));
    const article = await clean(input, { url: c.url || undefined, timeoutMs: Infinity, formats: [] });
    for (const text of [article.text, typeof c.input === 'string' ? c.input : '']) {
      if (text.length < 60) continue;
      for (const length of [2048, 500, 150]) samples.push(text.slice(0, length));
    }
  }
}
const expected = samples.map((s) => full(s));

const CODES = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));
for (const k of ks) {
  // franc.ts over a franc-data.ts of the first k trigrams, encoded as scripts/franc-data.mjs encodes (in a temporary folder).
  const scripts: Record<string, { alphabet: string; models: Record<string, string> }> = {};
  for (const [script, models] of Object.entries(data)) {
    const counts = new Map<string, number>();
    const kept = Object.entries(models).map(([language, model]) => {
      const units = model.split('|').slice(0, k).join('');
      for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
      return [language, units] as const;
    });
    const alphabet = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || a.charCodeAt(0) - b.charCodeAt(0));
    const code = new Map(alphabet.map((c, i) => [c, CODES[i] as string]));
    scripts[script] = { alphabet: alphabet.join(''), models: Object.fromEntries(kept.map(([l, units]) => [l, [...units].map((u) => code.get(u)).join('')])) };
  }
  const dir = mkdtempSync(join(ROOT, '.franc-subset-'));
  const source = `export const scripts: Record<string, { alphabet: string; models: Record<string, string> }> = ${JSON.stringify(scripts)};\n`;
  writeFileSync(join(dir, 'franc-data.ts'), source);
  writeFileSync(join(dir, 'franc.ts'), readFileSync(join(ROOT, 'src/metadata/franc.ts'), 'utf8'));
  const { franc: cut } = (await import(join(dir, 'franc.ts'))) as { franc: (value: string) => string };
  const changes = new Map<string, number>();
  let changed = 0;
  samples.forEach((sample, i) => {
    const guess = cut(sample);
    if (guess === expected[i]) return;
    changed++;
    const key = `${expected[i]}→${guess}`;
    changes.set(key, (changes.get(key) ?? 0) + 1);
  });
  rmSync(dir, { recursive: true, force: true });
  const common = [...changes].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, n]) => `${key} ${n}`).join(', ');
  console.log(`k=${k}: ${changed} of ${samples.length} guesses change (${((100 * changed) / samples.length).toFixed(2)}%); models ${(gzipSync(source).length / 1024).toFixed(1)} KiB gzip; ${common}`);
}
