// Public types: the Article decruft returns, its blocks, receipts, warnings and the options it takes.

/** What kind of input `clean()` should treat the page as. `auto` sniffs it. */
export type Format = 'auto' | 'html' | 'text';

/** Every kind of cruft decruft knows how to remove. Receipts carry one of these. */
export type Category =
  | 'donation'
  | 'paywall'
  | 'newsletter'
  | 'subscription'
  | 'cookie'
  | 'ad'
  | 'social'
  | 'related'
  | 'navigation'
  | 'comments'
  | 'chrome'
  | 'duplicate'
  | 'boilerplate';

/** The pipeline stage that removed a block. */
export type Stage = 'decode' | 'prepare' | 'metadata' | 'locate' | 'segment' | 'classify' | 'dedupe' | 'assemble';

/** A receipt for something decruft took out of the article text. */
export interface RemovedBlock {
  /** Stable, documented rule id, e.g. `paywall.subscribe-to-continue`. */
  ruleId: string;
  category: Category;
  /** Human-readable reason, naming the signals that decided it. */
  reason: string;
  stage: Stage;
  /** The removed text (plain text, normalized; never HTML). */
  text: string;
}

/** Stable warning codes for odd pages (see README, "Warnings"). */
export type WarningCode =
  | 'SIZE_CAPPED'
  | 'DEPTH_CAPPED'
  | 'NODES_CAPPED'
  | 'ATTRIBUTES_CAPPED'
  | 'ENCODING_GUESSED'
  | 'DECODE_REPLACED'
  | 'BINARY_INPUT'
  | 'TRUNCATED'
  | 'NO_CONTENT'
  | 'TIMEOUT_BUDGET'
  | 'ENGINE_FALLBACK';

export interface Warning {
  code: WarningCode;
  message: string;
  details?: Record<string, unknown>;
}

export type BlockType = 'heading' | 'paragraph' | 'list' | 'quote' | 'code' | 'table' | 'figure';

interface BlockBase {
  type: BlockType;
  /** The block's plain text, as it appears in `article.text`. */
  text: string;
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  /** 1–6 */
  level: number;
}
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
}
export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  items: string[];
}
export interface QuoteBlock extends BlockBase {
  type: 'quote';
}
export interface CodeBlock extends BlockBase {
  type: 'code';
  /** Language from a `language-*` class, when the page gives one. */
  lang: string | null;
}
export interface TableBlock extends BlockBase {
  type: 'table';
  rows: string[][];
}
export interface FigureBlock extends BlockBase {
  type: 'figure';
  /** Absolute http(s) image URL, when there is one. */
  src: string | null;
  alt: string | null;
  caption: string | null;
}
export type Block = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock | CodeBlock | TableBlock | FigureBlock;

export interface ArticleSource {
  /** What the input was treated as. */
  format: 'html' | 'text';
  /** WHATWG encoding name used to decode bytes (lowercase); `null` for string input. */
  encoding: string | null;
  /** Input size: bytes for byte input, UTF-16 code units for strings. */
  bytes: number;
}

/** The cleaned article. Every field is always present; `null` when unknown. */
export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 tag, e.g. `en` or `de-AT`. */
  lang: string | null;
  /** The `url` option, or null. */
  url: string | null;
  canonicalUrl: string | null;
  /** ISO 8601; keeps the page's time zone when it gives one; a calendar month ("2015-11") when the page gives only a month and a year. */
  publishedAt: string | null;
  modifiedAt: string | null;
  description: string | null;
  /** Absolute URL of the lead image. */
  image: string | null;
  /** The article text: blocks joined by blank lines. */
  text: string;
  blocks: Block[];
  /** Sanitized HTML of the article (empty when not requested in `formats`). */
  html: string;
  /** Markdown of the article (empty when not requested in `formats`). */
  markdown: string;
  wordCount: number;
  removed: RemovedBlock[];
  warnings: Warning[];
  source: ArticleSource;
}

