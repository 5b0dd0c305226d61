// Small, iterative helpers over domhandler trees (never recursive: pages can be 512 deep).
import { Element, type AnyNode, type ChildNode, type ParentNode, type Text } from 'domhandler';
import { decodeHTML } from 'entities';
import { collapseWhitespace } from '../text/normalize.js';

/** Class/id/attribute values longer than this are cut before any pattern sees them (RELIABILITY §4 P7). */
export const MAX_HINT_CHARS = 256;

export const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
export const isText = (node: AnyNode): node is Text => node.type === 'text';
export const hasChildren = (node: AnyNode): node is ParentNode & AnyNode => 'children' in node && Array.isArray((node as ParentNode).children);

export function attr(element: Element, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

/** Whether an element has any attribute: most have none, and then keyed lookups that must miss are skipped. */
export function hasAttributes(element: Element): boolean {
  for (const _ in element.attribs) return true;
  return false;
}

/**
 * The element class decruft's parser builds: a domhandler Element that keeps its hintString once computed. The
 * metadata walk computes every element's hints and segmenting reads the body's again (issue 9 profile: hintString,
 * its lowercase copy above all, was 2.6% of the median page's CPU, half of it the second computation). A field set in
 * the constructor, so every element keeps one shape (a property added later would not).
 */
export class HintedElement extends Element {
  /** hintString(this), once computed: attributes do not change after the parse (prepare moves children only). */
  hint: string | undefined;

  constructor(name: string, attribs: Record<string, string>, children?: ChildNode[]) {
    super(name, attribs, children);
    this.hint = undefined;
  }
}

/** Whether a string has a character toLowerCase would change (an ASCII capital, or anything past ASCII). */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return true;
  }
  return false;
}

/** Appends a hint attribute's value (when non-empty) to the hints joined so far. */
const joinHint = (joined: string, value: string | undefined): string => (value === undefined || value === '' ? joined : joined === '' ? value : `${joined} ${value}`);

/**
 * Attributes readPageFacts reads on every element besides the hints, filled by hintString in the same pass over the
 * attributes (keyed lookups that miss, one per name, were the metadata walk's largest cost: issue 9 profile).
 */
export interface ElementFacts {
  itemprop: string | undefined;
  author: string | undefined;
  dataAuthor: string | undefined;
  dataUsername: string | undefined;
  href: string | undefined;
  rel: string | undefined;
}

/**
 * Lowercased class, id, role, aria-label, data-component, data-testid and itemprop (in that order), cut to
 * MAX_HINT_CHARS: what DOM-hint rules look at. One pass over the element's own attributes (most have none or one)
 * instead of seven keyed lookups: this runs for every element, twice (issue 9 profile). With `facts`, the attributes
 * it names are read in the same pass (each left undefined when the element has none).
 */
export function hintString(element: Element, facts?: ElementFacts): string {
  const a = element.attribs;
  let cls: string | undefined;
  let id: string | undefined;
  let role: string | undefined;
  let label: string | undefined;
  let component: string | undefined;
  let testId: string | undefined;
  let itemprop: string | undefined;
  let any = false;
  if (facts !== undefined) {
    facts.itemprop = undefined;
    facts.author = undefined;
    facts.dataAuthor = undefined;
    facts.dataUsername = undefined;
    facts.href = undefined;
    facts.rel = undefined;
  }
  for (const name in a) {
    switch (name) {
      case 'class': cls = a[name]; any = true; break;
      case 'id': id = a[name]; any = true; break;
      case 'role': role = a[name]; any = true; break;
      case 'aria-label': label = a[name]; any = true; break;
      case 'data-component': component = a[name]; any = true; break;
      case 'data-testid': testId = a[name]; any = true; break;
      case 'itemprop': itemprop = a[name]; any = true; break;
      case 'author': if (facts !== undefined) facts.author = a[name]; break;
      case 'data-author': if (facts !== undefined) facts.dataAuthor = a[name]; break;
      case 'data-username': if (facts !== undefined) facts.dataUsername = a[name]; break;
      case 'href': if (facts !== undefined) facts.href = a[name]; break;
      case 'rel': if (facts !== undefined) facts.rel = a[name]; break;
      default: break;
    }
  }
  if (facts !== undefined) facts.itemprop = itemprop;
  let hint = '';
  if (any) {
    const joined = joinHint(joinHint(joinHint(joinHint(joinHint(joinHint(joinHint('', cls), id), role), label), component), testId), itemprop);
    const cut = joined.length > MAX_HINT_CHARS ? joined.slice(0, MAX_HINT_CHARS) : joined;
    // Most hints are lowercase already: toLowerCase would copy them all the same.
    hint = hasUpper(cut) ? cut.toLowerCase() : cut;
  }
  if (element instanceof HintedElement) element.hint = hint;
  return hint;
}

/** hintString(element), from what an earlier call left on the element when it can. */
export function cachedHintString(element: Element): string {
  const known = (element as HintedElement).hint;
  return known === undefined ? hintString(element) : known;
}

/** Pre-order walk with an explicit stack. `visit` returns false to skip an element's children. */
export function walk(root: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (visit(node) === false) continue;
    if (hasChildren(node)) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ChildNode);
    }
  }
}

/** Raw text of a subtree (no whitespace collapsing), skipping script/style content. */
export function rawText(root: AnyNode): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (isText(node)) parts.push(node.data);
    else if (node.type === 'script' || node.type === 'style' || node.type === 'comment') return false;
    return true;
  });
  return parts.join('');
}

/**
 * Visible text of a subtree with whitespace collapsed; block-level boundaries become spaces so
 * words of adjacent blocks do not glue together. With `rcdata`, a <textarea>'s text has its entities decoded, as the
 * HTML Standard parses it (htmlparser2 leaves them: html5lib tests16-090), so a receipt holds what a reader sees.
 * `skip` leaves out the subtrees of the elements it names (not the root's own).
 */
export function textOf(root: AnyNode, rcdata = false, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  // Items are nodes, or the string ' ' pushed to close a block element.
  const stack: Array<AnyNode | ' '> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as AnyNode | ' ';
    if (item === ' ') {
      parts.push(' ');
      continue;
    }
    if (isText(item)) parts.push(rcdata && item.parent !== null && isElement(item.parent) && item.parent.name === 'textarea' ? decodeHTML(item.data) : item.data);
    else if (item.type === 'script' || item.type === 'style' || item.type === 'comment') continue;
    else if (skip !== undefined && item !== root && isElement(item) && skip(item)) continue;
    else if (isElement(item) && BLOCK_TAGS.has(item.name)) {
      parts.push(' ');
      stack.push(' ');
    }
    if (hasChildren(item)) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as ChildNode);
  }
  return collapseWhitespace(parts.join('')).trim();
}

/** Removes a node from its parent, keeping sibling links consistent. */
export function detach(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  const index = siblings.indexOf(node);
  if (index >= 0) siblings.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Elements that start a new block in rendering (the rest are inline). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'legend', 'option', 'select', 'textarea', 'button', 'noscript', 'iframe', 'video', 'audio',
]);
