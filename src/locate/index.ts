// The locate stage: finds the article root(s) in the page and gives a receipt for everything around them.
import { DomUtils } from 'htmlparser2';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import type { Context } from '../context.js';
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

/** Elements inside the article root that are page furniture, with their receipt: `nav, aside, footer, form` and the landmark roles. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search']);
const isFurniture = (el: Element): boolean => FURNITURE_TAGS.has(el.name) || FURNITURE_ROLES.has(el.attribs.role as string);

/** Furniture elements below `root`, in document order (what the selector list finds; no selector engine at import). */
function findFurniture(root: Element): Element[] {
  return DomUtils.findAll(isFurniture, root.children);
}

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
  if (!parent || !isElement(parent)) return [top];
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

/** Drops nav/aside/footer/forms inside the roots, with receipts. */
function dropInnerFurniture(roots: readonly Element[], ctx: Context): void {
  for (const root of roots) {
    const found = findFurniture(root);
    const removed = new Set<AnyNode>();
    for (const el of found) {
      // Only the outermost match of a nested group gets a receipt.
      let ancestor: AnyNode | null = el.parent;
      let inside = false;
      while (ancestor && ancestor !== root) {
        if (removed.has(ancestor)) inside = true;
        ancestor = ancestor.parent;
      }
      if (inside) continue;
      // A form wrapping the whole article (old CMSes do this) is not furniture.
      const s = textOf(el);
      if (el.name === 'form' && s.length > 0.5 * textOf(root).length) continue;
      removed.add(el);
      const { category, ruleId } = furnitureCategory(el);
      ctx.remove({ ruleId, category, reason: `<${el.name}> inside the article container`, stage: 'locate', text: s });
    }
    for (const el of removed) {
      DomUtils.removeElement(el);
      el.prev = el.next = el.parent = null;
    }
  }
}

/** The locate stage. */
export function locate(document: Document, body: ParentNode, ctx: Context): Located {
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
