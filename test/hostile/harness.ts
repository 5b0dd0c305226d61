// The hostile-input harness (RELIABILITY.md §8–9): vector inputs, generators, constructs, and the checks every
// article must pass (safe HTML on the browser's own re-parse, idempotence, well-formed Unicode, text accounting).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyNode } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { createTracingCleaner } from '../../src/clean.js';
import { createContext } from '../../src/context.js';
import { parse as parseHtml } from '../../src/html/parse.js';
import { findTruncation } from '../../src/html/truncated.js';
import { clean, DecruftError } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { compileCatalog } from '../../src/rules/compile.js';
import { LIST_LINE } from '../../src/segment/from-text.js';
import { normalizeLines } from '../../src/text/normalize.js';
import type { Article, CleanOptions } from '../../src/types.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Vector {
  id: string;
  category: 'xss' | 'malformed' | 'pathological' | 'encodings' | 'text' | 'caller';
  mode?: 'text';
  input: unknown;
  options?: unknown;
  expect: Expect;
  source?: string;
  note?: string;
}

export interface Expect {
  throws?: string;
  noThrow?: boolean;
  noScript?: boolean;
  noEventHandlers?: boolean;
  noJavascriptUrls?: boolean;
  noForbiddenElements?: boolean;
  noClobbering?: boolean;
  roundTripStable?: boolean;
  idempotent?: boolean;
  containsText?: string;
  textTokens?: string[];
  notInText?: string[];
  textEquals?: string;
  wellFormedUnicode?: boolean;
  warnings?: string[];
  warningsAny?: string[];
  warningsAbsent?: string[];
  encoding?: string;
  prescan?: string | null;
  prescanMayDefault?: boolean;
  maxOutputDepth?: number;
  maxMs?: number;
  maxHeapMB?: number;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The shared folder: DECRUFT_SHARED, else ../shared beside the repo. Null when absent (a user's clone). */
export function sharedDir(): string | null {
  const dir = resolve(repoRoot, process.env.DECRUFT_SHARED ?? '../shared');
  return existsSync(resolve(dir, 'reliability/vectors.json')) ? dir : null;
}

export function loadSharedVectors(): Vector[] | null {
  const dir = sharedDir();
  return dir === null ? null : (JSON.parse(readFileSync(resolve(dir, 'reliability/vectors.json'), 'utf8')) as Vector[]);
}

// ---- inputs -------------------------------------------------------------------------------------------------------

const MAX_GENERATED = 64 * 1024 * 1024;

type Generator = string | { seq: Generator[] } | { repeat: Generator; times: number; prefix?: Generator; then?: Generator } | { cycle: string[]; times: number } | { indexed: string; times: number; from?: number };

/** §9 generator grammar, built with repeat/join (never `+=` in a loop); refuses more than 64 MiB. */
export function generate(g: Generator): string {
  let out: string;
  if (typeof g === 'string') out = g;
  else if ('seq' in g) out = g.seq.map(generate).join('');
  else if ('repeat' in g) out = (g.prefix === undefined ? '' : generate(g.prefix)) + generate(g.repeat).repeat(g.times) + (g.then === undefined ? '' : generate(g.then));
  else if ('cycle' in g) {
    const k = g.cycle.length;
    const whole = Math.floor(g.times / k);
    out = g.cycle.join('').repeat(whole) + g.cycle.slice(0, g.times - whole * k).join('');
  } else {
    const from = g.from ?? 0;
    const parts = g.indexed.split('{i}');
    const items = new Array<string>(g.times);
    for (let i = 0; i < g.times; i++) items[i] = parts.join(String(from + i));
    out = items.join('');
  }
  if (out.length > MAX_GENERATED) throw new Error(`generator output over 64 MiB (${out.length})`);
  return out;
}

const fromBase64 = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));

