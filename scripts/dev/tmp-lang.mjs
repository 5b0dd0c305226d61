import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clean } from '../../dist/index.js';
const DATA = process.env.DECRUFT_DATA;
const lines = gunzipSync(readFileSync(`${DATA}/html-dev.jsonl.gz`)).toString('utf8').trim().split('\n');
let declared = 0, right = 0, invalid = 0;
for (const line of lines) {
  const c = JSON.parse(line);
  const raw = gunzipSync(readFileSync(`${DATA}/${c.file}`));
  const html = raw.toString('latin1');
  const m = /<html\b[^>]*?\slang\s*=\s*["']?([^"'\s>]*)/i.exec(html);
  const cl = /<meta[^>]+http-equiv=["']?content-language["']?[^>]*content=["']?([^"'>]*)/i.exec(html) ?? /<meta[^>]+content=["']?([^"'>]*)["']?[^>]*http-equiv=["']?content-language/i.exec(html);
  const dec = (m?.[1] || cl?.[1] || '').trim();
  const a = await clean(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), { url: c.url || undefined, formats: [] });
  if (a.lang) { try { if (Intl.getCanonicalLocales(a.lang)[0] !== a.lang) { invalid++; console.log('NONCANON', c.id, a.lang); } } catch { invalid++; console.log('INVALID', c.id, a.lang); } }
  if (!dec) continue;
  declared++;
  let want = null;
  try { want = Intl.getCanonicalLocales(dec.replace(/_/g, '-'))[0]; } catch {}
  if (want && a.lang === want) right++;
  else console.log('DIFF', c.id, JSON.stringify(dec), '->', a.lang, 'htmlLang', JSON.stringify(m?.[1]), 'CL', JSON.stringify(cl?.[1]));
}
console.log({ declared, right, invalid });
