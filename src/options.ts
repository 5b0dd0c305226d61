// Option defaults and validation: every caller mistake is caught here, before any work, as INVALID_OPTIONS.
import { normalizeEncoding } from './input/labels.js';
import { DecruftError } from './errors.js';
import type { Category, CategoryAction, CleanOptions, Engine, Format, OutputFormat, RuleInput } from './types.js';

/** Budgets' defaults: RELIABILITY.md §4 (16 MiB, browsers' depth 512, 250k elements, 5 s). */
export const DEFAULT_BUDGETS = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 512,
  maxNodes: 250_000,
  timeoutMs: 5_000,
} as const;
/** Deeper than this, our renderers' libraries start to fail (RELIABILITY §10b). */
const MAX_DEPTH_LIMIT = 1000;

export const CATEGORIES: readonly Category[] = [
  'donation', 'paywall', 'newsletter', 'subscription', 'cookie', 'ad', 'social', 'related',
  'navigation', 'comments', 'chrome', 'duplicate', 'boilerplate',
];
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const FORMATS: ReadonlySet<string> = new Set(['auto', 'html', 'text']);
const OUTPUT_FORMATS: ReadonlySet<string> = new Set(['html', 'markdown']);

const KNOWN_KEYS = new Set([
  'format', 'url', 'lang', 'encoding', 'formats', 'categories', 'rules', 'engine',
  'maxBytes', 'maxDepth', 'maxNodes', 'timeoutMs', 'signal', 'allowDataImages',
]);

export interface ResolvedOptions {
  format: Format;
  url: string | null;
  lang: string | null;
  encoding: string | null;
  formats: { html: boolean; markdown: boolean };
  /** Categories the caller asked to keep in the text. */
  keep: ReadonlySet<Category>;
  engine: Engine | null;
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
  timeoutMs: number;
  signal: AbortSignal | null;
  allowDataImages: boolean;
  addRules: readonly RuleInput[];
  disableRules: readonly string[];
}

function invalid(message: string, details?: Record<string, unknown>): DecruftError {
  return new DecruftError('INVALID_OPTIONS', message, details ? { details } : undefined);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}

/** Reads every own key once, so a throwing getter becomes INVALID_OPTIONS rather than a crash later. */
function readOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw invalid(`options must be a plain object or undefined, got ${describe(options)}`);
  const read: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch (cause) {
    throw new DecruftError('INVALID_OPTIONS', 'options could not be read', { cause });
  }
  for (const key of keys) {
    if (!KNOWN_KEYS.has(key)) throw invalid(`unknown option "${key}"`, { key, known: [...KNOWN_KEYS] });
    try {
      read[key] = options[key];
    } catch (cause) {
      throw new DecruftError('INVALID_OPTIONS', `option "${key}" threw when read`, { cause, details: { key } });
    }
  }
  return read;
}

function budget(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === Infinity) return Infinity;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(`${name} must be a positive safe integer or Infinity, got ${describe(value)} ${String(value)}`, { key: name });
  }
  return value;
}

function resolveUrl(value: unknown): string | null {
  if (value === undefined) return null;
  let href: string;
  if (typeof value === 'string') href = value;
  else if (value instanceof URL) href = value.href;
  else throw invalid(`url must be a string or URL, got ${describe(value)}`, { key: 'url' });
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw invalid(`url must be an absolute http(s) URL, got "${href.slice(0, 200)}"`, { key: 'url' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(`url must be an absolute http(s) URL, got protocol "${parsed.protocol}"`, { key: 'url' });
  }
  return parsed.href;
}

function resolveFormats(value: unknown): ResolvedOptions['formats'] {
  if (value === undefined) return { html: true, markdown: true };
  if (!Array.isArray(value) || !value.every((f): f is OutputFormat => typeof f === 'string' && OUTPUT_FORMATS.has(f))) {
    throw invalid('formats must be an array of "html" and/or "markdown"', { key: 'formats' });
  }
  return { html: value.includes('html'), markdown: value.includes('markdown') };
}

function resolveCategories(value: unknown): Set<Category> {
  const keep = new Set<Category>();
  if (value === undefined) return keep;
  if (!isPlainObject(value)) throw invalid('categories must be an object like { related: "keep" }', { key: 'categories' });
  for (const [name, action] of Object.entries(value)) {
    if (!CATEGORY_SET.has(name)) throw invalid(`unknown category "${name}"`, { key: 'categories', known: CATEGORIES });
    if (action !== 'keep' && action !== 'remove') {
      throw invalid(`categories.${name} must be "keep" or "remove"`, { key: 'categories' });
    }
    if ((action as CategoryAction) === 'keep') keep.add(name as Category);
  }
  return keep;
}

function stringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(`${name} must be an array of strings`, { key: name });
  return value as string[];
}

