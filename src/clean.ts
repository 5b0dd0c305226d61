// The pipeline, top to bottom: input → decode → detect → (html: parse → prepare → metadata → locate → segment | text: segment) → classify → dedupe → assemble → render.
import type { Root } from 'mdast';
import { assemble } from './assemble.js';
import { classify } from './classify/index.js';
import { createContext, type Context } from './context.js';
import { dedupe } from './dedupe.js';
import { DecruftError, toDecruftError } from './errors.js';
import type { AnyNode, Element as DomElement } from 'domhandler';
import { isElement } from './html/dom.js';
import { parse } from './html/parse.js';
import { prepare } from './html/prepare.js';
import { findTruncation } from './html/truncated.js';
import { decode, readInput } from './input/decode.js';
import { detectFormat } from './input/detect.js';
import { once } from './lazy.js';
import { EMPTY_METADATA, readMetadata, type Metadata } from './metadata/index.js';
import { detectLang, normalizeLang } from './metadata/lang.js';
import { resolveOptions, snapshotOptions, type ResolvedOptions } from './options.js';
import { joinBlockTexts } from './render/text.js';
import { CATALOG } from './rules/catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './rules/compile.js';
import { segmentHtml } from './segment/from-html.js';
import { locateText } from './locate/text.js';
import { dropLinkLists, locateBlocks, pageKindOf } from './locate/blocks.js';
import { trimArticle } from './locate/trim.js';
import { segmentText } from './segment/from-text.js';
import type { Segment } from './segment/types.js';
import { countWords } from './text/normalize.js';
import type { Article, CleanInput, CleanOptions, Cleaner, Engine, EngineResult, PerCallOptions } from './types.js';

/**
 * The HTML and Markdown renderers (unified, mdast/hast utilities) load on first use, not at import: callers asking
 * for text and blocks only never load them, and an edge bundle's import cost stays small (issue 9 bundle budget).
 */
const loadHtmlRenderer = once(() => import('./render/html.js'));
const loadMarkdownRenderer = once(() => import('./render/markdown.js'));

/** Readability runs only on pages it can handle in bounded time (RELIABILITY §4 P5). */
const ENGINE_LIMITS = { maxDepth: 128, maxChars: 2 * 1024 * 1024 } as const;

/** The built-in catalog, compiled once at import: clean() without custom rules reuses it instead of recompiling per call. */
const BUILT_IN_CATALOG = compileCatalog(CATALOG);

/** The built-in catalog minus disabled rules, plus the caller's own. */
function buildCatalog(options: ResolvedOptions): CompiledCatalog {
  if (options.disableRules.length === 0 && options.addRules.length === 0) return BUILT_IN_CATALOG;
  const known = new Set(CATALOG.map((r) => r.id));
  for (const id of options.disableRules) {
    if (!known.has(id)) throw new DecruftError('INVALID_OPTIONS', `rules.disable names an unknown rule "${id}"`, { details: { id } });
  }
  const disabled = new Set(options.disableRules);
  return compileCatalog([...CATALOG.filter((r) => !disabled.has(r.id)), ...options.addRules]);
}

/** Runs a pluggable engine; its own failures (not the caller's) fall back to decruft's locator. */
async function runEngine(engine: Engine, html: string, ctx: Context): Promise<EngineResult | null> {
  try {
    return await engine.extract({ html, url: ctx.options.url, signal: ctx.options.signal });
  } catch (error) {
    if (error instanceof DecruftError) throw error;
    ctx.warn('ENGINE_FALLBACK', `the ${engine.name} engine failed (${error instanceof Error ? error.message.slice(0, 200) : 'error'}); used decruft's own locator`);
    return null;
  }
}

interface Extracted {
  segments: Segment[];
  metadata: Metadata;
  /**
   * The input is only the article (a text dump whose every block the locator kept): a block it repeats is the
   * article's own (a caption under each photo, a refrain), not a page's repeated chrome.
   */
  articleOnly?: boolean;
}