/** A JavaScript value JSON cannot express (§9 constructs). */
export function construct(spec: Record<string, unknown>): unknown {
  const value = spec.value;
  switch (spec.construct) {
    case 'undefined': return undefined;
    case 'null': return null;
    case 'number': return value === 'NaN' ? Number.NaN : Number(value);
    case 'bigint': return BigInt(String(value));
    case 'boolean': return Boolean(value);
    case 'symbol': return Symbol('vector');
    case 'function': return () => '<p>x</p>';
    case 'object': case 'array': return structuredClone(value);
    case 'frozen-object': return Object.freeze(resolveValue(value) as object);
    case 'promise': {
      const promise = Promise.resolve(spec.resolvesTo);
      return promise;
    }
    case 'string-object': return new String(value);
    case 'date': return new Date(0);
    case 'regexp': return /x/;
    case 'url': return new URL(String(value));
    case 'response': return new Response(String(spec.body));
    case 'blob': return new Blob([String(spec.body)]);
    case 'readable-stream': return new Response(String(spec.body)).body;
    case 'revoked-proxy': {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 'object-throwing-tostring': return { toString() { throw new Error('toString'); }, valueOf() { throw new Error('valueOf'); } };
    case 'detached-arraybuffer': {
      const buffer = new ArrayBuffer(8);
      structuredClone(buffer, { transfer: [buffer] });
      return buffer;
    }
    case 'string': return String(value);
    case 'bytes': case 'buffer': return Buffer.from(String(spec.base64), 'base64');
    case 'uint8array': return fromBase64(String(spec.base64));
    case 'arraybuffer': {
      const bytes = fromBase64(String(spec.base64));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    case 'dataview': {
      const bytes = fromBase64(String(spec.base64));
      return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    case 'uint8array-subarray': return fromBase64(String(spec.base64)).subarray(Number(spec.start), Number(spec.end));
    case 'options-with-throwing-getter': return Object.defineProperty({}, 'format', { enumerable: true, get() { throw new Error('getter'); } });
    case 'aborted-signal': return AbortSignal.abort();
    default: throw new Error(`unknown construct ${String(spec.construct)}`);
  }
}

/** Resolves constructs anywhere inside a JSON value (inputs, options, option values). */
export function resolveValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(resolveValue);
  const record = value as Record<string, unknown>;
  if (typeof record.construct === 'string') return construct(record);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveValue(v)]));
}

/** The vector's input, ready for clean(): a string, bytes or a construct. */
export function vectorInput(vector: Vector): unknown {
  const input = vector.input;
  if (typeof input === 'string') return input;
  const record = input as Record<string, unknown>;
  if (typeof record.base64 === 'string' && record.construct === undefined) return fromBase64(record.base64);
  if (record.generator !== undefined) {
    const text = generate(record.generator as Generator);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (typeof record.bytes === 'number' && bytes !== record.bytes) throw new Error(`${vector.id}: generated ${bytes} bytes, vector says ${record.bytes}`);
    return text;
  }
  return resolveValue(input);
}

/** Input size in bytes (UTF-8 for strings), without building generated inputs. */
export function vectorSize(vector: Vector): number {
  const input = vector.input;
  if (typeof input === 'string') return Buffer.byteLength(input, 'utf8');
  const record = input as Record<string, unknown>;
  if (typeof record.bytes === 'number') return record.bytes;
  if (typeof record.base64 === 'string') return Math.floor((record.base64.length * 3) / 4);
  return 0;
}

export function vectorOptions(vector: Vector, format?: CleanOptions['format']): unknown {
  const options = resolveValue(vector.options);
  if (vector.category === 'caller') return options;
  const own = (options ?? {}) as Record<string, unknown>;
  return { ...own, format: format ?? (vector.mode === 'text' ? 'text' : 'html') };
}

// ---- safe-HTML invariants (§6), on the tree a browser builds ------------------------------------------------------

