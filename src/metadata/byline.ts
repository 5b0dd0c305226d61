// Byline cleanup: "By Jane Doe, Staff Writer | @jdoe" → "Jane Doe, Staff Writer" minus handles; several authors joined with ", ".
import { decodeHTML } from 'entities';
import { lazy } from '../lazy.js';
import { startsUpper } from '../text/chars.js';

/** Words that introduce a byline, in the catalog's languages. */
const PREFIX = /^\s*(?:(?:(?:view|see|read|browse|more)\s+)?(?:all\s+)?(?:posts|articles|stories|entries)\s+by|(?:written|posted|published|reported|authored|article|started|story|words|text|photos?)\s+by|by|from|von|par|por|di|da|door|autor(?:in|a)?|auteur|author|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door)\s*:?\s+/i;
/** A social handle standing alone (not the local part of an e-mail address). */
const HANDLE = /(^|\s)\(?@[\w.]+\)?/g;
/** Bylines longer than this are paragraphs or author bios, not names. */
const MAX_BYLINE = 120;
/** A name inside a longer visible byline: up to this many capitalized words after "By". */
const MAX_NAME_WORDS = 4;
/** Where a visible byline's name part ends: a separator, a date word, or "Updated"/"Published". */
// Applied to whitespace-collapsed text: single spaces, so ` ?` is all the leading space there can be (linear).
const NAME_END = / ?(?:[|•·●◆]| [-–—] |\b(?:updated|published|posted|on|am|le|el|il|op)\b|\d{1,2}[./:]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
/** "Doe, Jane" (one comma, one word each side) is one person written family name first. */
const FAMILY_FIRST = lazy(() => new RegExp(String.raw`^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}]\.)?)$`, 'u'));
const CAPITALIZED = lazy(() => new RegExp(String.raw`^[\p{Lu}][\p{L}'’.-]*$`, 'u'));
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'di', 'du', 'bin', 'al', 'and', '&']);

/** The leading run of name-like words (capitalized, or particles between them). */
function leadingName(text: string): string | null {
  const words = text.split(/\s+/);
  const name: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[,;:]$/, '');
    if (CAPITALIZED().test(bare) || (name.length > 0 && PARTICLES.has(bare.toLowerCase()))) name.push(bare);
    else break;
    if (name.length >= MAX_NAME_WORDS || bare !== word) break;
  }
  while (name.length > 0 && PARTICLES.has((name[name.length - 1] as string).toLowerCase())) name.pop();
  return name.length >= 2 ? name.join(' ') : null;
}

export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = (value.includes('&') ? decodeHTML(value) : value).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(text)) return null;
  const prefixed = PREFIX.test(text);
  text = text.replace(PREFIX, '').replace(HANDLE, '$1').trim();
  if (text.length > MAX_BYLINE) {
    // An author box: "By Jane Doe Jane Doe is a writer at …". Keep the name only.
    if (!prefixed) return null;
    return leadingName(text);
  }
  const end = NAME_END.exec(text);
  if (end && end.index > 0) text = text.slice(0, end.index).trim();
  text = trimEndChars(text, ',;:').trim();
  const swapped = FAMILY_FIRST().exec(text);
  if (swapped) text = `${swapped[2]} ${swapped[1]}`;
  return text.length > 0 ? text : null;
}

/** Whole month and weekday names, full or short ("Tues", "Thurs"): words of a date line, not of a name. */
const MONTH_OR_WEEKDAY = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?`;
/** What a date line is made of: whole month and weekday names (not "Julian" or "Martin"), "min read", numbers and punctuation. */
const DATE_LINE_PARTS = new RegExp(String.raw`\b(?:${MONTH_OR_WEEKDAY})\b|\b(?:min(?:ute)?s?|read|am|pm|updated|published|posted|on)\b|[\d\s.,:;/|•·–—-]+`, 'gi');
/** A month, a weekday or a date label anywhere in a text. */
const DATE_LINE_WORD = new RegExp(String.raw`\b(?:${MONTH_OR_WEEKDAY}|updated|published|posted)\b`, 'i');

/** Whether a text holds a month or weekday name or a date label ("Updated", "Published", "Posted"): a date line's words, not a name's. */
export const hasDateLineWord = (text: string): boolean => DATE_LINE_WORD.test(text);
/** Template placeholders and dotted keys a page left unrendered ("{{author}}", "page.head.extra.author"). */
const TEMPLATE_JUNK = /[{}<>]|^\w+(?:\.\w+){3,}$/;
/** A sentence: starts in lower case and goes on past a comma ("batching, we can…"). */
const SENTENCE = lazy(() => new RegExp(String.raw`^\p{Ll}[^,]*, `, 'u'));
const PREFIX_WORD = /^(?:(?:written|posted|published|reported|authored|article)\s+)?by:?$/i;

/**
 * Whether a cleaned visible byline can be a person's or a team's name: not a date line, a sentence, a lone prefix
 * ("By") or an unrendered template key. Usernames ("b.scherer", "crazy lennys") pass.
 */
export function isNameLike(value: string): boolean {
  if (PREFIX_WORD.test(value) || AUTHOR_LABEL.test(value) || TEMPLATE_JUNK.test(value) || SENTENCE().test(value)) return false;
  const rest = value.replace(DATE_LINE_PARTS, ' ').replace(PREFIX_WORD_ANYWHERE, ' ');
  // An ASCII letter answers without the letter class, which then looks only for one past ASCII.
  return /[a-z]/i.test(rest) || LETTER().test(rest);
}

const LETTER = lazy(() => new RegExp(String.raw`\p{L}`, 'u'));

/** Two lowercase letters, a full stop and a space: a sentence. */
const RAN_ON = lazy(() => new RegExp(String.raw`\p{Ll}\p{Ll}\.\s`, 'u'));

/** Words that may stay lower case inside a name ("Ludwig van Beethoven", "Ana de Armas"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'al', 'y', 'e']);

/** Names written as names: every name of one to four words starts with a capital (particles aside). */
export function isPersonName(value: string): boolean {
  // "Jeff Cobb. Last updated…": a sentence ran on after the name.
  if (RAN_ON().test(value)) return false;
  return value.split(',').every((name) => {
    const words = name.trim().split(' ').filter((w) => w !== '');
    return words.length >= 1 && words.length <= 4 && words.every((w) => startsUpper(w) || NAME_PARTICLES.has(w));
  });
}

/** A heading over an author box ("The Author", "About the author"), not a name. */
const AUTHOR_LABEL = /^(?:about\s+)?(?:the\s+)?(?:authors?|writers?|contributors?)\s*:?$/i;
const PREFIX_WORD_ANYWHERE = /\b(?:written|posted|published|reported|authored|article|by)\b/gi;

export function joinAuthors(names: readonly string[]): string | null {
  const unique: string[] = [];
  for (const name of names) {
    const clean = cleanByline(name);
    if (clean && !unique.some((u) => u.toLowerCase() === clean.toLowerCase())) unique.push(clean);
  }
  return unique.length > 0 ? unique.join(', ') : null;
}

/** Drops trailing characters from `chars` (a loop: `/[,;:]+$/` backtracks quadratically on long runs). */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