async function extractHtml(html: string, ctx: Context): Promise<Extracted> {
  const truncation = findTruncation(html);
  if (truncation) {
    ctx.warn('TRUNCATED', `the input ends inside ${truncation.inside === 'tag' || truncation.inside === 'comment' ? `a ${truncation.inside}` : `<${truncation.inside}>`}, which swallowed ${truncation.to - truncation.from} characters that are not text`, { ...truncation });
  }
  const page = await parse(html, ctx);
  // Metadata reads the page before prepare strips scripts (JSON-LD) and the head.
  const metadata = await readMetadata(page.document, ctx.options.url, ctx.options.lang);
  const prepared = prepare(page.document, ctx);
  const phrasing = { baseUrl: metadata.baseUrl, allowDataImages: ctx.options.allowDataImages };
  const engine = ctx.options.engine;
  if (engine && ctx.hasTime()) {
    if (page.depthBound > ENGINE_LIMITS.maxDepth || html.length > ENGINE_LIMITS.maxChars) {
      ctx.warn('ENGINE_FALLBACK', `page too deep or large for the ${engine.name} engine; used decruft's own locator`, { depthBound: page.depthBound, chars: html.length });
    } else {
      const result = await runEngine(engine, html, ctx);
      if (result) {
        // The engine's output is untrusted: parse and prepare it like any page.
        const inner = prepare((await parse(result.html, ctx)).document, ctx);
        const roots = 'name' in inner.body ? [inner.body] : inner.body.children.filter((c) => c.type === 'tag');
        return {
          segments: segmentHtml(roots as never, ctx, phrasing),
          metadata: { ...metadata, title: metadata.title ?? result.title ?? null, byline: metadata.byline ?? result.byline ?? null },
        };
      }
      ctx.warn('ENGINE_FALLBACK', `the ${engine.name} engine found no article or failed; used decruft's own locator`);
    }
  }
  // The whole page's blocks, then the run of them that is the article (locate/blocks.ts).
  const body = isElement(prepared.body as AnyNode) ? [prepared.body as DomElement] : prepared.body.children.filter(isElement);
  const tree = { parent: [] as number[] };
  const segments = segmentHtml(body, ctx, { ...phrasing, tree });
  const kind = { ...pageKindOf([ctx.options.url, metadata.canonicalUrl], metadata.product, metadata.jsonLd?.discussion === true), descriptions: [metadata.jsonLd?.description ?? null, metadata.description], title: metadata.title };
  return { segments: locateBlocks(segments, ctx, tree.parent, undefined, kind), metadata };
}

/** Characters of a text dump given to the language detector. */
const TEXT_LANG_SAMPLE = 4000;

async function extractText(text: string, ctx: Context): Promise<Extracted> {
  const { blocks, header } = segmentText(text, ctx);
  const segments = locateText(blocks, ctx);
  // A dump declares no language: guess it from the text (franc-min, loaded only here) unless the caller gave one.
  const lang = ctx.options.lang === null ? await detectLang(text.slice(0, TEXT_LANG_SAMPLE)) : normalizeLang(ctx.options.lang);
  return {
    segments,
    metadata: { ...EMPTY_METADATA, publishedAt: header.publishedAt, byline: header.byline, lang, sources: lang ? { lang: ctx.options.lang === null ? 'detected' : 'option' } : {} },
    articleOnly: segments.length === blocks.length,
  };
}

/**
 * countWords(article.text) without scanning the text again: the text is the blocks' texts joined by blank lines, which
 * join no words, so its count is the sum of theirs; a block whose text is its segment's keeps classify's token count.
 */
function articleWords(blocks: ReadonlyArray<{ text: string }>, kept: readonly Segment[]): number {
  let words = 0;
  blocks.forEach((block, i) => {
    const tokens = kept[i]?.tokens;
    words += tokens !== undefined && tokens.text === block.text ? tokens.words() : countWords(block.text);
  });
  return words;
}

/** Internal, for the CLI's report: what an article was rendered from (the decoded page and the kept blocks' tree). */
export interface Trace {
  page: string;
  tree: Root;
}

