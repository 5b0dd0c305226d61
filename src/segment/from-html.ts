// DOM → blocks: walks the article root(s) and emits one Segment per heading, paragraph, list, quote, code, table or figure.
import type { AnyNode, Element } from 'domhandler';
import type { BlockContent, List, ListItem, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import type { Context } from '../context.js';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import { attr, BLOCK_TAGS, cachedHintString, hasChildren, isElement, isText, rawText } from '../html/dom.js';
import { normalizeLines, textWeight } from '../text/normalize.js';
import { imageSource, phrasingText, plainPhrasing, toPhrasing, tidyPhrasing, type PhrasingOptions } from './phrasing.js';
import type { Segment } from './types.js';

const HEADINGS: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
/** Containers that group blocks into one "box" the classifier may judge as a whole. */
const BOX_TAGS = new Set(['div', 'section', 'aside', 'article', 'header', 'footer', 'form', 'details', 'nav', 'main', 'li', 'td', 'figure', 'center']);
/** Lists nested deeper than this are flattened into their parent item (bounds the renderers' recursion). */
const MAX_LIST_NESTING = 8;
/** At most this many ancestors' hints are kept per block. */
const MAX_HINT_ANCESTORS = 6;

export interface SegmentHtmlOptions extends PhrasingOptions {
  /**
   * Filled when given: the element tree the blocks sit in, as ids in document (pre-)order. `parent[id]` is the id of
   * an element's parent (0: the roots' parent), and each segment's `el` is the id of the element holding it.
   */
  tree?: { parent: number[] };
}

/**
 * Elements with a block-level element somewhere below them, and those with a heading below them (`headed`); computed
 * once, bottom-up.
 */
function blockContainers(roots: readonly AnyNode[], headed: Set<Element>): Set<Element> {
  const result = new Set<Element>();
  const order: Element[] = [];
  const stack: AnyNode[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) order.push(node);
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const parent = el.parent;
    if ((headed.has(el) || HEADINGS.has(el.name)) && parent && isElement(parent)) headed.add(parent);
    if (!(result.has(el) || (BLOCK_TAGS.has(el.name) && el.name !== 'br') || HEADINGS.has(el.name))) continue;
    if (parent && isElement(parent)) result.add(parent);
  }
  return result;
}

function isDataTable(table: Element, containers: Set<Element>): boolean {
  let rows = 0;
  let ok = true;
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0 && ok) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'table') ok = false;
    else if (node.name === 'tr') rows++;
    else if ((node.name === 'td' || node.name === 'th') && containsBlocks(node, containers)) ok = false;
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  return ok && rows > 0;
}

/** True when a cell holds real block structure (not just a lone <p> or <br>s). */
function containsBlocks(cell: Element, containers: Set<Element>): boolean {
  if (!containers.has(cell)) return false;
  let blocks = 0;
  for (const child of cell.children) if (isElement(child) && BLOCK_TAGS.has(child.name) && child.name !== 'br') blocks++;
  return blocks > 1 || cell.children.some((c) => isElement(c) && (c.name === 'div' || c.name === 'ul' || c.name === 'ol' || c.name === 'table'));
}

function tableNode(table: Element, options: PhrasingOptions, used?: Set<Element>): { node: Table; rows: string[][] } | null {
  const rowElements: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = table.children.length - 1; i >= 0; i--) stack.push(table.children[i] as AnyNode);
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'tr') rowElements.push(node);
    else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  const rows: TableRow[] = [];
  const texts: string[][] = [];
  for (const tr of rowElements) {
    const cells = tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
    if (cells.length === 0) continue;
    for (const cell of cells) used?.add(cell);
    const cellNodes = cells.map((cell) => ({ type: 'tableCell' as const, children: toPhrasing(cell.children, options).filter((n) => n.type !== 'break') }));
    const cellTexts = cellNodes.map((c) => phrasingText(c.children).text.replace(/\n/g, ' '));
    if (cellTexts.every((t) => t === '')) continue;
    rows.push({ type: 'tableRow', children: cellNodes });
    texts.push(cellTexts);
  }
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.children.length));
  for (const row of rows) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  return { node: { type: 'table', align: null, children: rows }, rows: texts };
}

