// Parses HTML once, behind the guard: htmlparser2 fast path, or parse5 8 with a Blink-style depth cap (RELIABILITY.md §4 P1–P2).
import { DomHandler, type AnyNode, type ChildNode, type Document, type Element, type ParentNode } from 'domhandler';
import { Parser, parseDocument, QuoteType } from 'htmlparser2';
import type { Context } from '../context.js';
import { once } from '../lazy.js';
import { createGuardTracker, guardMarkup, type GuardResult, type GuardTracker } from './guard.js';
import { HtmlTokenizer } from './tokenizer.js';

export interface ParsedPage {
  document: Document;
  /** Which parser built it. */
  parser: 'htmlparser2' | 'parse5';
  /** The guard's upper bound of the element depth (from the parse pass itself on the fast path). */
  depthBound: number;
}

const isParent = (node: AnyNode): node is ParentNode & Element => 'children' in node;

/** Depth of a node: the document is 0, its children 1. Cached; a stale entry after a move only costs the post-pass. */
function depthOf(node: ParentNode, cache: WeakMap<object, number>): number {
  const chain: ParentNode[] = [];
  let current: ParentNode | null = node;
  let base = -1;
  while (current) {
    const known = cache.get(current);
    if (known !== undefined) {
      base = known;
      break;
    }
    chain.push(current);
    current = current.parent;
  }
  for (let i = chain.length - 1; i >= 0; i--) cache.set(chain[i] as ParentNode, ++base);
  return cache.get(node) ?? base;
}

/** The ancestor of `node` (or itself) at depth `target`. */
function ancestorAt(node: ParentNode, target: number, cache: WeakMap<object, number>): ParentNode {
  let current = node;
  while (depthOf(current, cache) > target && current.parent) current = current.parent;
  return current;
}

const loadParse5 = once(() => Promise.all([import('parse5'), import('parse5-htmlparser2-tree-adapter')]));

/** parse5 8 with the domhandler tree adapter, capped the way Blink caps its parser's tree depth. */
async function parseCapped(html: string, maxDepth: number): Promise<Document> {
  const [{ parse }, { adapter }] = await loadParse5();
  const cache = new WeakMap<object, number>();
  type P = Parameters<typeof adapter.appendChild>[0];
  type C = Parameters<typeof adapter.appendChild>[1];
  const capParent = (parent: P, child: C): P => {
    if (!('children' in child)) return parent;
    const parentDepth = depthOf(parent as unknown as ParentNode, cache);
    return parentDepth >= maxDepth ? (ancestorAt(parent as unknown as ParentNode, maxDepth - 1, cache) as unknown as P) : parent;
  };
  const capped: typeof adapter = {
    ...adapter,
    appendChild(parent, child) {
      adapter.appendChild(capParent(parent, child), child);
    },
    insertBefore(parent, child, reference) {
      const target = capParent(parent, child);
      if (target === parent) adapter.insertBefore(parent, child, reference);
      else adapter.appendChild(target, child);
    },
  };
  const document = parse(html, { treeAdapter: capped, scriptingEnabled: false }) as unknown as Document;
  flattenDeep(document, maxDepth);
  return document;
}

/**
 * One iterative pass after the capped parse: the adoption agency algorithm can move subtrees below
 * the cap, so any element still deeper than `maxDepth` is lifted to become a sibling of its ancestor at `maxDepth`.
 * Each parent at depth `maxDepth − 1` has its children rebuilt once, so the pass is linear (relinking the whole
 * sibling list per lifted node was quadratic on a 100k-deep page).
 */
export function flattenDeep(document: Document, maxDepth: number): void {
  const stack: Array<{ node: ParentNode; depth: number }> = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    if (depth >= maxDepth - 1) {
      liftBelow(node);
      continue;
    }
    for (const child of node.children) if (isParent(child)) stack.push({ node: child, depth: depth + 1 });
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
    this.tracker.closeTag(this.html.slice(start, endIndex).toLowerCase());
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
    if (quote !== QuoteType.NoValue) this.tracker.attributeValue(rawValueEnd(quote, endIndex) - rawValueStart(this.html, this.attributeNameEnd, quote));
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

/** Guard and htmlparser2 parse in one pass; null when the page goes over maxDepth or maxNodes. */
function parseInOnePass(html: string, maxDepth: number, maxNodes: number): { document: Document; result: GuardResult } | null {
  const tracker = createGuardTracker(maxNodes);
  const handler = new DomHandler();
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
    return { document: parseDocument(guarded.html, { decodeEntities: true, Tokenizer: HtmlTokenizer }), parser: 'htmlparser2', depthBound: guarded.result.depthBound };
  }
  ctx.warn('DEPTH_CAPPED', `nesting goes deeper than maxDepth (${ctx.options.maxDepth}); deeper elements were flattened, text kept`, {
    depthBound: guarded.result.depthBound,
  });
  return { document: await parseCapped(guarded.html, ctx.options.maxDepth), parser: 'parse5', depthBound: guarded.result.depthBound };
}
