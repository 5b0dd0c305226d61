// DOM inline content → mdast phrasing nodes (links made absolute, formatting kept, whitespace collapsed).
import type { AnyNode, Element } from 'domhandler';
import type { Data, PhrasingContent } from 'mdast';
import { attr, BLOCK_TAGS, hasChildren, isElement, isText, rawText } from '../html/dom.js';
import { collapseWhitespace, joinLines, normalizeLines } from '../text/normalize.js';
import { safeUrl } from '../url.js';
import { lazy } from '../lazy.js';

export interface PhrasingOptions {
  baseUrl: string | null;
  allowDataImages: boolean;
}

type Parent = { children: PhrasingContent[] };
type WrapperType = 'strong' | 'emphasis' | 'delete';

const WRAPPERS: ReadonlyMap<string, WrapperType> = new Map([
  ['strong', 'strong'], ['b', 'strong'], ['em', 'emphasis'], ['i', 'emphasis'], ['cite', 'emphasis'], ['dfn', 'emphasis'],
  ['s', 'delete'], ['strike', 'delete'], ['del', 'delete'],
]);
const INLINE_CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);
/**
 * Lists, tables and the like inside inline content are flattened to text; these are skipped entirely. A <noscript>
 * that reaches here is one prepare kept (the page's text lives in it), so its text is read like any other.
 */
const SKIP = new Set(['script', 'style', 'template']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif);/i;
const CAPITALIZED_START = lazy(() => new RegExp(String.raw`^\p{Lu}\p{Ll}`, 'u'));
const LETTER_END = lazy(() => new RegExp(String.raw`\p{L}$`, 'u'));

/**
 * Two words that only markup separates: a text that opens with a capitalized word right after an element's boundary,
 * where the text before it ends with a letter: a shop's brand and product name, which its stylesheet sets on lines of
 * their own (`<span>Nalgene</span><span>Sustain Bottle</span>`), a menu's links side by side. A browser shows them
 * apart; read as one run they would be one word ("NalgeneSustain"), so a space goes between. Texts split only by
 * comments (Vue's `<!---->`) are one text as they render, and stay joined; so do a word's letters across inline
 * formatting that does not start a capitalized word ("<b>un</b>likely", "Mc<b>D</b>onald").
 */
function splitsWords(before: string, node: AnyNode & { data: string }): boolean {
  const data = node.data;
  const first = data.charCodeAt(0);
  const second = data.charCodeAt(1);
  if (first < 0x80 ? !(first >= 0x41 && first <= 0x5a && second >= 0x61 && second <= 0x7a) : !CAPITALIZED_START().test(data)) return false;
  const last = before.charCodeAt(before.length - 1);
  if (last < 0x80 ? !((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a)) : !LETTER_END().test(before)) return false;
  let prev = node.prev;
  while (prev !== null && prev.type === 'comment') prev = prev.prev;
  return prev === null || !isText(prev);
}

/** Picks the real source of lazy-loaded images. */
export function imageSource(img: Element, options: PhrasingOptions): string | null {
  const candidates = [attr(img, 'src'), attr(img, 'data-src'), attr(img, 'data-lazy-src'), attr(img, 'data-original'), attr(img, 'data-url')];
  const srcset = attr(img, 'srcset') ?? attr(img, 'data-srcset');
  if (srcset) candidates.push(srcset.trim().split(/\s+/)[0] ?? null);
  for (const candidate of candidates) {
    if (!candidate) continue;
    const value = candidate.trim();
    if (DATA_IMAGE.test(value)) {
      if (options.allowDataImages && value.length < 1_000_000) return value;
      continue;
    }
    const url = safeUrl(value, options.baseUrl);
    if (url) return url;
  }
  return null;
}

/** What is open around a node in toPhrasing: a link, a link whose address cannot be kept, inline code, a wrapper. */
const OPEN_LINK = 1;
const OPEN_UNRESOLVED = 2;
const OPEN_CODE = 4;
const WRAPPER_BITS: Readonly<Record<WrapperType, number>> = { strong: 8, emphasis: 16, delete: 32 };

