// Content scoring: per-element text figures computed bottom-up once, and paragraph scores propagated to ancestors.
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Context } from '../context.js';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import { hasChildren, hintString, isElement, isText } from '../html/dom.js';

/** Per-element figures, computed once bottom-up (RELIABILITY §4 P6: never recompute subtree text). */
export interface NodeStats {
  /** Non-space characters of text below the element. */
  chars: number;
  /** Of those, inside links. */
  linkChars: number;
  commas: number;
  /** Paragraph-like descendants (p, pre, blockquote, td with text). */
  paragraphs: number;
}

/** Signals as named data. Values follow Readability's, tuned on html-dev (see CHANGELOG for figures). */
export const SIGNALS = {
  /** A paragraph shorter than this (non-space chars) scores nothing. */
  minParagraphChars: 25,
  /** Each full 100 chars adds one point, up to this many. */
  maxLengthPoints: 3,
  /** Share of a paragraph's score passed to its grandparent; further ancestors get score / (level * 3). */
  grandparentShare: 0.5,
  /** Ancestors a paragraph's score reaches. */
  propagationLevels: 5,
  /** Class/id weight for positive and negative hints. */
  hintWeight: 25,
  /** Tag priors. */
  tagPrior: { div: 5, article: 10, main: 8, section: 2, pre: 3, td: 3, blockquote: 3, form: -3, ol: -3, ul: -3, dl: -3, li: -3, address: -3, th: -5, h1: -5, h2: -5, h3: -5, header: -5, footer: -20, nav: -25, aside: -20 } as Record<string, number>,
} as const;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|markdown|rich-?text/;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe|cookie|breadcrumb|menu|navbar|nav-|byline|author|popup|modal/;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li', 'h2', 'h3']);

export function hintScore(element: Element): number {
  const hints = hintString(element);
  if (hints === '') return 0;
  let score = 0;
  if (NEGATIVE.test(hints)) score -= SIGNALS.hintWeight;
  if (POSITIVE.test(hints)) score += SIGNALS.hintWeight;
  return score;
}

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

/** One post-order pass over the subtree: stats for every element. */
export function computeStats(root: ParentNode, ctx: Context): Map<Element, NodeStats> {
  const stats = new Map<Element, NodeStats>();
  const order: Element[] = [];
  const stack: AnyNode[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (++visited % BUDGET_CHECK_INTERVAL === 0) ctx.hasTime();
    if (isElement(node)) {
      order.push(node);
      stats.set(node, { chars: 0, linkChars: 0, commas: 0, paragraphs: 0 });
    }
    if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const own = stats.get(el) as NodeStats;
    for (const child of el.children) {
      if (isText(child)) {
        own.chars += nonSpaceLength(child.data);
        own.commas += countCommas(child.data);
      }
    }
    if (el.name === 'a') own.linkChars = own.chars;
    if (PARAGRAPH_TAGS.has(el.name) && own.chars >= SIGNALS.minParagraphChars) own.paragraphs += 1;
    const parent = el.parent;
    if (parent && isElement(parent)) {
      const up = stats.get(parent);
      if (up) {
        up.chars += own.chars;
        up.linkChars += el.name === 'a' ? own.chars : own.linkChars;
        up.commas += own.commas;
        up.paragraphs += own.paragraphs;
      }
    }
  }
  return stats;
}

export const linkDensity = (s: NodeStats): number => (s.chars > 0 ? s.linkChars / s.chars : 0);

/** Readability-style candidate scores: each paragraph's score flows to its ancestors. */
export function scoreCandidates(stats: Map<Element, NodeStats>): Map<Element, number> {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let score = scores.get(el);
    if (score === undefined) {
      score = (SIGNALS.tagPrior[el.name] ?? 0) + hintScore(el);
      scores.set(el, score);
    }
    return score;
  };
  for (const [el, s] of stats) {
    if (!PARAGRAPH_TAGS.has(el.name) || el.name === 'li') continue;
    const ownChars = s.chars;
    if (ownChars < SIGNALS.minParagraphChars) continue;
    // Paragraph-ish elements that contain other paragraphs are containers, not paragraphs.
    if (s.paragraphs > 1) continue;
    const points = 1 + s.commas + Math.min(Math.floor(ownChars / 100), SIGNALS.maxLengthPoints);
    let ancestor = el.parent;
    for (let level = 0; level < SIGNALS.propagationLevels && ancestor && isElement(ancestor) && stats.has(ancestor); level++) {
      const divider = level === 0 ? 1 : level === 1 ? 1 / SIGNALS.grandparentShare : level * 3;
      scores.set(ancestor, init(ancestor) + points / divider);
      ancestor = ancestor.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el) as NodeStats)));
  return scores;
}
