// Dev only (reads ground truth, never shipped): the title and date misses on html-dev's WCXB pages, each with every
// collected candidate (✓ where the candidate, cleaned, equals the truth), and tables of which source won and how often
// it was right.
//   npx tsx scripts/dev/meta-misses.mts [--field title|date|both] [--limit N] [--id wcxb-123] [--quiet]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from '../../src/html/parse.js';
import { resolveOptions } from '../../src/options.js';
import type { Context } from '../../src/context.js';
import { readJsonLd } from '../../src/metadata/json-ld.js';
import { readPageFacts } from '../../src/metadata/meta-tags.js';
import { collectCandidates } from '../../src/metadata/sources.js';
import { normalizeDate, parseHumanDate } from '../../src/metadata/dates.js';
import { cleanTitle, pickTitle } from '../../src/metadata/title.js';
import { readMetadata, titleContext } from '../../src/metadata/index.js';

const DATA = process.env.DECRUFT_DATA ?? '../shared/data';
const args = process.argv.slice(2);
const opt = (name: string): string | null => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
const limit = Number(opt('--limit')) || Infinity;
const field = opt('--field') ?? 'both';
const only = opt('--id');
const quiet = args.includes('--quiet');
const ctx = { options: resolveOptions({}), warn: () => {} } as unknown as Context;
const cases = gunzipSync(readFileSync(`${DATA}/html-dev.jsonl.gz`)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l))
  .filter((c) => c.set === 'wcxb' && (only === null || c.id === only)).slice(0, limit);
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const hostOf = (url: string | null): string | null => {
  try {
    return url ? new URL(url).hostname.split('.').filter((l) => l !== 'www').slice(-2, -1)[0] ?? null : null;
  } catch {
    return null;
  }
};
type Tally = Record<string, { won: number; right: number }>;
const won: Record<'title' | 'date', Tally> = { title: {}, date: {} };
const kinds = new Map<string, number>();
const dump = opt('--dump');
const dumpRows: unknown[] = [];
/** Per title rule: how often it chose, was right, and how often the declared title alone (no h1) would have been. */
const rules: Record<string, { n: number; right: number; declaredRight: number; h1Right: number }> = {};
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
let titles = 0, titleRight = 0, dates = 0, dateRight = 0, oracle = 0;
for (const c of cases) {
  const html = gunzipSync(readFileSync(`${DATA}/${c.file}`)).toString('utf8');
  // The pipeline's own parser (clean() parses the same way before the metadata stage).
  const doc = (await parse(html, ctx)).document;
  const facts = readPageFacts(doc);
  const ld = readJsonLd(facts.jsonLd);
  const cand = collectCandidates(facts, ld, c.url || null);
  const site = cand.siteName[0]?.value ?? null;
  // The metadata stage alone (as clean() runs it first), for its record of which source won.
  const a = await readMetadata(doc, c.url || null, null);
  const src: Record<string, string> = a.sources;
  const t = c.truth;
  if (t.title && (field === 'title' || field === 'both')) {
    titles++;
    const ok = norm(a.title) === norm(t.title);
    const pick = pickTitle(cand.title, site, c.url || null, titleContext(facts, ld));
    const declared = pickTitle(cand.title.filter((x) => x.source !== 'h1'), site, c.url || null, titleContext(facts, ld));
    const h1 = cand.title.find((x) => x.source === 'h1');
    const r = (rules[pick.rule ?? '(none)'] ??= { n: 0, right: 0, declaredRight: 0, h1Right: 0 });
    r.n++;
    if (norm(pick.value) === norm(t.title)) r.right++;
    if (norm(declared.value) === norm(t.title)) r.declaredRight++;
    if (h1 && norm(cleanTitle(h1.value, site)) === norm(t.title)) r.h1Right++;
    if (dump !== null) dumpRows.push({ id: c.id, url: c.url, truth: t.title, pick, declared, site, candidates: cand.title.map((x) => ({ ...x, cleaned: cleanTitle(x.value, site, hostOf(c.url || null)) })), h1s: facts.h1s.slice(0, 8), type: c.pageType ?? null, ogType: facts.meta.get('og:type')?.[0] ?? null, ldType: ld?.type ?? null, published: a.publishedAt, byline: a.byline, path: c.url ? new URL(c.url).pathname : null });
    if (args.includes('--rule') && pick.rule === opt('--rule') && !quiet) console.log(`RULE ${pick.rule} ${norm(pick.value) === norm(t.title) ? 'RIGHT' : 'wrong'} ${c.id} truth=${JSON.stringify(t.title)} got=${JSON.stringify(pick.value)} declared=${JSON.stringify(declared.value)} h1=${JSON.stringify(h1?.value)}`);
    const winner = src.title ?? '(none)';
    const w = (won.title[winner] ??= { won: 0, right: 0 });
    w.won++;
    if (ok) { titleRight++; w.right++; }
    const marks = cand.title.map((x) => ({ ...x, cleaned: cleanTitle(x.value, site, hostOf(c.url || null)), right: norm(cleanTitle(x.value, site, hostOf(c.url || null))) === norm(t.title) }));
    if (marks.some((m) => m.right)) oracle++;
    if (!ok) {
      const rightSources = marks.filter((m) => m.right).map((m) => m.source);
      const kind = rightSources.length === 0 ? 'no source right' : rightSources.includes('h1') && rightSources.length === 1 ? `h1 right, took ${winner}` : !rightSources.includes('h1') && winner === 'h1' ? 'declared right, took h1' : `other (right: ${rightSources.join(',')}; took ${winner})`;
      bump(kinds, kind);
      if (!quiet) {
        console.log(`TITLE ${c.id} ${c.url} [${kind}]\n  truth ${JSON.stringify(t.title)}\n  got   ${JSON.stringify(a.title)} (${winner})  site=${JSON.stringify(site)}`);
        for (const m of marks) console.log(`  ${m.right ? '✓' : ' '} ${m.source.padEnd(9)} ${JSON.stringify(m.value)}${m.cleaned !== m.value ? ` → ${JSON.stringify(m.cleaned)}` : ''}`);
        for (const h of facts.h1s.slice(0, 4)) console.log(`    h1 #${h.order}${h.inArticle ? ' in-article' : ''} ${JSON.stringify(h.text.slice(0, 100))}`);
      }
    }
  }
  if (t.date && (field === 'date' || field === 'both')) {
    dates++;
    const truth = String(t.date).slice(0, 10);
    const ok = !!a.publishedAt && a.publishedAt.slice(0, 10) === truth;
    const winner = src.publishedAt ?? '(none)';
    const w = (won.date[winner] ??= { won: 0, right: 0 });
    w.won++;
    if (ok) { dateRight++; w.right++; }
    if (!ok && !quiet) {
      console.log(`DATE ${c.id} ${c.url}\n  truth ${truth}\n  got   ${a.publishedAt} (${winner})  modified=${a.modifiedAt}`);
      for (const x of cand.published) {
        const v = normalizeDate(x.value) ?? (await parseHumanDate(x.value, a.lang));
        console.log(`  ${v?.slice(0, 10) === truth ? '✓' : ' '} ${x.source.padEnd(18)} ${(v ?? '-').slice(0, 25).padEnd(25)} ${JSON.stringify(x.value.slice(0, 70))}`);
      }
      for (const x of cand.modified) console.log(`    modified ${x.source} ${x.value}`);
    }
  }
}
const table = (name: string, tally: Tally): void => {
  console.log(`\n${name}: which source won, and how often it was right`);
  for (const [s, v] of Object.entries(tally).sort((x, y) => y[1].won - x[1].won)) console.log(`  ${s.padEnd(20)} won ${String(v.won).padStart(4)}  right ${String(v.right).padStart(4)}  ${(v.right / v.won).toFixed(3)}`);
};
if (titles) {
  console.log(`\ntitle ${titleRight}/${titles} = ${(titleRight / titles).toFixed(3)}  (some source right: ${oracle} = ${(oracle / titles).toFixed(3)})`);
  for (const [k, n] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)} ${k}`);
  table('title', won.title);
  console.log('\ntitle rules: chose, right, and right had it taken the declared title / the h1');
  for (const [k, v] of Object.entries(rules).sort((x, y) => y[1].n - x[1].n)) console.log(`  ${k.padEnd(24)} n ${String(v.n).padStart(4)}  right ${String(v.right).padStart(4)}  declared ${String(v.declaredRight).padStart(4)}  h1 ${String(v.h1Right).padStart(4)}`);
}
if (dates) {
  console.log(`\ndate ${dateRight}/${dates} = ${(dateRight / dates).toFixed(3)}`);
  table('date', won.date);
}
if (dump !== null) writeFileSync(dump, dumpRows.map((r) => JSON.stringify(r)).join('\n') + '\n');
