// The text locate stage: in a whole-page dump (menus, link lists and footers as short lines around the article),
// finds the run of blocks that is the article and gives a receipt for every block outside it.
//
// Each block scores by how much it looks like article prose: prose blocks (long, or sentences) count their words,
// short menu-like lines cost a little. The article is the run with the highest total (Kadane's maximum subarray,
// linear). Only dumps that look like whole pages (many short lines) are located; an article-only dump is left as is.
import type { Context } from '../context.js';
import { scanTokens, scanTokensIn, type TokenRun } from '../rules/compile.js';
import { bestRun, SENTENCE_END } from './run.js';
import { isShareWord } from '../classify/shape.js';
import { isListText, toSegment } from '../segment/from-text.js';
import type { Segment } from '../segment/types.js';
import { lazy } from '../lazy.js';

export const TEXT_LOCATE = {
  /** A block this long is prose whatever it ends with. */
  proseWords: 25,
  /** A block this long that ends like a sentence is prose. */
  sentenceWords: 10,
  /** What a menu-like line (few words, no sentence end) costs. */
  shortCost: 4,
  /** What any other non-prose block (a heading, a caption, a short sentence) costs. */
  otherCost: 1,
  /** A menu-like line: at most this many words and no sentence end. */
  menuWords: 6,
  /** Locate only dumps with at least this many menu-like lines… */
  minShortBlocks: 12,
  /**
   * …making up at least this share of all blocks, or as many before the first prose block: a page's header and menus
   * above an article whose replies run long (text-dev: 31 pages better, none worse, F1 0.9222 -> 0.9244).
   */
  minShortShare: 0.35,
  /** A footer mark counts on a line of at most this many words. */
  footerLineWords: 12,
  /** At most this many lines before the article's run are its own (title, subtitle, a label), not a page's menu. */
  maxHeadLines: 3,
  /** At most this many menu-like lines after a line ending in a colon are the list it introduces, at no cost. */
  listedItems: 12,
  /** …when that line is a sentence of at least this many words ("Break your budget into clear categories:"), not a label ("Share this:"). */
  listIntroWords: 4,
  /** A comment section's start ends the article only after this many words of prose. */
  minProseBeforeComments: 50,
  /** …and in a dump not located as a whole page, after this many (a "124 Comments" link under the first paragraph). */
  minProseBeforeCommentsUnlocated: 150,
  /** At least this many card date lines, each at most `teaserStep` blocks after the last, are a list of teaser cards. */
  teaserDates: 3,
  teaserStep: 6,
  /** A card's headline before its date line: not prose, or at most this many words (one ending in ":" or "?"). */
  cardHeadWords: 16,
  /** A stretch of short lines with at least this many lines the page also has outside the run is its menu. */
  echoLines: 3,
  /** A date line (the article's, under its title) has at most this many words… */
  dateLineWords: 20,
  /** …and starts the article only when less than 1/headProseShare of the run's prose comes before it. */
  headProseShare: 4,
} as const;

/** Headings that open a comment section: "12 Comments", "Leave a Reply" (each alternative anchored at the start). */
export const COMMENTS_HEADING = /^[[(]?\s*(?:\d+\s+)?(?:(?:top(?: rated)?|latest|newest|recent|most (?:popular|recent|liked)|reader|user|all) )?(?:comments?|responses?|replies|kommentare|commentaires|comentarios|coment[áa]rios?|commenti|reacties)(?:\s*\(\d+\))?\s*[\])]?$|^\d+\s+comments?:$|^(?:leave a (?:reply|comment)|join the discussion|add a comment|post a comment|show comments|view comments|comments are closed|deixe (?:uma resposta|um coment[áa]rio)|deja (?:una respuesta|un comentario)|laisser (?:un commentaire|une r[ée]ponse)|lascia (?:un commento|una risposta)|(?:schreibe|hinterlasse) einen kommentar|(?:geef|laat) een reactie)\b/i;
/** A commenter's line that opens a comment section: "Jane on May 2, 2019 at 4:47 pm said:". */
export const SAID_LINE = /\b(?:said|says|wrote|commented):$/i;

/**
 * Whether a line opens a comment section (COMMENTS_HEADING or SAID_LINE). SAID_LINE, not anchored at the start, was tried
 * at every character of every short line after the article's first prose (issue 9 profile): it is tried only on a line
 * ending in its colon.
 */
