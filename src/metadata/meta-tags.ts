// One walk over the parsed page collecting every metadata source: meta tags, links, JSON-LD, microdata, h1s, bylines, times.
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { attr, hasChildren, hintString, isElement, isText, rawText, textOf, type ElementFacts } from '../html/dom.js';
import { collapseWhitespace } from '../text/normalize.js';
import { lazy } from '../lazy.js';
import { startsLetter, testAnyCase, testLetters } from '../text/chars.js';

/** A visible element's text with its place in document order. */
export interface Located {
  text: string;
  /** Order of the element among all elements (smaller = earlier in the page). */
  order: number;
  /** Inside <article>, <main> or an element hinted as the article/post. */
  inArticle: boolean;
}

export interface TimeFact extends Located {
  datetime: string | null;
  /** Hinted as the published (not updated/modified) date by itemprop/class/pubdate. */
  kind: 'published' | 'modified' | 'unknown';
  /** Inside a comment, a related-links list or a footer: never the article's date. */
  foreign: boolean;
}

export interface PageFacts {
  /** Lowercased name/property/itemprop/http-equiv → contents, in page order. */
  meta: Map<string, string[]>;
  /** Lowercased rel → hrefs. */
  links: Map<string, string[]>;
  title: string | null;
  htmlLang: string | null;
  baseHref: string | null;
  jsonLd: string[];
  /** Microdata on visible elements: itemprop → values (content/datetime attribute, else text). */
  itemprops: Map<string, string[]>;
  h1s: Located[];
  /** Texts of elements marked as bylines or authors (class/id/rel/itemprop). */
  bylines: Located[];
  /** Short texts that start with "By …" (or its translations) without any marking. */
  byLines: Located[];
  /** Values of `author`, `data-author` or `data-username` attributes on visible elements (a post element that names its author: Reddit, XenForo, GameFAQs). */
  authorAttrs: string[];
  /** Dates in `created-timestamp`, `published`… attributes of the elements that carry an `author` attribute. */
  postDates: string[];
  times: TimeFact[];
  /** Short texts of elements hinted as dates (class/id "date", "posted", "published"…), outside comments and teasers. */
  dateTexts: Located[];
  /**
   * The same inside the article's own container but in a part hinted as foreign (a post's meta sidebar: "single-post-
   * sidebar", an `<aside>` beside the text): a date of last resort.
   */
  asideDates: Located[];
  /** Short texts shaped like a written date (a year and a month name or a numeric date), wherever they are, outside comments and teasers. */
  dateLikes: Located[];
  /**
   * Texts of elements hinted as dates in parts hinted foreign only by a layout word (a "sidebar", "widget" or "footer…" class on a
   * wrapper that may hold the article itself), not in comments, related stories, menus or footer/aside/nav elements:
   * a date of last resort when the page has no other.
   */
  layoutDateLikes: Located[];
  /**
   * Short date-shaped texts (as dateLikes) in parts hinted foreign only by a layout word, whatever their own hints: a
   * forum whose page wrapper is called "footerfix" or "beside_sidebar" writes its posts' dates there.
   */
  layoutDateShapes: Located[];
  /**
   * Text of the first part of the page (for language detection when nothing is declared). A function: most pages
   * declare their language, and then the sample is never built (issue 9 profile).
   */
  sample: () => string;
}

const add = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Values at most this long are kept; longer ones are junk or hostile. */
const MAX_VALUE = 4096;
/** Visible candidates kept per kind: the article's own come early in the page. */
const MAX_VISIBLE = 12;
/** Attributes that date a post element beside its `author` attribute (Reddit's `created-timestamp`). */
const POST_DATE_ATTR = /^(?:data-)?(?:created|published|posted)(?:[-_]?(?:at|date|time|timestamp))?$/i;
/** An `author` attribute longer than this is not a name. */
const MAX_AUTHOR_ATTR = 100;
/**
 * Parts of a heading that are not its words: a control ("Copy item path" in rustdoc's h1) and an element the page
 * hides (a bookmark tooltip's "Stay organized with collections" in a documentation site's h1).
 */
const notHeadingText = (el: Element): boolean => el.name === 'button' || attr(el, 'hidden') !== null;

