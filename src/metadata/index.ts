// The metadata stage: collects every source of the page, normalizes each field and merges them by source rank.
import type { Document } from 'domhandler';
import { pageBase, safeUrl } from '../url.js';
import { cleanByline, isNameLike, joinAuthors } from './byline.js';
import { ambiguousReadings, monthOnlyDate, normalizeDate, numericDateOrder, parseHumanDate } from './dates.js';
import { readJsonLd, type JsonLdFacts } from './json-ld.js';
import { detectLang, normalizeLang } from './lang.js';
import { firstMeta, readPageFacts, type PageFacts } from './meta-tags.js';
import { collectCandidates, PUBLISHED_LABEL, type Candidate } from './sources.js';
import { pickTitle, type TitleContext } from './title.js';
import { lazy } from '../lazy.js';

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
  /** Which source won each field (internal: for receipts, debugging and the dev scripts). */
  sources: Partial<Record<'title' | 'byline' | 'publishedAt' | 'modifiedAt' | 'lang', string>>;
  /**
   * The page's only title is its own visible h1 (no <title>, meta or JSON-LD title). That h1 then stays in the text:
   * decruft's HTML output has no <title>, so moving it out would make a second clean of the output drop a heading
   * the first kept (RELIABILITY §6 idempotence).
   */
  titleOnlyFromHeadline?: boolean;
  /**
   * The page declares itself a shop's product page (a JSON-LD Product, or og:type product): its customer reviews
   * are user posts, like comments, not its text.
   */
  product: boolean;
}

export const EMPTY_METADATA: Metadata = {
  title: null, byline: null, siteName: null, lang: null, canonicalUrl: null, publishedAt: null,
  modifiedAt: null, description: null, image: null, baseUrl: null, jsonLd: null, sources: {}, product: false,
};

/**
 * Source ranks per field, best first. Chosen by per-source accuracy on html-dev (scripts/dev/meta-sources.mts) and by
 * the merged accuracy of each order (issue 6: a date line beside the headline beats JSON-LD's datePublished, which
 * CMSs often leave at the post's creation; update lines come after every published date beside the headline or declared,
 * but the one beside the headline before a date element elsewhere on the page).
 */
export const SOURCE_RANK = {
  byline: ['by-headline', 'json-ld', 'meta', 'visible', 'itemprop', 'visible-by', 'attr', 'name-date-line', 'json-ld-site', 'meta-site', 'json-ld-organization'],
  published: ['url', 'meta', 'near-title', 'json-ld', 'time', 'meta-named', 'itemprop', 'time-foreign', 'attr', 'near-title-updated', 'visible', 'byline', 'labelled', 'visible-aside', 'only-date', 'layout-date', 'first-datetime', 'layout-post-date', 'lone-date'],
  modified: ['json-ld', 'meta', 'itemprop'],
} as const;

/**
 * og:type values of a single product ("product", "og:product", "product.item", eBay's "ebay-objects:item"); a
 * "product.group" is a category page of many.
 */
const PRODUCT_OG_TYPE = /^(?:og:)?product(?:\.item)?$|^[\w-]+:(?:product|item)$/i;

/** og:type values of an article ("article", "og:article"). */
const ARTICLE_OG_TYPE = /^(?:og:)?article$/i;
/** JSON-LD types (lower-cased, as json-ld.ts reads them) of an article or a post: Article, NewsArticle, BlogPosting, DiscussionForumPosting… */
const ARTICLE_LD_TYPE = /article$|posting$/;

/** What the page declares of itself that the title's arbitration weighs. */
export function titleContext(facts: PageFacts, ld: JsonLdFacts | null): TitleContext {
  const ogType = firstMeta(facts, 'og:type') ?? '';
  return { article: ARTICLE_OG_TYPE.test(ogType) || (ld?.type != null && ARTICLE_LD_TYPE.test(ld.type)), product: ld?.product === true || PRODUCT_OG_TYPE.test(ogType) };
}

/** Dates read from the page's text (not declared in its markup): checked against the declared modified date. */
const VISIBLE_DATE_SOURCES = new Set(['near-title', 'near-title-updated', 'visible', 'byline', 'time', 'time-foreign', 'labelled', 'visible-aside', 'only-date', 'layout-date', 'first-datetime', 'layout-post-date', 'lone-date']);

function byRank<T extends { source: string }>(candidates: readonly T[], rank: readonly string[]): T[] {
  return [...candidates].sort((a, b) => rank.indexOf(a.source) - rank.indexOf(b.source));
}

/** Sources that declare the author in markup, where a CMS often puts the poster's login instead of the writer's name. */
const DECLARED_BYLINE = new Set(['json-ld', 'meta']);
/** One word with no space: a login ("andrew.keaveney", "KatieS") rather than a person's full name. */
const isSingleToken = (value: string): boolean => !/\s/.test(value);

const NON_LETTERS = lazy(() => new RegExp(String.raw`[^\p{L}]`, 'gu'));