export const isCommentsStart = (line: string): boolean => COMMENTS_HEADING.test(line) || (line.endsWith(':') && SAID_LINE.test(line));

/** Marks of a page footer, in the languages of the catalog. */
const FOOTER = /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|privacy (?:policy|notice|statement|settings)|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings|preferences)|contact us|about us|advertise with us|sitemap|site map|impressum|datenschutz|alle rechte vorbehalten|mentions l[ée]gales|tous droits r[ée]serv[ée]s|aviso legal|pol[íi]tica de privacidad|todos los derechos reservados|informativa sulla privacy|tutti i diritti riservati|algemene voorwaarden/i;


/**
 * Up to this many blocks (any article), every block's tokens are kept for classify; above, only prose blocks': a
 * short line's tokens cost more memory than its text, and a million of them were most of a 1M-line dump's peak.
 */
const KEEP_ALL_TOKENS = 4096;

/** The most characters of blocks joined into one string to be scanned (a group's string is freed after it). */
const JOIN_CHARS = 1 << 16;

/** Block kinds, one byte each (a million-line dump kept a million strings here: issue 8). */
const PROSE = 0;
const MENU = 1;
const OTHER = 2;
/** A table cell's line: numbers, dates, sums and signs only ("1/1/2013", "+13.1%", "$7,746"). */
const DATA = 3;
const DATA_LINE = /^[\d\s.,:;/%+\-−–$€£¥()*#]+$/u;
/** A value a table holds: a share, a sum, a decimal, a date or a time. */
const DATA_VALUE = /[%$€£¥]|\d[.,/:]\d/u;

/** Punctuation any stretch of prose has somewhere; a tag cloud or a run of link labels has none. */
const PROSE_PUNCTUATION = /[.,;:!?。，、！？]/u;

function kindOf(text: string, words: number): number {
  const sentence = SENTENCE_END.test(text);
  if ((words >= TEXT_LOCATE.proseWords && PROSE_PUNCTUATION.test(text)) || (words >= TEXT_LOCATE.sentenceWords && sentence)) return PROSE;
  if (isListText(text)) return OTHER;
  // Not a bare number: a list's "2", "3" number its headlines.
  if (DATA_LINE.test(text) && DATA_VALUE.test(text)) return DATA;
  if (words <= TEXT_LOCATE.menuWords && !sentence) return MENU;
  return OTHER;
}

/** A line of one to three network names or share actions ("Twitter", "Print", "Email"). */
function isShareLine(text: string | undefined): boolean {
  if (text === undefined) return false;
  const run = scanTokens(text);
  if (run.count === 0 || run.count > 3) return false;
  for (let i = 0; i < run.count; i++) if (!isShareWord(run.id(i))) return false;
  return true;
}

/** A "Comments" line between share buttons ("Facebook / Twitter / Comments / Print") is a button, not a section. */
const inShareBar = (blocks: readonly string[], i: number): boolean => isShareLine(blocks[i - 1]) || isShareLine(blocks[i + 1]);

/** Index of the first block of a comment section after some article prose, or the number of blocks. */
function commentsStart(blocks: readonly string[], kinds: Uint8Array, words: Int32Array, minProse: number = TEXT_LOCATE.minProseBeforeComments): number {
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (prose >= minProse && (words[i] as number) <= TEXT_LOCATE.footerLineWords && isCommentsStart((blocks[i] as string).trim()) && !inShareBar(blocks, i)) return i;
    if (kinds[i] === PROSE) prose += words[i] as number;
  }
  return blocks.length;
}

/** Blurbs in [start, end): at least two prose blocks, none right after another (article paragraphs come in a row). */
function blurbsOnly(kinds: Uint8Array, start: number, end: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    if (kinds[i] !== PROSE) continue;
    if (i > start && kinds[i - 1] === PROSE) return false;
    count++;
  }
  return count >= 2;
}

/** Words of the prose blocks in [start, end). */
function proseWords(kinds: Uint8Array, words: Int32Array, start: number, end: number): number {
  let total = 0;
  for (let i = start; i < end; i++) if (kinds[i] === PROSE) total += words[i] as number;
  return total;
}