function listNode(list: Element, options: PhrasingOptions): List {
  const root: List = { type: 'list', ordered: list.name === 'ol', spread: false, children: [] };
  const start = Number(attr(list, 'start'));
  if (root.ordered && Number.isSafeInteger(start) && start > 1) root.start = start;
  // Explicit stack of (list element, mdast list, nesting level).
  const stack: Array<{ element: Element; node: List; level: number }> = [{ element: list, node: root, level: 1 }];
  while (stack.length > 0) {
    const { element, node, level } = stack.pop() as { element: Element; node: List; level: number };
    for (const child of element.children) {
      if (!isElement(child) && !(isText(child) && child.data.trim() !== '')) continue;
      const itemChildren = isElement(child) && child.name === 'li' ? child.children : [child];
      const inline: AnyNode[] = [];
      const nested: Element[] = [];
      for (const c of itemChildren) {
        if (isElement(c) && (c.name === 'ul' || c.name === 'ol') && level < MAX_LIST_NESTING) nested.push(c);
        else inline.push(c);
      }
      const phrasing = toPhrasing(inline, options);
      const item: ListItem = { type: 'listItem', spread: false, children: [] };
      if (phrasing.length > 0) item.children.push({ type: 'paragraph', children: phrasing });
      for (const sub of nested) {
        const subList: List = { type: 'list', ordered: sub.name === 'ol', spread: false, children: [] };
        item.children.push(subList);
        stack.push({ element: sub, node: subList, level: level + 1 });
      }
      if (item.children.length > 0) node.children.push(item);
    }
  }
  return root;
}

/**
 * listText(listNode(list, options)), read without building the list (plainPhrasing for each item's text), or null
 * when an item's text needs its built tree. Items in document order, as listText reads the built list: an item, then
 * its nested lists.
 */
function plainListText(list: Element, options: PhrasingOptions): { text: string; linkChars: number } | null {
  const lines: string[] = [];
  let linkChars = 0;
  const start = Number(attr(list, 'start'));
  const ordered = list.name === 'ol';
  const frames: Array<{ element: Element; next: number; depth: number; ordered: boolean; start: number; index: number }> = [
    { element: list, next: 0, depth: 0, ordered, start: ordered && Number.isSafeInteger(start) && start > 1 ? start : 1, index: 0 },
  ];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const child = frame.element.children[frame.next++];
    if (child === undefined) {
      frames.pop();
      continue;
    }
    if (!isElement(child) && !(isText(child) && child.data.trim() !== '')) continue;
    const itemChildren = isElement(child) && child.name === 'li' ? child.children : [child];
    const inline: AnyNode[] = [];
    const nested: Element[] = [];
    // The list's nesting level is its depth + 1 (listNode's `level`).
    for (const c of itemChildren) {
      if (isElement(c) && (c.name === 'ul' || c.name === 'ol') && frame.depth + 1 < MAX_LIST_NESTING) nested.push(c);
      else inline.push(c);
    }
    const plain = plainPhrasing(inline, options);
    if (plain === null) return null;
    if (plain.empty && nested.length === 0) continue;
    frame.index++;
    linkChars += plain.linkChars;
    if (plain.text !== '') lines.push(`${'  '.repeat(frame.depth)}${frame.ordered ? `${frame.start + frame.index - 1}.` : '-'} ${plain.text.replace(/\n/g, ' ')}`);
    for (let i = nested.length - 1; i >= 0; i--) {
      const sub = nested[i] as Element;
      frames.push({ element: sub, next: 0, depth: frame.depth + 1, ordered: sub.name === 'ol', start: 1, index: 0 });
    }
  }
  return { text: lines.join('\n'), linkChars };
}