/** Whether a login is made from the full name's surname ("srauturier" for "Solene Rauturier"): the same person. */
function sameLogin(login: string, name: string): boolean {
  const surname = (name.split(/\s+/).pop() ?? '').toLowerCase().replace(NON_LETTERS(), '');
  return surname.length >= 3 && login.toLowerCase().includes(surname);
}

function pickByline(candidates: readonly Candidate[]): { value: string | null; source: string | null } {
  const ranked = byRank(candidates, SOURCE_RANK.byline).map((c) => ({ source: c.source, value: c.value.includes('; ') ? joinAuthors(c.value.split('; ')) : cleanByline(c.value) }));
  let names = ranked.filter((c): c is { source: string; value: string } => !!c.value && isNameLike(c.value));
  // The byline under the headline names one of the authors the page declares: the declared list is the fuller one.
  const under = names.find((c) => c.source === 'by-headline');
  if (under && names.some((c) => DECLARED_BYLINE.has(c.source) && c.value.toLowerCase().includes(under.value.toLowerCase()))) names = names.filter((c) => c !== under);
  const first = names[0];
  if (!first) return { value: null, source: null };
  // A declared login loses to a full name in the page's first byline element (a forum's first byline is a login too).
  if (DECLARED_BYLINE.has(first.source) && isSingleToken(first.value)) {
    const visible = names.find((c) => c.source === 'visible');
    if (visible && !isSingleToken(visible.value) && !sameLogin(first.value, visible.value)) return visible;
  }
  return first;
}

/**
 * A numeric date with day and month that could be swapped (02-12-2025): the reading another of the page's dates
 * agrees with (a <time datetime>, a date in words), else null and the page's language decides.
 */
function readAmbiguous(value: string, others: readonly Candidate[]): string | null {
  const readings = ambiguousReadings(value);
  if (!readings) return null;
  const seen = new Set(others.filter((o) => o.value !== value).map((o) => normalizeDate(o.value)?.slice(0, 10)));
  return readings.find((r) => seen.has(r)) ?? null;
}

async function pickDate(candidates: readonly Candidate[], rank: readonly string[], lang: string | null, notAfter: string | null = null, order: 'dmy' | 'mdy' | null = null): Promise<{ value: string | null; source: string | null }> {
  for (const c of byRank(candidates, rank)) {
    const value = readAmbiguous(c.value, candidates) ?? normalizeDate(c.value, order) ?? (await parseHumanDate(c.value, lang));
    // A visible date after the page's own modified date is an event's or a related story's, not the publication's.
    if (value && notAfter !== null && VISIBLE_DATE_SOURCES.has(c.source) && value.slice(0, 10) > notAfter.slice(0, 10)) continue;
    if (value) return { value, source: c.source };
  }
  return { value: null, source: null };
}

/**
 * The date the first near-title line and the first <time> element both give, when it is more than a day before
 * `declared` or, on a page whose <time> elements give one date only, more than a day after it (the article shows
 * itself re-dated: on WCXB dev 3 such pages were annotated with the shown date; the 2 where they were not were forum
 * threads with a <time> per post); else null. The <time> element is read first (a machine date, cheap): the near-title line, which may need
 * the human-date parser, only when the <time> date is early enough to matter (issue 9: parsing it on every page cost
 * a tenth of the HTML path).
 */
async function shownDate(candidates: readonly Candidate[], declared: string, oneTimeDate: boolean, lang: string | null, order: 'dmy' | 'mdy' | null): Promise<string | null> {
  const read = async (source: string, human: boolean): Promise<string | null> => {
    const c = candidates.find((x) => x.source === source);
    if (!c) return null;
    const machine = readAmbiguous(c.value, candidates) ?? normalizeDate(c.value, order);
    return ((machine ?? (human ? await parseHumanDate(c.value, lang) : null)) ?? '').slice(0, 10) || null;
  };
  // The <time> element's own machine date only: the human-date parser on every page's <time> text cost a fifth of the
  // HTML path's CPU and 70 MB of peak memory on html-dev (issue 9).
  const time = await read('time', false);
  if (time === null || daysBetween(time, declared) <= 1 || (time >= declared.slice(0, 10) && !oneTimeDate)) return null;
  return (await read('near-title', true)) === time ? time : null;
}

/** A month and a year beside the headline: read only when no source gives a day. */
const MONTH_SOURCE = 'near-title-month';
const DAY_MS = 86_400_000;
/** Whole days between two dates (their calendar days; times and zones aside). */
const daysBetween = (a: string, b: string): number => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY_MS;

