// The metadata stage: merges JSON-LD, meta tags and the page itself, by source rank.
import type { Document } from 'domhandler';
import type { PreparedPage } from '../html/prepare.js';
import { pageBase, safeUrl } from '../url.js';
import { cleanByline, joinAuthors } from './byline.js';
import { normalizeDate } from './dates.js';
import { readJsonLd, type JsonLdFacts } from './json-ld.js';
import { firstMeta, readMetaTags } from './meta-tags.js';
import { cleanTitle } from './title.js';

export interface Metadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  description: string | null;
  image: string | null;
  /** Base URL for relative links in the body. */
  baseUrl: string | null;
  /** JSON-LD facts, for the locator's cross-check. */
  jsonLd: JsonLdFacts | null;
}

export const EMPTY_METADATA: Metadata = {
  title: null, byline: null, siteName: null, lang: null, canonicalUrl: null, publishedAt: null,
  modifiedAt: null, description: null, image: null, baseUrl: null, jsonLd: null,
};

const firstOf = <T>(...values: Array<T | null | undefined>): T | null => {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
};

/** Normalizes a language tag to BCP 47 casing (`en-us` → `en-US`); null when it is not one. */
export function normalizeLang(value: string | null | undefined): string | null {
  if (!value) return null;
  const tag = value.trim().replace(/_/g, '-').split(/[\s,;]/)[0] ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function readMetadata(page: PreparedPage, document: Document, pageUrl: string | null): Metadata {
  const tags = readMetaTags(document);
  const ld = readJsonLd(page.jsonLd);
  const base = pageBase(pageUrl, tags.baseHref);
  const siteName = firstOf(firstMeta(tags, 'og:site_name', 'application-name', 'twitter:site'), ld?.publisher);
  const headline = firstOf(ld?.headline, firstMeta(tags, 'og:title', 'twitter:title', 'headline', 'dc.title'));
  const title = cleanTitle(firstOf(headline, tags.title), siteName?.replace(/^@/, '') ?? null, null);
  const authors = ld?.authors.length ? joinAuthors(ld.authors) : null;
  return {
    title,
    byline: firstOf(authors, cleanByline(firstMeta(tags, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'))),
    siteName: siteName?.replace(/^@/, '') ?? null,
    lang: normalizeLang(firstOf(tags.htmlLang, firstMeta(tags, 'content-language', 'og:locale', 'dc.language', 'language'), ld?.inLanguage)),
    canonicalUrl: safeUrl(firstOf(tags.links.get('canonical')?.[0], firstMeta(tags, 'og:url')), base),
    publishedAt: firstOf(
      normalizeDate(ld?.datePublished),
      normalizeDate(firstMeta(tags, 'article:published_time', 'datepublished', 'og:published_time', 'publishdate', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date')),
      normalizeDate(tags.times[0]),
    ),
    modifiedAt: firstOf(normalizeDate(ld?.dateModified), normalizeDate(firstMeta(tags, 'article:modified_time', 'datemodified', 'og:updated_time'))),
    description: firstOf(firstMeta(tags, 'og:description', 'description', 'twitter:description'), ld?.description),
    image: safeUrl(firstOf(firstMeta(tags, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), ld?.image), base),
    baseUrl: base,
    jsonLd: ld,
  };
}