/** Text lines of a list: "- item" (or "1. item"), nested items indented. */
export function listText(list: List): { text: string; items: string[]; linkChars: number } {
  const lines: string[] = [];
  const items: string[] = [];
  let linkChars = 0;
  const stack: Array<{ list: List; depth: number; index: number }> = [{ list, depth: 0, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { list: List; depth: number; index: number };
    const item = frame.list.children[frame.index++];
    if (!item) {
      stack.pop();
      continue;
    }
    const start = frame.list.start ?? 1;
    // A text dump's list keeps its own markers (segment/from-text.ts): "*" bullets, "1)" numbers.
    const data = frame.list.data;
    const marker = frame.list.ordered ? `${start + frame.index - 1}${data?.delimiter ?? '.'}` : (data?.bullet ?? '-');
    const paragraph = item.children.find((c) => c.type === 'paragraph');
    const { text, linkChars: lc } = paragraph && paragraph.type === 'paragraph' ? phrasingText(paragraph.children) : { text: '', linkChars: 0 };
    linkChars += lc;
    if (text !== '') {
      lines.push(`${'  '.repeat(frame.depth)}${marker} ${text.replace(/\n+/g, ' ')}`);
      if (frame.depth === 0) items.push(text);
    }
    for (let i = item.children.length - 1; i >= 0; i--) {
      const sub = item.children[i];
      if (sub?.type === 'list') stack.push({ list: sub, depth: frame.depth + 1, index: 0 });
    }
  }
  return { text: lines.join('\n'), items, linkChars };
}

function codeLanguage(pre: Element): string | null {
  const code = pre.children.find((c): c is Element => isElement(c) && c.name === 'code');
  const classes = `${attr(pre, 'class') ?? ''} ${code ? (attr(code, 'class') ?? '') : ''}`;
  const match = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,32})/.exec(classes);
  return match?.[1] ?? null;
}

interface Run {
  nodes: AnyNode[];
  hints: string;
  box: number;
  zone: string | null;
  zoneEl: number;
  near: string;
  el: number;
  /** The hint of the inline element the run opens with (`<span class="newscaption">`), if it has one. */
  lead?: string;
}

/** Hints of this many nearest hinted ancestors are the block's own (`near`). */
const NEAR_HINTS = 2;
const ZONE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form', 'menu']);
const ZONE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alertdialog']);
/** The page furniture an element makes (its tag or role), if any, for the whole-page block locator. */
function zoneOf(el: Element): string | null {
  if (ZONE_TAGS.has(el.name)) return el.name;
  const role = el.attribs.role;
  return role !== undefined && ZONE_ROLES.has(role) ? role : null;
}