/** Resolved link addresses per page (its options object): pages repeat links, and `new URL` was 14% of a 120k-link page. */
const LINK_CACHE = new WeakMap<PhrasingOptions, Map<string, string | null>>();
const LINK_CACHE_SIZE = 4096;

/** safeUrl of a link's href (mailto allowed), memoized per page for the first LINK_CACHE_SIZE distinct values. */
function linkUrl(href: string | null, options: PhrasingOptions): string | null {
  if (href === null) return null;
  let cache = LINK_CACHE.get(options);
  if (cache === undefined) {
    cache = new Map();
    LINK_CACHE.set(options, cache);
  }
  const known = cache.get(href);
  if (known !== undefined) return known;
  const url = safeUrl(href, options.baseUrl, true);
  if (cache.size < LINK_CACHE_SIZE) cache.set(href, url);
  return url;
}

/** Converts an element's inline content (children only) to phrasing nodes, with an explicit stack. */
export function toPhrasing(nodes: readonly AnyNode[], options: PhrasingOptions): PhrasingContent[] {
  const root: Parent = { children: [] };
  // Work items: a node to convert into a target parent, or a marker that a wrapper is finished.
  // Parallel stacks (node, target parent, open wrappers): no object per work item (issue 9 profile).
  const stack: AnyNode[] = [];
  const intos: Parent[] = [];
  // What is open around a work item, as OPEN_* bits (no Set per link or wrapper).
  const opens: number[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    stack.push(nodes[i] as AnyNode);
    intos.push(root);
    opens.push(0);
  }
  // The last text read, while nothing but elements came after it (see splitsWords).
  let before: string | null = null;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const into = intos.pop() as Parent;
    const open = opens.pop() as number;
    if (isText(node)) {
      if (isTemplateText(node.data)) continue;
      // Text of a link whose address cannot be kept (relative, with no base URL) is still link text for link density.
      const unresolved = (open & OPEN_UNRESOLVED) !== 0;
      if (before !== null && splitsWords(before, node)) into.children.push(unresolved ? { type: 'text', value: ' ', data: { linkText: true } as Data } : { type: 'text', value: ' ' });
      into.children.push(unresolved ? { type: 'text', value: node.data, data: { linkText: true } as Data } : { type: 'text', value: node.data });
      if (node.data !== '') before = node.data;
      continue;
    }
    if (!isElement(node) || SKIP.has(node.name)) continue;
    const name = node.name;
    if (name === 'br') {
      into.children.push({ type: 'break' });
      before = null;
      continue;
    }
    if (name === 'img') {
      const url = imageSource(node, options);
      if (url) {
        into.children.push({ type: 'image', url, alt: collapseWhitespace(attr(node, 'alt') ?? '').trim() || null, title: null });
        before = null;
      }
      continue;
    }
    if (INLINE_CODE.has(name) && (open & OPEN_CODE) === 0) {
      const value = collapseWhitespace(rawText(node));
      if (value.trim() !== '') {
        into.children.push({ type: 'inlineCode', value });
        before = null;
      }
      continue;
    }
    let target = into;
    let nextOpen = open;
    const wrapper = WRAPPERS.get(name);
    if (name === 'a' && (open & OPEN_LINK) === 0) {
      const url = linkUrl(attr(node, 'href'), options);
      if (url) {
        const link: PhrasingContent = { type: 'link', url, title: null, children: [] };
        into.children.push(link);
        target = link as Parent;
        nextOpen = open | OPEN_LINK;
      } else if (attr(node, 'href') !== undefined) nextOpen = open | OPEN_LINK | OPEN_UNRESOLVED;
    } else if (wrapper && (open & WRAPPER_BITS[wrapper]) === 0) {
      const node2 = { type: wrapper, children: [] } as PhrasingContent;
      into.children.push(node2);
      target = node2 as unknown as Parent;
      nextOpen = open | WRAPPER_BITS[wrapper];
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) {
      into.children.push({ type: 'text', value: ' ' });
      before = ' ';
    }
    if (hasChildren(node)) {
      if (isBlock) {
        stack.push({ type: 'text', data: ' ' } as AnyNode);
        intos.push(target);
        opens.push(nextOpen);
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i] as AnyNode);
        intos.push(target);
        opens.push(nextOpen);
      }
    }
  }
  return tidyPhrasing(root.children);
}

