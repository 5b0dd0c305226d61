// Strips what is never article text (scripts, styles, controls, hidden elements) in one pass, keeping JSON-LD for metadata.
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import type { Context } from '../context.js';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import type { Category } from '../types.js';
import { attr, hasChildren, isElement, textOf } from './dom.js';

export interface PreparedPage {
  document: Document;
  /** Raw text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<head>`, if the page has one. */
  head: Element | null;
  /** `<body>`, or the document when the page has none. */
  body: Element | Document;
}

/** Elements whose content is never visible text: dropped without a receipt (RELIABILITY §7). */
const INVISIBLE = new Set(['script', 'style', 'template', 'head', 'title', 'link', 'meta', 'base']);

/** Elements whose text is visible but never article text: dropped with a receipt. */
const NON_CONTENT: ReadonlyMap<string, { ruleId: string; category: Category; reason: string }> = new Map([
  ['noscript', { ruleId: 'html.noscript', category: 'chrome', reason: 'fallback content for browsers without scripts' }],
  ['button', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['select', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['textarea', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['input', { ruleId: 'html.controls', category: 'chrome', reason: 'form control' }],
  ['svg', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded graphic' }],
  ['math', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded formula markup' }],
  ['iframe', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded frame' }],
  ['object', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded object' }],
  ['embed', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded object' }],
  ['canvas', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded graphic' }],
  ['video', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded media' }],
  ['audio', { ruleId: 'html.embedded', category: 'chrome', reason: 'embedded media' }],
  ['dialog', { ruleId: 'html.dialog', category: 'chrome', reason: 'dialog box' }],
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== null) return true;
  const style = attr(element, 'style');
  return style !== null && style.length < 512 && HIDDEN_STYLE.test(style);
}

function findFirst(root: AnyNode, name: string): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === name) return node;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return null;
}

/** A page whose text lives mostly in <noscript> (Discourse forums, some JS apps) shows it to crawlers there. */
const NOSCRIPT_CONTENT_SHARE = 0.5;

/** Whether most of the body's text is inside <noscript> elements: one walk, counting text characters. */
function contentInNoscript(body: AnyNode): boolean {
  let all = 0;
  let inside = 0;
  const stack: Array<{ node: AnyNode; noscript: boolean }> = [{ node: body, noscript: false }];
  while (stack.length > 0) {
    const { node, noscript } = stack.pop() as { node: AnyNode; noscript: boolean };
    if (node.type === 'text') {
      const n = (node as { data: string }).data.trim().length;
      all += n;
      if (noscript) inside += n;
      continue;
    }
    if (isElement(node) && INVISIBLE.has(node.name)) continue;
    const flag = noscript || (isElement(node) && node.name === 'noscript');
    if (hasChildren(node)) for (const child of node.children) stack.push({ node: child, noscript: flag });
  }
  return inside > 0 && inside > NOSCRIPT_CONTENT_SHARE * all;
}

/** The prepare stage. Mutates the (decruft-owned) document in place, one filtered children array per parent. */
export function prepare(document: Document, ctx: Context): PreparedPage {
  const jsonLd: string[] = [];
  const head = findFirst(document, 'head');
  const body = findFirst(document, 'body') ?? document;
  if (head) {
    for (const node of collectScripts(head)) jsonLd.push(node);
  }
  const keepNoscript = contentInNoscript(body);
  const stack: AnyNode[] = [body];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!hasChildren(node)) continue;
    if (++visited % BUDGET_CHECK_INTERVAL === 0) ctx.hasTime();
    const kept: ChildNode[] = [];
    for (const child of node.children) {
      if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') continue;
      if (isElement(child)) {
        if (child.name === 'script') {
          if ((attr(child, 'type') ?? '').toLowerCase().includes('ld+json')) jsonLd.push(scriptText(child));
          continue;
        }
        if (INVISIBLE.has(child.name)) continue;
        const drop = (keepNoscript && child.name === 'noscript' ? null : NON_CONTENT.get(child.name)) ?? (isHidden(child) ? { ruleId: 'html.hidden', category: 'chrome' as const, reason: 'hidden element (hidden attribute or display:none)' } : null);
        if (drop) {
          ctx.remove({ ...drop, stage: 'prepare', text: textOf(child) });
          continue;
        }
      }
      kept.push(child);
    }
    if (kept.length !== node.children.length) relink(node, kept);
    for (let i = kept.length - 1; i >= 0; i--) stack.push(kept[i] as ChildNode);
  }
  return { document, jsonLd, head, body };
}

function scriptText(script: Element): string {
  return script.children.map((child) => ('data' in child && typeof child.data === 'string' ? child.data : '')).join('');
}

function collectScripts(head: Element): string[] {
  const found: string[] = [];
  const stack: AnyNode[] = [head];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.name === 'script' && (attr(node, 'type') ?? '').toLowerCase().includes('ld+json')) found.push(scriptText(node));
    else if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  return found;
}

function relink(parent: AnyNode & { children: ChildNode[] }, kept: ChildNode[]): void {
  parent.children = kept;
  for (let i = 0; i < kept.length; i++) {
    const child = kept[i] as ChildNode;
    child.prev = kept[i - 1] ?? null;
    child.next = kept[i + 1] ?? null;
  }
}
