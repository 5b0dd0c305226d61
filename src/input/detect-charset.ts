// Charset detection for bytes that are not valid UTF-8 and declare nothing usable; loaded lazily.
import { analyse } from 'chardet';
import { normalizeEncoding } from '@exodus/bytes/encoding-lite.js';

/** Below this chardet confidence (0–100) a guess is not worth trusting over UTF-8 with replacements. */
const MIN_CONFIDENCE = 10;

/** Returns the best WHATWG-supported encoding name chardet finds, or null. */
export function detect(bytes: Uint8Array): string | null {
  for (const candidate of analyse(bytes)) {
    if (candidate.confidence < MIN_CONFIDENCE) break;
    const name = normalizeEncoding(candidate.name);
    // ISO-8859-1 labels map to windows-1252 in WHATWG, which is what browsers decode such pages as.
    if (name !== null && name !== 'replacement' && name !== 'utf-16be' && name !== 'utf-16le') return name;
  }
  return null;
}
