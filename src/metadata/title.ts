// Title: each source's title without the site name, typographic quotes made plain, then the value most sources agree on.
import { decodeHTML } from 'entities';
import type { Candidate } from './sources.js';
import { lazy } from '../lazy.js';
import { letterDigitRuns } from '../text/chars.js';

// Titles are whitespace-collapsed first (plainTitle), so separators have single spaces: no ambiguous `\s+` runs.
const SEPARATORS = / [|\-–—:·•»«/] /;
const TRAILING_SEPARATOR = / ?[|\-–—:·•»«/] ?$/;
const LEADING_SEPARATOR = /^\s*[|\-–—:·•»«/]\s*/;
/** A forum's label before a topic's title: phpBB's "View topic" in the languages its packs ship most. */
const TOPIC_LABEL = /(?:^|\s)(?:view topic|thema anzeigen|voir le sujet|ver tema|visualizza argomento|bekijk onderwerp) [|\-–—:·•»/] (?=\S)/i;
/** A separator at the very start of a title, after nothing: the part before it was empty. */
const EMPTY_TITLE_PART = /^[|–—·•»] \S/;
/** A heading's permalink marker (Sphinx "¶", "#", "🔗") is not part of its text. */
const PERMALINK_MARK = / ?[¶#🔗]$/u;
/** A site part is at most this many words; longer trailing parts are subtitles. */
const MAX_SITE_WORDS = 3;
/** The title left after dropping a site part keeps at least this many words. */
const MIN_TITLE_WORDS = 3;

/**
 * How much each source's vote counts. Chosen on html-dev (scripts/dev/meta-sources.mts): the document title and
 * og:title name the page as its author meant it; an h1 is often a section label ("Blog", "Reviews") or a slogan.
 */
export const TITLE_WEIGHTS: Readonly<Record<string, number>> = {
  og: 1.0, 'title-tag': 0.9, 'json-ld': 0.8, twitter: 0.7, meta: 0.6, h1: 0.6, itemprop: 0.4,
};
/** A source's value that contains a candidate (an h1 inside the document title) lends it this share of its weight. */
const CONTAINS_SHARE = 0.5;

/** Entities a CMS encoded twice decoded, spaces collapsed, a heading's permalink mark dropped. */
export function plainTitle(value: string): string {
  const text = (value.includes('&') ? decodeHTML(value) : value).replace(/\s+/g, ' ').trim();
  return text.replace(PERMALINK_MARK, '').trim();
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Removes a site-name part from a title when one side of a separator is the site's name or a short brand. */
export function cleanTitle(title: string | null, siteName: string | null, hostName: string | null = null, hostPrefix = false): string | null {
  if (!title) return null;
  const trimmed = plainTitle(title);
  // A title that starts with a separator is a template's "{title} | {site}" with an empty title: only the site is left.
  if (EMPTY_TITLE_PART.test(trimmed)) return null;
  const parts = trimmed.split(SEPARATORS);
  if (parts.length < 2) return trimmed || null;
  // A forum's "Board • View topic - Title" (phpBB): the topic is what follows the label.
  const label = TOPIC_LABEL.exec(trimmed);
  if (label !== null) return cleanTitle(trimmed.slice(label.index + label[0].length), siteName, hostName);
  const site = siteName ? plainTitle(siteName).toLowerCase() : null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const dropLast = (): string => trimmed.slice(0, trimmed.length - last.length).replace(TRAILING_SEPARATOR, '').trim();
  const dropFirst = (): string => trimmed.slice(first.length).replace(LEADING_SEPARATOR, '').trim();
  if (site) {
    const l = last.toLowerCase();
    if (l === site || site.includes(l) || l.includes(site)) return cleanTitle(dropLast(), siteName);
    if (first.toLowerCase() === site) return dropFirst();
  }
  // The last part names the site's host ("Outdoor Gear – The Bush Company USA" on thebushcompany.com).
  if (hostName !== null && hostName.length >= MIN_HOST_KEY) {
    const l = siteKey(last);
    if (l.length >= MIN_HOST_KEY && wordCount(last) <= MAX_HOST_PART_WORDS && (l.includes(hostName) || hostName.includes(l))) return cleanTitle(dropLast(), siteName, hostName);
    // Below the home page, a first part that is the host's name or address ("SoundStage! Xperience |
    // SoundStageXperience.com - Title" on soundstagexperience.com) is the site's prefix. Only the whole name counts (a
    // first part that starts with the brand, "Gymshark Arrival T-Shirt - Black", is the title); on the home page the
    // site's name and tagline are the page's title.
    if (hostPrefix && namesHost(first, hostName)) return cleanTitle(dropFirst(), siteName, hostName, hostPrefix);
  }
  // A vertical bar sets the title off from the site, its section or its tagline ("Electrical - Overview | Occupational
  // Safety and Health Administration", "Stripe Payments | Global Payment Processing Platform"): the first part is the
  // title, or the next one when the first is a one-word brand ("Todoist | A To-Do List to Organize Your Work & Life").
  if (trimmed.includes(PIPE)) {
    const pipeParts = trimmed.split(PIPE).map((p) => p.trim()).filter((p) => p !== '');
    const head = pipeParts[0] as string;
    if (pipeParts.length >= 2) return wordCount(head) >= 2 ? head : (pipeParts[1] as string);
  }
  // Without a known site name, drop a short last part ("… - CNN") but keep real subtitles, and a date or a number,
  // which name no site ("… under $50 - March 2026", "Tech conferences 2026 / 2027"). A chain of parts is a trail
  // ("Topic / Forum / Board"): short parts are dropped from its end one by one.
  if (wordCount(last) <= MAX_SITE_WORDS && wordCount(trimmed) - wordCount(last) >= MIN_TITLE_WORDS && !DATE_OR_NUMBER.test(last)) return parts.length >= 3 ? (cleanTitle(dropLast(), siteName) ?? dropLast()) : dropLast();
  return trimmed;
}

const PIPE = ' | ';
/** Whether a title part is the host's name, loosely spelled, or its address ("SoundStageXperience.com", one word). */
const namesHost = (part: string, hostName: string): boolean => siteKey(part) === hostName || (!part.includes(' ') && siteKey(part.split('.')[0] ?? '') === hostName);
/** A host name or title part shorter than this is not matched with the other (too many short words are in names). */
const MIN_HOST_KEY = 4;
/** A part that names the host is a name of a few words ("The Bush Company USA"), not a sentence that mentions it. */
const MAX_HOST_PART_WORDS = 4;
/** A title part that is only a number, a year, or a month and a year: part of the title, never a site's name. */
const DATE_OR_NUMBER = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?[\d.,/-]+$/i;

/** Sources compare equal regardless of case and typographic quotes. */
const key = (s: string): string => s.toLowerCase().replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
// The runs of letters and digits: the pieces that splitting at `[^\p{L}\p{N}]+` leaves, but for empty ones.
const wordSet = (s: string): Set<string> => new Set(letterDigitRuns(s.toLowerCase()).filter((w) => w.length > 1));

/** An h1 is the headline when it has at least this many words... */
const HEADLINE_MIN_WORDS = 3;
/**
 * ...and shares at least this share of its words with the document's own title (else it is a label or a slogan). On
 * WCXB dev 0.2 and 0.25 each took the right title 4 times more than 0.3 did, 0.34 once more.
 */
const HEADLINE_OVERLAP = 0.25;

function overlap(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  if (wa.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.size;
}

/** A separator between a title and a part split off it ("Portage - Gentoo wiki", "Camping Tents: Large Tents"). */
const PART_AFTER = /^(?: [|\-–—·•»/]|:) \S/;
const PART_BEFORE = /\S ?[|\-–—·•»/:] $/;

/**
 * Whether `title` is `headline` and one more part, split at a separator: 'after' when the headline comes first,
 * 'before' when it comes last (then the part before it is returned too, and whether a colon set it off).
 */
function separatedPart(headline: string, title: string): { side: 'after' } | { side: 'before'; rest: string; colon: boolean } | null {
  const h = key(headline);
  const t = key(title);
  if (t.length <= h.length) return null;
  if (t.startsWith(h)) return PART_AFTER.test(t.slice(h.length)) ? { side: 'after' } : null;
  const before = t.slice(0, t.length - h.length);
  if (t.endsWith(h) && PART_BEFORE.test(before)) return { side: 'before', rest: title.slice(0, title.length - headline.length).replace(TRAILING_SEPARATOR, '').trim(), colon: before.endsWith(': ') };
  return null;
}

/** A date line (a month name and a day, or a numeric date). */
const DATE_PART = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;
/** A link's source and its comment count, "(latimes.com) 87". */
const SOURCE_COUNT = /^\(?[\w-]+(?:\.[\w-]+)+\)?(?: \d+)?$/;
/** A one-word label before the title: "Thread:", "Blog:". */
const LABEL = lazy(() => new RegExp(String.raw`^\p{L}+:$`, 'u'));

/** Whether `headline` is `title` with a date line, a source and count, or a label added before or after it. */
function carriesExtra(headline: string, title: string): boolean {
  const h = key(headline);
  const t = key(title);
  const at = h.indexOf(t);
  if (t.length === 0 || at < 0 || h.length === t.length) return false;
  const before = h.slice(0, at).trim();
  const after = h.slice(at + t.length).trim();
  const extra = `${before} ${after}`.trim();
  return DATE_PART.test(extra) || SOURCE_COUNT.test(extra) || (after === '' && LABEL().test(before));
}

/** A four-digit year in a title. */
const TITLE_YEAR = /\b(?:19|20)\d{2}\b/g;

/** Whether `headline` is `declared` word for word but for its years, at least one of them later and none earlier. */
function laterYear(headline: string, declared: string): boolean {
  const hy = headline.match(TITLE_YEAR);
  const dy = declared.match(TITLE_YEAR);
  if (hy === null || dy === null || hy.length !== dy.length) return false;
  if (key(headline.replace(TITLE_YEAR, '#')) !== key(declared.replace(TITLE_YEAR, '#'))) return false;
  return hy.every((y, i) => Number(y) >= Number(dy[i])) && hy.some((y, i) => Number(y) > Number(dy[i]));
}

/** An h1 this short is matched with the start of a declared title only when it has at least this many words ("News" starts many). */
const MIN_PREFIX_HEADLINE_WORDS = 3;

/**
 * Which of the page's h1s is the article's headline: the first (the article's own first, as given), unless it is not
 * the declared title and another h1 is — the whole of a declared title less its site part, its first part at a
 * separator, or its start. A page may spend its first h1 on the site's logo ("The Go Blog" over "Defer, Panic, and
 * Recover") and give the article's headline the second.
 */
export function headlineOf<T extends { text: string }>(h1s: readonly T[], declared: readonly (string | null | undefined)[], siteName: string | null): T | undefined {
  const [first] = h1s;
  if (h1s.length < 2 || first === undefined) return first;
  const titles = declared.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  const whole = new Set(titles.map((d) => key(cleanTitle(d, siteName) ?? '')));
  const heads = new Set(titles.map((d) => key(plainTitle(d).split(SEPARATORS)[0] ?? '')));
  const raw = titles.map((d) => key(plainTitle(d)));
  const names = (h: T): boolean => {
    const k = key(plainTitle(h.text));
    if (k === '') return false;
    return whole.has(k) || heads.has(k) || (wordCount(k) >= MIN_PREFIX_HEADLINE_WORDS && raw.some((r) => r.startsWith(k)));
  };
  if (names(first)) return first;
  return h1s.find(names) ?? first;
}

/** A site or organization name compared loosely: case, spaces and punctuation aside ("Product Hunt" is producthunt.com's). */
export const siteKey = (name: string): string => letterDigitRuns(name.toLowerCase()).join('');
/** Second-level labels under a country code ("amazon.co.uk"): the site's name is the label before them. */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

/** The page's address, parsed once for the checks below; null when there is none or it is no URL. */
function parsePage(pageUrl: string | null): URL | null {
  if (!pageUrl) return null;
  try {
    return new URL(pageUrl);
  } catch {
    return null;
  }
}

/** The host's name (`reddit` for www.reddit.com, `amazon` for amazon.co.uk), compared loosely; null without one. */
function hostKey(page: URL | null): string | null {
  if (!page) return null;
  const labels = page.hostname.split('.').filter((l) => l !== '' && l !== 'www');
  const name = labels.length >= 3 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 2] as string) ? labels[labels.length - 3] : labels[labels.length - 2];
  return name && siteKey(name) !== '' ? siteKey(name) : null;
}

/** The site's name and its host's name, compared loosely. */
function siteKeys(siteName: string | null, page: URL | null): Set<string> {
  const keys = new Set<string>();
  if (siteName && siteKey(siteName) !== '') keys.add(siteKey(siteName));
  const host = hostKey(page);
  if (host !== null) keys.add(host);
  return keys;
}

/** Whether the address is a page below the site's home (a path besides "/"). */
const belowHome = (page: URL | null): boolean => page !== null && page.pathname !== '/' && page.pathname !== '';

/** Whether `part` is one of a title's parts at its separators, other than the last. */
function isLeadingPart(part: string, title: string): boolean {
  const parts = title.split(SEPARATORS);
  return parts.length >= 2 && parts.slice(0, -1).some((p) => p.trim() === part);
}

/** Whether a title is the site's name, alone or as the first of its parts. */
const namesSite = (title: string, brands: ReadonlySet<string>): boolean => brands.has(siteKey(title)) || brands.has(siteKey(title.split(SEPARATORS)[0] ?? ''));

/**
 * The headline, in the declared title's spelling when it is the same words typeset differently (curly quotes, case),
 * unless the JSON-LD headline spells it as the page shows it: the structured data's headline field and the visible
 * heading agree, where a share title (og:title) is often retyped by an SEO plugin with straight quotes (on WCXB dev
 * the truth took the shared spelling 3 times in 4).
 */
function inDeclaredSpelling(headline: string, best: { value: string; source: string } | null, cleaned: readonly { source: string; value: string }[]): { value: string; source: string } {
  if (!best || key(headline) !== key(best.value)) return { value: headline, source: 'h1' };
  if (headline !== best.value && cleaned.some((c) => c.source === 'json-ld' && c.value === headline)) return { value: headline, source: 'json-ld' };
  return { value: best.value, source: best.source };
}

/** A thread's prefix before a title: a word or two. */
const MAX_PREFIX_WORDS = 2;

/**
 * A forum thread's prefix ("News", "Question", "Tips/Techniques" on XenForo): the JSON-LD headline is the thread's
 * title, the og:title and <title> put the prefix before it at a separator ("News - Digital Cameras: …") and the h1
 * shows it as a label before it ("News Digital Cameras: …"). Every title that is the headline after that prefix is
 * read as the headline. Needs the separated spelling in a title: a word before the headline in an h1 alone may be
 * the title's own.
 */
function dropThreadPrefix(cleaned: { source: string; value: string }[]): void {
  const ld = cleaned.find((c) => c.source === 'json-ld')?.value;
  if (ld === undefined) return;
  const prefixOf = (v: string): string | undefined => {
    const part = separatedPart(ld, v);
    return part?.side === 'before' && !part.colon && wordCount(part.rest) <= MAX_PREFIX_WORDS ? key(part.rest) : undefined;
  };
  const prefix = cleaned.map((c) => prefixOf(c.value)).find(Boolean);
  if (prefix !== undefined) for (const c of cleaned) if (prefixOf(c.value) === prefix || key(c.value) === `${prefix} ${key(ld)}`) c.value = ld;
}

/** A picked title, the source it came from and (for the dev scripts) the rule that chose it. */
export interface TitlePick {
  value: string | null;
  source: string | null;
  rule?: string;
}

/** The visible headline when it looks like one; otherwise the cleaned title most sources agree on. */
/** What the page says of itself, for the title's arbitration. */
export interface TitleContext {
  /**
   * The page declares itself an article (og:type article, a JSON-LD Article or posting); false when it declares
   * itself something else or nothing; undefined when unknown (the h1 is then trusted as on an article).
   */
  article?: boolean;
  /** The page declares itself a shop's product page: its h1 is the product's name. */
  product?: boolean;
}

export function pickTitle(candidates: readonly Candidate[], siteName: string | null, pageUrl: string | null = null, context: TitleContext = {}): TitlePick {
  const page = parsePage(pageUrl);
  const host = hostKey(page);
  const below = belowHome(page);
  const cleaned = candidates
    .map((c) => ({ source: c.source, raw: key(plainTitle(c.value)), value: cleanTitle(c.value, siteName, host, below) }))
    .filter((c): c is { source: string; raw: string; value: string } => !!c.value);
  dropThreadPrefix(cleaned);
  let best: { value: string; source: string; score: number; weight: number } | null = null;
  for (const c of cleaned) {
    if (c.source === 'h1') continue;
    const k = key(c.value);
    let score = 0;
    for (const other of cleaned) {
      const w = TITLE_WEIGHTS[other.source] ?? 0;
      if (key(other.value) === k) score += w;
      else if (other.raw.includes(k)) score += w * CONTAINS_SHARE;
    }
    const weight = TITLE_WEIGHTS[c.source] ?? 0;
    if (!best || score > best.score || (score === best.score && weight > best.weight)) best = { value: c.value, source: c.source, score, weight };
  }
  const h1 = cleaned.find((c) => c.source === 'h1');
  // On a page below the site's home, every declared title is the site's name, alone or before a tagline ("Reddit - The
  // heart of the internet"): the site's default title, which an app never replaced with the page's own. A headline of
  // a few words that is not the site's name names the page. (On the home page the site's title is the page's.)
  // The site's names, made when a check needs them (most pages never get that far).
  let keys: Set<string> | null = null;
  const siteNames = (): Set<string> => (keys ??= siteKeys(siteName, page));
  const brands = below ? siteNames() : new Set<string>();
  const declared = cleaned.filter((c) => c.source !== 'h1');
  if (h1 && brands.size > 0 && declared.length > 0 && wordCount(h1.value) >= HEADLINE_MIN_WORDS && !brands.has(siteKey(h1.value)) && declared.every((c) => namesSite(c.raw, brands))) {
    return { value: h1.value, source: 'h1', rule: 'site-default-title' };
  }
  // The headline is a part, not the last, of a declared title that a cleaner took another part of ("News |
  // National Student Support Accelerator" under an h1 "News"): the headline names the page, the rest the site.
  if (h1 && declared.some((c) => isLeadingPart(key(h1.value), c.raw)) && !siteNames().has(siteKey(h1.value))) return { ...inDeclaredSpelling(h1.value, best, cleaned), rule: 'leading-part' };
  if (h1 && best) {
    // The declared title is the headline's words with an earlier year ("… taxes in 2024" under an h1 "… taxes in
    // 2025"): the page re-dated its visible headline and left its tags behind (on WCXB dev the headline was the title
    // all 3 times; no page had it the other way).
    if (laterYear(h1.value, best.value)) return { value: h1.value, source: 'h1', rule: 'h1-later-year' };
    // The declared title is the headline plus a part split off at a separator: the rest is the site or a section.
    // When the h1 is the last part and the part before it is no shorter, the h1 is the site's name in its header
    // ("Recoverable Errors with Result - The Rust Programming Language" under an h1 of the book's name): the part
    // before it is the title. A short part before the h1 is a site's prefix ("Tastify | Top 7 Catering Trends").
    const part = separatedPart(h1.value, best.value);
    // A colon introduces what follows it ("City of Marion Building Department: Home Repair Assistance Program"): the
    // h1 after a colon is the page's own title, never the site's name.
    if (part?.side === 'before' && part.rest !== '' && !part.colon && wordCount(part.rest) >= wordCount(h1.value)) return { value: part.rest, source: best.source, rule: 'h1-is-site-part' };
    if (part) return { value: h1.value, source: 'h1', rule: 'separated-part' };
    // The headline is the declared title plus a date line, a link count or a label: the declared title is cleaner.
    if (carriesExtra(h1.value, best.value)) return { value: best.value, source: best.source, rule: 'h1-carries-extra' };
    // The declared title is the headline and words for search engines after it ("Headlamps" under "Headlamps for
    // Camping, Hiking & Running", "MacBook Air" under "MacBook Air 13-inch and MacBook Air 15-inch"): the headline is
    // the page's name (on WCXB dev the headline was the title 17 times in such pairs, the declared title 6 times).
    if (key(best.value).startsWith(`${key(h1.value)} `) && !siteNames().has(siteKey(h1.value))) return { value: h1.value, source: 'h1', rule: 'declared-starts-with-h1' };
  }
  if (h1 && (!best || (wordCount(h1.value) >= HEADLINE_MIN_WORDS && overlap(h1.value, best.value) >= HEADLINE_OVERLAP))) {
    // A page that does not call itself an article (a service, shop or landing page) and names itself for sharing
    // (og:title): its h1 is a banner or a slogan ("Data-driven marketing without the complexity"), its declared title
    // the page's name. On WCXB dev such pages' titles were the declared one 55 times, the differing h1 41 times; on
    // article pages the h1 99 times, the declared title 33. A product page's h1 is the product's name (the og:title
    // adds a brand or a pitch): there the h1 was the title 8 times, the declared title 5.
    if (best && context.article === false && context.product !== true && key(h1.value) !== key(best.value) && cleaned.some((c) => c.source === 'og')) return { value: best.value, source: best.source, rule: 'declared-not-article' };
    return { ...inDeclaredSpelling(h1.value, best, cleaned), rule: best ? 'overlap' : 'h1-only' };
  }
  return best ? { value: best.value, source: best.source, rule: 'declared' } : { value: null, source: null };
}
