// Language: the page's declaration as a BCP 47 tag, else a guess from the text with franc-min (loaded only when needed).

/** Shorter samples give unreliable guesses; below this many letters decruft does not guess. */
const MIN_DETECT_CHARS = 60;

/** Normalizes a language tag to BCP 47 casing (`en_us` → `en-US`, `eng` → `en`); null when it is not one. */
export function normalizeLang(value: string | null | undefined): string | null {
  if (!value) return null;
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
  const letters = sample.replace(/[^\p{L}]+/gu, '');
  if (letters.length < MIN_DETECT_CHARS) return null;
  const { franc } = await import('franc-min');
  return normalizeLang(franc(sample));
}