async function run(input: unknown, options: ResolvedOptions, catalog: CompiledCatalog, onTrace?: (trace: Trace) => void): Promise<Article> {
  const raw = readInput(input);
  const ctx = createContext(options, catalog);
  ctx.hasTime();
  const decoded = await decode(raw, ctx);
  const format = options.format === 'auto' ? detectFormat(decoded.text) : options.format;
  const { segments, metadata, articleOnly = false } = format === 'html' ? await extractHtml(decoded.text, ctx) : await extractText(decoded.text, ctx);
  const lang = metadata.lang ?? (options.lang === null ? null : options.lang);
  const deduped = dedupe(dropLinkLists(classify(segments, ctx, lang), ctx), ctx, metadata.titleOnlyFromHeadline ? null : metadata.title, articleOnly);
  // A page's affiliate notice and its author's bio at the article's end go: HTML only (a text dump's byline is its
  // header's, not a page's; locate/trim.ts says why the notice stays in text mode).
  const kept = format === 'html' ? trimArticle(deduped, metadata.byline, ctx) : deduped;
  const { tree, blocks } = assemble(kept);
  onTrace?.({ page: decoded.text, tree });
  // The same as renderText(tree): each block's text is its tree node's text (assemble), so it is not computed twice.
  const text = joinBlockTexts(blocks);
  if (text === '') ctx.warn('NO_CONTENT', 'no article text found');
  // Sanitizing is never skipped: HTML is rendered only through the sanitizer, or not at all. Both renderers read the
  // clock as they go; blocks left when the budget is spent are written as plain text (render/budget.ts).
  const hasTime = (): boolean => ctx.hasTime();
  const [html, markdown] = await Promise.all([
    options.formats.html ? loadHtmlRenderer().then(({ renderHtml }) => renderHtml(tree, options.allowDataImages, hasTime)) : '',
    options.formats.markdown ? loadMarkdownRenderer().then(({ renderMarkdown }) => renderMarkdown(tree, undefined, hasTime)) : '',
  ]);
  return {
    title: metadata.title,
    byline: metadata.byline,
    siteName: metadata.siteName,
    lang,
    url: options.url,
    canonicalUrl: metadata.canonicalUrl,
    publishedAt: metadata.publishedAt,
    modifiedAt: metadata.modifiedAt,
    description: metadata.description,
    image: metadata.image,
    text,
    blocks,
    html,
    markdown,
    wordCount: articleWords(blocks, kept),
    removed: ctx.removed,
    warnings: ctx.warnings,
    source: { format, encoding: decoded.encoding, bytes: decoded.bytes },
  };
}

/** Internal: a cleaner whose `clean` also hands a Trace to `onTrace` (the public Cleaner type hides it). */
export interface TracingCleaner extends Cleaner {
  clean(input: CleanInput, perCall?: PerCallOptions, onTrace?: (trace: Trace) => void): Promise<Article>;
}

/** Internal (the CLI): createCleaner whose `clean` also accepts an `onTrace` callback. */
export function createTracingCleaner(options?: CleanOptions): TracingCleaner {
  const base = snapshotOptions(options);
  const resolved = resolveOptions(base);
  const catalog = buildCatalog(resolved);
  return {
    async clean(input: CleanInput, perCall?: PerCallOptions, onTrace?: (trace: Trace) => void): Promise<Article> {
      try {
        if (perCall !== undefined && 'rules' in (perCall as object)) throw new DecruftError('INVALID_OPTIONS', 'rules are fixed when the cleaner is created; pass them to createCleaner()');
        const callOptions = perCall === undefined ? resolved : resolveOptions(perCall, base);
        return await run(input, callOptions, catalog, onTrace);
      } catch (error) {
        throw toDecruftError(error);
      }
    },
  };
}

/** Resolves options and compiles rules once; the returned cleaner is cheap to call for a batch. */
export function createCleaner(options?: CleanOptions): Cleaner {
  return createTracingCleaner(options);
}

/** Cleans one page. Rejects with DecruftError for caller mistakes; odd pages resolve with warnings. */
export async function clean(input: CleanInput, options?: CleanOptions): Promise<Article> {
  try {
    const resolved = resolveOptions(options);
    return await run(input, resolved, buildCatalog(resolved));
  } catch (error) {
    throw toDecruftError(error);
  }
}
