// Parses HTML once, behind the guard: htmlparser2 fast path, or htmlparser2's tree rules on a linear stack with a
// Blink-style depth cap and a node cap (RELIABILITY.md §4 P1–P2; decruft's P2 departs from parse5, see parseCapped).
import { DomHandler, type Document, type Text } from 'domhandler';
import { Parser, QuoteType } from 'htmlparser2';
import type { Context } from '../context.js';
import { HintedElement } from './dom.js';
import { createGuardTracker, guardMarkup, MAX_ATTRIBUTE_VALUE, type GuardResult, type GuardTracker } from './guard.js';
import { HtmlTokenizer } from './tokenizer.js';

export interface ParsedPage {
  document: Document;
  /** Which parse built it: htmlparser2's own, or the capped parse (P2) past maxDepth or maxNodes. */
  parser: 'htmlparser2' | 'capped';
  /** The guard's upper bound of the element depth (from the parse pass itself on the fast path). */
  depthBound: number;
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

  /** DomHandler's onopentag (HTML mode), building a HintedElement (dom.ts). */
  override onopentag(name: string, attribs: Record<string, string>): void {
    const element = new HintedElement(name, attribs);
    this.addNode(element);
    this.tagStack.push(element);
  }

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

// ---- The capped parse (P2) -------------------------------------------------------------------------------------------

/**
 * htmlparser2's tree rules (HTML mode), as its Parser applies them: an open tag first closes the open elements it
 * implies closed (`<p>` a `<p>`, `<li>` an `<li>`, a block a `<p>`), void elements never open, `</p>` and `</br>`
 * with no open element make one, and `/>` closes an element only inside svg or math.
 */
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DD_DT_TAGS = new Set(['dd', 'dt']);
const RT_RP_TAGS = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM_TAGS] as const),
  ...['dd', 'dt'].map((name) => [name, DD_DT_TAGS] as const),
  ...['rt', 'rp'].map((name) => [name, RT_RP_TAGS] as const),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((name) => [name, P_TAG] as const),
]);
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** The Parser's state that its open- and end-tag steps use (htmlparser2 10: private in its types, plain fields at run time). */
interface ParserInternals {
  tagname: string;
  attribs: Record<string, string> | null;
  openTagStart: number;
  startIndex: number;
  endIndex: number;
  foreignContext: { readonly 0: boolean | undefined };
}

/**
 * htmlparser2's Parser with its stack of open elements kept innermost last: htmlparser2 keeps it innermost first
 * (`unshift` per open tag, `indexOf` per end tag), which is quadratic in depth (RELIABILITY.md §10a: 0.7 MB of
 * `<b><p>x` took it 19–22 s). Here a tag costs O(1): push and pop at the end, a count per open name answers whether an
 * end tag's element is open, and closing one pops only what it closes. The events it sends the handler are the Parser's,
 * in the same order, so within the caps the tree equals the fast path's (test/html.test.ts checks this).
 */
class LinearParser extends Parser {
  private readonly open: string[] = [];
  private readonly openCount = new Map<string, number>();
  /** Whether each svg, math or HTML integration point opened is foreign content (htmlparser2's foreignContext, innermost last). */
  private readonly foreign: boolean[] = [false];
  private readonly state = this as unknown as ParserInternals;

  constructor(
    private readonly html: string,
    private readonly events: DomHandler,
  ) {
    super(events, { decodeEntities: true, Tokenizer: HtmlTokenizer });
    // The tokenizer reads `foreignContext[0]` (HtmlTokenizer's CDATA rule): the innermost entry, here the last.
    const foreign = this.foreign;
    this.state.foreignContext = {
      get 0(): boolean | undefined {
        return foreign[foreign.length - 1];
      },
    };
  }