/** Segments the article root(s) into blocks in document order. */
export function segmentHtml(roots: readonly Element[], ctx: Context, options: SegmentHtmlOptions): Segment[] {
  const segments: Segment[] = [];
  const headed = new Set<Element>();
  const containers = blockContainers(roots, headed);
  let boxCounter = 0;
  // Each box's inset (see Segment.inset): the box itself, an inset box it sits in, or 0.
  const insetOfBox: number[] = [0];
  let visited = 0;
  let run: Run | null = null;

  const parent = options.tree?.parent ?? [];
  parent.length = 0;
  parent.push(0);
  let elementCounter = 0;
  let emitEl = 0;
  let emitZone: string | null = null;
  let emitZoneEl = 0;
  let emitNear = '';
  let emitLead: string | undefined;
  // Built field by field, not by rest and spread (which copied every block twice: issue 9 profile, 4% of html-dev).
  // With `build`, the block's mdast node is built on first read (nodeOf; `node` is undefined until then): most blocks of a page are
  // dropped by the locator, which reads only the text of most (issue 9 profile: building every block's phrasing tree
  // was about a tenth of the HTML path).
  const emit = (segment: Pick<Segment, 'type' | 'text' | 'hints' | 'box' | 'rows' | 'figure' | 'cards'> & { node?: RootContent; build?: () => RootContent; linkChars?: number }): void => {
    const { text } = segment;
    if (text === '' && segment.type !== 'figure') return;
    const linkChars = segment.linkChars ?? 0;
    const linkDensity = text.length > 0 ? Math.min(1, linkChars / text.length) : 0;
    // One shape for every block, built or not (nodeOf builds `node` on first read).
    const out: Segment = { type: segment.type, node: segment.node, build: segment.build, text, hints: segment.hints, box: segment.box, linkDensity };
    if (segment.rows !== undefined) out.rows = segment.rows;
    if (segment.figure !== undefined) out.figure = segment.figure;
    if (segment.cards) out.cards = true;
    out.el = emitEl;
    if (emitZone !== null) {
      out.zone = emitZone;
      out.zoneEl = emitZoneEl;
    }
    if (emitNear !== '') out.near = emitNear;
    if (emitLead !== undefined) out.lead = emitLead;
    const inset = insetOfBox[segment.box];
    if (inset) out.inset = inset;
    segments.push(out);
  };
  const flush = (): void => {
    if (!run) return;
    const current = run;
    run = null;
    emitZone = current.zone;
    emitZoneEl = current.zoneEl;
    emitEl = current.el;
    emitNear = current.near;
    emitLead = current.lead;
    // A run with no paragraph break, link-dependent text or lone images is one paragraph, its text read without
    // building it.
    const plain = plainPhrasing(current.nodes, options);
    if (plain !== null && !(plain.images && plain.text === '')) {
      const nodes = current.nodes;
      if (!plain.empty) emit({ type: 'paragraph', build: () => ({ type: 'paragraph', children: toPhrasing(nodes, options) }), text: plain.text, hints: current.hints, box: current.box, linkChars: plain.linkChars });
      return;
    }
    // A double <br> inside a run separates paragraphs, as old pages use it.
    const phrasing = toPhrasing(current.nodes, options);
    const paragraphs: PhrasingContent[][] = [[]];
    for (let i = 0; i < phrasing.length; i++) {
      const node = phrasing[i] as PhrasingContent;
      if (node.type === 'break' && phrasing[i + 1]?.type === 'break') {
        while (phrasing[i + 1]?.type === 'break') i++;
        paragraphs.push([]);
        continue;
      }
      (paragraphs[paragraphs.length - 1] as PhrasingContent[]).push(node);
    }
    for (const part of paragraphs) {
      // toPhrasing's output is tidy already, and tidying is idempotent: only parts split at a double break need it.
      const children = paragraphs.length === 1 ? part : tidyPhrasing(part);
      if (children.length === 0) continue;
      const { text, linkChars } = phrasingText(children);
      if (text === '' && children.every((c) => c.type === 'image')) {
        for (const image of children) if (image.type === 'image') emit({ type: 'figure', node: { type: 'paragraph', children: [image] }, text: '', figure: { src: image.url, alt: image.alt ?? null, caption: null }, hints: current.hints, box: current.box });
        continue;
      }
      emit({ type: 'paragraph', node: { type: 'paragraph', children }, text, hints: current.hints, box: current.box, linkChars });
    }
  };

  // Two parallel stacks: the node, and its scope (hints, box, zone and parent element), one object shared by all the
  // children of a container rather than one object per node (issue 9 profile: garbage collection).
  type Scope = { hints: HintChain; box: number; zone: string | null; zoneEl: number; parent: number };
  const stack: AnyNode[] = [];
  const scopes: Scope[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i] as Element);
    scopes.push({ hints: null, box: ++boxCounter, zone: null, zoneEl: 0, parent: 0 });
  }

  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const frame = scopes.pop() as Scope;
    if (++visited % BUDGET_CHECK_INTERVAL === 0) ctx.hasTime();
    if (!isElement(node)) {
      if (isText(node)) {
        if (!run) {
          if (node.data.trim() === '') continue;
          run = { nodes: [], hints: lastHints(frame.hints, MAX_HINT_ANCESTORS), box: frame.box, zone: frame.zone, zoneEl: frame.zoneEl, near: lastHints(frame.hints, NEAR_HINTS), el: frame.parent };
        } else if (run.box !== frame.box) {
          flush();
          run = { nodes: [], hints: lastHints(frame.hints, MAX_HINT_ANCESTORS), box: frame.box, zone: frame.zone, zoneEl: frame.zoneEl, near: lastHints(frame.hints, NEAR_HINTS), el: frame.parent };
        }
        run.nodes.push(node);
      } else if ((node as { type: string }).type === 'flush') flush();
      continue;
    }
    const el = node;
    // The page's own classes (<body class="single-format-gallery enable-lightbox">) describe the page, not a block.
    const hint = el.name === 'body' || el.name === 'html' ? '' : cachedHintString(el);
    const hints: HintChain = hint === '' ? frame.hints : { hint, up: frame.hints };
    // The joined hints are read only where a block is emitted or a run starts, not for every container (issue 9 profile).
    const isContainer = containers.has(el);
    const id = ++elementCounter;
    const ownZone = zoneOf(el);
    const zone = ownZone ?? frame.zone;
    const zoneEl = ownZone === null ? frame.zoneEl : id;
    parent.push(frame.parent);
    const level = HEADINGS.get(el.name);
    if (level !== undefined) {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      // With no line break (which the heading drops), its text is read without building it.
      const plain = plainPhrasing(el.children, options);
      if (plain !== null && plain.breaks === 0) {
        const heading = el;
        if (!plain.empty) emit({ type: 'heading', build: () => ({ type: 'heading', depth: level as 1, children: toPhrasing(heading.children, options).filter((c) => c.type !== 'break') }), text: plain.text.replace(/\n/g, ' '), hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars: plain.linkChars });
        continue;
      }
      const children = toPhrasing(el.children, options).filter((c) => c.type !== 'break');
      const { text, linkChars } = phrasingText(children);
      emit({ type: 'heading', node: { type: 'heading', depth: level as 1, children }, text: text.replace(/\n/g, ' '), hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars });
      continue;
    }
    if ((el.name === 'ul' || el.name === 'ol') && !isPostList(el, containers)) {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      const plain = plainListText(el, options);
      if (plain !== null) {
        if (plain.text !== '') emit({ type: 'list', build: () => listNode(el, options), text: plain.text, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars: plain.linkChars, cards: headed.has(el) && everyItemLinked(el) });
        continue;
      }
      const list = listNode(el, options);
      const { text, linkChars } = listText(list);
      // Top-level items may be empty wrappers of a nested list: its text still counts (pathological-depth-lists-10k).
      // A list whose items hold headings and links is a grid of cards (teasers, listings), marked for the locator.
      if (text !== '') emit({ type: 'list', node: list, text, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars, cards: headed.has(el) && everyItemLinked(el) });
      continue;
    }
    if (el.name === 'pre') {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      // The parser drops one LF right after <pre> (htmlparser2 does not, so it is dropped here); an LF at the start of
      // a <code> inside it is text, so decruft's own `<pre><code>\n…` output keeps it on a second clean.
      const first = el.children[0];
      const raw = normalizeLines(rawText(el));
      const value = (first && isText(first) && /^\r?\n/.test(first.data) ? raw.replace(/^\n/, '') : raw).trimEnd();
      if (value.trim() !== '') emit({ type: 'code', node: { type: 'code', lang: codeLanguage(el), meta: null, value }, text: value, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box });
      continue;
    }
    if (el.name === 'table' && isDataTable(el, containers)) {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      const cells = new Set<Element>();
      const table = tableNode(el, options, cells);
      if (table) emit({ type: 'table', node: table.node, text: table.rows.map((r) => r.join(' | ')).join('\n'), rows: table.rows, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box });
      receiptForRest(ctx, el, cells, TABLE_REST);
      continue;
    }
    if (el.name === 'blockquote' && !containsNested(el)) {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      const plain = plainPhrasing(el.children, options);
      if (plain !== null) {
        const quote = el;
        if (plain.text !== '') emit({ type: 'quote', build: () => ({ type: 'blockquote', children: [{ type: 'paragraph', children: toPhrasing(quote.children, options) }] }), text: plain.text, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars: plain.linkChars });
        continue;
      }
      const phrasing = toPhrasing(el.children, options);
      const { text, linkChars } = phrasingText(phrasing);
      const paragraphs: BlockContent[] = text === '' ? [] : [{ type: 'paragraph', children: phrasing }];
      emit({ type: 'quote', node: { type: 'blockquote', children: paragraphs }, text, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, linkChars });
      continue;
    }
    // A figure with no image that holds a table, a quote or code (WordPress wraps its table and pullquote blocks in
    // <figure>) falls through to the block containers below: its table, quote or code is the article's, and its
    // caption a paragraph.
    if (el.name === 'figure' && !wrapsBlocks(el)) {
      flush();
      emitZone = zone;
      emitZoneEl = zoneEl;
      emitNear = lastHints(hints, NEAR_HINTS);
      emitLead = undefined;
      emitEl = id;
      const img = findFirstElement(el, 'img');
      const caption = findFirstElement(el, 'figcaption');
      const src = img ? imageSource(img, options) : null;
      const alt = img ? (attr(img, 'alt')?.trim() || null) : null;
      const captionPhrasing = caption ? toPhrasing(caption.children, options).filter((c) => c.type !== 'image') : [];
      const captionText = phrasingText(captionPhrasing).text;
      const children: PhrasingContent[] = [];
      if (src) children.push({ type: 'image', url: src, alt, title: null });
      if (src && captionPhrasing.length > 0) children.push({ type: 'break' });
      children.push(...captionPhrasing);
      if (children.length > 0) emit({ type: 'figure', node: { type: 'paragraph', children }, text: captionText, figure: { src, alt, caption: captionText || null }, hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box });
      receiptForRest(ctx, el, caption ? new Set([caption]) : new Set(), FIGURE_REST);
      continue;
    }
    if (el.name === 'hr') {
      flush();
      continue;
    }
    const block = (BLOCK_TAGS.has(el.name) && el.name !== 'br') || el.name === 'p' || el.name === 'table' || el.name === 'blockquote';
    if (!block && !isContainer) {
      // Inline element: joins the current run.
      if (!run || run.box !== frame.box) {
        flush();
        run = { nodes: [], hints: lastHints(hints, MAX_HINT_ANCESTORS), box: frame.box, zone: frame.zone, zoneEl: frame.zoneEl, near: lastHints(frame.hints, NEAR_HINTS), el: frame.parent };
        if (hint !== '') run.lead = hint;
      }
      run.nodes.push(el);
      continue;
    }
    // A block container: its own paragraph boundary; boxes start a new group.
    flush();
    const box = BOX_TAGS.has(el.name) ? ++boxCounter : frame.box;
    if (box !== frame.box) insetOfBox[box] = INSET_TAGS.has(el.name) && amidParagraphs(el) ? box : (insetOfBox[frame.box] ?? 0);
    const scope: Scope = { hints, box, zone, zoneEl, parent: id };
    stack.push(FLUSH);
    scopes.push(scope);
    for (let i = el.children.length - 1; i >= 0; i--) {
      stack.push(el.children[i] as AnyNode);
      scopes.push(scope);
    }
  }
  flush();
  return segments;
}

