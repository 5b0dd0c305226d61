// Date normalization to ISO 8601, keeping the page's time zone when it gives one.
import { once } from '../lazy.js';
import { lazy } from '../lazy.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** A four-digit year, and a one- or two-digit number standing alone (a day, once the year is taken out). */
const YEAR = /(?:19|20)\d{2}/g;
const HAS_DAY = /(?:^|\D)\d{1,2}(?:\D|$)/;
const WRITTEN_FULL_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** Day and month as two numbers before a four-digit year (02-12-2025, 3/10/2023, 14.03.2025), an optional zone-less time after. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?:(?:[\sT,]+)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?$/i;
/** Regions that write the month before the day (3/10/2023 is 10 March); elsewhere the day comes first. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI', 'CA', 'BZ']);

/** Which number comes first in a numeric date (`dmy` or `mdy`), from a BCP 47 tag; null when the tag does not tell. */
export function numericDateOrder(lang: string | null | undefined): 'dmy' | 'mdy' | null {
  if (!lang) return null;
  const [base, ...rest] = lang.split('-');
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  if (region) return MONTH_FIRST_REGIONS.has(region) && (base ?? '').toLowerCase() === 'en' ? 'mdy' : 'dmy';
  // English without a region is written both ways; every other language writes the day first (year-first forms are ISO).
  return (base ?? '').toLowerCase() === 'en' || base === '' ? null : 'dmy';
}

/**
 * Both calendar readings of a numeric date whose day and month could be swapped (02-12-2025), month first then day
 * first; null when the text is not such a date or only one reading is a real date.
 */
export function ambiguousReadings(value: string): [string, string] | null {
  const m = NUMERIC.exec(value.trim());
  if (!m) return null;
  const [, a, , b, y] = m;
  if (Number(a) > 12 || Number(b) > 12 || a === b) return null;
  if (!plausible(Number(y), Number(a), Number(b)) || !plausible(Number(y), Number(b), Number(a))) return null;
  return [`${y}-${pad(a as string)}-${pad(b as string)}`, `${y}-${pad(b as string)}-${pad(a as string)}`];
}
/** Years outside this window are not article dates (copyright lines, typos, epoch zero). */
const MIN_YEAR = 1990;
const MAX_YEARS_AHEAD = 1;

const pad = (n: number | string): string => String(n).padStart(2, '0');

function plausible(year: number, month: number, day: number): boolean {
  const now = new Date();
  if (year < MIN_YEAR || year > now.getUTCFullYear() + MAX_YEARS_AHEAD) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCDate() === day;
}

/**
 * Normalizes one date string; returns null when it is not a plausible article date. `order` says how the page writes
 * numeric dates (from its language and region); without it 02-12-2025 reads month first, as JavaScript does.
 */
export function normalizeDate(value: string | null | undefined, order: 'dmy' | 'mdy' | null = null): string | null {
  if (!value) return null;
  const text = value.trim().slice(0, 64);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, a, , b, y] = numeric;
    const dayFirst = Number(a) > 12 || (order === 'dmy' && Number(b) <= 12);
    const [m, d] = dayFirst ? [b, a] : [a, b];
    return plausible(Number(y), Number(m), Number(d)) ? `${y}-${pad(m as string)}-${pad(d as string)}` : null;
  }
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!plausible(Number(y), Number(m), Number(d))) return null;
    const date = `${y}-${m}-${d}`;
    if (hh === undefined) return date;
    const z = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${date}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [, y, m, d] = slashed;
    return plausible(Number(y), Number(m), Number(d)) ? `${y}-${pad(m as string)}-${pad(d as string)}` : null;
  }
  // Date.parse reads almost anything with a year in it ("Best of 2024" is 1 January 2024): only a text with a day
  // number besides the year is a date.
  if (!HAS_DAY.test(text.replace(YEAR, ' '))) return null;
  // Without a written year Date.parse supplies one ("April 12" is 12 April 2001 in V8): no date.
  if (!WRITTEN_FULL_YEAR.test(text)) return null;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  // Date.parse reads zone-less strings as local time; the calendar date is what the page meant.
  const hasZone = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(text);
  const y = hasZone ? date.getUTCFullYear() : date.getFullYear();
  const m = (hasZone ? date.getUTCMonth() : date.getMonth()) + 1;
  const d = hasZone ? date.getUTCDate() : date.getDate();
  if (!plausible(y, m, d)) return null;
  if (!hasZone || !/\d{1,2}:\d{2}/.test(text)) return `${y}-${pad(m)}-${pad(d)}`;
  return date.toISOString().replace('.000Z', 'Z');
}

/** chrono-node's strict parsers (src/metadata/chrono.ts): loaded only when a page has a date written in words. */
const loadChrono = once(() => import('./chrono.js'));
/** A date counts only when the page wrote its year: relative ones ("3 hours ago") chrono resolves against today. */
const WRITTEN_YEAR = /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/;
/** A number of one or two digits standing alone (a day), not part of a year. */
const DAY_NUMBER = /(?:^|\D)\d{1,2}(?!\d)/;
/** Human-written dates longer than this are sentences, not dates. */
const MAX_HUMAN_DATE_CHARS = 120;

/** English month names, their three-letter abbreviations and "Sept", to the month's number. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((name, i) => [
    [name, i + 1] as const,
    [name.slice(0, 3), i + 1] as const,
  ]).concat([['sept', 9]]),
);
/** "December 17, 2025", "Dec. 17 2025", "Tuesday, Dec 17th, 2025", "17 December 2025": the whole text, nothing else. */
const MONTH_DAY_YEAR = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const DAY_MONTH_YEAR = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})$/i;

