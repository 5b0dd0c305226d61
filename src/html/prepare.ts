// Strips what is never article text (scripts, styles, controls, hidden elements) in one pass, keeping JSON-LD for metadata.
import type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';
import type { Context } from '../context.js';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import type { Category } from '../types.js';
import { attr, hasChildren, HintedElement, isElement, textOf } from './dom.js';
import { lazy } from '../lazy.js';
import { testAnyCase } from '../text/chars.js';

export interface PreparedPage {
  document: Document;
  /** Raw text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<head>`, if the page has one. */
  head: Element | null;
  /** `<body>`, or the document when the page has none. */
  body: Element | Document;
}

/** Elements whose content is never visible text: dropped without a receipt (RELIABILITY §7). */
const INVISIBLE = new Set(['script', 'style', 'template', 'head', 'title', 'link', 'meta', 'base']);

/** Elements whose text is visible but never article text: dropped with a receipt. */
const NON_CONTENT: ReadonlyMap<string, { ruleId: string; category: Category; reason: string }> = new Map([
  ['noscript', { ruleId: 'html.noscript', category: 'chrome', reason: 'fallback content for browsers without scripts' }],
  ['button', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['select', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['textarea', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['input', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['svg', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded graphic' }],
  ['math', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded formula markup' }],
  ['iframe', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded frame' }],
  ['object', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded object' }],
  ['embed', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded object' }],
  ['canvas', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded graphic' }],
  ['video', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded media' }],
  ['audio', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded media' }],
  ['dialog', { ruleId: 'html.dialog', category: 'chrome', reason: 'dialog box' }],
]);

const TITLE_OUTSIDE_HEAD = { ruleId: 'meta.title', category: 'chrome' as const, reason: 'a <title> element outside the head: the page title (metadata), not shown' };

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Class names of text for screen readers only, clipped out of sight by CSS ("Opens in a new window", a price's
 * "Regular price" label, a second copy of a title): read aloud, never shown, so never article text. Written in
 * lowercase and tested in any case (testAnyCase, src/text/chars.ts: V8 compiles it about twice as fast without `i`).
 */
export const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|u-visually-hidden|hidden-visually|element-invisible|a11y-hidden)(?:\s|$)/;
export const SCREEN_READER_ONLY_ANY_CASE = lazy(() => new RegExp(SCREEN_READER_ONLY.source, 'i'));
const SCREEN_READER_TEXT = { ruleId: 'html.screen-reader-only', category: 'chrome' as const, reason: 'text for screen readers only, not shown' };
/**
 * Only short ones go: a longer screen-reader text often says what a picture shows ("4 reviews with an average rating
 * of 4.8 out of 5 stars"), which readers of the page take in too (html-dev: WCXB forum +0.005, product +0.004,
 * `without` leaked −0.001 with the bound at five words; collections lost such ratings without it).
 */
const SCREEN_READER_LABEL_WORDS = 5;

/** Whether an element whose class attribute is `classes` is a short screen-reader-only label. */
function isScreenReaderLabel(element: Element, classes: string | undefined): boolean {
  if (classes === undefined || !testAnyCase(SCREEN_READER_ONLY, SCREEN_READER_ONLY_ANY_CASE, classes)) return false;
  const text = textOf(element).trim();
  return text === '' || text.split(/\s+/).length <= SCREEN_READER_LABEL_WORDS;
}

/** hiddenState's answers: not hidden, hidden (hidden or popover attribute, or display:none), hidden and an itemscope. */
const VISIBLE = 0;
const HIDDEN = 1;
const HIDDEN_MICRODATA = 2;

/**
 * Whether an element is hidden (a hidden or popover attribute, or a style that hides it) and, if so, whether it is microdata (an
 * itemscope): one pass over its attributes instead of three keyed lookups, most of them missing (issue 9 profile).
 */
function hiddenState(element: Element, own?: { class: string | undefined }): number {
  let hidden = false;
  let itemscope = false;
  let style: string | undefined;
  let classes: string | undefined;
  const attributes = element.attribs;
  for (const name in attributes) {
    // A popover (the Popover API's attribute) is not rendered until a script or a button shows it: a menu, a tooltip,
    // an "install this app" card.
    if (name === 'hidden' || name === 'popover') hidden = true;
    else if (name === 'style') style = attributes[name];
    else if (name === 'itemscope') itemscope = true;
    else if (name === 'class') classes = attributes[name];
  }
  if (own !== undefined) own.class = classes;
  if (!hidden) hidden = style !== undefined && style.length < 512 && HIDDEN_STYLE.test(style);
  return !hidden ? VISIBLE : itemscope ? HIDDEN_MICRODATA : HIDDEN;
}

const isHidden = (element: Element): boolean => hiddenState(element) !== VISIBLE;

/**
 * A collapsed panel a reader opens with a click: a tab panel, an accordion's or an FAQ's answer, a "read more"
 * expander (ARIA's tabpanel, a region labelled by its trigger, or such a class or id). Its text is the page's, shown on
 * demand, so it stays though hidden; not in a dialog, a menu or a pop-up.
 */
const COLLAPSED_PANEL = /accordion|collaps|expander|tab-?pane|tab-?panel|tab-?content|(?:^|[^a-z])faq|(?:^|[^a-z])answer/i;
const NOT_A_PANEL = /modal|popup|pop-up|dialog|overlay|(?:^|[^a-z])(?:nav|menu|cart|search|cookie|consent|newsletter)/i;
/**
 * A segment React streams in after the shell (`<div hidden id="S:3">`, moved into place by a script): shown to every
 * reader, even when most of the page's text is visible (html-dev: WCXB 0.876 → 0.877, 3 pages up by 0.3–0.8, 2 down).
 */
const STREAMED_SEGMENT = /^S:\d+$/;
function isCollapsedPanel(element: Element, classes: string | undefined): boolean {
  const role = element.attribs.role;
  const names = `${classes ?? ''} ${element.attribs.id ?? ''}`;
  if (role === 'dialog' || role === 'alertdialog' || role === 'menu' || role === 'navigation' || NOT_A_PANEL.test(names)) return false;
  return role === 'tabpanel' || (role === 'region' && element.attribs['aria-labelledby'] !== undefined) || COLLAPSED_PANEL.test(names) || STREAMED_SEGMENT.test(element.attribs.id ?? '');
}

function findFirst(root: AnyNode, name: string): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === name) return node;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return null;
}

/** A page whose text lives mostly in <noscript> (Discourse forums, some JS apps) shows it to crawlers there; the same share decides for hidden elements. */
const NOSCRIPT_CONTENT_SHARE = 0.5;

/** A hidden element holding at least this share of the page's text, on a page whose text is mostly hidden, is its content. */
const HIDDEN_CONTENT_SHARE = 0.2;

/** Hidden microdata (itemscope) carries metadata, often a copy of the article: it never counts as the page's text. */
const hiddenMicrodata = (element: Element): boolean => attr(element, 'itemscope') !== null && isHidden(element);

/** Characters of trimmed text in the subtree; invisible elements, and hidden microdata outside other hidden elements, left out. */
function textChars(root: AnyNode): number {
  let chars = 0;
  // Parallel stacks, no object per node (issue 9 profile).
  const nodes: AnyNode[] = [root];
  const hiddens: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const hidden = hiddens.pop() as boolean;
    if (node.type === 'text') {
      chars += (node as { data: string }).data.trim().length;
      continue;
    }
    if (isElement(node) && (INVISIBLE.has(node.name) || (!hidden && hiddenMicrodata(node)))) continue;
    const hide = hidden || (isElement(node) && isHidden(node));
    if (hasChildren(node)) {
      for (const child of node.children) {
        nodes.push(child);
        hiddens.push(hide);
      }
    }
  }
  return chars;
}

/**
 * Whether most of the body's text is inside <noscript> elements, and which hidden elements hold the page's content
 * when most of its text is hidden (React streaming puts a page's content in `<div hidden id="S:0">` and reveals it with
 * a script; readers see it). The text inside them is counted first: most pages have none there, and then the whole
 * body need not be counted (issue 9 profile).
 */
function hiddenContent(body: AnyNode): { noscript: boolean; shown: Set<Element> } {
  let inNoscript = 0;
  let inHidden = 0;
  const byHidden = new Map<Element, number>();
  // Parallel stacks, no object per node: this walks the whole body (issue 9 profile).
  const nodes: AnyNode[] = [body];
  const noscripts: boolean[] = [false];
  const hiddens: Array<Element | null> = [null];
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const noscript = noscripts.pop() as boolean;
    const hidden = hiddens.pop() as Element | null;
    if (node.type === 'text') {
      if (!noscript && !hidden) continue;
      const n = (node as { data: string }).data.trim().length;
      if (noscript) inNoscript += n;
      if (hidden) {
        inHidden += n;
        byHidden.set(hidden, (byHidden.get(hidden) ?? 0) + n);
      }
      continue;
    }
    if (!hasChildren(node)) continue;
    let flag = noscript;
    let hide = hidden;
    if (isElement(node)) {
      if (INVISIBLE.has(node.name)) continue;
      if (node.name === 'noscript') flag = true;
      if (hidden === null) {
        const state = hiddenState(node);
        if (state === HIDDEN_MICRODATA) continue;
        if (state === HIDDEN) hide = node;
      }
    }
    for (const child of node.children) {
      nodes.push(child);
      noscripts.push(flag);
      hiddens.push(hide);
    }
  }
  const shown = new Set<Element>();
  if (inNoscript === 0 && inHidden === 0) return { noscript: false, shown };
  const all = textChars(body);
  if (inHidden > NOSCRIPT_CONTENT_SHARE * all) for (const [element, n] of byHidden) if (n >= HIDDEN_CONTENT_SHARE * all) shown.add(element);
  return { noscript: inNoscript > 0 && inNoscript > NOSCRIPT_CONTENT_SHARE * all, shown };
}

const HEADING = /^h[1-6]$/;
/**
 * A button that is a heading's content: an accordion's or an FAQ's trigger (`<h3><button aria-expanded>Question?</button></h3>`,
 * the ARIA accordion pattern). Its text is the heading of the panel it opens, not a control's label, so it stays
 * (html-dev: WCXB `with` kept 0.7827 -> 0.7833, collection F1 +0.001, service +0.001, `without` leaked unchanged;
 * some FAQ sections the truth leaves out come in with their questions).
 */
function isHeadingTrigger(element: Element): boolean {
  const parent = element.parent;
  return element.name === 'button' && parent !== null && isElement(parent) && HEADING.test(parent.name);
}

/** The prepare stage. Mutates the (decruft-owned) document in place, one filtered children array per parent. */
export function prepare(document: Document, ctx: Context): PreparedPage {
  const jsonLd: string[] = [];
  const head = findFirst(document, 'head');
  const body = findFirst(document, 'body') ?? makeBody(document, head);
  gatherStrays(document, head, body);
  if (head) {
    for (const node of collectScripts(head)) jsonLd.push(node);
  }
  const { noscript: keepNoscript, shown } = hiddenContent(body);
  const own: { class: string | undefined } = { class: undefined };
  /** Whether a child stays; what goes leaves JSON-LD or a receipt behind. */
  const keepChild = (child: ChildNode): boolean => {
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') return false;
    if (!isElement(child)) return true;
    if (child.name === 'script') {
      if ((attr(child, 'type') ?? '').toLowerCase().includes('ld+json')) jsonLd.push(scriptText(child));
      return false;
    }
    if (INVISIBLE.has(child.name)) {
      // A <title> outside the head is still the page's title (metadata), never shown: its text leaves a receipt,
      // like everything else moved out of the text into metadata (RELIABILITY §7 accounting).
      if (child.name === 'title') ctx.remove({ ...TITLE_OUTSIDE_HEAD, stage: 'prepare', text: textOf(child) });
      return false;
    }
    const nonContent = (keepNoscript && child.name === 'noscript') || isHeadingTrigger(child) ? null : NON_CONTENT.get(child.name);
    // One pass over the child's attributes gives both whether it is hidden and its class.
    const hidden = nonContent === undefined || nonContent === null ? hiddenState(child, own) !== VISIBLE : false;
    const drop =
      nonContent ??
      (hidden && !shown.has(child) && !isCollapsedPanel(child, own.class) ? { ruleId: 'html.hidden', category: 'chrome' as const, reason: 'hidden element (hidden attribute or display:none)' } : null) ??
      (isScreenReaderLabel(child, own.class) ? SCREEN_READER_TEXT : null);
    if (drop) {
      // A textarea's content is RCDATA, also inside a dropped element: the spec decodes its entities, htmlparser2
      // leaves them (html5lib tests16-090).
      // Written out in the key order of the spread it replaces (every drop is ruleId, category, reason): one shape.
      ctx.remove({ ruleId: drop.ruleId, category: drop.category, reason: drop.reason, stage: 'prepare', text: textOf(child, true) });
      return false;
    }
    return true;
  };
  const stack: AnyNode[] = [body];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!hasChildren(node)) continue;
    if (++visited % BUDGET_CHECK_INTERVAL === 0) ctx.hasTime();
    const list = withFostered(node.children);
    // The kept children: null while every child so far is kept (most parents), so no array is built for them.
    let kept: ChildNode[] | null = null;
    let changed = false;
    for (let i = 0; i < list.length; i++) {
      const child = list[i] as ChildNode;
      if (child.parent !== node) changed = true;
      if (keepChild(child)) {
        if (kept !== null) kept.push(child);
      } else kept ??= list.slice(0, i);
    }
    const result = kept ?? list;
    if (changed || result.length !== node.children.length) relink(node, result);
    for (let i = result.length - 1; i >= 0; i--) stack.push(result[i] as ChildNode);
  }
  return { document, jsonLd, head, body };
}

/** What may stand directly in a table, a table section and a row; anything else the parser fosters out. */
const IN_TABLE = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'script', 'style', 'template']);
const IN_SECTION = new Set(['tr', 'td', 'th', 'script', 'style', 'template']);
const IN_ROW = new Set(['td', 'th', 'script', 'style', 'template']);
const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * Foster parenting (HTML Standard "in table" insertion mode), which htmlparser2 does not do: text and elements written
 * in a table but outside any cell go before the table, where a browser shows them (malformed-table-foster).
 */
function fosterOut(table: Element): ChildNode[] {
  const fostered: ChildNode[] = [];
  const pending: Array<{ container: Element; allowed: ReadonlySet<string> }> = [{ container: table, allowed: IN_TABLE }];
  for (let head = 0; head < pending.length; head++) {
    const { container, allowed } = pending[head] as { container: Element; allowed: ReadonlySet<string> };
    const kept: ChildNode[] = [];
    for (const child of container.children) {
      const stays = isElement(child) ? allowed.has(child.name) : child.type !== 'text' || child.data.trim() === '';
      if (!stays) {
        fostered.push(child);
        continue;
      }
      kept.push(child);
      if (isElement(child) && TABLE_SECTIONS.has(child.name)) pending.push({ container: child, allowed: IN_SECTION });
      else if (isElement(child) && child.name === 'tr') pending.push({ container: child, allowed: IN_ROW });
    }
    if (kept.length !== container.children.length) relink(container, kept);
  }
  return fostered;
}

/** The children with every table's fostered content placed before it. */
function withFostered(children: ChildNode[]): ChildNode[] {
  let out: ChildNode[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as ChildNode;
    // No array for the children that are not tables (most): this runs for every child on the page.
    if (!isElement(child) || child.name !== 'table') {
      if (out !== null) out.push(child);
      continue;
    }
    const fostered = fosterOut(child);
    if (fostered.length > 0 && out === null) out = children.slice(0, i);
    if (out !== null) out.push(...fostered, child);
  }
  return out ?? children;
}

function scriptText(script: Element): string {
  return script.children.map((child) => ('data' in child && typeof child.data === 'string' ? child.data : '')).join('');
}

function collectScripts(head: Element): string[] {
  const found: string[] = [];
  const stack: AnyNode[] = [head];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === 'script' && (attr(node, 'type') ?? '').toLowerCase().includes('ld+json')) found.push(scriptText(node));
    else if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  return found;
}

/**
 * A page without <body> (a fragment, or text after stray end tags) gets one, as a browser's parser builds it: every
 * node of the <html> element (or the document) except the head moves into it, so loose text is article text too.
 */
function makeBody(document: Document, head: Element | null): Element {
  const html = document.children.find((child): child is Element => isElement(child) && child.name === 'html');
  const container: ParentNode = html ?? document;
  const keep: ChildNode[] = [];
  const inside: ChildNode[] = [];
  for (const child of container.children) {
    if (child === head || child.type === 'directive' || (child.type === 'comment' && inside.length === 0)) keep.push(child);
    else inside.push(child);
  }
  const body = new HintedElement('body', {}, []);
  relink(body, inside);
  relink(container as AnyNode & { children: ChildNode[] }, [...keep, body]);
  return body;
}

/** What the HTML parser keeps in <head>; anything else there ends the head and belongs to the body. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound']);

const isStray = (node: ChildNode): boolean =>
  (isElement(node) && !HEAD_CONTENT.has(node.name)) || (node.type === 'text' && node.data.trim() !== '');

/**
 * htmlparser2 is not the spec's tree builder: a <p> in <head>, a second <body>, or text after </body> or </html>
 * stay where they were written. A browser moves all of them into the body; so does this, before the head is dropped
 * and before the body alone is read (malformed-p-in-head, malformed-body-twice, malformed-stray-end-tags).
 */
function gatherStrays(document: Document, head: Element | null, body: Element | Document): void {
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  // The body itself and its ancestors never move (htmlparser2 can nest <body> in an unclosed <head>).
  const bodyPath = new Set<AnyNode>();
  for (let node: AnyNode | null = body; node; node = node.parent) bodyPath.add(node);
  if (head) {
    const stray = head.children.filter((child) => isStray(child) && !bodyPath.has(child));
    if (stray.length > 0) {
      const moving = new Set(stray);
      relink(head, head.children.filter((child) => !moving.has(child)));
      before.push(...stray);
    }
  }
  if (body !== document && isElement(body)) {
    const shell: Array<Element | Document> = [];
    for (let node: Element | Document | null = body.parent as Element | Document | null; node; node = node.parent as Element | Document | null) shell.push(node);
    for (const container of shell) {
      let seenPath = false;
      const kept: ChildNode[] = [];
      for (const child of container.children) {
        const onPath = child === body || shell.includes(child as Element);
        if (onPath) seenPath = true;
        if (onPath || child === head || child.type === 'directive' || child.type === 'comment') {
          kept.push(child);
          continue;
        }
        const moved = isElement(child) && child.name === 'body' ? child.children : isStray(child) || isElement(child) ? [child] : [];
        if (moved.length === 0) {
          kept.push(child);
          continue;
        }
        (seenPath ? after : before).push(...moved);
      }
      if (kept.length !== container.children.length) relink(container as AnyNode & { children: ChildNode[] }, kept);
    }
    if (before.length > 0 || after.length > 0) relink(body, [...before, ...body.children, ...after]);
  } else if (head && before.length > 0 && head.parent) {
    const siblings = head.parent.children;
    const at = siblings.indexOf(head) + 1;
    relink(head.parent as AnyNode & { children: ChildNode[] }, [...siblings.slice(0, at), ...before, ...siblings.slice(at)]);
  }
}

function relink(parent: AnyNode & { children: ChildNode[] }, kept: ChildNode[]): void {
  parent.children = kept;
  for (let i = 0; i < kept.length; i++) {
    const child = kept[i] as ChildNode;
    child.parent = parent as ParentNode;
    child.prev = kept[i - 1] ?? null;
    child.next = kept[i + 1] ?? null;
  }
}
