#!/usr/bin/env node
// Dev only: cleans every case of the dev corpora with dist and writes one hash per case of the whole Article (text,
// markdown, html, blocks, receipts, warnings, metadata), so a speed-up can be shown to change no output at all.
//   node scripts/dev/snapshot.mjs OUT.tsv [--only text-dev,appeals-dev] [--fields text,html]   then   diff before.tsv after.tsv
// --fields hashes only those Article fields (e.g. to show a receipts-only change leaves text and html alone).
// --details writes one JSON object a line instead: corpus, id, the hash, publishedAt, modifiedAt, lang and the first
// 2,048 characters of the text (what franc reads), to compare dates and language guesses case by case
// (scripts/dev/franc-trigrams.mjs reads it).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../../dist/index.js';

const DATA = resolve(process.env.DECRUFT_DATA ?? '../shared/data');
const args = process.argv.slice(2);
const out = args[0];
const onlyAt = args.indexOf('--only');
const fieldsAt = args.indexOf('--fields');
const fields = fieldsAt >= 0 ? args[fieldsAt + 1].split(',') : null;
const details = args.includes('--details');
const corpora = onlyAt >= 0 ? args[onlyAt + 1].split(',') : ['html-dev', 'text-dev', 'appeals-dev', 'appeals-html-dev'];
const rows = [];
for (const name of corpora) {
  const lines = gunzipSync(readFileSync(resolve(DATA, `${name}.jsonl.gz`))).toString('utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const c = JSON.parse(line);
    let input = c.input;
    if (c.kind === 'html' && c.file) {
      const raw = gunzipSync(readFileSync(resolve(DATA, c.file)));
      input = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    }
    const article = await clean(input, { url: c.url || undefined, timeoutMs: Infinity });
    const hash = createHash('sha256').update(JSON.stringify(fields === null ? article : fields.map((f) => article[f]))).digest('hex').slice(0, 16);
    const { publishedAt, modifiedAt, lang } = article;
    rows.push(details ? JSON.stringify({ corpus: name, id: c.id, hash, publishedAt, modifiedAt, lang, sample: article.text.slice(0, 2048) }) : `${name}\t${c.id}\t${hash}`);
  }
}
writeFileSync(out, rows.join('\n') + '\n');
console.log(`${rows.length} cases hashed into ${out}`);