/**
 * Collapses whitespace across node boundaries, trims the run, and drops empty wrappers.
 * Iterative: walks the leaves in document order.
 */
export function tidyPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  // Text leaves in order; null marks content with no text (inline code, an image) that a trailing space precedes.
  const leaves: Array<{ type: 'text'; value: string } | null> = [];
  const parents: Array<{ children: PhrasingContent[] }> = [];
  // Leaves in document order (explicit stack over child lists), each handled as it is reached.
  const walkStack: PhrasingContent[] = [];
  for (let i = children.length - 1; i >= 0; i--) walkStack.push(children[i] as PhrasingContent);
  let previousEndsWithSpace = true;
  while (walkStack.length > 0) {
    const node = walkStack.pop() as PhrasingContent;
    if ('children' in node) {
      parents.push(node as { children: PhrasingContent[] });
      for (let i = node.children.length - 1; i >= 0; i--) walkStack.push(node.children[i] as PhrasingContent);
    }
    if (node.type === 'text') {
      let value = collapseWhitespace(node.value);
      if (previousEndsWithSpace && value.charCodeAt(0) === 0x20) value = value.slice(1);
      node.value = value;
      if (value !== '') previousEndsWithSpace = value.charCodeAt(value.length - 1) === 0x20;
      leaves.push(node);
    } else if (node.type === 'break') {
      // Spaces before a break are invisible; after it, a new line starts.
      trimLastLeaf(leaves);
      previousEndsWithSpace = true;
    } else if (node.type === 'image' || node.type === 'inlineCode') {
      previousEndsWithSpace = false;
      leaves.push(null);
    }
  }
  trimLastLeaf(leaves);
  // Drop empty text and wrappers left empty, bottom-up (parents were collected top-down); a list with nothing to drop
  // is kept as it is.
  for (let i = parents.length - 1; i >= 0; i--) {
    const parent = parents[i] as { children: PhrasingContent[] };
    if (!parent.children.every(keepNode)) parent.children = parent.children.filter(keepNode);
  }
  let result = children.filter(keepNode);
  // Breaks at the edges of a block carry nothing.
  // One slice, not one per break: a run of 250k <br> made the loop quadratic (pathological-elements-1m-br).
  let start = 0;
  let end = result.length;
  while (start < end && result[start]?.type === 'break') start++;
  while (end > start && result[end - 1]?.type === 'break') end--;
  if (start > 0 || end < result.length) result = result.slice(start, end);
  return result;
}

/** Drops a trailing space from the last non-empty leaf (an emptied whitespace leaf after it must not hide it). */
function trimLastLeaf(leaves: Array<{ value: string } | null>): void {
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i];
    // A space before inline code or an image separates words: it is not trailing.
    if (leaf === null || leaf === undefined) return;
    if (leaf.value === '') continue;
    if (leaf.value.endsWith(' ')) leaf.value = leaf.value.slice(0, -1);
    return;
  }
}

function keepNode(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value !== '';
  if ('children' in node) return node.children.length > 0;
  return true;
}

/** A text that is one unrendered template expression and nothing else ("{{ DiscussionBoard.errors[7].message }}"). */
const TEMPLATE_TEXT = /^\s*\{\{[^{}]*\}\}\s*$/;

/**
 * An Angular, Vue or Handlebars expression a page shipped unrendered, alone in its text node: what the script would
 * have put there, not words of the page (code keeps its braces: it is read raw, not through here).
 */
function isTemplateText(data: string): boolean {
  return data.includes('{{') && TEMPLATE_TEXT.test(data);
}

/**
 * A space on each side of an image left two in the plain text, which drops the image ("branch.  Always"). Every text
 * and inline-code value is collapsed already, so two spaces in a row come only from that.
 */