/** A footer line that may still be the article's own last line ("© 2019 Associated Press. All rights reserved."). */
const OWNER_LINE = /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados|tutti i diritti riservati/i;

/** The heading of an author box after the article ("About the author"): the bio and what follows are the page's. */
const AUTHOR_BOX = /^(?:about (?:the|our) (?:author|writer|reviewer)s?|meet (?:the|your|our) (?:author|writer|guide)s?|author bio|about me|written by|sobre (?:o|el) autor|[üu]ber den autor|[àa] propos de l['’]auteur|over de auteur|sull['’]autore)$/i;

/** The heading of an author box by the author's name ("About Brigit Katz", "Sobre Carlos Nadalim"): two or three words in capitals. */
const AUTHOR_NAME_BOX = lazy(() => new RegExp(String.raw`^(?:About|Sobre|Über|Over|Written by|Text by) (?!(?:The|This|That|Our|Your|Us|Me|O|A|An|El|La|Los|Las|Der|Die|Das|De|Het)\b)\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$`, 'u'));

/**
 * The heading of what a page puts after the article, in the catalog's languages: a list of other stories ("Related
 * articles", "You may also like", "More from Riverside", "Leggi anche"), its categories or recent posts, a "Like this:"
 * bar, a sources or footnotes list (the benchmarks' truth leaves these out; "References" and "Notes" stay).
 */
