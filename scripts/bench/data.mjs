// Loads benchmark inputs from the shared dev data: html-dev pages (decoded to strings) and text-dev dumps.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Same default and override as scripts/eval.mjs. */
export const DATA = resolve(ROOT, process.env.DECRUFT_DATA ?? '../shared/data');

function readCases(name) {
  const text = gunzipSync(readFileSync(join(DATA, `${name}.jsonl.gz`))).toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

/**
 * The first `limit` html-dev pages as strings. Every engine gets the same string (Readability and defuddle
 * take strings, not bytes), so decoding is outside the timed region for all of them; the pages are UTF-8.
 */
export function loadHtmlPages(limit) {
  const decoder = new TextDecoder('utf-8');
  return readCases('html-dev').slice(0, limit).map((c) => {
    const bytes = gunzipSync(readFileSync(join(DATA, c.file)));
    return { id: c.id, url: c.url, input: decoder.decode(bytes), bytes: bytes.length };
  });
}

/**
 * About `limit` html-dev pages whose byte size lies between two percentiles of the whole corpus's (`from`, `to` in 0–100),
 * spread evenly over that range in corpus order: the pages near the median size, where a per-page cost shows most.
 */
export function loadHtmlPagesBySize(from, to, limit) {
  const decoder = new TextDecoder('utf-8');
  const all = readCases('html-dev').map((c) => ({ c, bytes: gunzipSync(readFileSync(join(DATA, c.file))) }));
  const sizes = all.map((p) => p.bytes.length).sort((a, b) => a - b);
  const lo = sizes[Math.floor((from / 100) * (sizes.length - 1))];
  const hi = sizes[Math.floor((to / 100) * (sizes.length - 1))];
  const within = all.filter((p) => p.bytes.length >= lo && p.bytes.length <= hi);
  const step = Math.max(1, Math.ceil(within.length / limit));
  return within
    .filter((_, i) => i % step === 0)
    .map(({ c, bytes }) => ({ id: c.id, url: c.url, input: decoder.decode(bytes), bytes: bytes.length }));
}

/** The first `limit` text-dev dumps (the scraper's plain-text form of the article pages). */
export function loadTextDocs(limit) {
  return readCases('text-dev').slice(0, limit).map((c) => ({ id: c.id, url: c.url, input: c.input, bytes: Buffer.byteLength(c.input) }));
}
