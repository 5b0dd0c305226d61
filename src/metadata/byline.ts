// Byline cleanup: "By Jane Doe, Staff Writer" → "Jane Doe"; several authors joined with ", ".

const PREFIX = /^\s*(?:by|written by|posted by|from|von|par|por|di|door|autor(?:in)?|author)\s*:?\s+/i;
const HANDLE = /\s*\(?@[\w.]+\)?/g;
/** Bylines longer than this are paragraphs or author bios, not names. */
const MAX_BYLINE = 120;

export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_BYLINE || /^https?:\/\//i.test(text)) return null;
  text = text.replace(PREFIX, '').replace(HANDLE, '').trim();
  text = text.split(/\s*[|•·]\s*/)[0] ?? text;
  return text.length > 0 ? text : null;
}

export function joinAuthors(names: readonly string[]): string | null {
  const unique: string[] = [];
  for (const name of names) {
    const clean = cleanByline(name);
    if (clean && !unique.some((u) => u.toLowerCase() === clean.toLowerCase())) unique.push(clean);
  }
  return unique.length > 0 ? unique.join(', ') : null;
}
