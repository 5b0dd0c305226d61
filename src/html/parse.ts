// Parses HTML once, behind the guard: htmlparser2 fast path, or parse5 8 with a Blink-style depth cap (RELIABILITY.md §4 P1–P2).
import type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Context } from '../context.js';
import { guardMarkup } from './guard.js';

export interface ParsedPage {
  document: Document;
  /** Which parser built it. */
  parser: 'htmlparser2' | 'parse5';
  /** The guard's upper bound of the element depth. */
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

/** parse5 8 with the domhandler tree adapter, capped the way Blink caps its parser's tree depth. */
async function parseCapped(html: string, maxDepth: number): Promise<Document> {
  const [{ parse }, { adapter }] = await Promise.all([import('parse5'), import('parse5-htmlparser2-tree-adapter')]);
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
 * the cap, so any element still deeper than `maxDepth` is lifted to become a sibling of its parent.
 */
export function flattenDeep(document: Document, maxDepth: number): void {
  const stack: Array<{ node: ParentNode; depth: number }> = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    if (depth >= maxDepth) {
      liftElementChildren(node as Element);
      continue;
    }
    for (const child of node.children) if (isParent(child)) stack.push({ node: child, depth: depth + 1 });
  }
}

/** Moves every element child of `node` (and, iteratively, theirs) to follow `node` in its parent, keeping text in place. */
function liftElementChildren(node: Element): void {
  const parent = node.parent;
  if (!parent) return;
  const lifted: ChildNode[] = [];
  const queue: Element[] = [node];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as Element;
    const keep: ChildNode[] = [];
    for (const child of current.children) {
      if (isParent(child)) {
        lifted.push(child);
        queue.push(child);
      } else keep.push(child);
    }
    current.children = keep;
  }
  const index = parent.children.indexOf(node);
  for (const child of lifted) child.parent = parent;
  parent.children.splice(index + 1, 0, ...lifted);
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i] as ChildNode;
    child.prev = parent.children[i - 1] ?? null;
    child.next = parent.children[i + 1] ?? null;
  }
}

/** The parse stage: guard, then the fast or the capped parser. */
export async function parse(html: string, ctx: Context): Promise<ParsedPage> {
  const guarded = guardMarkup(html, ctx);
  if (!guarded.capped) {
    return { document: parseDocument(guarded.html, { decodeEntities: true }), parser: 'htmlparser2', depthBound: guarded.result.depthBound };
  }
  ctx.warn('DEPTH_CAPPED', `nesting goes deeper than maxDepth (${ctx.options.maxDepth}); deeper elements were flattened, text kept`, {
    depthBound: guarded.result.depthBound,
  });
  return { document: await parseCapped(guarded.html, ctx.options.maxDepth), parser: 'parse5', depthBound: guarded.result.depthBound };
}
