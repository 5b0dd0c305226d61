// URL policy for output: absolute http(s) (and mailto for links) only, resolved against the page URL or an http(s) <base>.

/** Resolves `href` against `base`; returns null for anything but http(s) (and mailto when allowed). */
export function safeUrl(href: string | null | undefined, base: string | null, allowMailto = false): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > 8192) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:' || (allowMailto && url.protocol === 'mailto:')) return url.href;
  return null;
}

/** The base for relative URLs: `<base href>` when it is http(s) (itself resolved against the page URL), else the page URL. */
export function pageBase(pageUrl: string | null, baseHref: string | null): string | null {
  return safeUrl(baseHref, pageUrl) ?? pageUrl;
}
