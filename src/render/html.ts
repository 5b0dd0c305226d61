// Safe HTML from the mdast tree: mdast-util-to-hast → hast-util-sanitize (strict schema) → hast-util-to-html.
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import { joinLines } from '../text/normalize.js';
import { createBlockBudget } from './budget.js';

/** RELIABILITY.md §6: the only elements and attributes that can reach the output. */
export function schema(allowDataImages: boolean): Schema {
  return {
    strip: ['script', 'style'],
    clobberPrefix: 'user-content-',
    clobber: ['id', 'name'],
    tagNames: [
      'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'pre', 'code',
      'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'cite', 'time', 'a', 'img', 'figure',
      'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    ],
    attributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colSpan', 'rowSpan'],
      th: ['colSpan', 'rowSpan', 'scope'],
      ol: ['start', 'reversed'],
      time: ['dateTime'],
      blockquote: ['cite'],
      q: ['cite'],
      del: ['cite'],
      ins: ['cite'],
      abbr: ['title'],
      code: [['className', /^language-[\w+#.-]+$/]],
      '*': ['lang', 'dir'],
    },
    protocols: {
      href: ['http', 'https', 'mailto'],
      src: allowDataImages ? ['http', 'https', 'data'] : ['http', 'https'],
      cite: ['http', 'https'],
    },
    required: {},
    ancestors: {
      li: ['ol', 'ul'],
      tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'],
      dt: ['dl'], dd: ['dl'], figcaption: ['figure'],
    },
  };
}

/**
 * A line break inside a paragraph's text (a text dump's wrapped line) is a space to an HTML parser: write it as one, so
 * that cleaning the output again gives the same HTML (RELIABILITY §6). Code keeps its newlines.
 */
const PHRASING_PARENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins',
  'sub', 'sup', 'mark', 'small', 'abbr', 'cite', 'q', 'time',
]);

function spaceLineBreaks(tree: HastRoot): void {
  const stack: Array<HastRoot | HastElement> = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as HastRoot | HastElement;
    // Between blocks, a newline is the serializer's layout, not text: only text in phrasing (or with words) changes.
    const phrasing = node.type === 'element' && PHRASING_PARENTS.has(node.tagName);
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.value.includes('\n') && (phrasing || /\S/.test(child.value))) child.value = joinLines(child.value, ' ');
      } else if (child.type === 'element' && child.tagName !== 'pre' && child.tagName !== 'code') stack.push(child);
    }
  }
}

/** The full pipeline: every node goes through mdast-util-to-hast, the sanitizer and hast-util-to-html. */
export function renderHtmlFull(root: Root, allowDataImages: boolean): string {
  const hast = toHast(root);
  if (hast.type === 'root') spaceLineBreaks(hast);
  const clean = sanitize(hast, schema(allowDataImages));
  return toHtml(clean);
}

/** The text of a paragraph of one plain text node on one line, or null for anything else. */
function plainLine(node: RootContent): string | null {
  if (node.type !== 'paragraph' || node.data !== undefined || node.children.length !== 1) return null;
  const only = (node as Paragraph).children[0];
  return only?.type === 'text' && only.data === undefined && !/[\r\n]/.test(only.value) ? only.value : null;
}

/**
 * The text of a paragraph of one plain text node over several lines, without tabs or carriage returns, or null: the
 * pipeline trims the spaces around its line breaks (mdast-util-to-hast) and joins the lines with spaces
 * (spaceLineBreaks), which joinLines does in one step.
 */
function plainLines(node: RootContent): string | null {
  if (node.type !== 'paragraph' || node.data !== undefined || node.children.length !== 1) return null;
  const only = (node as Paragraph).children[0];
  return only?.type === 'text' && only.data === undefined && !/[\r\t]/.test(only.value) ? only.value : null;
}

/** A heading (h1 to h6, the sanitizer's own) of one plain text node on one line: its depth and text, or null. */
function plainHeading(node: RootContent): { depth: number; value: string } | null {
  if (node.type !== 'heading' || node.data !== undefined || node.children.length !== 1 || !(node.depth >= 1 && node.depth <= 6)) return null;
  const only = node.children[0];
  return only?.type === 'text' && only.data === undefined && !/[\r\n]/.test(only.value) ? { depth: node.depth, value: only.value } : null;
}

