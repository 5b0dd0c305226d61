// Dev only (reads ground truth, never shipped): per-source accuracy of each metadata field on html-dev.
//   npx tsx scripts/dev/meta-sources.mts [--limit N] [--show title|byline|date]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { readJsonLd } from '../../src/metadata/json-ld.js';
import { readPageFacts } from '../../src/metadata/meta-tags.js';
import { collectCandidates } from '../../src/metadata/sources.js';
import { cleanByline } from '../../src/metadata/byline.js';
import { normalizeDate, parseHumanDate } from '../../src/metadata/dates.js';
import { cleanTitle } from '../../src/metadata/title.js';
import { clean } from '../../src/index.js';

const DATA = process.env.DECRUFT_DATA ?? '../shared/data';
const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const cases = gunzipSync(readFileSync(`${DATA}/html-dev.jsonl.gz`)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((c) => c.set === 'wcxb').slice(0, limit);
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
type Stat = { has: number; right: number };
const stats: Record<string, Record<string, Stat>> = { title: {}, byline: {}, date: {} };
const final: Record<string, Stat> = { title: { has: 0, right: 0 }, byline: { has: 0, right: 0 }, date: { has: 0, right: 0 } };
const oracle = { title: 0 };
const patterns = new Map<string, number>();
/** The first candidate of each source (a source may offer several, e.g. the visible bylines and near-title dates in page order). */
const firstOfEach = <T extends { source: string }>(list: readonly T[]): T[] => list.filter((x, i) => list.findIndex((y) => y.source === x.source) === i);
const bump = (field: string, source: string, ok: boolean): void => {
  const s = (stats[field]![source] ??= { has: 0, right: 0 });
  s.has++;
  if (ok) s.right++;
};
for (const c of cases) {
  const html = gunzipSync(readFileSync(`${DATA}/${c.file}`)).toString('utf8');
  const doc = parseDocument(html);
  const facts = readPageFacts(doc);
  const ld = readJsonLd(facts.jsonLd);
  const cand = collectCandidates(facts, ld, c.url || null);
  const site = cand.siteName[0]?.value ?? null;
  const a = await clean(new TextEncoder().encode(html), { url: c.url || undefined, formats: [] });
  const t = c.truth;
  const okTitle = (v: string | null) => norm(v) === norm(t.title);
  const okByline = (v: string | null) => !!v && norm(v).includes(norm(t.author));
  const okDate = (v: string | null) => !!v && v.slice(0, 10) === String(t.date).slice(0, 10);
  if (t.title) {
    for (const x of firstOfEach(cand.title)) bump('title', x.source, okTitle(cleanTitle(x.value, site)));
    final.title!.has++; if (okTitle(a.title)) final.title!.right++;
    if (cand.title.some((x) => okTitle(cleanTitle(x.value, site)))) oracle.title++;
    if (args.includes('--title-patterns')) { const p = cand.title.map((x) => `${x.source}:${okTitle(cleanTitle(x.value, site)) ? 'Y' : 'n'}`).join(' '); patterns.set(p, (patterns.get(p) ?? 0) + 1); }
    if (!okTitle(a.title) && show === 'title') console.log(`TITLE ${c.id} truth=${JSON.stringify(t.title)} got=${JSON.stringify(a.title)} | ${cand.title.map((x) => `${x.source}=${JSON.stringify(x.value)}`).join(' ')}`);
  }
  if (t.author) {
    for (const x of firstOfEach(cand.byline)) bump('byline', x.source, okByline(cleanByline(x.value)));
    final.byline!.has++; if (okByline(a.byline)) final.byline!.right++;
    else if (show === 'byline') console.log(`BYLINE ${c.id} truth=${JSON.stringify(t.author)} got=${JSON.stringify(a.byline)} | ${cand.byline.map((x) => `${x.source}=${JSON.stringify(x.value.slice(0, 80))}`).join(' ')}`);
  }
  if (t.date) {
    for (const x of firstOfEach(cand.published)) bump('date', x.source, okDate(normalizeDate(x.value) ?? (await parseHumanDate(x.value, null))));
    const pattern = firstOfEach(cand.published).map((x) => `${x.source}:${okDate(normalizeDate(x.value)) ? 'Y' : 'n'}`).join(' ');
    patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
    final.date!.has++; if (okDate(a.publishedAt)) final.date!.right++;
    else if (show === 'date') console.log(`DATE ${c.id} truth=${t.date} got=${a.publishedAt} | ${cand.published.map((x) => `${x.source}=${JSON.stringify(x.value.slice(0, 60))}`).join(' ')} | times=${facts.times.slice(0, 3).map((x) => JSON.stringify([x.datetime, x.text.slice(0, 40), x.kind, x.foreign])).join(',')}`);
  }
}
console.log(`title oracle (some source right): ${oracle.title}`);
for (const [field, bySource] of Object.entries(stats)) {
  console.log(`\n${field}: merged ${final[field]!.right}/${final[field]!.has} = ${(final[field]!.right / final[field]!.has).toFixed(3)}`);
  for (const [source, s] of Object.entries(bySource).sort((x, y) => y[1].right / y[1].has - x[1].right / x[1].has)) {
    console.log(`  ${source.padEnd(10)} present ${String(s.has).padStart(4)}  right ${String(s.right).padStart(4)}  accuracy ${(s.right / s.has).toFixed(3)}`);
  }
}

if (args.includes('--patterns') || args.includes('--title-patterns')) for (const [p, n] of [...patterns].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), p || '(none)');