/** Boxes that may be set into the article's text (a pull quote, a fact box, an appeal). */
const INSET_TAGS = new Set(['div', 'section', 'aside']);

/** Whether the article's text runs on around an element: a <p> is right before or after it (text between aside). */
function amidParagraphs(el: Element): boolean {
  let before: AnyNode | null = el.prev;
  let after: AnyNode | null = el.next;
  while (before && !isElement(before)) before = before.prev;
  while (after && !isElement(after)) after = after.next;
  return (before as Element | null)?.name === 'p' || (after as Element | null)?.name === 'p';
}

/** The marker that a container's children are done: the run they started is flushed. */
const FLUSH = { type: 'flush' } as unknown as AnyNode;

/**
 * The hints of an element's hinted ancestors and its own, innermost last, as a chain up the tree: one link per hinted
 * element instead of a copy of every ancestor's list (issue 9 profile).
 */
type HintChain = { hint: string; up: HintChain } | null;

/** The last `n` hints of the chain, outermost first, joined by spaces (what `hints.slice(-n).join(' ')` gave). */
function lastHints(chain: HintChain, n: number): string {
  if (chain === null) return '';
  let joined = chain.hint;
  let link = chain.up;
  for (let k = 1; k < n && link !== null; k++, link = link.up) joined = `${link.hint} ${joined}`;
  return joined;
}