function dropImageGaps(text: string): string {
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
}

/** Plain text of phrasing nodes: images contribute nothing (nor a second space around them), breaks a newline. */
export function phrasingText(nodes: readonly PhrasingContent[]): { text: string; linkChars: number } {
  // One text node (every text-dump block): its value, without the walk.
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text') return { text: joinLines(normalizeLines(only.value), '\n').trim(), linkChars: (only.data as { linkText?: boolean } | undefined)?.linkText ? only.value.length : 0 };
  const parts: string[] = [];
  let linkChars = 0;
  const stack: PhrasingContent[] = [];
  const inLinks: boolean[] = [];
  let images = false;
  for (let i = nodes.length - 1; i >= 0; i--) {
    stack.push(nodes[i] as PhrasingContent);
    inLinks.push(false);
  }
  while (stack.length > 0) {
    const node = stack.pop() as PhrasingContent;
    const inLink = inLinks.pop() as boolean;
    if (node.type === 'text' || node.type === 'inlineCode') {
      parts.push(node.value);
      if (inLink || (node.data as { linkText?: boolean } | undefined)?.linkText) linkChars += node.value.length;
    } else if (node.type === 'break') parts.push('\n');
    else if (node.type === 'image') images = true;
    else if ('children' in node) {
      const childInLink = inLink || node.type === 'link';
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i] as PhrasingContent);
        inLinks.push(childInLink);
      }
    }
  }
  const text = joinLines(normalizeLines(parts.join('')), '\n').trim();
  return { text: images ? dropImageGaps(text) : text, linkChars };
}

/** What toPhrasing's output would give phrasingText, read without building it (see plainPhrasing). */
export interface PlainPhrasing {
  text: string;
  linkChars: number;
  /** toPhrasing would return no node. */
  empty: boolean;
  /** It would hold an image. */
  images: boolean;
  /** Line breaks read (each `<br>`, wherever the built tree would keep it). */
  breaks: number;
}

/**
 * phrasingText(toPhrasing(nodes, options)) and whether toPhrasing's output is empty, read straight from the DOM:
 * no mdast nodes and no link addresses resolved (issue 9: most blocks of a page are dropped by the locator, and
 * building their phrasing trees was about a tenth of the HTML path). The tidying is tidyPhrasing's, leaf by leaf:
 * whitespace collapsed, a space dropped after a space, the last one trimmed before a line break and at the end (an
 * image or inline code in between keeps it). Null when only the built tree answers exactly: two line breaks with
 * nothing kept between them (a run's paragraph break, depending on which wrappers hold them), content of line breaks
 * only (kept only when a wrapper holds them), or a block or inline code inside a link (link text or not, depending on
 * whether the link's address resolves).
 */
