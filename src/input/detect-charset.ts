// Charset detection for bytes that are not valid UTF-8 and declare nothing usable; loaded lazily.
import { analyse } from 'chardet';
import { normalizeEncoding } from './labels.js';

/** Below this chardet confidence (0–100) a guess is not worth trusting over UTF-8 with replacements. */
const MIN_CONFIDENCE = 10;
/** How far into the page the `<html lang>` tie-breaker looks. */
const LANG_SCAN_BYTES = 1024;
/** KOI8-U's Ukrainian letters (і ї є ґ and capitals) sit where KOI8-R has box-drawing characters, rare in text. */
const KOI8_U_ONLY = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);

const usable = (name: string | null): name is string => name !== null && name !== 'replacement' && name !== 'utf-16be' && name !== 'utf-16le';

/** The primary language subtag of `<html lang=…>` in the first bytes, or null. */
function pageLang(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, LANG_SCAN_BYTES));
  const at = head.toLowerCase().indexOf('<html');
  if (at < 0) return null;
  const close = head.indexOf('>', at);
  const tag = head.slice(at, close < 0 ? at + 256 : Math.min(close, at + 256));
  const match = /\blang\s*=\s*["']?([a-z]{2,3})\b/i.exec(tag);
  return match?.[1]?.toLowerCase() ?? null;
}

function refine(name: string, bytes: Uint8Array): string {
  if (name === 'koi8-r') for (const b of bytes) if (KOI8_U_ONLY.has(b)) return 'koi8-u';
  return name;
}

/**
 * Returns the best WHATWG-supported encoding name chardet finds, or null. Among candidates above the floor, one whose
 * language matches the page's `<html lang>` wins (chardet ranks Thai windows-874 below Big5 on short pages).
 */
export function detect(bytes: Uint8Array): string | null {
  const candidates = analyse(bytes).filter((c) => c.confidence >= MIN_CONFIDENCE);
  const lang = pageLang(bytes);
  if (lang !== null) {
    for (const candidate of candidates) {
      const name = normalizeEncoding(candidate.name);
      if (usable(name) && candidate.lang === lang) return refine(name, bytes);
    }
  }
  for (const candidate of candidates) {
    const name = normalizeEncoding(candidate.name);
    // ISO-8859-1 labels map to windows-1252 in WHATWG, which is what browsers decode such pages as.
    if (usable(name)) return refine(name, bytes);
  }
  return null;
}
