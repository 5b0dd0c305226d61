// DOM inline content → mdast phrasing nodes (links made absolute, formatting kept, whitespace collapsed).
import type { AnyNode, Element } from 'domhandler';
import type { Data, PhrasingContent } from 'mdast';
import { attr, BLOCK_TAGS, hasChildren, isElement, isText, rawText } from '../html/dom.js';
import { collapseWhitespace, joinLines, normalizeLines } from '../text/normalize.js';
import { safeUrl } from '../url.js';

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

/** What is open around a node, as bits: a link, a link whose address could not be kept, each wrapper type. */
const IN_LINK = 1;
const IN_UNRESOLVED_LINK = 2;
const IN_WRAPPER: Readonly<Record<WrapperType, number>> = { strong: 4, emphasis: 8, delete: 16 };

/** A text node's content as phrasing: text of a link whose address cannot be kept is still link text (link density). */
function textNode(value: string, open: number): PhrasingContent {
  return (open & IN_UNRESOLVED_LINK) !== 0 ? { type: 'text', value, data: { linkText: true } as Data } : { type: 'text', value };
}

/** One nesting level of toPhrasing's walk: a child list, the next index in it, where its nodes go, what is open. */
interface PhrasingFrame {
  list: readonly AnyNode[];
  at: number;
  into: Parent;
  /** What is open around the list's nodes, as IN_* bits. */
  open: number;
  /** A block element's list: a space closes it. */
  closeWithSpace: boolean;
}

/**
 * Converts an element's inline content (children only) to phrasing nodes, depth-first with an explicit stack of
 * frames, one per nesting level, not one object and one Set per node, which made 150 MB of garbage on a 5 MB paragraph.
 */
export function toPhrasing(nodes: readonly AnyNode[], options: PhrasingOptions): PhrasingContent[] {
  const root: Parent = { children: [] };
  const frames: PhrasingFrame[] = [{ list: nodes, at: 0, into: root, open: 0, closeWithSpace: false }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as PhrasingFrame;
    const { list, into, open } = frame;
    if (frame.at >= list.length) {
      // A block element's content ends with a space, so its last word does not run into what follows.
      if (frame.closeWithSpace) into.children.push(textNode(' ', open));
      frames.pop();
      continue;
    }
    const node = list[frame.at++] as AnyNode;
    if (isText(node)) {
      into.children.push(textNode(node.data, open));
      continue;
    }
    if (!isElement(node) || SKIP.has(node.name)) continue;
    const name = node.name;
    if (name === 'br') {
      into.children.push({ type: 'break' });
      continue;
    }
    if (name === 'img') {
      const url = imageSource(node, options);
      if (url) into.children.push({ type: 'image', url, alt: collapseWhitespace(attr(node, 'alt') ?? '').trim() || null, title: null });
      continue;
    }
    if (INLINE_CODE.has(name)) {
      const value = collapseWhitespace(rawText(node));
      if (value.trim() !== '') into.children.push({ type: 'inlineCode', value });
      continue;
    }
    let target = into;
    let nextOpen = open;
    const wrapper = WRAPPERS.get(name);
    if (name === 'a' && (open & IN_LINK) === 0) {
      const url = linkUrl(attr(node, 'href'), options);
      if (url) {
        const link: PhrasingContent = { type: 'link', url, title: null, children: [] };
        into.children.push(link);
        target = link as Parent;
        nextOpen = open | IN_LINK;
      } else if (attr(node, 'href') !== undefined) nextOpen = open | IN_LINK | IN_UNRESOLVED_LINK;
    } else if (wrapper && (open & IN_WRAPPER[wrapper]) === 0) {
      const node2 = { type: wrapper, children: [] } as PhrasingContent;
      into.children.push(node2);
      target = node2 as unknown as Parent;
      nextOpen = open | IN_WRAPPER[wrapper];
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) into.children.push({ type: 'text', value: ' ' });
    if (hasChildren(node)) frames.push({ list: node.children, at: 0, into: target, open: nextOpen, closeWithSpace: isBlock });
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
  // Leaves in document order, each handled as it is reached: depth-first over the child lists (one frame per nesting
  // level: the list and the next index in it).
  const frames: Array<{ list: readonly PhrasingContent[]; at: number }> = [{ list: children, at: 0 }];
  let previousEndsWithSpace = true;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as { list: readonly PhrasingContent[]; at: number };
    if (frame.at >= frame.list.length) {
      frames.pop();
      continue;
    }
    const node = frame.list[frame.at++] as PhrasingContent;
    if ('children' in node) {
      parents.push(node as { children: PhrasingContent[] });
      frames.push({ list: node.children, at: 0 });
    } else if (node.type === 'text') {
      let value = collapseWhitespace(node.value);
      if (previousEndsWithSpace && value.charCodeAt(0) === 0x20) value = value.slice(1);
      node.value = value;
      if (value !== '') previousEndsWithSpace = value.endsWith(' ');
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
  // is kept as it is rather than copied.
  for (let i = parents.length - 1; i >= 0; i--) {
    const parent = parents[i] as { children: PhrasingContent[] };
    if (!parent.children.every(keepNode)) parent.children = parent.children.filter(keepNode);
  }
  let result = children.every(keepNode) ? children : children.filter(keepNode);
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

/** Plain text of phrasing nodes: images contribute nothing, breaks a newline. */
export function phrasingText(nodes: readonly PhrasingContent[]): { text: string; linkChars: number } {
  // One text node (every text-dump block): its value, without the walk.
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text') return { text: joinLines(normalizeLines(only.value), '\n').trim(), linkChars: (only.data as { linkText?: boolean } | undefined)?.linkText ? only.value.length : 0 };
  const parts: string[] = [];
  let linkChars = 0;
  // Depth-first over the child lists themselves (a list, the next index in it, whether it is inside a link): the stack
  // holds one frame per nesting level, not one entry per node (a 5 MB paragraph has 640k of them).
  const frames: Array<{ list: readonly PhrasingContent[]; at: number; inLink: boolean }> = [{ list: nodes, at: 0, inLink: false }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as { list: readonly PhrasingContent[]; at: number; inLink: boolean };
    if (frame.at >= frame.list.length) {
      frames.pop();
      continue;
    }
    const node = frame.list[frame.at++] as PhrasingContent;
    if (node.type === 'text' || node.type === 'inlineCode') {
      parts.push(node.value);
      if (frame.inLink || (node.data as { linkText?: boolean } | undefined)?.linkText) linkChars += node.value.length;
    } else if (node.type === 'break') parts.push('\n');
    else if ('children' in node) frames.push({ list: node.children, at: 0, inLink: frame.inLink || node.type === 'link' });
  }
  return { text: joinLines(normalizeLines(parts.join('')), '\n').trim(), linkChars };
}
