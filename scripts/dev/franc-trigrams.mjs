#!/usr/bin/env node
// Dev only: how often franc's guess changes when each language keeps only its N most frequent trigrams (of franc-min's
// 300), on the article texts of a `scripts/dev/snapshot.mjs --details` output: the first 2,048 characters of each text (what
// franc reads) and, apart, every third 300-character piece of them (shorter samples, closer calls). Also how often
// the guess on a page's text equals the language its HTML declares.
//   node scripts/dev/snapshot.mjs /tmp/dump.jsonl --details   then   node scripts/dev/franc-trigrams.mjs /tmp/dump.jsonl [100 150 200]
import { readFileSync } from 'node:fs';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { franc as full } from 'franc-min';

/** franc-min's franc() over its models cut to `n` trigrams per language (franc's steps, as test/franc.test.ts's reference). */
function francWith(n) {
  const models = {};
  for (const [script, languages] of Object.entries(data)) {
    models[script] = {};
    for (const [language, model] of Object.entries(languages)) {
      const weights = new Map();
      const list = model.split('|').slice(0, n);
      for (let weight = list.length - 1; weight >= 0; weight--) weights.set(list[weight], weight);
      models[script][language] = weights;
    }
  }
  return (value) => {
    if (!value || value.length < 10) return 'und';
    const sample = value.slice(0, 2048);
    let top;
    let topCount = -1;
    for (const [script, expression] of Object.entries(expressions)) {
      const count = (sample.match(expression) ?? []).length / sample.length || 0;
      if (count > topCount) [topCount, top] = [count, script];
    }
    if (top === undefined || !(top in models)) return top === undefined || topCount === 0 ? 'und' : top;
    const padded = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
    const counts = {};
    for (let i = 0; i + 3 <= padded.length; i++) counts[padded.slice(i, i + 3)] = (counts[padded.slice(i, i + 3)] ?? 0) + 1;
    const tuples = Object.entries(counts).sort((a, b) => a[1] - b[1]);
    let best = 'und';
    let bestDistance = Infinity;
    for (const [language, weights] of Object.entries(models[top])) {
      let distance = 0;
      for (const [trigram, count] of tuples) {
        const weight = weights.get(trigram);
        distance += weight === undefined ? 300 : Math.abs(count - weight - 1);
      }
      if (distance < bestDistance) [bestDistance, best] = [distance, language];
    }
    return best;
  };
}

const args = process.argv.slice(2);
const sizes = args.length > 1 ? args.slice(1).map(Number) : [100, 150, 200];
const rows = readFileSync(args[0], 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((r) => r.sample.length >= 60);
const pieces = rows.flatMap((r) => Array.from({ length: Math.floor(r.sample.length / 900) + (r.sample.length % 900 >= 300 ? 1 : 0) }, (_, i) => r.sample.slice(i * 900, i * 900 + 300)));
const referenceWhole = rows.map((r) => full(r.sample));
const referencePieces = pieces.map((p) => full(p));
const THREE = { en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', ru: 'rus', uk: 'ukr', pl: 'pol', sv: 'swe', tr: 'tur', ja: 'jpn', zh: 'cmn' };
/** The html corpora's declared languages (the text corpora's come from franc itself). */
const declared = rows.map((r) => (/^appeals-html-dev$|^html-dev$/.test(r.corpus) ? THREE[(r.lang ?? '').split('-')[0]] : undefined));
const line = (name, guess) => {
  let whole = 0;
  let matches = 0;
  let withDeclared = 0;
  const changes = new Map();
  rows.forEach((r, i) => {
    const g = guess(r.sample);
    if (g === referenceWhole[i]) whole++;
    else changes.set(`${referenceWhole[i]}→${g}`, (changes.get(`${referenceWhole[i]}→${g}`) ?? 0) + 1);
    if (declared[i]) {
      withDeclared++;
      if (g === declared[i]) matches++;
    }
  });
  const same = pieces.filter((p, i) => guess(p) === referencePieces[i]).length;
  const pct = (a, b) => ((100 * a) / b).toFixed(1);
  console.log(`| ${name} | ${whole}/${rows.length} (${pct(whole, rows.length)}%) | ${same}/${pieces.length} (${pct(same, pieces.length)}%) | ${matches}/${withDeclared} | ${[...changes].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
};
console.log('| trigrams per language | same guess as franc-min, whole texts | same guess, 300-char pieces | guess = declared language (html corpora) | most frequent changes |\n|---|---|---|---|---|');
line('300 (franc-min)', full);
for (const n of sizes) line(String(n), francWith(n));
