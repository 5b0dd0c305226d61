// Candidate values for each metadata field, one per source, before ranking (index.ts merges them).
import { decodeHTML } from 'entities';
import type { JsonLdFacts } from './json-ld.js';
import { cleanByline, hasDateLineWord, isPersonName } from './byline.js';
import { monthOnlyDate, normalizeDate } from './dates.js';
import { firstMeta, LONE_DATE, LONE_DATE_ASCII, type Located, type PageFacts } from './meta-tags.js';
import { testLetters } from '../text/chars.js';
import { headlineOf, siteKey } from './title.js';
import { lazy } from '../lazy.js';

export interface Candidate {
  /** Where the value came from, e.g. `json-ld`, `og`, `h1`, `visible`, `url`. */
  source: string;
  value: string;
}

export interface Candidates {
  title: Candidate[];
  byline: Candidate[];
  published: Candidate[];
  modified: Candidate[];
  siteName: Candidate[];
  description: Candidate[];
  image: Candidate[];
  canonical: Candidate[];
  lang: Candidate[];
}

/**
 * A date in the URL path: /2025/02/22/, /2025-02-22-, /20250222/. Not one that runs on into more numbers in a slug
 * ("/t/2024-4-4-2024-5-0-issue": version numbers).
 */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-(?!\d+-\d)|$)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//;
/** The same with the month's English name: /2023/october/03/, /2023/oct/03/. */
const URL_NAMED_MONTH = /\/((?:19|20)\d{2})\/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date line counts as the headline's when it is at most this many elements before the h1... */
const NEAR_TITLE_BEFORE = 15;
/** ...or this many after it (a byline, a share bar and an image may come between). */
const NEAR_TITLE_AFTER = 60;
/** Words that mark a date line as an update or a thread's latest post, tried after the plain ones (published over modified). */
const UPDATE_WORDS = /updat|modif|edited|revis|aktualisiert|mis à jour|actualizado|aggiornato|last (?:post|reply|activity)/i;
/** A date line that says what it is ("Published on Oct 21, 2025", "Posted on the 15/12/2025 at 19:00 by…"). */
export const PUBLISHED_LABEL = /^(?:published|posted|publi[ée]e?|ver[öo]ffentlicht|publicado|pubblicato|gepubliceerd)\b/i;