/** Visible byline/h1 text longer than this is a paragraph, not a name or headline. */
const MAX_VISIBLE_CHARS = 300;
/** Characters of body text sampled for language detection. */
const SAMPLE_CHARS = 4000;
const ITEMPROPS = new Set(['headline', 'name', 'author', 'creator', 'datepublished', 'datemodified', 'datecreated', 'dateupdated', 'inlanguage']);
const BYLINE_HINT = /(?:^|[\s_-])(?:by-?line|author|authors|writer|contributor|posted-?by|article-?author|story-?author|creator|reporter|journalist)(?:$|[\s_-])|byline|author-name|(?:^|[\s_-])(?:big|post)?user-?name(?:$|[\s_-])/;
/** A link to an author's page: /author/jane-doe, /authors/jane-doe/, /contributor/Jane-Doe/123. */
const AUTHOR_PAGE = /\/(?:authors?|writers?|contributors?|columnists?)\/[^/?#]+(?:\/\d+)?\/?(?:[?#]|$)/i;
/** An element whose first text starts like a byline: "By", "Written by", "Von", "Par", "Por"… then a capitalized word. */
const BY_START = /^\s*(?:(?:written|posted|published|reported|started|story)\s+by|by|von|par|por|door)(?:\s*:)?(?:\s+|$)/i;
/** The name after "By" starts with a capital letter, or a digit and a letter ("By 3i Global"); not "By submitting…". */
const NAME_START = lazy(() => new RegExp(String.raw`^\s*(?:(?:written|posted|published|reported|started|story)\s+by|by|von|par|por|door)(?:\s*:)?\s+(?:\p{Lu}[\p{Ll}.]|\d\p{L})`, 'iu'));
const PREFIX_ONLY = /^\s*(?:(?:written|posted|published|reported|started|story)\s+by|by|von|par|por|door)\s*(?::\s*)?$/i;
/** A label that names the author in the next element: "Written by", "Author", "Authors:", "Contributors:" (lowercase: testAnyCase). */
export const AUTHOR_LABEL = /^(?:(?:written|posted|published|reported|authored|article|started|story)\s+by|thread\s+starter|by|von|par|por|door|authors?|contributors?|writers?|autor(?:in)?|auteur) ?:?$/;
export const AUTHOR_LABEL_ANY_CASE = lazy(() => new RegExp(AUTHOR_LABEL.source, 'i'));
/** A label is short; the name after it is a name, not a paragraph. */
const MAX_LABEL_CHARS = 40;
const MAX_LABELLED_NAME = 80;
/** Elements that hold such a label. */
const LABEL_ELEMENTS = new Set(['p', 'span', 'div', 'li', 'small', 'strong', 'b', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'label']);
/** Elements holding a visible date: class/id hints. */
const DATE_HINT = /(?:^|[\s_-])(?:date|dateline|time|timestamp|posted|published|pubdate|post-?date|entry-?date|article-?date|meta-?date|updated)(?:$|[\s_-])|date/;
/** A visible date is short; longer texts are sentences. */
const MAX_DATE_TEXT = 100;
/**
 * A date hint that names the post's own date ("single-post-date", "sno-story-date", "ArticleDate"), not a review's or an
 * item's. Without `i`: a hint holds no ASCII capital (hintString lowercases it) and under `i` no character past ASCII
 * matches an ASCII letter, so `i` changed nothing but V8's compile (about twice as long; issue 9, cold start).
 */
export const ASIDE_DATE_HINT = /publish|posted|(?:post|story|article|entry)[_-]?date/;
const ARTICLE_HINT = /(?:^|[\s_-])(?:article|post|entry|story|content)(?:$|[\s_-])/;
const FOREIGN_HINT = /comment|related|recommend|sidebar|widget|footer|teaser|more-stories|popular|trending|reply|discussion/;
/** Menus and filters ("Browse by Industry", "By Role"): never the article's byline or date. */
const MENU_HINT = /(?:^|[\s_-])(?:menu|submenu|dropdown|mega-?menu|filters?|navbar)(?:$|[\s_-])/;
/** A class that places a part beside the menu ("under-menu", "below-menu"): it names no menu. */
const MENU_POSITION = /(?:^|[\s_])(?:under|below|above|after|beside|with|has|no)[_-]menu(?=$|[\s_-])/g;
/** Whether the hints name a menu or a filter list, a part's place beside the menu aside. */
const namesMenu = (hints: string): boolean => MENU_HINT.test(hints) && MENU_HINT.test(hints.replace(MENU_POSITION, ' '));
/**
 * Layout flags that name a part the page has or lacks ("has-sidebar", "nosidebar", "with-comments"): on <body> or a
 * page wrapper they describe the whole page, not a foreign part of it. Page builders (Elementor, HubSpot) wrap
 * every block, the article's own included, in "elementor-widget…" or "widget-span widget-type-…" classes. Utility
 * classes with an arbitrary value ("lg:mr-[--sidebar-container-width]") size a box and name no part of the page.
 */
const LAYOUT_FLAG = /(?:^|[\s_-])(?:no|has|with|without|show|hide)[_-]?(?:sidebar|comments?|widgets?|footer|related)\b|\bsidebar-(?:left|right|none|mode|enabled|disabled|option|layout)\w*|\belementor-widget[\w-]*|\bwidget-(?:span|type)[\w-]*/g;
/** Hints less layout flags and utility classes with an arbitrary value (split, not a regular expression: linear). */
const withoutLayoutFlags = (hints: string): string =>
  (hints.includes('[') ? hints.split(/\s+/).filter((token) => !token.includes('[')).join(' ') : hints).replace(LAYOUT_FLAG, ' ');
/** Ids that name the page's main content ("content", "main-content", "primary"): never a foreign part, whatever the class says ("sidebar_content"). */
const MAIN_ID = /^(?:content|main|main-?content|primary|site-content|page-content)$/i;
/** Elements that hold the whole page or the article: never a foreign part, whatever their class says. */
const NEVER_FOREIGN = new Set(['html', 'body', 'main', 'article']);
/** Text shaped like a written date: a year and a month name or a numeric day/month (cheap pre-filter before parsing). */
const DATE_SHAPE_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
export const DATE_SHAPE_DAY = lazy(() => new RegExp(String.raw`\p{L}{3}|\d[./-]\d`, 'u'));
/** DATE_SHAPE_DAY for an ASCII text (testLetters). */
export const DATE_SHAPE_DAY_ASCII = /[A-Za-z]{3}|\d[./-]\d/;
/** A date-shaped text is at most this long (a date line, not a sentence that mentions a year). */
const MAX_DATE_LIKE = 80;
/** Date-shaped texts kept: enough to reach past a page's header to the article's own. */
const MAX_DATE_LIKES = 40;
const PUBLISHED_HINT = /publish|posted|created|pubdate|date-?time|article-?date|entry-?date|post-?date/;
const MODIFIED_HINT = /updat|modif|edited|revis/;

/** Elements searched below an `itemprop="author"` item for its `itemprop="name"`. */
const MAX_ITEM_SCAN = 50;

/** The `itemprop="name"` of an item (`<span itemprop="author" itemscope><meta itemprop="name" content="…">`). */
function itemName(item: Element): string | null {
  const stack: ChildNode[] = [...item.children].reverse();
  for (let seen = 0; stack.length > 0 && seen < MAX_ITEM_SCAN; seen++) {
    const node = stack.pop() as ChildNode;
    if (!isElement(node)) continue;
    if ((attr(node, 'itemprop') ?? '').toLowerCase().split(/\s+/).includes('name')) return attr(node, 'content')?.trim() || textOf(node) || null;
    if (attr(node, 'itemscope') === null) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return null;
}

function itempropValue(el: Element, key: string): string | null {
  if ((key === 'author' || key === 'creator') && attr(el, 'itemscope') !== null) {
    const name = itemName(el);
    if (name) return name.length <= MAX_VISIBLE_CHARS ? name : null;
  }
  const value = attr(el, 'content') ?? attr(el, 'datetime') ?? (el.name === 'a' || el.name === 'link' ? attr(el, 'href') : null) ?? null;
  if (value !== null) return value.trim();
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_VISIBLE_CHARS ? text : null;
}

/** Whether a text child of `el` holds a year and is short enough to be a date line (a loop, no closure per element). */
function ownDateShaped(el: Element): boolean {
  for (const child of el.children) if (isText(child) && child.data.length <= MAX_DATE_LIKE && DATE_SHAPE_YEAR.test(child.data)) return true;
  return false;
}

/**
 * A date written alone as a text child ("20 December 2025", "Dec 17, 2025", "2019-02-23, 09:14 PM"), or null. Written
 * without the `i` flag (`[\p{L}\u0345]` is what `\p{L}` matches case-insensitively, the AM/PM letters in both cases):
 * V8 compiled the `iu` pattern in 5 times the time, closing each copy of `\p{L}{3,9}` under case (issue 9 cold start;
 * test/text-scan.test.ts checks it against the `iu` pattern).
 */
export const LONE_DATE = lazy(() => new RegExp(String.raw`^(?:\d{1,2} [\p{L}\u0345]{3,9}\.? (?:19|20)\d{2}|[\p{L}\u0345]{3,9}\.? \d{1,2},? (?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}(?:,? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?)?)$`, 'u'));
/** LONE_DATE for an ASCII text (testLetters). */
export const LONE_DATE_ASCII = /^(?:\d{1,2} [A-Za-z]{3,9}\.? (?:19|20)\d{2}|[A-Za-z]{3,9}\.? \d{1,2},? (?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}(?:,? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?)?)$/;
function ownDateText(el: Element): string | null {
  for (const child of el.children) {
    if (!isText(child) || child.data.length > MAX_DATE_LIKE) continue;
    const text = child.data.trim();
    if (testLetters(LONE_DATE_ASCII, LONE_DATE, text)) return text;
  }
  return null;
}

/** The first child that is not blank text. */
function firstNonBlank(el: Element): ChildNode | undefined {
  for (const child of el.children) if (!isText(child) || child.data.trim() !== '') return child;
  return undefined;
}

/** The first sibling after `el` that is an element or non-blank text. */
function nextNonBlank(el: Element): ChildNode | undefined {
  const siblings = el.parent && hasChildren(el.parent) ? el.parent.children : [];
  return siblings.slice(siblings.indexOf(el) + 1).find((n) => isElement(n) || (isText(n) && n.data.trim() !== ''));
}

/** A node's context in readPageFacts' walk: inside the article, inside foreign parts (footer, aside…), inside <head>. */
const IN_ARTICLE = 1;
const FOREIGN = 2;
const IN_HEAD = 4;
/** Inside a part that is foreign for more than a layout word: comments, related stories, menus, footer/aside/nav. */
const CLOSED = 8;
/** Inside an article container that starts inside a foreign part (the foreign wrapper holds the whole article). */
const ARTICLE_IN_FOREIGN = 16;
/**
 * Inside the article's own <footer> or <aside> and nothing else foreign: HTML's footer of a section "typically contains
 * information about its section such as who wrote it" (a post's author line: `<footer class="meta"><a rel="author">`),
 * and news and report pages set the article's meta column as an aside inside it (The Guardian's `<aside><address><a
 * rel="author">`, a report's "<h3>Author</h3><p>Name</p>" box). Foreign for everything but the author's name.
 */
const ARTICLE_FOOTER = 32;
/** Layout parts beside the article that an article's footer may hold (a share widget): not its author line. */
const SIDE_PART_HINT = /sidebar|widget/;
/** Date-shaped texts kept from layout-foreign parts. */
const MAX_LAYOUT_DATE_LIKES = 5;
/** Foreign hints that name another content than the article's (not a layout wrapper's "sidebar", "widget", "footer"). */
const OTHER_CONTENT_HINT = /comment|related|recommend|teaser|more-stories|popular|trending|reply|discussion/;

/** Reads every metadata source of the page in one pass (visible parts bounded to the first few of each kind). */
export function readPageFacts(document: Document): PageFacts {
  const facts: PageFacts = {
    meta: new Map(), links: new Map(), title: null, htmlLang: null, baseHref: null, jsonLd: [], itemprops: new Map(),
    h1s: [], bylines: [], byLines: [], authorAttrs: [], postDates: [], times: [], dateTexts: [], asideDates: [], dateLikes: [], layoutDateLikes: [], layoutDateShapes: [], sample: () => '',
  };
  const sample: string[] = [];
  let sampled = 0;
  let order = 0;
  // Explicit stack, with each node's context as bits beside it (no object per node: this walks every node of the page).
  const stack: AnyNode[] = [document];
  const contexts: number[] = [0];
  // The element's other attributes read below, filled by hintString in its pass over the attributes.
  const extra: ElementFacts = { itemprop: undefined, author: undefined, dataAuthor: undefined, dataUsername: undefined, href: undefined, rel: undefined };
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const context = contexts.pop() as number;
    const inArticle = (context & IN_ARTICLE) !== 0;
    const foreign = (context & FOREIGN) !== 0;
    const inHead = (context & IN_HEAD) !== 0;
    const closed = (context & CLOSED) !== 0;
    const articleInForeign = (context & ARTICLE_IN_FOREIGN) !== 0;
    const articleFooter = (context & ARTICLE_FOOTER) !== 0;
    if (isText(node)) {
      if (!inHead && sampled < SAMPLE_CHARS) {
        sample.push(node.data);
        sampled += node.data.length;
      }
      continue;
    }
    if (!isElement(node)) {
      if (hasChildren(node)) {
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push(node.children[i] as ChildNode);
          contexts.push(context);
        }
      }
      continue;
    }
    const el = node;
    order++;
    // No hint pattern matches an empty string: most elements have no hints, and skip the four tests (issue 9 profile).
    const hints = hintString(el, extra);
    let descend = true;
    switch (el.name) {
      case 'html':
        // The root's language: a later <html> tag (a whole page a CMS pasted inside the body) only adds a lang the
        // root lacks, as HTML parsing merges a stray <html> tag's attributes into the root's.
        facts.htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'meta': {
        const content = attr(el, 'content');
        // JSON-LD passed through a framework's meta tags (Next.js metadata `other: { 'script:ld+json': … }`) instead of a script.
        if (content !== null && (attr(el, 'name') ?? '').toLowerCase().endsWith('ld+json')) {
          facts.jsonLd.push(content);
          break;
        }
        if (content === null || content.length > MAX_VALUE) break;
        for (const keyAttr of ['name', 'property', 'itemprop', 'http-equiv']) {
          const key = attr(el, keyAttr);
          if (key) for (const k of key.toLowerCase().split(/\s+/)) if (k) add(facts.meta, k, content.trim());
        }
        break;
      }
      case 'link': {
        const rel = attr(el, 'rel');
        const href = attr(el, 'href');
        if (rel && href && href.length <= MAX_VALUE) for (const r of rel.toLowerCase().split(/\s+/)) if (r) add(facts.links, r, href.trim());
        break;
      }
      case 'base':
        facts.baseHref ??= attr(el, 'href');
        break;
      case 'title':
        if (facts.title === null && !hints.includes('svg')) facts.title = collapseWhitespace(rawText(el)).trim();
        descend = false;
        break;
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) facts.jsonLd.push(el.children.map((child) => (isText(child) ? child.data : '')).join(''));
        descend = false;
        break;
      case 'style':
      case 'template':
      // An svg or math <title> is a graphic's caption, never the document title (xss-dompurify-193).
      case 'svg':
      case 'math':
        descend = false;
        break;
      case 'h1':
        if (facts.h1s.length < MAX_VISIBLE) {
          const text = textOf(el, false, notHeadingText);
          if (text.length > 0 && text.length <= MAX_VISIBLE_CHARS) facts.h1s.push({ text, order, inArticle });
        }
        break;
      case 'time': {
        if (facts.times.length < MAX_VISIBLE * 2) {
          const kindHints = `${hints} ${attr(el, 'pubdate') !== null ? 'pubdate' : ''}`;
          facts.times.push({
            text: textOf(el).slice(0, MAX_VISIBLE_CHARS),
            datetime: attr(el, 'datetime')?.trim().slice(0, 64) ?? null,
            order,
            inArticle,
            foreign,
            kind: MODIFIED_HINT.test(kindHints) ? 'modified' : PUBLISHED_HINT.test(kindHints) ? 'published' : 'unknown',
          });
        }
        break;
      }
      default:
        break;
    }
    const itemprop = extra.itemprop;
    if (itemprop && el.name !== 'meta' && !inHead) {
      for (const key of itemprop.toLowerCase().split(/\s+/)) {
        if (!ITEMPROPS.has(key) || (facts.itemprops.get(key)?.length ?? 0) >= MAX_VISIBLE) continue;
        const value = itempropValue(el, key);
        if (value) add(facts.itemprops, key, value);
      }
    }
    if (!inHead && facts.authorAttrs.length < MAX_VISIBLE && el.name !== 'meta' && el.name !== 'link') {
      const author = (extra.author ?? extra.dataAuthor ?? extra.dataUsername)?.trim();
      if (author && author.length <= MAX_AUTHOR_ATTR && !/^https?:|^\d+$/i.test(author)) {
        facts.authorAttrs.push(author);
        const date = Object.entries(el.attribs).find(([name]) => POST_DATE_ATTR.test(name))?.[1]?.trim();
        if (date && date.length <= MAX_DATE_TEXT) facts.postDates.push(date);
      }
    }
    // Cheap tests first, none outside the article's own parts (a byline is never read there).
    // In the article's footer only a link to the author (rel="author", an author page) names them: its classes
    // ("author" on a comment form's field, a copyright line) do not.
    const authorLink = (!foreign || articleFooter) && el.name === 'a' && AUTHOR_PAGE.test(extra.href ?? '');
    const isByline = authorLink || ((!foreign || (articleFooter && el.name === 'a')) && extra.rel === 'author') || (!foreign && hints !== '' && BYLINE_HINT.test(hints));
    if (isByline && facts.bylines.length < MAX_VISIBLE && el.name !== 'meta' && el.name !== 'link' && el.name !== 'img') {
      // A link to the author's page may hold only a photo: its label names the author.
      const text = textOf(el) || (authorLink ? (attr(el, 'aria-label') ?? attr(el, 'title') ?? '').trim() : '');
      if (text.length > 0 && text.length <= MAX_VISIBLE_CHARS) facts.bylines.push({ text, order, inArticle });
    }
    const dates = foreign ? (inArticle && ASIDE_DATE_HINT.test(hints) ? facts.asideDates : null) : facts.dateTexts;
    if (dates && el.name !== 'time' && dates.length < MAX_VISIBLE && hints !== '' && DATE_HINT.test(hints)) {
      const text = textOf(el);
      if (text.length >= 6 && text.length <= MAX_DATE_TEXT && /\d/.test(text)) dates.push({ text, order, inArticle });
      else if (text.length > MAX_DATE_TEXT) {
        // The date as the element's own text, beside a long child: a post's "last modified by …" note.
        const own = ownDateText(el);
        if (own !== null) dates.push({ text: own, order, inArticle });
      }
    }
    if (!foreign && !inHead && facts.dateLikes.length < MAX_DATE_LIKES && el.name !== 'script' && el.name !== 'style' && el.name !== 'title') {
      // The element that holds the date as its own text ("<p>Dec 17, 2025</p>", "<h5> January 23, 2025 </h5>").
      if (ownDateShaped(el)) {
        const text = textOf(el);
        if (text.length >= 6 && text.length <= MAX_DATE_LIKE && testLetters(DATE_SHAPE_DAY_ASCII, DATE_SHAPE_DAY, text)) facts.dateLikes.push({ text, order, inArticle });
        else if (text.length > MAX_DATE_LIKE) {
          // A date written as bare text between a post's heading and its body ("<legend>Title</legend> 20 December 2025 <div>…"):
          // the text alone, when it is only a date.
          const own = ownDateText(el);
          if (own !== null) facts.dateLikes.push({ text: own, order, inArticle });
        }
      }
    } else if (foreign && !closed && !inHead && facts.layoutDateShapes.length < MAX_DATE_LIKES && el.name !== 'script' && el.name !== 'style' && ownDateShaped(el)) {
      const text = textOf(el);
      if (text.length >= 6 && text.length <= MAX_DATE_LIKE && testLetters(DATE_SHAPE_DAY_ASCII, DATE_SHAPE_DAY, text)) facts.layoutDateShapes.push({ text, order, inArticle });
    }
    if (foreign && !closed && !inHead && (!inArticle || articleInForeign) && hints !== '' && DATE_HINT.test(hints) && facts.layoutDateLikes.length < MAX_LAYOUT_DATE_LIKES) {
      // Only an element that its class calls a date, and not in a part of the article's own container (a post's meta
      // sidebar, where asideDates reads only the post's own date).
      const text = textOf(el);
      if (text.length >= 6 && text.length <= MAX_DATE_LIKE && DATE_SHAPE_YEAR.test(text) && testLetters(DATE_SHAPE_DAY_ASCII, DATE_SHAPE_DAY, text)) facts.layoutDateLikes.push({ text, order, inArticle });
    }
    const only = el.children.length === 1 ? el.children[0] : undefined;
    if ((!foreign || articleFooter) && facts.byLines.length < MAX_VISIBLE && only && isText(only) && only.data.length <= MAX_LABEL_CHARS && testAnyCase(AUTHOR_LABEL, AUTHOR_LABEL_ANY_CASE, only.data.trim()) && LABEL_ELEMENTS.has(el.name)) {
      // A label alone in its element ("<h3>Author</h3>", "<small>WRITTEN BY</small>", "<strong>Contributors:</strong>"):
      // the name is the next element or text.
      const next = nextNonBlank(el);
      const name = next ? (isElement(next) ? textOf(next) : (next as { data: string }).data).replace(/\s+/g, ' ').trim() : '';
      if (name.length > 0 && name.length <= MAX_LABELLED_NAME && startsLetter(name)) facts.byLines.push({ text: `By ${name}`, order, inArticle });
    } else if (!isByline && !foreign && facts.byLines.length < MAX_VISIBLE && (LABEL_ELEMENTS.has(el.name) || el.name === 'address')) {
      const first = firstNonBlank(el);
      if (first && isText(first) && BY_START.test(first.data)) {
        let text = textOf(el);
        // "Written by" alone: the name is in the next element ("<span>Written by</span> <a>Jane Doe</a>").
        if (PREFIX_ONLY.test(text)) {
          const next = nextNonBlank(el);
          text = next ? `${text.trim()} ${isElement(next) ? textOf(next) : (next as { data: string }).data.trim()}` : text;
        }
        if (NAME_START().test(text) && text.length <= MAX_VISIBLE_CHARS) facts.byLines.push({ text, order, inArticle });
      }
    }
    if (!descend || !hasChildren(el)) continue;
    const childInArticle = inArticle || el.name === 'article' || el.name === 'main' || (hints !== '' && ARTICLE_HINT.test(hints));
    const childForeign = foreign || el.name === 'footer' || el.name === 'aside' || el.name === 'nav' || (hints !== '' && !NEVER_FOREIGN.has(el.name) && ((FOREIGN_HINT.test(hints) && FOREIGN_HINT.test(withoutLayoutFlags(hints))) || namesMenu(hints)) && !MAIN_ID.test(attr(el, 'id') ?? ''));
    const childInHead = inHead || el.name === 'head';
    const childClosed = closed || el.name === 'footer' || el.name === 'aside' || el.name === 'nav' || (childForeign && hints !== '' && (OTHER_CONTENT_HINT.test(hints) || namesMenu(hints)));
    const childArticleInForeign = articleInForeign || (childInArticle && !inArticle && foreign);
    // The article's footer or aside, or a part of one nothing else makes foreign (no nested aside, nav, menu, sidebar or
    // other content such as related stories or comments).
    const childArticleFooter = (el.name === 'footer' || el.name === 'aside' ? inArticle && !foreign : articleFooter && el.name !== 'aside' && el.name !== 'nav') && (hints === '' || !(OTHER_CONTENT_HINT.test(hints) || SIDE_PART_HINT.test(hints) || namesMenu(hints)));
    const childContext = (childInArticle ? IN_ARTICLE : 0) | (childForeign ? FOREIGN : 0) | (childInHead ? IN_HEAD : 0) | (childClosed ? CLOSED : 0) | (childArticleInForeign ? ARTICLE_IN_FOREIGN : 0) | (childArticleFooter ? ARTICLE_FOOTER : 0);
    for (let i = el.children.length - 1; i >= 0; i--) {
      stack.push(el.children[i] as ChildNode);
      contexts.push(childContext);
    }
  }
  facts.sample = () => collapseWhitespace(sample.join(' ')).slice(0, SAMPLE_CHARS);
  return facts;
}

/** First non-empty value among the keys, in key order. */
export function firstMeta(facts: PageFacts, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = facts.meta.get(key)?.find((v) => v.trim() !== '');
    if (value !== undefined) return value.trim();
  }
  return null;
}