/** Block-level children that make a list item a box of blocks rather than a line of text. */
const ITEM_BOXES = new Set(['div', 'section', 'article', 'header', 'footer', 'form', 'table', 'blockquote', 'aside', 'dl', 'fieldset']);
/**
 * Class or id words of a list of posts: forum software's thread (`ol#posts`, `ol.messageList`, `ul.posts`), comments.
 * Without `i`: a hint holds no ASCII capital (hintString lowercases it) and under `i` no character past ASCII
 * matches an ASCII letter, so `i` changed nothing but V8's compile (about twice as long; issue 9, cold start).
 */
export const POSTS_HINT = /(?:^|[\s_-])(?:posts?|postcontainer|postbit\w*|messages?|messagelist|comments?|commentlist|replies|timeline)(?:$|[\s_-])/;
/** Words an item of a list of posts holds at least, and the share of them in links at most: a post, not a menu entry. */
const POST_ITEM_WORDS = 40;
const POST_ITEM_LINKED = 0.3;

/**
 * A list that lays out posts, as forum software lays out a thread (vBulletin's `<ol id="posts">`, XenForo's
 * `<ol class="messageList">`, NodeBB's `<ul class="posts timeline">`): the list or its items are named for posts, and
 * an item holds two or more boxes, one a box of blocks itself (the poster's details, the post's body, its footer),
 * with a post's words, mostly unlinked. Such a list is walked as nested boxes, so each post's chrome (View Profile,
 * Join Date, Reply With Quote) comes out as blocks of its own rather than inside one list item's line.
 */
