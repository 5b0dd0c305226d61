// Parses HTML once, behind the guard: htmlparser2 fast path, or parse5 8 with a Blink-style depth cap (RELIABILITY.md §4 P1–P2).
import { DomHandler, Element as DomElement, type AnyNode, type ChildNode, type Document, type Element, type ParentNode, type Text } from 'domhandler';
import { Parser, QuoteType } from 'htmlparser2';
import type { Context } from '../context.js';
import { once } from '../lazy.js';
import { createGuardTracker, guardMarkup, MAX_ATTRIBUTE_VALUE, type GuardResult, type GuardTracker } from './guard.js';
import { HtmlTokenizer } from './tokenizer.js';

export interface ParsedPage {
  document: Document;
  /** Which parser built it. */
  parser: 'htmlparser2' | 'parse5';
  /** The guard's upper bound of the element depth (from the parse pass itself on the fast path). */
  depthBound: number;
}

const isParent = (node: AnyNode): node is ParentNode & Element => 'children' in node;

/**
 * Parse-time bookkeeping of the capped parse, kept on the nodes themselves under symbol keys (no reader of the tree
 * sees them): a Map or WeakMap from node to depth was 350 ms of a 1.4 s parse of `<b><p>x`×100k (500k elements).
 * DEPTH is the element's depth when it was last attached (the document is 0). INTO marks an element dropped by the
 * node cap: null until the parser first attaches it, then the node its content goes to instead.
 */
const DEPTH = Symbol('depth');
const INTO = Symbol('into');
type Tracked = ParentNode & { [DEPTH]?: number; [INTO]?: ParentNode | null };

/** Depth of a node: its recorded depth, else counted up to the nearest ancestor with one (the document is 0). */
function depthOf(node: ParentNode): number {
  let steps = 0;
  for (let current: ParentNode | null = node; current; current = current.parent) {
    const known = (current as Tracked)[DEPTH];
    if (known !== undefined) return known + steps;
    steps++;
  }
  return steps - 1;
}

/** The ancestor of `node` (or itself) at depth `target`. */
function ancestorAt(node: ParentNode, target: number): ParentNode {
  let current = node;
  while (depthOf(current) > target && current.parent) current = current.parent;
  return current;
}

/** The attributes of every element parsed without any (P2 path): shared, never written (adoptAttributes swaps it first). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

const loadParse5 = once(() => import('./parse5.js'));

/**
 * parse5 8 with the domhandler tree adapter, capped the way Blink caps its parser's tree depth, and at `maxNodes`
 * elements: the parser builds more elements than the markup has tags (the adoption agency reconstructs open formatting
 * elements in every new paragraph: `<b><p>x`×100k has 200k tags and gave 500k elements), so the guard's count alone
 * does not bound the tree. Past the cap an element is dropped as the guard drops tags (P3): a space takes its place and
 * its content, text included, goes where it would have gone.
 */