/** "November 2015", "Published: Nov. 2015": a month and a year, the whole text. */
const MONTH_YEAR = /^(?:(?:published|posted)(?: on)?:? )?([a-z]{3,9})\.?,? ((?:19|20)\d{2})$/i;

/**
 * A line that gives only a month and a year ("November 2015") as ISO 8601's calendar month ("2015-11"), or null; never
 * a month still to come.
 */
export function monthOnlyDate(text: string): string | null {
  const m = MONTH_YEAR.exec(text.replace(/\s+/g, ' ').trim());
  const month = m ? (MONTHS.get((m[1] ?? '').toLowerCase()) ?? null) : null;
  if (m === null || month === null || !plausible(Number(m[2]), month, 1)) return null;
  const now = new Date();
  if (Number(m[2]) * 12 + month > now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) return null;
  return `${m[2]}-${pad(month)}`;
}

/**
 * A whole text that is one plain English date ("Dec 17, 2025", "17 December 2025"), read without chrono-node: most
 * visible date lines are, and a typical page then never loads chrono's 540 KB (issue 9 cold start). Anything else,
 * chrono reads. Same result as chrono's strict parse for these forms.
 */
function plainEnglishDate(sample: string): string | null {
  const mdy = MONTH_DAY_YEAR.exec(sample);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(sample);
  const [name, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (name === undefined || day === undefined || year === undefined) return null;
  const m = MONTHS.get(name.toLowerCase()) ?? null;
  const y = Number(year);
  const d = Number(day);
  if (m === null || !plausible(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date written for people ("Friday January 12, 2024 @11:40AM", "14. März 2025") as YYYY-MM-DD, parsed by chrono-node
 * in strict mode in English and the page's language. Only dates with a certain day, month and year count: relative ones
 * ("3 hours ago") depend on when the page was saved, which decruft does not know.
 */
export async function parseHumanDate(text: string, lang: string | null): Promise<string | null> {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length === 0 || sample.length > MAX_HUMAN_DATE_CHARS || !/[\d\uff10-\uff19]/.test(sample)) return null;
  const plain = plainEnglishDate(sample) ?? cjkDate(sample);
  if (plain !== null) return plain;
  // A date with a certain day, month and year has a written year and a day number: without both ("2018 Boys State
  // Swim Results"), chrono is not loaded at all.
  if (!WRITTEN_YEAR.test(sample) || !DAY_NUMBER.test(sample)) return null;
  const { english, byLanguage } = await loadChrono();
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const local = byLanguage.get(primary);
  const parsers = local === undefined ? [english] : [english, local];
  // A day, a month's name and a year joined by dashes ("04-ago-2021", "12-Oct-2020"): chrono reads them spaced.
  const spaced = sample.replace(DASHED_WORD_DATE(), '$1 $2 $3');
  const found = readCertain(parsers, spaced);
  if (found !== null) return found;
  // A month's name the page's language does not know ("04 ago 2021" on a page declared English: a localized CMS's
  // date): the other catalog languages, for a day, a month's name and a year alone.
  const word = WORD_DATE().exec(spaced);
  if (word === null || MONTHS.has((word[2] ?? '').toLowerCase())) return null;
  return readCertain(CATALOG_LANGUAGES.filter((l) => l !== primary).map((l) => byLanguage.get(l)).filter((p) => p !== undefined), word[0]);
}

/** "2025年3月14日" (Chinese and Japanese; full-width digits too): a year, a month and a day, each with its sign. */
const CJK_DATE = /((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/**
 * The first "2025年3月14日" in the text as YYYY-MM-DD, read without chrono-node: its Japanese and Chinese locales (about
 * 6 KiB gzip of the edge bundle, issue 9) are not bundled, and this is how pages in those languages write a date.
 */
function cjkDate(sample: string): string | null {
  if (!sample.includes('年')) return null;
  const m = CJK_DATE.exec(sample.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)));
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return plausible(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** "04-ago-2021", "12-Oct-2020": a day, a month's name and a year joined by dashes. */
const DASHED_WORD_DATE = lazy(() => new RegExp(String.raw`\b(\d{1,2})-(\p{L}{3,10})\.?-((?:19|20)\d{2})\b`, 'gu'));
/** A day, a month's name (abbreviated or not) and a year: "04 ago 2021", "3 févr. 2020", "12. Okt. 2021". */
const WORD_DATE = lazy(() => new RegExp(String.raw`\b(\d{1,2})\.? (\p{L}{3,10})\.? ((?:19|20)\d{2})\b`, 'u'));
/** The languages decruft's phrase catalog covers besides English, whose month names a page may use whatever it declares. */
const CATALOG_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

type StrictParser = (typeof import('./chrono.js'))['english'];

/** The first date with a certain day, month and written year that one of the parsers reads in the text, as YYYY-MM-DD. */
function readCertain(parsers: readonly StrictParser[], sample: string): string | null {
  for (const parser of parsers) {
    for (const result of parser.parse(sample)) {
      const start = result.start;
      if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year') || !WRITTEN_YEAR.test(result.text)) continue;
      const y = start.get('year');
      const m = start.get('month');
      const d = start.get('day');
      if (y === null || m === null || d === null || !plausible(y, m, d)) continue;
      return `${y}-${pad(m)}-${pad(d)}`;
    }
  }
  return null;
}