function isPostList(list: Element, containers: ReadonlySet<Element>): boolean {
  const named = POSTS_HINT.test(cachedHintString(list));
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li' || !containers.has(item)) continue;
    if (!named && !POSTS_HINT.test(cachedHintString(item))) continue;
    let boxes = 0;
    let nested = false;
    for (const child of item.children) {
      if (!isElement(child) || !ITEM_BOXES.has(child.name)) continue;
      boxes++;
      if (containers.has(child)) nested = true;
    }
    if (boxes < 2 || !nested) continue;
    const { words, linked } = itemWords(item);
    if (words >= POST_ITEM_WORDS && linked <= POST_ITEM_LINKED * words) return true;
  }
  return false;
}

/** The words of an element's text (the locator's weight: textWeight), and how many of them sit in links. */
function itemWords(root: Element): { words: number; linked: number } {
  let words = 0;
  let linked = 0;
  const stack: Array<{ node: AnyNode; inLink: boolean }> = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop() as { node: AnyNode; inLink: boolean };
    if (isText(node)) {
      const n = textWeight(node.data);
      words += n;
      if (inLink) linked += n;
    } else if (hasChildren(node)) {
      const link = inLink || (isElement(node) && node.name === 'a');
      for (const child of node.children) stack.push({ node: child, inLink: link });
    }
  }
  return { words, linked };
}

/** A figure with no image that wraps a table, a quote or code: a container of blocks, not an image and its caption. */
const wrapsBlocks = (figure: Element): boolean =>
  !findFirstElement(figure, 'img') && (findFirstElement(figure, 'table') !== null || findFirstElement(figure, 'blockquote') !== null || findFirstElement(figure, 'pre') !== null);

const FIGURE_REST = { ruleId: 'segment.figure-rest', category: 'chrome', reason: 'text of a <figure> besides its image and caption (a table, quote, code or graphic inside it), which is not extracted' } as const;
const TABLE_REST = { ruleId: 'segment.table-rest', category: 'chrome', reason: 'text of a data table outside its rows\' cells (its <caption>, or cells outside a row), which is not extracted' } as const;

/**
 * A block read only in part (a figure's image and caption, a table's cells) leaves the text of the rest in a receipt,
 * so nothing visible is lost silently (RELIABILITY §7 accounting). `used` are the subtrees whose text was kept.
 */
function receiptForRest(ctx: Context, root: Element, used: ReadonlySet<Element>, rule: { ruleId: string; category: 'chrome'; reason: string }): void {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && !used.has(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  if (parts.length === 0) return;
  const text = normalizeLines(parts.join(' ')).replace(/\s+/g, ' ').trim();
  if (text !== '') ctx.remove({ ...rule, stage: 'segment', text });
}

/** True when every item of a list holds a link (cards link to what they tease). */
function everyItemLinked(list: Element): boolean {
  let items = 0;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li') continue;
    items++;
    if (!findFirstElement(item, 'a')) return false;
  }
  return items > 0;
}

function containsNested(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && (node.name === 'ul' || node.name === 'ol' || node.name === 'table' || node.name === 'pre' || HEADINGS.has(node.name) || node.name === 'blockquote')) return true;
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  return false;
}

function findFirstElement(root: Element, name: string): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === name) return node;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return null;
}