async function parseCapped(html: string, maxDepth: number, maxNodes: number): Promise<{ document: Document; elements: number }> {
  const { parse, adapter } = await loadParse5();
  type P = Parameters<typeof adapter.appendChild>[0];
  type C = Parameters<typeof adapter.appendChild>[1];
  const tracked = (node: P | C): Tracked => node as unknown as Tracked;
  let elements = 0;
  const pending = new PendingText();
  /**
   * The tree adapter's createElement without its per-element bookkeeping: it gives every element three null-prototype
   * dictionaries (attribs, x-attribsNamespace, x-attribsPrefix), about 550 bytes even when empty; on `<b><p>x`×100k
   * that was 400 of the 530 MB peak and half the parse time. Attribute namespaces and prefixes only matter for
   * serializing foreign content, which decruft never does (it drops svg and math); domhandler's `attributes` getter
   * reads them with `?.`.
   */
  const createElement: typeof adapter.createElement = (name, namespace, attrs) => {
    let attribs = NO_ATTRIBUTES;
    if (attrs.length > 0) {
      attribs = Object.create(null) as Record<string, string>;
      for (const attribute of attrs) attribs[attribute.name] = attribute.value;
    }
    const element = new DomElement(name, attribs, []) as unknown as Tracked & Element;
    element.namespace = namespace;
    element[DEPTH] = undefined;
    element[INTO] = ++elements > maxNodes ? null : undefined;
    return element as unknown as ReturnType<typeof adapter.createElement>;
  };
  /** Where content given to `node` goes: past dropped elements to the node that took their place. */
  const resolve = (node: P): P => {
    let current = tracked(node);
    while (current[INTO]) current = current[INTO] as Tracked;
    return current as unknown as P;
  };
  /** The parent a child really gets: past dropped elements, then no deeper than the depth cap. */
  const placeUnder = (parent: P, child: C): P => {
    const target = resolve(parent);
    if (!('children' in child)) return target;
    const depth = depthOf(tracked(target));
    return depth >= maxDepth ? (ancestorAt(tracked(target), maxDepth - 1) as unknown as P) : target;
  };
  /**
   * A dropped element is never attached: where the parser first attaches it, a space takes its place and what it
   * already holds moves there too. Later moves of it (the adoption agency's) change nothing.
   */
  const drop = (element: C, target: P): void => {
    const dropped = tracked(element);
    if (dropped[INTO] !== null) return;
    dropped[INTO] = tracked(target);
    capped.insertText(target, ' ');
    if (dropped.children.length === 0) return;
    const held = dropped.children.slice();
    for (const child of held) {
      adapter.detachNode(child as unknown as C);
      capped.appendChild(target, child as unknown as C);
    }
  };
  const record = (parent: P, child: C): void => {
    if ('children' in child) tracked(child)[DEPTH] = depthOf(tracked(parent)) + 1;
  };
  const capped: typeof adapter = {
    ...adapter,
    createElement,
    adoptAttributes(recipient, attrs) {
      if (recipient.attribs === NO_ATTRIBUTES) recipient.attribs = Object.create(null) as Record<string, string>;
      for (const { name, value } of attrs) if (recipient.attribs[name] === undefined) recipient.attribs[name] = value;
    },
    appendChild(parent, child) {
      const target = placeUnder(parent, child);
      if (tracked(child)[INTO] !== undefined) return drop(child, target);
      adapter.appendChild(target, child);
      record(target, child);
    },
    insertBefore(parent, child, reference) {
      const target = placeUnder(parent, child);
      if (tracked(child)[INTO] !== undefined) return drop(child, target);
      if (target === parent) adapter.insertBefore(parent, child, reference);
      else adapter.appendChild(target, child);
      record(target, child);
    },
    // The adapter's own text insertion, with the merge into a preceding text node done by PendingText.
    insertText(parent, text) {
      const target = resolve(parent);
      const last = tracked(target).children.at(-1);
      if (last?.type === 'text') pending.append(last as Text, text);
      else adapter.appendChild(target, adapter.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const target = resolve(parent);
      if (target !== parent) return capped.insertText(target, text);
      const previous = reference.prev;
      if (previous?.type === 'text') pending.append(previous as unknown as Text, text);
      else adapter.insertBefore(parent, adapter.createTextNode(text), reference);
    },
  };
  const document = parse(html, { treeAdapter: capped, scriptingEnabled: false }) as unknown as Document;
  pending.settle();
  flattenDeep(document, maxDepth);
  return { document, elements };
}

/**
 * One iterative pass after the capped parse: the adoption agency algorithm can move subtrees below
 * the cap, so any element still deeper than `maxDepth` is lifted to become a sibling of its ancestor at `maxDepth`.
 * Each parent at depth `maxDepth − 1` has its children rebuilt once, so the pass is linear (relinking the whole
 * sibling list per lifted node was quadratic on a 100k-deep page).
 */
export function flattenDeep(document: Document, maxDepth: number): void {
  // Two parallel stacks, not one of {node, depth} pairs: no allocation per element (500k of them on hostile pages).
  const nodes: ParentNode[] = [document];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as ParentNode;
    const depth = depths.pop() as number;
    if (depth >= maxDepth - 1) {
      liftBelow(node);
      continue;
    }
    for (const child of node.children) {
      if (!isParent(child)) continue;
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
}

const hasElementChild = (node: ParentNode): boolean => node.children.some(isParent);

/**
 * `parent`'s children stay; every element below them is moved, in document order, to follow the child it came
 * from, keeping its own text. Afterwards no child of `parent` has an element child.
 */
function liftBelow(parent: ParentNode): void {
  if (!parent.children.some((child) => isParent(child) && hasElementChild(child))) return;
  const rebuilt: ChildNode[] = [];
  for (const child of parent.children) {
    rebuilt.push(child);
    if (!isParent(child) || !hasElementChild(child)) continue;
    // Pre-order over the descendants: each element is lifted and keeps only its non-element children.
    const pending: ParentNode[] = [child];
    while (pending.length > 0) {
      const current = pending.pop() as ParentNode;
      if (current !== child) rebuilt.push(current as ChildNode);
      const keep: ChildNode[] = [];
      const elements: ParentNode[] = [];
      for (const grandchild of current.children) {
        if (isParent(grandchild)) elements.push(grandchild);
        else keep.push(grandchild);
      }
      if (elements.length === 0) continue;
      relinkChildren(current, keep);
      for (let i = elements.length - 1; i >= 0; i--) pending.push(elements[i] as ParentNode);
    }
  }
  relinkChildren(parent, rebuilt);
}

function relinkChildren(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as ChildNode;
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  }
}

/** Pieces of one text node joined at a time: bounds the pending array without joining a growing string again and again. */
const TEXT_CHUNK = 4096;

/**
 * Text appended to text nodes, joined lazily: `data += piece` per piece builds a rope of one 32-byte cons cell per
 * piece (10M `<` in a row arrive as 10M one-character pieces: 320 MB for 10 MB of text). Pieces for one node wait here
 * (joined every TEXT_CHUNK into `chunks`) until another node's turn comes or `settle` is called at the parse's end;
 * nothing reads a text node's data while a parser runs.
 */
class PendingText {
  private node: { data: string } | null = null;
  private pieces: string[] = [];
  private chunks: string[] = [];

  append(node: { data: string }, piece: string): void {
    if (this.node !== node) {
      this.settle();
      this.node = node;
    }
    this.pieces.push(piece);
    if (this.pieces.length >= TEXT_CHUNK) {
      this.chunks.push(this.pieces.join(''));
      // Emptied in place: a new array would grow again from nothing (64 KB of copies per chunk).
      this.pieces.length = 0;
    }
  }

  /** Writes the pending pieces into their text node. */
  settle(): void {
    if (this.node === null) return;
    this.chunks.push(this.pieces.join(''));
    this.node.data += this.chunks.join('');
    this.node = null;
    this.pieces.length = 0;
    this.chunks = [];
  }
}

/**
 * DomHandler, but a text node the tokenizer delivers in many pieces is joined once (PendingText) instead of with `+=`
 * per piece: htmlparser2 emits text in pieces wherever a `<` starts no tag.
 */
export class TextJoiningHandler extends DomHandler {
  private readonly pending = new PendingText();

  override ontext(data: string): void {
    const last = this.lastNode;
    if (last === null || last.type !== 'text') super.ontext(data);
    else this.pending.append(last as Text, data);
  }

  override onend(): void {
    this.pending.settle();
    super.onend();
  }
}

/** Stops the one-pass parse the moment the guard sees a cap crossed; the guarded path then starts over. */
const OVER_CAP = new Error('over a parse cap');

/**
 * htmlparser2's parser feeding the guard tracker from its own tokenizer events: the guard costs no second
 * tokenizer pass (issue 9 profile: that pass was a third of the parse). It stops at the first element past
 * maxDepth or maxNodes, so htmlparser2 never holds a stack deeper than the guard allows (P1, P3).
 */
class GuardedParser extends Parser {
  /** Where the current attribute's name ends: its raw value is measured from there at the attribute's end. */
  private attributeNameEnd = 0;

  constructor(
    private readonly html: string,
    private readonly tracker: GuardTracker,
    private readonly maxDepth: number,
    handler: DomHandler,
  ) {
    super(handler, { decodeEntities: true, Tokenizer: HtmlTokenizer });
  }

  override onopentagname(start: number, endIndex: number): void {
    // The parser lowercases the name once (its `tagname`); the element joins the tree only at the tag's end, so the
    // cap is still checked before any element past it exists.
    super.onopentagname(start, endIndex);
    this.tracker.openTag((this as unknown as { tagname: string }).tagname, start - 1);
    if (this.tracker.depth > this.maxDepth || this.tracker.overNodeCap) throw OVER_CAP;
  }

  override onclosetag(start: number, endIndex: number): void {
    // Most end tags close the innermost element: matched in place, without a lowercased copy of the name.
    if (!this.tracker.closeInnermost(this.html, start, endIndex)) this.tracker.closeTag(this.html.slice(start, endIndex).toLowerCase());
    super.onclosetag(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    this.tracker.attributeName();
    this.attributeNameEnd = endIndex;
    super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    // Without entities the value is one such chunk, exactly what the standalone guard measures.
    this.tracker.attributeValue(endIndex - start);
    super.onattribdata(start, endIndex);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    // With entities the value comes in pieces: measure its raw span, as the standalone guard (no decoding) does.
    // The raw value is no longer than the span from the name's end: only a span past the cap needs measuring.
    if (quote !== QuoteType.NoValue && endIndex - this.attributeNameEnd > MAX_ATTRIBUTE_VALUE) this.tracker.attributeValue(rawValueEnd(quote, endIndex) - rawValueStart(this.html, this.attributeNameEnd, quote));
    super.onattribend(quote, endIndex);
  }
}

const isMarkupSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/** First character of an attribute's value: past spaces, `=`, spaces and an opening quote (htmlparser2's states). */
function rawValueStart(html: string, nameEnd: number, quote: QuoteType): number {
  let i = nameEnd;
  while (isMarkupSpace(html.charCodeAt(i))) i++;
  i++; // the `=`
  while (isMarkupSpace(html.charCodeAt(i))) i++;
  return quote === QuoteType.Unquoted ? i : i + 1;
}

/** htmlparser2 reports a quoted value's end past its closing quote. */
const rawValueEnd = (quote: QuoteType, endIndex: number): number => (quote === QuoteType.Unquoted ? endIndex : endIndex - 1);

/** htmlparser2's parseDocument with the TextJoiningHandler. */
function parseTextJoined(html: string): Document {
  const handler = new TextJoiningHandler();
  new Parser(handler, { decodeEntities: true, Tokenizer: HtmlTokenizer }).end(html);
  return handler.root;
}

/** Guard and htmlparser2 parse in one pass; null when the page goes over maxDepth or maxNodes. */
function parseInOnePass(html: string, maxDepth: number, maxNodes: number): { document: Document; result: GuardResult } | null {
  const tracker = createGuardTracker(maxNodes);
  const handler = new TextJoiningHandler();
  try {
    new GuardedParser(html, tracker, maxDepth, handler).end(html);
  } catch (error) {
    if (error === OVER_CAP) return null;
    throw error;
  }
  return { document: handler.root, result: tracker.result() };
}

/** The parse stage: guard, then the fast or the capped parser. */
export async function parse(html: string, ctx: Context): Promise<ParsedPage> {
  const single = parseInOnePass(html, ctx.options.maxDepth, ctx.options.maxNodes);
  if (single) {
    // Within every cap: the guard has nothing to rewrite and only warns (ATTRIBUTES_CAPPED).
    guardMarkup(html, ctx, single.result);
    return { document: single.document, parser: 'htmlparser2', depthBound: single.result.depthBound };
  }
  const guarded = guardMarkup(html, ctx);
  if (!guarded.capped) {
    return { document: parseTextJoined(guarded.html), parser: 'htmlparser2', depthBound: guarded.result.depthBound };
  }
  ctx.warn('DEPTH_CAPPED', `nesting goes deeper than maxDepth (${ctx.options.maxDepth}); deeper elements were flattened, text kept`, {
    depthBound: guarded.result.depthBound,
  });
  const { document, elements } = await parseCapped(guarded.html, ctx.options.maxDepth, ctx.options.maxNodes);
  if (elements > ctx.options.maxNodes) ctx.warn('NODES_CAPPED', `page has more than maxNodes (${ctx.options.maxNodes}) elements; later tags were dropped and their text kept`, { elements });
  return { document, parser: 'parse5', depthBound: guarded.result.depthBound };
}
