// Dev helper (not shipped): cleans one case of a corpus file and prints, for each of its truth appeals, the kept
// paragraphs and the receipts that share a run of its words (npx tsx scripts/dev/case.mts CORPUS.jsonl.gz ID).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../../src/index.js';

const [file, id] = process.argv.slice(2);
const lines = gunzipSync(readFileSync(file as string)).toString('utf8').split('\n').filter((l) => l.trim());
const found = lines.map((l) => JSON.parse(l) as { id: string; url: string; input: string; truth: { appeals: { text: string }[] } }).find((c) => c.id === id);
if (!found) throw new Error(`no case ${id}`);
const article = await clean(found.input, { url: found.url });
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
for (const appeal of found.truth.appeals) {
  const grams = new Set<string>();
  const w = words(appeal.text);
  for (let i = 0; i + 2 < w.length; i++) grams.add(w.slice(i, i + 3).join(' '));
  const near = (t: string): boolean => { const x = words(t); for (let i = 0; i + 2 < x.length; i++) if (grams.has(x.slice(i, i + 3).join(' '))) return true; return false; };
  console.log(`== ${appeal.text}`);
  for (const p of article.text.split(/\n\n+/)) if (near(p)) console.log(`  KEPT ${p}`);
  for (const r of article.removed) if (near(r.text)) console.log(`  CUT  ${r.ruleId} [${r.reason.slice(0, 90)}] ${JSON.stringify(r.text).slice(0, 200)}`);
}
