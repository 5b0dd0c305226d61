// Linear pre-scan of the markup (RELIABILITY.md §4 P1/P3): bounds nesting depth and counts elements before any parser runs.
import type { Tokenizer } from 'htmlparser2';
import { HtmlTokenizer } from './tokenizer.js';
import type { Context } from '../context.js';

/**
 * Void elements the guard never pushes. Must stay a subset of htmlparser2's own list, so the
 * guard's depth is an upper bound of the parser's.
 */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** More attributes than this on one element are ignored (§3 ATTRIBUTES_CAPPED). */
export const MAX_ATTRIBUTES = 256;
/** Attribute values longer than this are ignored (§3 ATTRIBUTES_CAPPED). */
export const MAX_ATTRIBUTE_VALUE = 64 * 1024;
/** Raw-text containers whose content the node-cap rewrite drops. */
const DROPPED_CONTENT = new Set(['script', 'style', 'template']);

export interface GuardResult {
  /** Upper bound of the element depth any HTML parser will build. */
  depthBound: number;
  elements: number;
  /** An element carried more than MAX_ATTRIBUTES attributes or an over-long value. */
  attributesOverCap: boolean;
  /** Char index of the tag that first went over maxNodes, or -1. */
  nodeCapAt: number;
}

type Callbacks = ConstructorParameters<typeof Tokenizer>[1];
const noop = (): void => {};

/** Tokenizer callbacks with every event not given ignored. */
function callbacksWith(given: Partial<Callbacks>): Callbacks {
  return {
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
    oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop, onprocessinginstruction: noop,
    onselfclosingtag: noop, ontext: noop, ontextentity: noop,
    ...given,
  };
}

/** The guard's bookkeeping over tokenizer events: a stack of open tag names and a count per name. */
export interface GuardTracker {
  /** A start tag `name` (lowercased) whose `<` is at `tagStart`. */
  openTag(name: string, tagStart: number): void;
  /** An end tag `name` (lowercased). */
  closeTag(name: string): void;
  /**
   * The end tag `html.slice(start, end)` when it closes the innermost open element (the usual case), as closeTag(its
   * name lowercased) does, without slicing or lowercasing it: true when it did, false to leave it to closeTag.
   */
  closeInnermost(html: string, start: number, end: number): boolean;
  attributeName(): void;
  attributeValue(length: number): void;
  /** Open elements now: never below the depth any parser has reached. */
  readonly depth: number;
  /** More than maxNodes elements seen. */
  readonly overNodeCap: boolean;
  result(): GuardResult;
}

/**
 * Fed by the standalone guard pass below, or by the parser's own tokenizer in the same pass as the parse (parse.ts). A
 * class, not an object of closures: its methods run for every tag of every page, and inline into the parser's.
 */
class Tracker implements GuardTracker {
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  private depthBound = 0;
  private elements = 0;
  private nodeCapAt = -1;
  private attributes = 0;
  private attributesOverCap = false;

  constructor(private readonly maxNodes: number) {}

  openTag(name: string, tagStart: number): void {
    this.elements++;
    this.attributes = 0;
    if (this.elements > this.maxNodes && this.nodeCapAt < 0) this.nodeCapAt = tagStart;
    if (VOID.has(name)) return;
    const stack = this.stack;
    stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (stack.length > this.depthBound) this.depthBound = stack.length;
  }

  closeTag(name: string): void {
    // A stray end tag pops nothing, so `<div></span>` cannot hide depth.
    if ((this.open.get(name) ?? 0) === 0) return;
    for (;;) {
      const top = this.stack.pop();
      if (top === undefined) break;
      this.open.set(top, (this.open.get(top) ?? 1) - 1);
      if (top === name) break;
    }
  }