  private push(name: string): void {
    this.open.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  /** Closes the innermost open element; returns its name. */
  private close(): string {
    const name = this.open.pop() as string;
    this.openCount.set(name, (this.openCount.get(name) as number) - 1);
    this.events.onclosetag();
    return name;
  }

  private openTag(name: string): void {
    const state = this.state;
    state.openTagStart = state.startIndex;
    state.tagname = name;
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.open.length > 0 && impliesClose.has(this.open[this.open.length - 1] as string)) this.close();
    }
    if (!this.isVoidElement(name)) {
      this.push(name);
      if (FOREIGN_CONTEXT.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) this.foreign.push(false);
    }
    state.attribs = {};
  }

  private finishOpenTag(): void {
    const state = this.state;
    state.startIndex = state.openTagStart;
    if (state.attribs) {
      this.events.onopentag(state.tagname, state.attribs);
      state.attribs = null;
    }
    if (this.isVoidElement(state.tagname)) this.events.onclosetag();
    state.tagname = '';
  }

  private closeCurrent(): void {
    const name = this.state.tagname;
    this.finishOpenTag();
    if (this.open[this.open.length - 1] === name) this.close();
  }

  override onopentagname(start: number, endIndex: number): void {
    this.state.endIndex = endIndex;
    this.openTag(this.html.slice(start, endIndex).toLowerCase());
  }

  override onopentagend(endIndex: number): void {
    this.state.endIndex = endIndex;
    this.finishOpenTag();
    this.state.startIndex = endIndex + 1;
  }

  override onclosetag(start: number, endIndex: number): void {
    const state = this.state;
    state.endIndex = endIndex;
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreign.pop();
    if (!this.isVoidElement(name)) {
      if ((this.openCount.get(name) ?? 0) > 0) {
        let closed: string;
        do closed = this.close();
        while (closed !== name);
      } else if (name === 'p') {
        this.openTag('p');
        this.closeCurrent();
      }
    } else if (name === 'br') {
      this.events.onopentag('br', {});
      this.events.onclosetag();
    }
    state.startIndex = endIndex + 1;
  }

  override onselfclosingtag(endIndex: number): void {
    this.state.endIndex = endIndex;
    if (this.foreign[this.foreign.length - 1] === true) {
      this.closeCurrent();
      this.state.startIndex = endIndex + 1;
    } else this.onopentagend(endIndex);
  }

  override onend(): void {
    this.state.endIndex = this.state.startIndex;
    while (this.open.length > 0) this.close();
    this.events.onend();
  }
}

/**
 * The tree of the capped parse: an element that would go under a parent at depth ≥ maxDepth goes under the open
 * ancestor at maxDepth − 1 instead, as Blink does (so it becomes a sibling); text always goes to the current element.
 * Past maxNodes elements an element is dropped as the guard drops tags (P3): a space takes its place and its content
 * goes to its parent.
 */
class CappedHandler extends TextJoiningHandler {
  elements = 0;

  constructor(
    private readonly maxDepth: number,
    private readonly maxNodes: number,
  ) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const stack = this.tagStack;
    if (++this.elements > this.maxNodes) {
      this.ontext(' ');
      // The parent stands in for the dropped element until its end tag pops it again.
      stack.push(stack[stack.length - 1] as (typeof stack)[number]);
      return;
    }
    // tagStack[0] is the document (depth 0); every open element below maxDepth is at its index's depth.
    if (stack.length <= this.maxDepth) return super.onopentag(name, attribs);
    const element = new HintedElement(name, attribs);
    const parent = stack[this.maxDepth - 1] as (typeof stack)[number];
    const previous = parent.children[parent.children.length - 1];
    parent.children.push(element);
    if (previous) {
      element.prev = previous;
      previous.next = element;
    }
    element.parent = parent;
    this.lastNode = null;
    stack.push(element);
  }
}

/**
 * The capped parse (P2): linear in the input whatever its nesting, the depth at most maxDepth, at most maxNodes
 * elements, every text kept. RELIABILITY.md §4 names parse5 8 for it; decruft uses htmlparser2's own tree rules on a
 * linear stack (LinearParser) instead, for two reasons: a page past the caps is then parsed like every other page
 * (parse5 builds the Standard's tree: implied html/head/body, the adoption agency, foster parenting), and parse5 was
 * 30 KiB gzip of the 200 KiB edge bundle budget (issue 9). No element moves after it is attached (there is no adoption
 * agency), so the depth cap holds without a second pass.
 */
export function parseCapped(html: string, maxDepth: number, maxNodes: number): { document: Document; elements: number } {
  const handler = new CappedHandler(maxDepth, maxNodes);
  new LinearParser(html, handler).end(html);
  return { document: handler.root, elements: handler.elements };
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
  const { document, elements } = parseCapped(guarded.html, ctx.options.maxDepth, ctx.options.maxNodes);
  if (elements > ctx.options.maxNodes) ctx.warn('NODES_CAPPED', `page has more than maxNodes (${ctx.options.maxNodes}) elements; later tags were dropped and their text kept`, { elements });
  return { document, parser: 'capped', depthBound: guarded.result.depthBound };
}
