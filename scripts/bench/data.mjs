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

/** The first `limit` text-dev dumps (the scraper's plain-text form of the article pages). */
export function loadTextDocs(limit) {
  return readCases('text-dev').slice(0, limit).map((c) => ({ id: c.id, url: c.url, input: c.input, bytes: Buffer.byteLength(c.input) }));
}
