// Language: the page's declaration as a BCP 47 tag, else a guess from the text with franc-min's models (loaded only when needed).
import { lazy, once } from '../lazy.js';

const loadFranc = once(() => import('./franc.js'));

/** Shorter samples give unreliable guesses; below this many letters decruft does not guess. */
const MIN_DETECT_CHARS = 60;

/** Normalizes a language tag to BCP 47 casing (`en_us` → `en-US`, `eng` → `en`); null when it is not one. */
export function normalizeLang(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.length > CANONICAL_KEY_CHARS) return canonicalLang(value);
  const known = CANONICAL.get(value);
  if (known !== undefined) return known;
  const canonical = canonicalLang(value);
  if (CANONICAL.size < CANONICAL_CACHE_SIZE) CANONICAL.set(value, canonical);
  return canonical;
}

/**
 * normalizeLang's answers by input, a pure memo: pages declare a handful of language tags, and ICU's canonicalization
 * is slow next to the rest of the metadata stage (issue 9 profile). Capped at CANONICAL_CACHE_SIZE entries.
 */
const CANONICAL = new Map<string, string | null>();
const CANONICAL_CACHE_SIZE = 1024;
/** Longer inputs (junk, not a language tag) are not kept. */
const CANONICAL_KEY_CHARS = 64;

function canonicalLang(value: string): string | null {
  const tag = value.trim().replace(/_/g, '-').split(/[\s,;]/)[0] ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) || /^(?:und|mul|zxx|xx)(?:-|$)/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Guesses the language of a text sample (ISO 639-3 from franc, canonicalized to the shortest BCP 47 code). */
export async function detectLang(sample: string): Promise<string | null> {
  if (!hasLetters(sample, MIN_DETECT_CHARS)) return null;
  const { franc } = await loadFranc();
  return normalizeLang(franc(sample));
}

const LETTERS = lazy(() => new RegExp(String.raw`\p{L}`, 'gu'));

/** Whether `text` holds at least `min` letters (UTF-16 code units of \p{L}), scanning only as far as it needs to. */
function hasLetters(text: string, min: number): boolean {
  const letter = LETTERS();
  letter.lastIndex = 0;
  let count = 0;
  while (count < min) {
    const match = letter.exec(text);
    if (!match) return false;
    count += match[0].length;
  }
  return true;
}