export function plainPhrasing(nodes: readonly AnyNode[], options: PhrasingOptions): PlainPhrasing | null {
  // One text node (`<p>text</p>`, `<li>text</li>`, `<h2>text</h2>`: most calls), read without the walk's arrays.
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only !== undefined && isText(only)) return plainText(isTemplateText(only.data) ? '' : only.data);
  const stack: AnyNode[] = [];
  const opens: number[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    stack.push(nodes[i] as AnyNode);
    opens.push(0);
  }
  const values: string[] = [];
  const linked: boolean[] = [];
  let previousEndsWithSpace = true;
  // The last non-empty text leaf, or -1 when inline code, an image or a line break came after it (trimLastLeaf stops
  // at the first two; at a line break it trimmed the leaf already).
  let lastText = -1;
  // The last leaf kept was a line break (a second one now may be a paragraph break).
  let afterBreak = false;
  let breaks = 0;
  let images = false;
  // As in toPhrasing: the last text read, while nothing but elements came after it.
  let before: string | null = null;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const open = opens.pop() as number;
    if (isText(node)) {
      if (isTemplateText(node.data)) continue;
      if (before !== null && !previousEndsWithSpace && splitsWords(before, node)) {
        previousEndsWithSpace = true;
        afterBreak = false;
        values.push(' ');
        linked.push((open & OPEN_LINK) !== 0);
      }
      if (node.data !== '') before = node.data;
      let value = collapseWhitespace(node.data);
      if (previousEndsWithSpace && value.charCodeAt(0) === 0x20) value = value.slice(1);
      if (value === '') continue;
      previousEndsWithSpace = value.charCodeAt(value.length - 1) === 0x20;
      afterBreak = false;
      lastText = values.length;
      values.push(value);
      linked.push((open & OPEN_LINK) !== 0);
      continue;
    }
    if (!isElement(node) || SKIP.has(node.name)) continue;
    const name = node.name;
    if (name === 'br') {
      if (afterBreak) return null;
      if (lastText >= 0) {
        const last = values[lastText] as string;
        if (last.charCodeAt(last.length - 1) === 0x20) values[lastText] = last.slice(0, -1);
      }
      previousEndsWithSpace = true;
      lastText = -1;
      afterBreak = true;
      before = null;
      breaks++;
      values.push('\n');
      linked.push(false);
      continue;
    }
    if (name === 'img') {
      if (imageSource(node, options) !== null) {
        previousEndsWithSpace = false;
        lastText = -1;
        afterBreak = false;
        images = true;
        before = null;
      }
      continue;
    }
    if (INLINE_CODE.has(name)) {
      if ((open & OPEN_LINK) !== 0) return null;
      const value = collapseWhitespace(rawText(node));
      if (value.trim() !== '') {
        previousEndsWithSpace = false;
        lastText = -1;
        afterBreak = false;
        before = null;
        values.push(value);
        linked.push(false);
      }
      continue;
    }
    const nextOpen = name === 'a' ? open | OPEN_LINK : open;
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) {
      if ((open & OPEN_LINK) !== 0) return null;
      before = ' ';
      if (!previousEndsWithSpace) {
        previousEndsWithSpace = true;
        afterBreak = false;
        lastText = values.length;
        values.push(' ');
        linked.push(false);
      }
    }
    if (hasChildren(node)) {
      if (isBlock) {
        stack.push(BLOCK_END_SPACE);
        opens.push(nextOpen);
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i] as AnyNode);
        opens.push(nextOpen);
      }
    }
  }
  if (lastText >= 0) {
    const last = values[lastText] as string;
    if (last.charCodeAt(last.length - 1) === 0x20) values[lastText] = last.slice(0, -1);
  }
  let linkChars = 0;
  let nonEmpty = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    if (value === '') continue;
    nonEmpty++;
    if (linked[i]) linkChars += value.length;
  }
  // Line breaks alone are kept or trimmed by where they sit.
  if (breaks > 0 && nonEmpty === breaks && !images) return null;
  const empty = nonEmpty === 0 && !images;
  // phrasingText normalizes its joined text again; here every value is collapseWhitespace's output (normalized, so
  // well-formed too), a space or a line break, so their join is normalized already.
  const text = nonEmpty === 0 ? '' : joinLines(values.join(''), '\n').trim();
  return { text: images ? dropImageGaps(text) : text, linkChars, empty, images, breaks };
}

/** plainPhrasing of one text node whose data is `data`: its walk below, for that one leaf. */
function plainText(data: string): PlainPhrasing {
  let value = collapseWhitespace(data);
  if (value.charCodeAt(0) === 0x20) value = value.slice(1);
  if (value === '') return { text: '', linkChars: 0, empty: true, images: false, breaks: 0 };
  if (value.charCodeAt(value.length - 1) === 0x20) value = value.slice(0, -1);
  // Collapsed: no line break to join, and a space at either end is dropped already. Not empty (it held more than a
  // space), though trim may still leave no text (a lone no-break space), as the walk's join would.
  return { text: value.trim(), linkChars: 0, empty: false, images: false, breaks: 0 };
}

/** The space toPhrasing puts after a block element's content, as the text node it pushes. */
const BLOCK_END_SPACE = { type: 'text', data: ' ' } as AnyNode;