/** Outputs that cost extra work and can be skipped. `text` and `blocks` are always produced. */
export type OutputFormat = 'html' | 'markdown';

/** What a rule matches on. Phrases are matched on word boundaries, case- and accent-insensitively. */
export interface RuleInput {
  /** Stable id, `category.name`, e.g. `donation.support-now`. */
  id: string;
  category: Category;
  /** BCP 47 primary language (`en`, `de`), or `*` for any. */
  lang: string;
  /** What the rule catches, for receipts and docs. */
  description: string;
  /**
   * `strong`: one match marks a short block as cruft. `weak`: counts only with other signals
   * (second-person address, a call to action, coverage of the block).
   */
  strength: 'strong' | 'weak';
  /** Phrases; `*` matches any one word and `#` any number. */
  phrases?: readonly string[];
  /** Class/id/aria tokens that mark an HTML container as this kind of cruft. */
  hints?: readonly string[];
  /** Blocks this rule must remove (tested). */
  examples: readonly string[];
  /** Blocks that must stay, though they look similar (tested). */
  counterExamples: readonly string[];
}

/** A pluggable locator: finds the article in an HTML page. */
export interface Engine {
  readonly name: string;
  /**
   * Returns the article's HTML (untrusted: decruft re-parses and sanitizes it) with any metadata
   * the engine found, or `null` when it found no article.
   */
  extract(input: EngineInput): Promise<EngineResult | null>;
}
export interface EngineInput {
  html: string;
  url: string | null;
  signal: AbortSignal | null;
}
export interface EngineResult {
  html: string;
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedAt?: string | null;
  description?: string | null;
}

export type CategoryAction = 'remove' | 'keep';

export interface RuleOptions {
  /** Extra rules, e.g. a publisher's own appeal wording. */
  add?: readonly RuleInput[];
  /** Rule ids to switch off. */
  disable?: readonly string[];
}

export interface CleanOptions {
  /** `auto` (default) sniffs HTML vs text. */
  format?: Format;
  /** The page's URL: resolves relative links and images, feeds metadata. */
  url?: string | URL;
  /** Language hint (BCP 47) when the page does not say. */
  lang?: string;
  /** Charset hint for byte input, e.g. from the HTTP `Content-Type` header. */
  encoding?: string;
  /** Which costly renderings to produce. Default: both `html` and `markdown`. */
  formats?: readonly OutputFormat[];
  /** Per category, `keep` to leave that kind of cruft in the text (e.g. `{ related: 'keep' }`). */
  categories?: Partial<Record<Category, CategoryAction>>;
  /** Add rules or switch rules off by id. */
  rules?: RuleOptions;
  /** The locator. Default: decruft's own. `readability` from `decruft/readability` uses Mozilla Readability. */
  engine?: Engine;
  /** Input cap (bytes, or UTF-16 units for strings). Default 16 MiB. `Infinity` switches it off. */
  maxBytes?: number;
  /** Element nesting cap, 1–1000. Default 512 (as browsers). */
  maxDepth?: number;
  /** Element count cap. Default 250,000. `Infinity` switches it off. */
  maxNodes?: number;
  /** Time budget in ms. Default 5,000. On expiry the rest is kept and a warning given. */
  timeoutMs?: number;
  /** Abort the work; `clean()` then rejects with `ABORTED`. */
  signal?: AbortSignal;
  /** Allow `data:image/*` sources in output images. Default false. */
  allowDataImages?: boolean;
}

/** Anything `clean()` accepts as a page. */
export type CleanInput = string | Uint8Array | ArrayBuffer | ArrayBufferView;

export interface Cleaner {
  clean(input: CleanInput, options?: PerCallOptions): Promise<Article>;
}

/** Options that may change per call on a cleaner (the rest are fixed when it is created). */
export type PerCallOptions = Pick<CleanOptions, 'url' | 'format' | 'lang' | 'encoding' | 'signal' | 'timeoutMs'>;