/**
 * A paragraph that is one bold or italic run of plain one-line text (a bold standfirst, a subhead written as a bold
 * paragraph): its HTML tag and text, or null. mdast-util-to-hast maps strong and emphasis to strong and em, which the
 * sanitizer allows without attributes.
 */
function wrappedLine(node: RootContent): { tag: 'strong' | 'em'; value: string } | null {
  if (node.type !== 'paragraph' || node.data !== undefined || node.children.length !== 1) return null;
  const only = (node as Paragraph).children[0];
  if ((only?.type !== 'strong' && only?.type !== 'emphasis') || only.data !== undefined || only.children.length !== 1) return null;
  const inner = only.children[0];
  if (inner?.type !== 'text' || inner.data !== undefined || /[\r\n]/.test(inner.value)) return null;
  return { tag: only.type === 'strong' ? 'strong' : 'em', value: inner.value };
}

/**
 * A tight list whose every item is one paragraph: its items' HTML, or null. A one-line plain text (what text dumps give)
 * is escaped; other inline content without a line break is written by phrasingHtml (a web page's "**Label:** text"
 * and linked items). A tight item's paragraph comes out of mdast-util-to-hast as its content, with no `<p>` and no line
 * breaks around it (test/render.test.ts checks it against the pipeline).
 */
function plainItems(node: RootContent, allowDataImages: boolean): string[] | null {
  // A text dump's own list markers (data.bullet, data.delimiter) are for `text` only: hast ignores them.
  if (node.type !== 'list' || (node.data !== undefined && Object.keys(node.data).some((key) => key !== 'bullet' && key !== 'delimiter')) || node.spread !== false || (node.start !== undefined && node.start !== null && node.start !== 1)) return null;
  const items: string[] = [];
  for (const item of (node as List).children) {
    if (item.data !== undefined || item.spread !== false || (item.checked !== undefined && item.checked !== null) || item.children.length !== 1) return null;
    const paragraph = item.children[0] as RootContent;
    const line = plainLine(paragraph);
    if (line !== null) {
      items.push(escapeText(line));
      continue;
    }
    if (paragraph.type !== 'paragraph' || paragraph.data !== undefined) return null;
    const inline = phrasingHtml(paragraph.children, allowDataImages);
    // A line break's own line break is left as it is at an item's end (the pipeline's spacing of it differs there).
    if (inline === null || inline.includes('<br>')) return null;
    items.push(inline);
  }
  return items.length > 0 ? items : null;
}

/** Pieces joined at a time while escaping. */
const ESCAPE_RUN = 4096;

/**
 * hast-util-to-html's escaping of text: only `<` and `&` (as hexadecimal references). A loop over the characters, not
 * two global `replace`s: on 10M `<` those took 1.4 s and 330 MB of heap for a 60 MB result, this takes 0.3 s and 130.
 */
function escapeText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const out: string[] = [];
  const run: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code !== 0x3c && code !== 0x26) continue;
    if (i > from) run.push(value.slice(from, i));
    run.push(code === 0x3c ? '&#x3C;' : '&#x26;');
    from = i + 1;
    if (run.length >= ESCAPE_RUN) {
      out.push(run.join(''));
      run.length = 0;
    }
  }
  run.push(value.slice(from));
  out.push(run.join(''));
  return out.join('');
}

/** An element's children onto the work stack, its closing tag below them. */
function pushChildren(stack: Array<PhrasingContent | string>, children: readonly PhrasingContent[], close: string): void {
  stack.push(close);
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PhrasingContent);
}