const RELATED_HEADING = /^(?:related(?: articles| posts| stories| news| content| reading| topics| insights| products)?(?: & resources)?|recommended(?: for you| articles| stories| reading)?|you(?:['’]ll| will| may| might)? (?:also )?(?:like|love|enjoy|be interested in)|more (?:from|stories|articles|news|in|videos|great)\b[^:.…]*|explore more|trending(?: now| news| stories)?|most (?:popular|read|viewed|shared)(?: stories| articles| news| in the section)?|popular (?:posts|stories|articles)|read next|latest (?:news|stories|articles|posts)|recent (?:posts|articles)|categories|like this|(?:article )?sources|footnotes|we recommend|(?:previous|next) (?:article|post|story)|what to read next|keep reading|top stories|other (?:stories|news(?: in this section)?)|partner news|want more stories like this\?|voc[êe] (?:tamb[ée]m )?pode gostar|(?:tamb[ée]n )?te puede gustar|vous aimerez (?:peut-[êe]tre )?aussi|potrebbe piacerti(?: anche)?|ti potrebbe interessare|misschien ook interessant|artigos relacionados|not[íi]cias relacionadas|leia tamb[ée]m|veja tamb[ée]m|noticias relacionadas|art[íi]culos relacionados|te puede interesar|[àa] lire aussi|articles similaires|sur le m[êe]me sujet|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|articoli correlati|leggi anche|potrebbe interessarti|gerelateerde artikelen|lees ook|meer nieuws)[:.…]*$/iu;

/**
 * Where a run that runs on past the page's footer ends: at the first footer line (©, privacy, terms…) inside the run
 * that comes after most of its prose and is followed by short lines, not by more article paragraphs. A page's own
 * copyright line ends the article after it (an agency's notice is the story's last line); a footer link line before it.
 */
function footerCut(blocks: readonly string[], kinds: Uint8Array, words: Int32Array, start: number, end: number): number {
  const total = proseWords(kinds, words, start, end);
  let before = 0;
  for (let i = start; i < end; i++) {
    if (kinds[i] === PROSE) before += words[i] as number;
    else if (before >= TEXT_LOCATE.minProseBeforeComments && 2 * before >= total) {
      const line = (blocks[i] as string).trim();
      if (AUTHOR_BOX.test(line) || AUTHOR_NAME_BOX().test(line)) return i;
      // A related-stories heading ends the article when little of the run's prose is left after it, or when what is
      // left comes as blurbs between headlines, never two paragraphs in a row; one with article paragraphs after it
      // is a box inside the article, which goes on.
      if (RELATED_HEADING.test(line) && (2 * (total - before) <= before || blurbsOnly(kinds, i + 1, end))) return i;
      if (i < end - 2 && (words[i] as number) <= TEXT_LOCATE.footerLineWords && kinds[i + 1] !== PROSE && kinds[i + 2] !== PROSE && FOOTER.test(blocks[i] as string)) return OWNER_LINE.test(blocks[i] as string) ? i + 1 : i;
    }
  }
  return end;
}

/** A teaser card's date line: "Tuesday November 19, 2019", "Nov. 19, 2019", "32M ago", "updated 16 minutes ago". */
const CARD_DATE = /^(?:(?:updated|published|posted)\s+)?(?:\d+\s*(?:[mhd]|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})$/i;

/**
 * Where a run that runs on into a list of other stories' cards ends: at the first card of a run of cards (a headline,
 * its author, its date line, its blurb, again and again) that starts after most of the run's prose.
 */
function teaserCut(blocks: readonly string[], kinds: Uint8Array, words: Int32Array, start: number, end: number): number {
  const total = proseWords(kinds, words, start, end);
  let before = 0;
  for (let i = start; i < end; i++) {
    if (kinds[i] === PROSE) {
      before += words[i] as number;
      continue;
    }
    if (before < TEXT_LOCATE.minProseBeforeComments || (words[i] as number) > TEXT_LOCATE.menuWords || !CARD_DATE.test((blocks[i] as string).trim())) continue;
    // A run of card dates at a steady step from here?
    const dates = [i];
    for (let j = i + 1; j < end && j - (dates[dates.length - 1] as number) <= TEXT_LOCATE.teaserStep; j++) {
      if ((words[j] as number) <= TEXT_LOCATE.menuWords && CARD_DATE.test((blocks[j] as string).trim())) dates.push(j);
    }
    if (dates.length < TEXT_LOCATE.teaserDates) continue;
    // Cards: each date line follows its card's headline or author, not prose (a diary's date lines follow the last
    // entry). Their blurbs may outweigh the article: what counts is the prose after the last card, not the blurbs.
    const last = dates[dates.length - 1] as number;
    const cards = dates.every((j) => kinds[j - 1] !== PROSE || (words[j - 1] as number) <= TEXT_LOCATE.cardHeadWords);
    if (cards ? before < proseWords(kinds, words, last + 2, end) : 2 * before < total) return end;
    const period = (dates[1] as number) - i;
    let cut = Math.max(start, i - period + 1);
    while (cut < i && kinds[cut] === PROSE) cut++;
    return cut;
  }
  return end;
}

/**
 * Where a run that runs on into the page's menus ends: at the first stretch of short lines (no prose between) with at
 * least `echoLines` lines the page also shows in its head or after the run (its menu again, a share bar, a list of
 * stories shown twice), once three quarters of the run's prose come before it.
 */
function echoCut(blocks: readonly string[], kinds: Uint8Array, words: Int32Array, start: number, end: number): number {
  // A line shown more than once inside the run is its own (a card's button, a "Pros" label), not a menu's echo.
  const inside = new Set<string>();
  const repeated = new Set<string>();
  for (let i = start; i < end; i++) {
    if (kinds[i] !== MENU) continue;
    const text = blocks[i] as string;
    if (inside.has(text)) repeated.add(text);
    else inside.add(text);
  }
  for (const text of repeated) inside.delete(text);
  if (inside.size < TEXT_LOCATE.echoLines) return end;
  // The page's head is what comes before its first prose; lines between it and the run (a round-up's list of picks,
  // the article's own byline and contents, shown again in its sections) are no menu.
  let head = 0;
  while (head < start && kinds[head] !== PROSE) head++;
  const echoes = new Set<string>();
  const look = (i: number): void => {
    const text = blocks[i] as string;
    if (inside.has(text)) echoes.add(text);
  };
  for (let i = 0; i < head; i++) look(i);
  for (let i = end; i < blocks.length; i++) look(i);
  if (echoes.size < TEXT_LOCATE.echoLines) return end;
  const total = proseWords(kinds, words, start, end);
  let before = 0;
  let stretch = -1;
  let count = 0;
  for (let i = start; i < end; i++) {
    if (kinds[i] === PROSE) {
      before += words[i] as number;
      stretch = -1;
      count = 0;
      continue;
    }
    if (stretch < 0) stretch = i;
    if (kinds[i] === MENU && echoes.has(blocks[i] as string)) count++;
    if (count >= TEXT_LOCATE.echoLines && before >= TEXT_LOCATE.minProseBeforeComments && 4 * before >= 3 * total) return stretch;
  }
  return end;
}

/** A date in a short line: "November 19, 2019 at 9:45 am", "Posted by Jane on 19 Nov 2019", "2019-11-19", "11/19/2019". */
const DATE_IN_LINE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b|(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/i;

/** A short line, not prose, that holds a date: a byline's or a card's date line. */
const isDateLine = (text: string, kind: number, count: number): boolean => kind !== PROSE && count <= TEXT_LOCATE.dateLineWords && DATE_IN_LINE.test(text);

/**
 * Where the article starts in a run that takes in teasers before it (headlines with blurbs, a "most read" list): at
 * the article's own date line (under its title, with its byline), the last date line before a quarter of the run's
 * prose, when some of the run's prose comes before it but not right before it (two prose blocks right before a date
 * line are the article's, a "Last checked: 2025-10-28" note; one is a subtitle). A run with more than one other date
 * line after it (a list of events, a timeline, embedded posts with their dates) is left as it is, and a version
 * "nightly-2025-11-24" is no date.
 */
function headCut(blocks: readonly string[], kinds: Uint8Array, words: Int32Array, start: number, end: number): number {
  const total = proseWords(kinds, words, start, end);
  let before = 0;
  let cut = start;
  for (let i = start; i < end; i++) {
    if (kinds[i] === PROSE) {
      before += words[i] as number;
      if (TEXT_LOCATE.headProseShare * before > total) break;
    } else if (before > 0 && (kinds[i - 1] !== PROSE || kinds[i - 2] !== PROSE) && isDateLine(blocks[i] as string, kinds[i] as number, words[i] as number)) cut = i;
  }
  let more = 0;
  for (let i = cut; i < end && cut > start; i++) if (isDateLine(blocks[i] as string, kinds[i] as number, words[i] as number) && ++more > 1) return start;
  return cut;
}

/** Menu-like lines before the dump's first prose block: a page's header and menus, however long its comments run. */
function menusBeforeProse(kinds: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < kinds.length && kinds[i] !== PROSE; i++) if (kinds[i] === MENU) count++;
  return count;
}

/**
 * Returns the article's blocks of a whole-page dump (all blocks for an article-only dump) as segments; receipts for
 * the rest. Segments are built for the kept blocks only, and the per-block facts are typed arrays: a dump of a
 * million short lines (issue 8, pathological-text-1m-*) kept a segment, a token run and three array slots per line.
 */
export function locateText(blocks: readonly string[], ctx: Context): Segment[] {
  const n = blocks.length;
  // Each block's words, counted once (counting them at every use was a tenth of text mode: issue 9 profile), from
  // its tokens, which classify then reads instead of scanning the text again (most blocks of a dump are kept). Only a
  // prose block's tokens are kept in a dump of many blocks (KEEP_ALL_TOKENS): a short line's are quick to scan again.
  const words = new Int32Array(n);
  const kinds = new Uint8Array(n);
  const tokens: Array<TokenRun | undefined> = new Array(n);
  let menus = 0;
  let cells = 0;
  let prose = false;
  const keepAll = n <= KEEP_ALL_TOKENS;
  // The blocks are scanned in flat strings of up to JOIN_CHARS characters, each a group of them joined by line breaks
  // (scanTokensIn: a block that is a slice of the dump is read twice as slowly as a string of its own).
  let joined = '';
  let joinedFrom = 0;
  let joinedTo = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const text = blocks[i] as string;
    if (i >= joinedTo) {
      let chars = 0;
      joinedFrom = i;
      joinedTo = i;
      while (joinedTo < n && (joinedTo === i || chars + (blocks[joinedTo] as string).length < JOIN_CHARS)) chars += (blocks[joinedTo++] as string).length + 1;
      joined = blocks.slice(joinedFrom, joinedTo).join('\n');
      at = 0;
    }
    const run = scanTokensIn(joined, at, at + text.length, text);
    at += text.length + 1;
    const count = run.weight();
    const kind = kindOf(text, count);
    words[i] = count;
    kinds[i] = kind;
    if (kind === PROSE || keepAll) tokens[i] = run;
    if (kind === PROSE) prose = true;
    else if (kind === MENU) menus++;
    else if (kind === DATA) cells++;
  }
  const segment = (i: number): Segment => toSegment(blocks[i] as string, i, tokens[i]);
  /** The blocks in [start, end) as segments; receipts for the rest: a comment section from `limit` on, chrome before. */
  const keep = (start: number, end: number, limit: number, dump: string): Segment[] => {
    const kept: Segment[] = [];
    for (let i = 0; i < n; i++) {
      const text = blocks[i] as string;
      if (i >= start && i < end) kept.push(segment(i));
      else if (i >= limit) ctx.remove({ ruleId: 'locate.comments', category: 'comments', reason: `in the comment section after the article of a ${dump}`, stage: 'locate', text });
      else ctx.remove({ ruleId: 'locate.outside-article', category: 'boilerplate', reason: `outside the run of article prose in a ${dump}`, stage: 'locate', text });
    }
    return kept;
  };
  const all = (): Segment[] => {
    const out = new Array<Segment>(n);
    for (let i = 0; i < n; i++) out[i] = segment(i);
    return out;
  };
  // A data table's cells are neither menu nor prose: the share is of the other blocks.
  // A dump that is not a whole page (few menu lines) is kept whole, but for the comment section that follows its
  // article (a blog post's "10 comments:"): the replies' own lines are sentences, not menus.
  if (menus < TEXT_LOCATE.minShortBlocks || (menus / (n - cells) < TEXT_LOCATE.minShortShare && menusBeforeProse(kinds) < TEXT_LOCATE.minShortBlocks)) {
    if (!prose) return all();
    const limit = commentsStart(blocks, kinds, words, TEXT_LOCATE.minProseBeforeCommentsUnlocated);
    return keep(0, limit, limit, 'text dump');
  }
  if (!prose) return all();
  const scores = new Int32Array(n);
  // Short lines right after a line that ends in a colon ("Ask yourselves:", "Include:") are the list it introduces.
  let listed = 0;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind !== MENU) listed = 0;
    // A table's number cells cost nothing: a data table inside the article does not split it in two; nor do the items
    // of a list a sentence of the article introduces.
    scores[i] = kind === PROSE ? (words[i] as number) : kind === MENU ? (listed > 0 ? 0 : -TEXT_LOCATE.shortCost) : kind === DATA ? 0 : -TEXT_LOCATE.otherCost;
    if (kind === MENU && listed > 0) listed--;
    if ((words[i] as number) >= TEXT_LOCATE.listIntroWords && (blocks[i] as string).endsWith(':')) listed = TEXT_LOCATE.listedItems;
  }
  // The article ends where its comment section starts, when enough prose comes before that.
  const limit = commentsStart(blocks, kinds, words);
  const { start: runStart, end: runEnd } = bestRun(scores, limit);
  const end = echoCut(blocks, kinds, words, runStart, teaserCut(blocks, kinds, words, runStart, footerCut(blocks, kinds, words, runStart, runEnd)));
  const cut = end < runEnd;
  // A few lines before the article (its title, a "Key takeaways" label) are not a menu: a page's menu is longer.
  const head = headCut(blocks, kinds, words, runStart, end);
  const bestStart = head > runStart ? head : runStart <= TEXT_LOCATE.maxHeadLines ? 0 : runStart;
  let bestEnd = end;
  // Short lines after the article are dropped only when they hold a page footer's marks (©, privacy, terms…):
  // an article can end in a checklist, a page's footer always says who it belongs to.
  if (bestEnd < limit && !cut) {
    let footer = false;
    // On a page with a menu before the article, prose after the run that the run left out (teasers past a list of
    // links, a popup's pitch) says the same: what follows is the page's, not a checklist that ends the article. An
    // article-only dump (no menu cut before the run) keeps its tail: its prose after a long list is its own.
    let leftOut = 0;
    for (let i = bestEnd; i < n && !footer; i++) {
      // A related-stories heading before the comments says it too ("Related articles", then their headlines).
      footer = (words[i] as number) <= TEXT_LOCATE.footerLineWords && (FOOTER.test(blocks[i] as string) || (i < limit && RELATED_HEADING.test((blocks[i] as string).trim())));
      if (i < limit && kinds[i] === PROSE && !isListText(blocks[i] as string)) leftOut += words[i] as number;
    }
    if (bestStart > 0 && leftOut > 0) footer = true;
    if (!footer) bestEnd = limit;
  }
  return keep(bestStart, bestEnd, limit, 'whole-page dump');
}