/** A time after a date ("…, 11:23:55 AM", " 1:47 am"). */
const TRAILING_TIME = /[ ,T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?$/i;
/** A post header's author before its date: "by jane »", "Started by Jane Doe,". */
const POST_BY_PREFIX = /^(?:(?:started|posted|written) )?by [^,»|·•]{1,60}[,»|·•] ?/i;
/**
 * A line that is only a date with its clock time ("2025-11-01 15:14:37", "Sun Dec 17, 2023 11:23 am"): how forums
 * and comment-less post lists stamp a post; the first is the opening post's. Without the `i` flag, as LONE_DATE:
 * `[\p{L}\u0345]` is what `\p{L}` matches case-insensitively (test/text-scan.test.ts checks it against the `iu` pattern).
 */
export const DATE_WITH_TIME = lazy(() => new RegExp(String.raw`^[\p{L}\u0345\d ,./-]{6,32}[ ,Tt]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?$`, 'u'));
/** DATE_WITH_TIME for an ASCII text (testLetters). */
export const DATE_WITH_TIME_ASCII = /^[A-Za-z\d ,./-]{6,32}[ ,Tt]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?$/;


/** A name shorter than this is not compared with the site's by its start. */
const MIN_SITE_KEY = 4;

/** Visible bylines of each kind tried in turn. */
const MAX_VISIBLE_BYLINES = 3;
/** A "By …" line at most this many elements after the headline is the article's own byline. */
const BYLINE_UNDER_HEADLINE = 20;

/** The text before a date line's first separator (" | ", " • ", " · ", " — "): where a name may stand. */
const NAME_BEFORE_SEPARATOR = /^([^|•·–—\d]{5,60}?) (?:[|•·]|[–—]) /;
/** Two to four words that start with a capital, none a month or weekday name: a person's name, not a date's start. */
const NAME_WORDS = lazy(() => new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$`, 'u'));

/** Visible candidates inside the article first, each group in page order. */
const articleFirst = <T extends { inArticle: boolean }>(list: readonly T[]): T[] => [...list.filter((x) => x.inArticle), ...list.filter((x) => !x.inArticle)];

const push = (list: Candidate[], source: string, value: string | null | undefined): void => {
  if (typeof value === 'string' && value.trim() !== '') list.push({ source, value: value.trim() });
};

/**
 * A meta tag of the page's own naming that says it holds the publication date ("w-published-date",
 * "cxenseparse:publishtime", "og:publish_date"), not the publisher; its content must read as a date.
 */
const NAMED_PUBLISH = /publish(?!er)|pubdate|date-?pub/;
function namedPublishMeta(facts: PageFacts): string | null {
  for (const [key, values] of facts.meta) {
    if (!NAMED_PUBLISH.test(key)) continue;
    const value = values.find((v) => normalizeDate(v) !== null);
    if (value !== undefined) return value;
  }
  return null;
}

/** Dates written in the URL path of the page. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const named = URL_NAMED_MONTH.exec(path);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').toLowerCase().slice(0, 3)) + 1;
    return `${named[1]}-${String(month).padStart(2, '0')}-${String(named[3]).padStart(2, '0')}`;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Collects every source's raw value for every field, in no particular rank. */
export function collectCandidates(facts: PageFacts, ld: JsonLdFacts | null, url: string | null): Candidates {
  const c: Candidates = { title: [], byline: [], published: [], modified: [], siteName: [], description: [], image: [], canonical: [], lang: [] };
  // Title
  push(c.title, 'json-ld', ld?.headline);
  push(c.title, 'og', firstMeta(facts, 'og:title'));
  push(c.title, 'twitter', firstMeta(facts, 'twitter:title'));
  push(c.title, 'meta', firstMeta(facts, 'dc.title', 'headline', 'sailthru.title', 'parsely-title', 'title'));
  push(c.title, 'itemprop', facts.itemprops.get('headline')?.[0]);
  const h1 = facts.h1s.find((h) => h.inArticle) ?? facts.h1s[0];
  const siteName = firstMeta(facts, 'og:site_name') ?? ld?.siteName ?? ld?.publisher ?? null;
  push(c.title, 'h1', headlineOf(articleFirst(facts.h1s), [firstMeta(facts, 'og:title'), facts.title, ld?.headline], siteName)?.text);
  push(c.title, 'title-tag', facts.title);
  // Byline. An author that is the site itself (the publisher named as author) ranks below a visible person's name.
  const sites = [firstMeta(facts, 'og:site_name'), ld?.siteName, ld?.publisher, firstMeta(facts, 'application-name')].filter((v): v is string => !!v).map(siteKey);
  const isSite = (value: string): boolean => {
    const name = siteKey(value);
    // "Buzzsprout" for the site "Buzzsprout Blog": the site's name starts with the author's.
    return name.length >= MIN_SITE_KEY && sites.some((site) => site === name || site.startsWith(name));
  };
  // JSON-LD names are often HTML-encoded by the CMS ("Maria &amp; Katerina"): decoded before the names are joined with "; ".
  const ldAuthors = (ld?.authors ?? []).map((a) => (a.includes('&') ? decodeHTML(a) : a));
  if (ld && ldAuthors.length > 0) push(c.byline, ld.authorsAreOrganizations ? 'json-ld-organization' : ldAuthors.every(isSite) ? 'json-ld-site' : 'json-ld', ldAuthors.join('; '));
  for (const key of ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author']) {
    const values = (facts.meta.get(key) ?? []).filter((v) => v.trim() !== '' && !/^https?:\/\//i.test(v) && !/^\d+$/.test(v.trim()));
    if (values.length > 0) {
      push(c.byline, values.every(isSite) ? 'meta-site' : 'meta', values.join('; '));
      break;
    }
  }
  push(c.byline, 'itemprop', facts.itemprops.get('author')?.[0] ?? facts.itemprops.get('creator')?.[0]);
  // The first few visible bylines, the article's own first: a later one stands in when the first is not a name.
  for (const b of articleFirst(facts.bylines).slice(0, MAX_VISIBLE_BYLINES)) push(c.byline, 'visible', b.text);
  for (const b of articleFirst(facts.byLines).slice(0, MAX_VISIBLE_BYLINES)) push(c.byline, 'visible-by', b.text);
  // A "By Jane Doe" line right under the article's headline names who wrote it, even when the page declares another
  // author (a CMS account that published it, an editor).
  const headline = facts.h1s.find((h) => h.inArticle) ?? facts.h1s[0];
  const underHeadline = headline ? facts.byLines.find((b) => b.inArticle && b.order > headline.order && b.order - headline.order <= BYLINE_UNDER_HEADLINE) : undefined;
  const name = underHeadline ? cleanByline(underHeadline.text) : null;
  if (name && isPersonName(name)) push(c.byline, 'by-headline', name);
  // The first element that names its author in an attribute (a post before its comments).
  push(c.byline, 'attr', facts.authorAttrs[0]);
  // A date line beside the headline that opens with a name before a separator ("Aaron Ricadela | Senior Writer | July 2,
  // 2025", "Jane Doe · March 3, 2025"): the name, when it reads as one.
  const dateLine = headline ? facts.dateLikes.find((d) => d.inArticle === headline.inArticle && d.order > headline.order && d.order - headline.order <= BYLINE_UNDER_HEADLINE) : undefined;
  const opening = dateLine ? NAME_BEFORE_SEPARATOR.exec(dateLine.text.replace(/\s+/g, ' ').trim())?.[1] : undefined;
  if (opening && isPersonName(opening) && NAME_WORDS().test(opening) && !hasDateLineWord(opening)) push(c.byline, 'name-date-line', opening);
  // Dates
  push(c.published, 'json-ld', ld?.datePublished);
  push(c.published, 'meta', firstMeta(facts, 'article:published_time', 'article:published', 'datepublished', 'og:published_time', 'publishdate', 'publish-date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date', 'article.published', 'published-date', 'release_date', 'published', 'ms.date'));
  push(c.published, 'meta-named', namedPublishMeta(facts));
  push(c.published, 'itemprop', facts.itemprops.get('datepublished')?.[0] ?? facts.itemprops.get('datecreated')?.[0]);
  const time = facts.times.find((t) => !t.foreign && t.kind === 'published') ?? facts.times.find((t) => !t.foreign && t.kind === 'unknown' && t.inArticle) ?? facts.times.find((t) => !t.foreign && t.kind === 'unknown');
  push(c.published, 'time', time?.datetime ?? time?.text);
  push(c.published, 'url', urlDate(url));
  const dateText = facts.dateTexts.find((d) => d.inArticle) ?? facts.dateTexts[0];
  push(c.published, 'visible', dateText?.text);
  push(c.published, 'byline', (facts.byLines[0] ?? facts.bylines[0])?.text);
  // A date line beside the visible headline (no markup says it is a date; its place does).
  if (h1) {
    // Every copy of the headline is an anchor (a page may repeat it in a sticky header or a mobile layout).
    const anchors = facts.h1s.filter((h) => h.text === h1.text).map((h) => h.order);
    const distance = (d: Located): number => Math.min(...anchors.map((a) => (d.order < a - NEAR_TITLE_BEFORE || d.order > a + NEAR_TITLE_AFTER ? Infinity : Math.abs(d.order - a))));
    const near = facts.dateLikes.filter((d) => distance(d) < Infinity).sort((a, b) => distance(a) - distance(b));
    for (const d of near) push(c.published, UPDATE_WORDS.test(d.text) ? 'near-title-updated' : 'near-title', d.text);
    // A month and a year alone beside the headline ("November 2015"): the publication's month, when nothing gives a day.
    push(c.published, 'near-title-month', near.find((d) => !UPDATE_WORDS.test(d.text) && monthOnlyDate(d.text) !== null)?.text);
  }
  const foreignTime = facts.times.find((t) => t.foreign && t.inArticle);
  push(c.published, 'time-foreign', foreignTime?.datetime ?? foreignTime?.text);
  push(c.published, 'attr', facts.postDates[0]);
  push(c.published, 'visible-aside', facts.asideDates[0]?.text);
  // A date line labelled as the publication date, wherever it stands (the headline may be far or missing), when the
  // page has one such line: several are the dates of a list of posts.
  const labelled = facts.dateLikes.filter((d) => PUBLISHED_LABEL.test(d.text.trim()));
  if (labelled.every((d) => d.text === labelled[0]?.text)) push(c.published, 'labelled', labelled[0]?.text);
  // The only date written in the article's part of the page, wherever it stands: a date of last resort.
  const [only] = facts.dateLikes;
  if (only?.inArticle && facts.dateLikes.every((d) => d.text === only.text)) push(c.published, 'only-date', only.text);
  // The first date-shaped line in a part only a layout word calls foreign (a "widget Blog" wrapper, "sidebar_content"):
  // the last resort, for pages whose article sits in such a wrapper.
  push(c.published, 'layout-date', facts.layoutDateLikes[0]?.text);
  // The first line that is only a date and a time: a forum's opening post, when the page has no other date.
  push(c.published, 'first-datetime', facts.dateLikes.find((d) => testLetters(DATE_WITH_TIME_ASCII, DATE_WITH_TIME, d.text.trim()))?.text.trim().replace(/[ ,T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?$/i, ''));
  // The one date written alone on the page, however often ("Feb 16, 2026" under the post's heading and again on its
  // card in a carousel): a last resort for pages without a headline element or any date markup.
  const lone = new Set(facts.dateLikes.map((d) => d.text.trim()).filter((t) => testLetters(LONE_DATE_ASCII, LONE_DATE, t)));
  if (lone.size === 1) push(c.published, 'lone-date', [...lone][0]);
  // A forum post's header in a part only a layout word calls foreign (a "footerfix" or "beside_sidebar" page wrapper):
  // its date and time alone, or after "by NAME" ("Started by Jane, June 04, 2024, 11:23 AM", "by jane » Tue Aug 27,
  // 2019 1:47 am"). The first such line is the opening post's; a last resort, when the page has no other date.
  if (facts.dateLikes.length === 0) {
    // Only a line that names the poster first: a bare date and time there may be the forum's clock ("March 05, 2026, 07:16 AM").
    const header = facts.layoutDateShapes.map((d) => d.text.trim()).filter((t) => POST_BY_PREFIX.test(t)).map((t) => t.replace(POST_BY_PREFIX, '')).find((t) => testLetters(DATE_WITH_TIME_ASCII, DATE_WITH_TIME, t));
    push(c.published, 'layout-post-date', header?.replace(TRAILING_TIME, ''));
  }
  push(c.modified, 'json-ld', ld?.dateModified);
  push(c.modified, 'meta', firstMeta(facts, 'article:modified_time', 'article:modified', 'datemodified', 'og:updated_time', 'last-modified', 'dcterms.modified'));
  push(c.modified, 'itemprop', facts.itemprops.get('datemodified')?.[0]);
  // Site, description, image, canonical, language
  push(c.siteName, 'og', firstMeta(facts, 'og:site_name'));
  push(c.siteName, 'json-ld', ld?.siteName ?? ld?.publisher);
  push(c.siteName, 'meta', firstMeta(facts, 'application-name', 'apple-mobile-web-app-title'));
  push(c.siteName, 'twitter', firstMeta(facts, 'twitter:site')?.replace(/^@/, ''));
  push(c.description, 'og', firstMeta(facts, 'og:description'));
  push(c.description, 'meta', firstMeta(facts, 'description', 'dc.description'));
  push(c.description, 'twitter', firstMeta(facts, 'twitter:description'));
  push(c.description, 'json-ld', ld?.description);
  push(c.image, 'og', firstMeta(facts, 'og:image', 'og:image:url', 'og:image:secure_url'));
  push(c.image, 'twitter', firstMeta(facts, 'twitter:image', 'twitter:image:src'));
  push(c.image, 'json-ld', ld?.image);
  push(c.image, 'link', facts.links.get('image_src')?.[0]);
  push(c.canonical, 'link', facts.links.get('canonical')?.[0]);
  push(c.canonical, 'og', firstMeta(facts, 'og:url'));
  push(c.canonical, 'json-ld', ld?.url);
  push(c.lang, 'html', facts.htmlLang);
  push(c.lang, 'meta', firstMeta(facts, 'content-language', 'dc.language', 'language'));
  push(c.lang, 'og', firstMeta(facts, 'og:locale'));
  push(c.lang, 'json-ld', ld?.inLanguage);
  push(c.lang, 'itemprop', facts.itemprops.get('inlanguage')?.[0]);
  return c;
}