/** hast-util-to-html's escaping of a double-quoted attribute value: `\0`, `"`, `&`, `'` and a backtick (as hexadecimal references). */
const ATTRIBUTE_ESCAPES = /[\u0000"&'`]/g;
const escapeAttribute = (value: string): string => (/[\u0000"&'`]/.test(value) ? value.replace(ATTRIBUTE_ESCAPES, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`) : value);

/**
 * A URL normalizeUri returns unchanged: every character one it keeps (ASCII letters, digits and `!#$&'()*+,-./:;=?@_~`)
 * or a `%` and two letters or digits (an escape). Most links' are: normalizeUri itself tests each character with a
 * regular expression literal, a new RegExp object per character (issue 9 profile: 3% of the median page's allocations).
 */
const NORMAL_URI = /^(?:[!#$&-;=?-Z_a-z~]|%[\dA-Za-z]{2})*$/;

/** normalizeUri (micromark-util-sanitize-uri), without its work for a URL it would not change. */
export const normalizedUri = (url: string): string => (NORMAL_URI.test(url) ? url : normalizeUri(url));

/** hast-util-sanitize's protocol check of a URL (after mdast-util-to-hast's normalizeUri): relative, or one of `protocols`. */
function safeProtocol(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  const slash = url.indexOf('/');
  const question = url.indexOf('?');
  const hash = url.indexOf('#');
  if ((slash > -1 && colon > slash) || (question > -1 && colon > question) || (hash > -1 && colon > hash)) return true;
  for (const protocol of protocols) if (colon === protocol.length && url.startsWith(protocol)) return true;
  return false;
}

const HREF_PROTOCOLS = ['http', 'https', 'mailto'] as const;
const SRC_PROTOCOLS = ['http', 'https'] as const;
const DATA_SRC_PROTOCOLS = ['http', 'https', 'data'] as const;
const WRAPPER_TAGS: Readonly<Record<string, string>> = { strong: 'strong', emphasis: 'em', delete: 'del' };
/** A text node's data that mdast-util-to-hast ignores: segmenting's mark of a link's text whose address was not kept. */
const inertData = (data: unknown): boolean => {
  if (data === undefined) return true;
  for (const key in data as object) if (key !== 'linkText') return false;
  return true;
};

/**
 * The HTML of a paragraph's or heading's inline content, written directly, or null when it needs the full pipeline: text,
 * links, images, bold, italic, strikethrough, inline code and line breaks, as mdast-util-to-hast, the sanitizer (all
 * these elements are allowed; an address keeps only the protocols the schema allows) and hast-util-to-html write them,
 * and a text with a line break of its own is left to the pipeline (test/render.test.ts checks it against the pipeline).
 * Web pages' paragraphs are mostly such inline content (issue 9 profile: the generic pipeline was most of the renderer).
 */
export function phrasingHtml(children: readonly PhrasingContent[], allowDataImages: boolean): string | null {
  const out: string[] = [];
  // Work items: a node, or the closing tag of an element whose children come first.
  const stack: Array<PhrasingContent | string> = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as PhrasingContent);
  // mdast-util-to-hast trims spaces and tabs at the start of what follows a break (a text, or an element's first text).
  let afterBreak = false;
  while (stack.length > 0) {
    const item = stack.pop() as PhrasingContent | string;
    if (typeof item === 'string') {
      out.push(item);
      afterBreak = false;
      continue;
    }
    const trim: boolean = afterBreak;
    afterBreak = false;
    switch (item.type) {
      case 'text': {
        if (!inertData(item.data) || /[\r\n]/.test(item.value)) return null;
        out.push(escapeText(trim ? trimSpaceStart(item.value) : item.value));
        break;
      }
      case 'break':
        if (item.data !== undefined) return null;
        // <br> and the line break after it, which spaceLineBreaks makes a space.
        out.push('<br> ');
        afterBreak = true;
        break;
      case 'inlineCode':
        if (item.data !== undefined) return null;
        const code = item.value.replace(/\r?\n|\r/g, ' ');
        out.push(`<code>${escapeText(trim ? trimSpaceStart(code) : code)}</code>`);
        break;
      case 'image': {
        if (item.data !== undefined) return null;
        const src = normalizedUri(item.url);
        let tag = safeProtocol(src, allowDataImages ? DATA_SRC_PROTOCOLS : SRC_PROTOCOLS) ? `<img src="${escapeAttribute(src)}"` : '<img';
        if (item.alt !== null && item.alt !== undefined) tag += ` alt="${escapeAttribute(item.alt)}"`;
        if (item.title !== null && item.title !== undefined) tag += ` title="${escapeAttribute(item.title)}"`;
        out.push(`${tag}>`);
        break;
      }
      case 'link': {
        if (item.data !== undefined) return null;
        const href = normalizedUri(item.url);
        const attributes: string[] = [];
        if (safeProtocol(href, HREF_PROTOCOLS)) attributes.push(`href="${escapeAttribute(href)}"`);
        if (item.title !== null && item.title !== undefined) attributes.push(`title="${escapeAttribute(item.title)}"`);
        out.push(attributes.length === 0 ? '<a>' : `<a ${attributes.join(' ')}>`);
        pushChildren(stack, item.children, '</a>');
        afterBreak = trim && item.children[0]?.type === 'text';
        break;
      }
      case 'strong':
      case 'emphasis':
      case 'delete': {
        if (item.data !== undefined) return null;
        const tag = WRAPPER_TAGS[item.type] as string;
        out.push(`<${tag}>`);
        pushChildren(stack, item.children, `</${tag}>`);
        // After a break, the element's first child is trimmed when it is a text (mdast-util-to-hast trims its head).
        afterBreak = trim && item.children[0]?.type === 'text';
        break;
      }
      default:
        return null;
    }
  }
  return out.join('');
}

/** Spaces and tabs off the start (mdast-util-to-hast's trimMarkdownSpaceStart). */
function trimSpaceStart(value: string): string {
  let index = 0;
  let code = value.charCodeAt(0);
  while (code === 9 || code === 32) code = value.charCodeAt(++index);
  return index === 0 ? value : value.slice(index);
}

/**
 * The HTML of a plain node written directly, or null when it needs the full pipeline. A one-line paragraph of plain
 * text and a tight list of such items come out of mdast-util-to-hast, the sanitizer (p, ul, ol and li are allowed,
 * there are no attributes) and hast-util-to-html exactly like this (test/render.test.ts checks it): text dumps are
 * nothing else, and the generic pipeline was a fifth of text mode's time (issue 9 profile).
 */
function plainHtml(node: RootContent, allowDataImages: boolean): string | null {
  const line = plainLine(node);
  if (line !== null) return `<p>${escapeText(line)}</p>`;
  const heading = plainHeading(node);
  if (heading !== null) return `<h${heading.depth}>${escapeText(heading.value)}</h${heading.depth}>`;
  const wrapped = wrappedLine(node);
  if (wrapped !== null) return `<p><${wrapped.tag}>${escapeText(wrapped.value)}</${wrapped.tag}></p>`;
  if (node.type === 'paragraph' && node.data === undefined) {
    const inline = phrasingHtml(node.children, allowDataImages);
    if (inline !== null) return `<p>${inline}</p>`;
  } else if (node.type === 'heading' && node.data === undefined && node.depth >= 1 && node.depth <= 6) {
    const inline = phrasingHtml(node.children, allowDataImages);
    if (inline !== null) return `<h${node.depth}>${inline}</h${node.depth}>`;
  }
  const lines = plainLines(node);
  if (lines !== null) return `<p>${escapeText(joinLines(lines, ' '))}</p>`;
  const items = plainItems(node, allowDataImages);
  if (items === null) return null;
  const tag = (node as List).ordered ? 'ol' : 'ul';
  return `<${tag}>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</${tag}>`;
}

/**
 * The root's children come out joined by line breaks and nothing in the pipeline depends on siblings at the top level,
 * so plain nodes are written directly and every run of other nodes goes through the full pipeline, in runs of at most
 * BUDGET_CHECK_INTERVAL units so that `hasTime` (the time budget) is asked between them (render/budget.ts).
 */
export function renderHtml(root: Root, allowDataImages: boolean, hasTime?: () => boolean): string {
  const budget = createBlockBudget(hasTime);
  const parts: string[] = [];
  let run: RootContent[] = [];
  let runUnits = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const html = renderHtmlFull({ type: 'root', children: run }, allowDataImages);
    if (html !== '') parts.push(html);
    run = [];
    runUnits = 0;
  };
  for (const original of root.children) {
    const node = budget(original);
    const html = plainHtml(node, allowDataImages);
    if (html === null) {
      run.push(node);
      runUnits += 1 + ('children' in node ? node.children.length : 0);
      if (runUnits >= BUDGET_CHECK_INTERVAL) flush();
    } else {
      flush();
      parts.push(html);
    }
  }
  flush();
  return parts.join('\n');
}