  closeInnermost(html: string, start: number, end: number): boolean {
    const stack = this.stack;
    const top = stack[stack.length - 1];
    if (top === undefined || top.length !== end - start) return false;
    for (let i = 0; i < top.length; i++) {
      let code = html.charCodeAt(start + i);
      // ASCII only: a character outside it may lowercase to something else (U+212A KELVIN SIGN to `k`).
      if (code >= 0x80) return false;
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
      if (code !== top.charCodeAt(i)) return false;
    }
    stack.pop();
    this.open.set(top, (this.open.get(top) ?? 1) - 1);
    return true;
  }

  attributeName(): void {
    this.attributes++;
    if (this.attributes > MAX_ATTRIBUTES) this.attributesOverCap = true;
  }

  attributeValue(length: number): void {
    if (length > MAX_ATTRIBUTE_VALUE) this.attributesOverCap = true;
  }

  get depth(): number {
    return this.stack.length;
  }

  get overNodeCap(): boolean {
    return this.nodeCapAt >= 0;
  }

  result(): GuardResult {
    return { depthBound: this.depthBound, elements: this.elements, attributesOverCap: this.attributesOverCap, nodeCapAt: this.nodeCapAt };
  }
}

export function createGuardTracker(maxNodes: number): GuardTracker {
  return new Tracker(maxNodes);
}

/** One pass of htmlparser2's tokenizer through the tracker. */
export function guard(html: string, maxNodes: number): GuardResult {
  const tracker = createGuardTracker(maxNodes);
  const callbacks = callbacksWith({
    onopentagname: (start, end) => tracker.openTag(html.slice(start, end).toLowerCase(), start - 1),
    onclosetag: (start, end) => tracker.closeTag(html.slice(start, end).toLowerCase()),
    onattribname: () => tracker.attributeName(),
    onattribdata: (start, end) => tracker.attributeValue(end - start),
  });
  const tokenizer = new HtmlTokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return tracker.result();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * P3: past the node cap, the rest of the input keeps its text but loses its tags
 * (script, style and template content is dropped), so the parser sees a bounded number of elements.
 */
export function dropTagsAfter(html: string, at: number): string {
  const tail = html.slice(at);
  const parts: string[] = [];
  let dropping: string | null = null;
  const callbacks = callbacksWith({
    onopentagname(start, end) {
      const name = tail.slice(start, end).toLowerCase();
      if (dropping === null && DROPPED_CONTENT.has(name)) dropping = name;
      else if (dropping === null) parts.push(' ');
    },
    onclosetag(start, end) {
      if (dropping !== null && tail.slice(start, end).toLowerCase() === dropping) dropping = null;
    },
    ontext(start, end) {
      if (dropping === null) parts.push(escapeText(tail.slice(start, end)));
    },
    ontextentity(codepoint) {
      if (dropping === null) parts.push(escapeText(String.fromCodePoint(codepoint)));
    },
  });
  const tokenizer = new HtmlTokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(tail);
  tokenizer.end();
  return html.slice(0, at) + parts.join('');
}

/**
 * Runs the guard (unless the parse pass already did: `known`) and applies the node cap; returns the markup to
 * parse and whether the capped path is needed.
 */
export function guardMarkup(html: string, ctx: Context, known?: GuardResult): { html: string; capped: boolean; result: GuardResult } {
  const { maxDepth, maxNodes } = ctx.options;
  const result = known ?? guard(html, maxNodes);
  let markup = html;
  if (result.nodeCapAt >= 0) {
    markup = dropTagsAfter(html, result.nodeCapAt);
    ctx.warn('NODES_CAPPED', `page has more than maxNodes (${maxNodes}) elements; later tags were dropped and their text kept`, { elements: result.elements });
  }
  if (result.attributesOverCap) {
    ctx.warn('ATTRIBUTES_CAPPED', `an element had more than ${MAX_ATTRIBUTES} attributes or a value over ${MAX_ATTRIBUTE_VALUE} characters; they were ignored`);
  }
  return { html: markup, capped: result.depthBound > maxDepth, result };
}
