// Dev only (reads ground truth, never shipped): the merged published date alone on html-dev's WCXB pages, fast
// (readMetadata without the extraction), with every source's normalized candidate for the pages it gets wrong.
//   npx tsx scripts/dev/date-fast.mts [--show] [--pairs]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { readMetadata } from '../../src/metadata/index.js';
import { readJsonLd } from '../../src/metadata/json-ld.js';
import { readPageFacts } from '../../src/metadata/meta-tags.js';
import { collectCandidates } from '../../src/metadata/sources.js';
import { normalizeDate, parseHumanDate } from '../../src/metadata/dates.js';

const DATA = process.env.DECRUFT_DATA ?? '../shared/data';
const args = process.argv.slice(2);
const cases = gunzipSync(readFileSync(`${DATA}/html-dev.jsonl.gz`)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((c) => c.set === 'wcxb');
let has = 0;
let right = 0;
const bySource = new Map<string, [number, number]>();
for (const c of cases) {
  if (!c.truth.date) continue;
  const html = gunzipSync(readFileSync(`${DATA}/${c.file}`)).toString('utf8');
  const doc = parseDocument(html);
  const m = await readMetadata(doc, c.url || null, null);
  const truth = String(c.truth.date).slice(0, 10);
  const ok = !!m.publishedAt && m.publishedAt.slice(0, 10) === truth;
  has++;
  if (ok) right++;
  const s = m.sources.publishedAt ?? 'none';
  const e = bySource.get(s) ?? [0, 0];
  e[0]++; if (ok) e[1]++;
  bySource.set(s, e);
  if ((!ok && args.includes('--show')) || args.includes('--all')) {
    const facts = readPageFacts(parseDocument(html));
    const cand = collectCandidates(facts, readJsonLd(facts.jsonLd), c.url || null);
    const vals = [];
    for (const x of cand.published) vals.push(`${x.source}=${(normalizeDate(x.value) ?? (await parseHumanDate(x.value, null)) ?? '-').slice(0, 10)}`);
    const mods = cand.modified.map((x) => `${x.source}=${(normalizeDate(x.value) ?? '-').slice(0, 10)}`);
    console.log(`${ok ? 'OK  ' : 'MISS'} ${c.id} truth=${truth} got=${m.publishedAt?.slice(0, 10)} (${s}) | ${vals.join(' ')} | mod: ${mods.join(' ')}`);
  }
}
console.log(`date: ${right}/${has} = ${(right / has).toFixed(3)}`);
for (const [s, [n, r]] of [...bySource].sort((a, b) => b[1][0] - a[1][0])) console.log(`  won by ${s.padEnd(22)} ${String(r).padStart(4)}/${String(n).padStart(4)}`);
