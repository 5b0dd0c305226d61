// Title cleanup: drops the site name suffix or prefix (" | The Site", "Site - ").

const SEPARATORS = /\s+[|\-–—:·•»«/]\s+/;

/** Removes a site-name part from a title when one side of a separator is the site's name or much shorter. */
export function cleanTitle(title: string | null, siteName: string | null, headline: string | null): string | null {
  if (!title) return null;
  const trimmed = title.trim();
  if (headline && trimmed.toLowerCase().startsWith(headline.toLowerCase())) return headline;
  const parts = trimmed.split(SEPARATORS);
  if (parts.length < 2) return trimmed;
  const site = siteName?.toLowerCase().trim() ?? null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (site !== null) {
    if (last.toLowerCase() === site || site.includes(last.toLowerCase())) return trimmed.slice(0, trimmed.length - last.length).replace(/\s*[|\-–—:·•»«/]\s*$/, '').trim();
    if (first.toLowerCase() === site) return trimmed.slice(first.length).replace(/^\s*[|\-–—:·•»«/]\s*/, '').trim();
  }
  // Without a known site name, drop a short last part ("… | CNN") but keep real subtitles.
  const words = (s: string): number => s.split(/\s+/).length;
  if (words(last) <= 3 && words(trimmed) - words(last) >= 3) return trimmed.slice(0, trimmed.length - last.length).replace(/\s*[|\-–—:·•»«/]\s*$/, '').trim();
  return trimmed;
}
