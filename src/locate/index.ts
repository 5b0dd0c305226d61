// The locate stage: finds the article root(s) in the page and gives a receipt for everything around them.
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { BUDGET_CHECK_INTERVAL, type Context } from '../context.js';
import { hasChildren, hintString, isElement, isText, textOf } from '../html/dom.js';
import type { Category } from '../types.js';
import { computeStats, hintScore, linkDensity, scoreCandidates, type NodeStats } from './score.js';

/** Sibling-inclusion thresholds (Readability's, as named data). */
const SIBLINGS = {
  /** A sibling needs at least this share of the top score... */
  scoreShare: 0.2,
  /** ...and never less than this. */
  minScore: 10,
  /** A plain paragraph sibling this long with little link text is kept whatever its score. */
  longParagraph: 80,
  maxLinkDensity: 0.25,
} as const;

export interface Located {
  roots: Element[];
}

function furnitureCategory(el: Element): { category: Category; ruleId: string } {
  const hints = hintString(el);
  if (/comment|disqus|discussion/.test(hints)) return { category: 'comments', ruleId: 'locate.comments' };
  if (/related|recommend|more-stories|trending|popular|read-next/.test(hints)) return { category: 'related', ruleId: 'locate.related' };
  if (/share|social/.test(hints)) return { category: 'social', ruleId: 'locate.social' };
  switch (el.name) {
    case 'nav':
      return { category: 'navigation', ruleId: 'locate.navigation' };
    case 'footer':
      return { category: 'chrome', ruleId: 'locate.footer' };
    case 'header':
      return { category: 'chrome', ruleId: 'locate.header' };
    case 'aside':
      return { category: 'boilerplate', ruleId: 'locate.aside' };
    case 'form':
      return { category: 'chrome', ruleId: 'locate.form' };
    default:
      if (/nav|menu|breadcrumb/.test(hints) || el.attribs.role === 'navigation') return { category: 'navigation', ruleId: 'locate.navigation' };
      return { category: 'boilerplate', ruleId: 'locate.outside-article' };
  }
}

function pickTop(scores: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function includeSiblings(top: Element, scores: Map<Element, number>, stats: Map<Element, NodeStats>): Element[] {
  const parent = top.parent;
  // A bare fragment (no <body>) has the document as parent: its siblings count the same.
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(SIBLINGS.minScore, topScore * SIBLINGS.scoreShare);
  const topClass = top.attribs.class ?? '';
  const roots: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s) continue;
    let score = scores.get(sibling) ?? 0;
    if (topClass !== '' && sibling.attribs.class === topClass) score += topScore * 0.2;
    const density = linkDensity(s);
    if (score >= threshold) roots.push(sibling);
    else if (sibling.name === 'p' && s.chars > SIBLINGS.longParagraph && density < SIBLINGS.maxLinkDensity) roots.push(sibling);
    else if (sibling.name === 'p' && s.chars > 0 && density === 0 && /[.!?]["”’]?\s*$/.test(textOf(sibling))) roots.push(sibling);
  }
  return roots;
}

/** Receipts for everything in `body` outside the roots: one per outermost region. */
function receiptOutside(body: ParentNode, roots: readonly Element[], ctx: Context): void {
  // The body itself won: nothing is outside it (its children are the article, not receipts).
  if (roots.some((root) => root === body)) return;
  const onPath = new Set<AnyNode>();
  for (const root of roots) {
    let node: AnyNode | null = root.parent;
    while (node && node !== body) {
      onPath.add(node);
      node = node.parent;
    }
  }
  const isRoot = new Set<AnyNode>(roots);
  const loose: string[] = [];
  const stack: AnyNode[] = hasChildren(body as AnyNode) ? [...body.children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isRoot.has(node)) continue;
    if (onPath.has(node) && hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      continue;
    }
    if (isText(node)) {
      if (node.data.trim() !== '') loose.push(node.data.trim());
      continue;
    }
    if (!isElement(node)) continue;
    const text = textOf(node);
    if (text === '') continue;
    const { category, ruleId } = furnitureCategory(node);
    ctx.remove({ ruleId, category, reason: `outside the article root (<${node.name}>)`, stage: 'locate', text });
  }
  if (loose.length > 0) ctx.remove({ ruleId: 'locate.outside-article', category: 'boilerplate', reason: 'loose text outside the article root', stage: 'locate', text: loose.join(' ') });
}