const FORBIDDEN = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select',
  'option', 'base', 'meta', 'link', 'noscript', 'template', 'svg', 'math', 'portal', 'param', 'xmp', 'plaintext', 'noembed', 'noframes',
  'title', 'audio', 'video', 'source', 'map', 'area',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'action', 'formaction']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite', 'poster', 'action', 'formaction', 'data', 'background', 'ping', 'xlink:href', 'longdesc', 'lowsrc', 'dynsrc']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

function urlIsSafe(value: string, element: string, attribute: string, allowDataImages: boolean): boolean {
  let url: URL;
  try {
    url = new URL(value, 'https://base.invalid/');
  } catch {
    return true; // an unparsable URL cannot be followed
  }
  if (SAFE_PROTOCOLS.has(url.protocol)) return true;
  return allowDataImages && element === 'img' && attribute === 'src' && DATA_IMAGE.test(url.href);
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every §6 violation found in `html` as parsed by a browser (parse5, scripting on); [] when safe. */
export function htmlViolations(html: string, allowDataImages = false): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('noScript: "<script" in the html string');
  const fragment = parseFragment(html, { scriptingEnabled: true });
  const stack: Node[] = [fragment as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#comment') problems.push('noForbiddenElements: a comment');
    if (isElement(node)) {
      if (FORBIDDEN.has(node.tagName)) problems.push(`noForbiddenElements: <${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) problems.push(`noEventHandlers: ${name}`);
        if (FORBIDDEN_ATTRIBUTES.has(lower)) problems.push(`noForbiddenElements: [${name}]`);
        if ((lower === 'id' || lower === 'name') && !value.startsWith('user-content-')) problems.push(`noClobbering: ${name}="${value}"`);
        if (URL_ATTRIBUTES.has(lower)) {
          const candidates = lower === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          for (const candidate of candidates) if (!urlIsSafe(candidate, node.tagName, lower, allowDataImages)) problems.push(`noJavascriptUrls: ${name}="${value.slice(0, 80)}"`);
        }
      }
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) stack.push(child);
    if (isElement(node) && node.tagName === 'template') stack.push((node as unknown as { content: Node }).content);
  }
  const once = serialize(fragment);
  const twice = serialize(parseFragment(once, { scriptingEnabled: true }));
  if (once !== twice) problems.push('roundTripStable: the browser re-parse changes the markup');
  return problems;
}

/** Element depth of an HTML fragment (parse5), iteratively. */
export function elementDepth(html: string): number {
  const fragment = parseFragment(html);
  let max = 0;
  const stack: Array<{ node: Node; depth: number }> = [{ node: fragment as unknown as Node, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (depth > max) max = depth;
    if ('childNodes' in node) for (const child of node.childNodes) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return max;
}

// ---- text ---------------------------------------------------------------------------------------------------------

/** NFC and whitespace collapse, as §9 compares text. */
export const comparable = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

export function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** Every output string of an article is well-formed Unicode. */
export function malformedFields(article: Article): string[] {
  const bad: string[] = [];
  const strings: Array<[string, string | null]> = [
    ['text', article.text], ['html', article.html], ['markdown', article.markdown], ['title', article.title], ['byline', article.byline],
  ];
  article.blocks.forEach((b, i) => strings.push([`blocks[${i}]`, b.text]));
  article.removed.forEach((r, i) => strings.push([`removed[${i}]`, r.text]));
  for (const [name, value] of strings) if (value !== null && !isWellFormed(value)) bad.push(name);
  return bad;
}

/** Text in the article or in some receipt (after §9 comparison normalization). */
export function textOrReceipts(article: Article): string {
  return comparable([article.text, ...article.removed.map((r) => r.text)].join(' \u0000 '));
}

// ---- character accounting (§7) ----------------------------------------------------------------------------------

/** Subtrees whose text is not article-visible (§7): the head, scripts, styles, templates, raw text of frames. */
const NOT_VISIBLE = new Set(['head', 'script', 'style', 'template', 'iframe', 'noembed', 'noframes']);

/**
 * The article-visible text of a decoded page (§7): the text nodes of decruft's own parse of the processed prefix,
 * normalized, without comments, the head, script, style, template, the raw text of iframe/noembed/noframes, and what
 * TRUNCATED swallowed (the page is cut where the swallowing construct starts). Noscript counts. Text mode: all of it
 * but list markers.
 */
export async function visibleText(page: string, format: 'html' | 'text', given: unknown): Promise<string> {
  // A dump's list markers ("• ", "3. ") are list syntax, rendered anew ("- ", "1. "), like an <li>'s marker in HTML.
  if (format === 'text') return normalizeLines(page).split('\n').map((line) => line.replace(LIST_LINE, '')).join('\n');
  const options = (given !== null && typeof given === 'object' ? given : {}) as Record<string, unknown>;
  const ctx = createContext(resolveOptions({ maxDepth: options.maxDepth, maxNodes: options.maxNodes }), compileCatalog([]));
  const truncation = findTruncation(page);
  const { document } = await parseHtml(truncation ? page.slice(0, truncation.from) : page, ctx);
  const parts: string[] = [];
  const stack: Array<{ node: AnyNode; rcdata: boolean }> = [{ node: document, rcdata: false }];
  while (stack.length > 0) {
    const { node, rcdata } = stack.pop() as { node: AnyNode; rcdata: boolean };
    if (node.type === 'text') {
      // A textarea's content is RCDATA: the spec decodes its entities, htmlparser2 leaves them (prepare decodes them too).
      parts.push(rcdata ? decodeHTML(node.data) : node.data);
      continue;
    }
    if (!('children' in node)) continue; // comments, CDATA, directives
    const name = 'name' in node ? node.name : '';
    if (NOT_VISIBLE.has(name)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, rcdata: rcdata || name === 'textarea' });
  }
  return normalizeLines(parts.join(' '));
}

/** Counts of every non-whitespace code point of `text` (after NFC), added into `counts` with `sign`. */
function countCodePoints(text: string, counts: Map<number, number>, sign: 1 | -1): void {
  const normalized = text.normalize('NFC');
  for (let i = 0; i < normalized.length; i++) {
    const point = normalized.codePointAt(i) as number;
    if (point > 0xffff) i++;
    if (point <= 0x20 || WHITESPACE.test(String.fromCodePoint(point))) continue;
    counts.set(point, (counts.get(point) ?? 0) + sign);
  }
}
const WHITESPACE = /^\s$/u;

/**
 * §7 character accounting: for every non-whitespace code point c, count(c in the visible text) ≤ count(c in
 * article.text) + Σ count(c in removed[i].text). O(n) with one Map. Returns one problem naming the missing characters.
 */
export function accountingProblems(article: Article, visible: string): string[] {
  const counts = new Map<number, number>();
  countCodePoints(visible, counts, 1);
  countCodePoints(article.text, counts, -1);
  for (const receipt of article.removed) countCodePoints(receipt.text, counts, -1);
  const missing: Array<[number, number]> = [];
  for (const [point, n] of counts) if (n > 0) missing.push([point, n]);
  if (missing.length === 0) return [];
  missing.sort((a, b) => b[1] - a[1]);
  const total = missing.reduce((sum, [, n]) => sum + n, 0);
  const shown = missing.slice(0, 12).map(([point, n]) => `${JSON.stringify(String.fromCodePoint(point))}×${n}`).join(' ');
  return [`accounting: ${total} visible characters in neither text nor receipts: ${shown}`];
}

/**
 * clean() through the internal tracing cleaner, which also hands back the decoded page (the processed prefix); the
 * same pipeline and output as clean().
 */
export async function runTraced(input: unknown, options: unknown): Promise<{ ok: true; article: Article; page: string } | { ok: false; error: unknown }> {
  try {
    let page = '';
    const article = await createTracingCleaner(options as never).clean(input as never, undefined, (trace) => {
      page = trace.page;
    });
    return { ok: true, article, page };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The §7 accounting problems of an article cleaned from `page` (the decoded input) with `options`. */
export async function accountingOf(article: Article, page: string, options: unknown): Promise<string[]> {
  return accountingProblems(article, await visibleText(page, article.source.format, options));
}

// ---- running one case ---------------------------------------------------------------------------------------------

export type Outcome = { ok: true; article: Article } | { ok: false; error: unknown };

export async function run(input: unknown, options: unknown): Promise<Outcome> {
  try {
    return { ok: true, article: await clean(input as never, options as never) };
  } catch (error) {
    return { ok: false, error };
  }
}

export const isDecruftError = (error: unknown): error is DecruftError => error instanceof DecruftError;

/**
 * Every check a resolved article must pass (the universal ones plus the vector's own `expect`); returns the problems.
 * `allowDataImages` follows the options; idempotence re-cleans the HTML output with the same options as HTML. With
 * `page` (the decoded input, from runTraced) the §7 character accounting runs too.
 */
export async function articleProblems(article: Article, expect: Expect, given: unknown, page?: string): Promise<string[]> {
  const options = (given !== null && typeof given === 'object' ? given : {}) as Record<string, unknown>;
  const problems = htmlViolations(article.html, options.allowDataImages === true);
  if (page !== undefined) problems.push(...await accountingOf(article, page, given));
  const malformed = malformedFields(article);
  if (malformed.length > 0) problems.push(`wellFormedUnicode: ${malformed.join(', ')}`);
  const text = comparable(article.text);
  if (expect.containsText !== undefined && !text.includes(comparable(expect.containsText))) problems.push(`containsText: "${expect.containsText}" not in text`);
  if (expect.textEquals !== undefined && text !== comparable(expect.textEquals)) problems.push(`textEquals: got "${text.slice(0, 200)}"`);
  if (expect.textTokens?.length) {
    const anywhere = textOrReceipts(article);
    for (const token of expect.textTokens) if (!anywhere.includes(comparable(token))) problems.push(`textTokens: "${token}" lost`);
  }
  for (const banned of expect.notInText ?? []) {
    if (article.text.includes(banned) || article.markdown.includes(banned)) problems.push(`notInText: ${JSON.stringify(banned)} present`);
  }
  const codes = new Set(article.warnings.map((w) => w.code as string));
  for (const code of expect.warnings ?? []) if (!codes.has(code)) problems.push(`warnings: ${code} missing (got ${[...codes].join(', ') || 'none'})`);
  if (expect.warningsAny && !expect.warningsAny.some((c) => codes.has(c))) problems.push(`warningsAny: none of ${expect.warningsAny.join(', ')}`);
  for (const code of expect.warningsAbsent ?? []) if (codes.has(code)) problems.push(`warningsAbsent: ${code} present`);
  if (expect.encoding !== undefined && article.source.encoding !== expect.encoding) problems.push(`encoding: got ${String(article.source.encoding)}, want ${expect.encoding}`);
  if (expect.maxOutputDepth !== undefined) {
    const depth = elementDepth(article.html);
    if (depth > expect.maxOutputDepth) problems.push(`maxOutputDepth: ${depth} > ${expect.maxOutputDepth}`);
  }
  // Idempotence (§6): cleaning the output again, as HTML, is a fixed point.
  if (article.html !== '') {
    const { format: _format, encoding: _encoding, ...rest } = options;
    const again = await run(article.html, { ...rest, format: 'html' });
    if (!again.ok) problems.push(`idempotent: second pass threw ${String(again.error)}`);
    else {
      if (again.article.html !== article.html) problems.push(`idempotent: html changed\n  1: ${article.html.slice(0, 300)}\n  2: ${again.article.html.slice(0, 300)}`);
      if (comparable(again.article.text) !== comparable(article.text)) problems.push('idempotent: text changed');
    }
  }
  return problems;
}