function resolveRuleInput(value: unknown, index: number): RuleInput {
  const where = `rules.add[${index}]`;
  if (!isPlainObject(value)) throw invalid(`${where} must be a rule object`, { key: 'rules' });
  const { id, category, lang, description, strength, phrases, hints, examples, counterExamples } = value;
  if (typeof id !== 'string' || !/^[a-z0-9-]+\.[a-z0-9.-]+$/.test(id)) throw invalid(`${where}.id must look like "category.name"`, { key: 'rules' });
  if (typeof category !== 'string' || !CATEGORY_SET.has(category)) throw invalid(`${where}.category is not a known category`, { key: 'rules' });
  const rule: RuleInput = {
    id,
    category: category as Category,
    lang: typeof lang === 'string' ? lang : '*',
    description: typeof description === 'string' ? description : id,
    strength: strength === 'weak' ? 'weak' : 'strong',
    phrases: phrases === undefined ? [] : stringArray(phrases, `${where}.phrases`),
    hints: hints === undefined ? [] : stringArray(hints, `${where}.hints`),
    examples: examples === undefined ? [] : stringArray(examples, `${where}.examples`),
    counterExamples: counterExamples === undefined ? [] : stringArray(counterExamples, `${where}.counterExamples`),
  };
  if (!rule.phrases?.length && !rule.hints?.length) throw invalid(`${where} needs phrases or hints`, { key: 'rules' });
  return rule;
}

function resolveRules(value: unknown): { add: RuleInput[]; disable: string[] } {
  if (value === undefined) return { add: [], disable: [] };
  if (!isPlainObject(value)) throw invalid('rules must be an object like { add: [...], disable: ["id"] }', { key: 'rules' });
  for (const key of Object.keys(value)) if (key !== 'add' && key !== 'disable') throw invalid(`unknown rules key "${key}"`, { key: 'rules' });
  if (value.add !== undefined && !Array.isArray(value.add)) throw invalid('rules.add must be an array', { key: 'rules' });
  const add = Array.isArray(value.add) ? value.add.map(resolveRuleInput) : [];
  const disable = value.disable === undefined ? [] : stringArray(value.disable, 'rules.disable');
  return { add, disable };
}

function resolveEngine(value: unknown): Engine | null {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object' || typeof (value as Engine).extract !== 'function' || typeof (value as Engine).name !== 'string') {
    throw invalid('engine must be an engine object, e.g. `readability` from "decruft/readability"', { key: 'engine' });
  }
  return value as Engine;
}

function resolveSignal(value: unknown): AbortSignal | null {
  if (value === undefined) return null;
  if (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal) return value;
  throw invalid('signal must be an AbortSignal', { key: 'signal' });
}

function optionalString(value: unknown, name: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw invalid(`${name} must be a string, got ${describe(value)}`, { key: name });
  return value;
}

/** Validates and fills in options. Throws DecruftError (INVALID_OPTIONS / UNSUPPORTED_ENCODING). */
export function resolveOptions(options: unknown, base?: Readonly<Record<string, unknown>>): ResolvedOptions {
  const raw = { ...base, ...readOptions(options) };
  const format = raw.format ?? 'auto';
  if (typeof format !== 'string' || !FORMATS.has(format)) throw invalid(`format must be "auto", "html" or "text", got ${String(format)}`, { key: 'format' });
  const encodingLabel = optionalString(raw.encoding, 'encoding');
  let encoding: string | null = null;
  if (encodingLabel !== null) {
    encoding = normalizeEncoding(encodingLabel);
    if (encoding === null) {
      throw new DecruftError('UNSUPPORTED_ENCODING', `"${encodingLabel.slice(0, 64)}" is not an encoding label of the WHATWG Encoding Standard`, { details: { encoding: encodingLabel.slice(0, 64) } });
    }
  }
  const maxDepth = budget('maxDepth', raw.maxDepth, DEFAULT_BUDGETS.maxDepth);
  if (maxDepth > MAX_DEPTH_LIMIT) throw invalid(`maxDepth must be between 1 and ${MAX_DEPTH_LIMIT}`, { key: 'maxDepth' });
  if (raw.allowDataImages !== undefined && typeof raw.allowDataImages !== 'boolean') throw invalid('allowDataImages must be a boolean', { key: 'allowDataImages' });
  const rules = resolveRules(raw.rules);
  return {
    format: format as Format,
    url: resolveUrl(raw.url),
    lang: optionalString(raw.lang, 'lang'),
    encoding,
    formats: resolveFormats(raw.formats),
    keep: resolveCategories(raw.categories),
    engine: resolveEngine(raw.engine),
    maxBytes: budget('maxBytes', raw.maxBytes, DEFAULT_BUDGETS.maxBytes),
    maxDepth,
    maxNodes: budget('maxNodes', raw.maxNodes, DEFAULT_BUDGETS.maxNodes),
    timeoutMs: budget('timeoutMs', raw.timeoutMs, DEFAULT_BUDGETS.timeoutMs),
    signal: resolveSignal(raw.signal),
    allowDataImages: raw.allowDataImages === true,
    addRules: rules.add,
    disableRules: rules.disable,
  };
}

/** Reads options into a plain record once (for createCleaner to merge per-call options onto). */
export function snapshotOptions(options: unknown): Record<string, unknown> {
  return readOptions(options);
}