const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form']);
const FURNITURE_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary', 'contentinfo', 'search']);

const isFurniture = (el: Element): boolean => FURNITURE_TAGS.has(el.name) || FURNITURE_ROLES.has(el.attribs.role ?? '');

/**
 * Drops nav/aside/footer/forms (and their ARIA roles) inside the roots, with receipts: one iterative pre-order walk
 * that stops at the outermost match, so it stays linear however deep the page nests (a selector engine's
 * subset removal was quadratic on a 10k-deep page).
 */
function dropInnerFurniture(roots: readonly Element[], ctx: Context): void {
  for (const root of roots) {
    let rootChars = -1;
    const removed: Element[] = [];
    const stack: AnyNode[] = [];
    for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as AnyNode);
    let visited = 0;
    while (stack.length > 0) {
      const node = stack.pop() as AnyNode;
      if (!isElement(node)) continue;
      if (++visited % BUDGET_CHECK_INTERVAL === 0) ctx.hasTime();
      if (isFurniture(node)) {
        const text = textOf(node);
        // A form wrapping the whole article (old CMSes do this) is not furniture.
        if (rootChars < 0 && node.name === 'form') rootChars = textOf(root).length;
        if (!(node.name === 'form' && text.length > 0.5 * rootChars)) {
          removed.push(node);
          const { category, ruleId } = furnitureCategory(node);
          ctx.remove({ ruleId, category, reason: `<${node.name}> inside the article container`, stage: 'locate', text });
          continue;
        }
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
    removeAll(removed);
  }
}

/** Detaches nodes, filtering each parent's children once (no per-node indexOf). */
function removeAll(nodes: readonly Element[]): void {
  if (nodes.length === 0) return;
  const gone = new Set<AnyNode>(nodes);
  const parents = new Set<ParentNode>();
  for (const node of nodes) if (node.parent) parents.add(node.parent);
  for (const parent of parents) {
    const kept = parent.children.filter((child) => !gone.has(child));
    parent.children = kept;
    for (let i = 0; i < kept.length; i++) {
      const child = kept[i] as AnyNode;
      child.prev = (kept[i - 1] ?? null) as never;
      child.next = (kept[i + 1] ?? null) as never;
    }
  }
  for (const node of nodes) {
    node.parent = null;
    node.prev = null;
    node.next = null;
  }
}

/** The block elements decruft's own HTML output is made of (render/html.ts). */
const FLAT_BLOCKS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'figure', 'hr']);

/**
 * A body made only of flat blocks (no containers, no loose text) has no chrome to locate around: it is the article.
 * This is what decruft's own output looks like, so cleaning it again keeps every block (RELIABILITY §6 idempotence).
 */
function isFlatArticle(body: ParentNode): boolean {
  let blocks = 0;
  for (const child of body.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return false;
    } else if (isElement(child)) {
      if (!FLAT_BLOCKS.has(child.name)) return false;
      blocks++;
    }
  }
  return blocks > 0;
}

/** The locate stage. */
export function locate(document: Document, body: ParentNode, ctx: Context): Located {
  if (isElement(body as AnyNode) && isFlatArticle(body)) return { roots: [body as Element] };
  const stats = computeStats(body, ctx);
  const scores = scoreCandidates(stats);
  const top = pickTop(scores);
  if (!top || (scores.get(top) ?? 0) <= 0) {
    const root = isElement(body as AnyNode) ? (body as Element) : null;
    return { roots: root ? [root] : (body.children.filter(isElement) as Element[]) };
  }
  const roots = includeSiblings(top, scores, stats);
  receiptOutside(body, roots, ctx);
  dropInnerFurniture(roots, ctx);
  return { roots };
}

export { hintScore };