/** The metadata stage for HTML pages. Reads the parsed document before `prepare` strips scripts and the head. */
export async function readMetadata(document: Document, pageUrl: string | null, langHint: string | null): Promise<Metadata> {
  const facts = readPageFacts(document);
  const ld = readJsonLd(facts.jsonLd);
  const candidates = collectCandidates(facts, ld, pageUrl);
  const base = pageBase(pageUrl, facts.baseHref);
  const siteName = candidates.siteName[0]?.value ?? null;
  const title = pickTitle(candidates.title, siteName, pageUrl, titleContext(facts, ld));
  const byline = pickByline(candidates.byline);
  let lang: { value: string | null; source: string | null } = { value: null, source: null };
  for (const c of candidates.lang) {
    const value = normalizeLang(c.value);
    if (value) {
      lang = { value, source: c.source };
      break;
    }
  }
  if (lang.value === null && langHint === null) lang = { value: await detectLang(facts.sample()), source: 'detected' };
  const pageLang = lang.value ?? normalizeLang(langHint);
  // How the page writes numeric dates: its language, or a declared locale with a region (og:locale en_GB).
  const order = candidates.lang.map((c) => numericDateOrder(normalizeLang(c.value))).find((o) => o !== null) ?? numericDateOrder(pageLang);
  const modified = await pickDate(candidates.modified, SOURCE_RANK.modified, pageLang, null, order);
  let published = await pickDate(candidates.published.filter((c) => c.source !== MONTH_SOURCE), SOURCE_RANK.published, pageLang, modified.value, order);
  // A declared date days after the one the article shows both beside its headline and in its own <time> is a later
  // re-publication (a CMS migration, a re-post): the shown date is the publication's. Days before it, on a page with
  // one <time> date, the page shows itself re-dated: readers see the shown date as the article's.
  if ((published.source === 'meta' || published.source === 'json-ld') && published.value !== null) {
    const oneTimeDate = new Set(facts.times.map((t) => (t.datetime ?? t.text).slice(0, 10))).size === 1;
    const shown = await shownDate(candidates.published, published.value, oneTimeDate, pageLang, order);
    if (shown !== null) published = { value: shown, source: 'near-title-time' };
  }
  // A line labelled as the publication date ("Published August 13, 2025") that the page's own <time> agrees with: the
  // date the page shows as its publication, over a declared one that differs.
  if ((published.source === 'meta' || published.source === 'json-ld') && published.value !== null) {
    const labelled = candidates.published.find((c) => c.source === 'labelled' || (c.source === 'visible' && PUBLISHED_LABEL.test(c.value.trim())));
    const time = candidates.published.find((c) => c.source === 'time');
    if (labelled && time) {
      const shown = (await parseHumanDate(labelled.value, pageLang)) ?? normalizeDate(labelled.value, order);
      const timeDate = normalizeDate(time.value, order);
      if (shown !== null && timeDate !== null && shown === timeDate.slice(0, 10) && shown !== published.value.slice(0, 10)) published = { value: shown, source: 'labelled-time' };
    }
  }
  // A published date only JSON-LD gives (no meta tag, no date line beside the headline) while the line beside the
  // headline says the article was updated on the very day the page declares as its dateModified: readers see that date
  // as the article's, and JSON-LD's datePublished is often the post's first draft (a CMS keeps it through rewrites).
  // On WCXB dev the shown date was the annotated one on 7 of 8 such pages.
  if (published.source === 'json-ld' && published.value !== null && modified.value !== null) {
    const day = modified.value.slice(0, 10);
    for (const c of candidates.published.filter((x) => x.source === 'near-title-updated')) {
      const shown = (normalizeDate(c.value, order) ?? (await parseHumanDate(c.value, pageLang)))?.slice(0, 10);
      if (shown !== day) continue;
      if (shown !== published.value.slice(0, 10)) published = { value: modified.value, source: 'near-title-updated-modified' };
      break;
    }
  }
  // Only a month and a year beside the headline, and no day anywhere: the month, as ISO 8601 writes one ("2015-11"),
  // when it is not after the declared modified date.
  const month = published.value === null ? candidates.published.find((c) => c.source === MONTH_SOURCE) : undefined;
  const monthValue = month ? monthOnlyDate(month.value) : null;
  if (monthValue !== null && (modified.value === null || monthValue <= modified.value.slice(0, 7))) published = { value: monthValue, source: MONTH_SOURCE };
  // A page that declares only when it was modified was first published then as far as anyone can tell.
  if (published.value === null && modified.value !== null) published = { value: modified.value, source: `modified-${modified.source}` };
  const sources: Metadata['sources'] = {};
  if (title.source) sources.title = title.source;
  if (byline.source) sources.byline = byline.source;
  if (published.source) sources.publishedAt = published.source;
  if (modified.source) sources.modifiedAt = modified.source;
  if (lang.source && lang.value) sources.lang = lang.source;
  return {
    title: title.value,
    byline: byline.value,
    siteName,
    lang: pageLang,
    canonicalUrl: safeUrl(candidates.canonical[0]?.value, base),
    publishedAt: published.value,
    modifiedAt: modified.value,
    description: candidates.description[0]?.value ?? null,
    image: safeUrl(candidates.image[0]?.value, base),
    baseUrl: base,
    jsonLd: ld,
    sources,
    titleOnlyFromHeadline: candidates.title.length > 0 && candidates.title.every((c) => c.source === 'h1'),
    product: ld?.product === true || PRODUCT_OG_TYPE.test(firstMeta(facts, 'og:type') ?? ''),
  };
}

export { normalizeLang };
