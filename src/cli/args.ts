// The decruft command's arguments: parsed and validated with commander before any page is read.
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { CATEGORIES } from '../options.js';
import type { Category, Format } from '../types.js';

/** Exit codes: 0 every page cleaned, 1 some page failed (the rest are still written), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const ENGINES = ['decruft', 'readability'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface CliConfig {
  inputs: string[];
  format: OutputFormat;
  /** What the pages are: sniffed (`auto`) unless --html or --text says. */
  inputFormat: Format;
  out: string | null;
  report: string | null;
  concurrency: number;
  url: string | null;
  keep: Category[];
  engine: EngineName;
  quiet: boolean;
}

/** What parsing decided: run with a config, or exit now (help, version, bad usage). */
export type ParsedArgs = { config: CliConfig } | { exit: number };

interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('must be an absolute http(s) URL');
  return url.href;
}

function collectCategory(value: string, previous: Category[]): Category[] {
  if (!CATEGORY_SET.has(value)) throw new InvalidArgumentError(`unknown category (one of: ${CATEGORIES.join(', ')})`);
  return previous.includes(value as Category) ? previous : [...previous, value as Category];
}

function program(streams: Streams): Command {
  return new Command()
    .name('decruft')
    .description('Clean scraped article pages (HTML or text): the article without donation asks, paywall prompts, newsletter boxes and other cruft.')
    .version(version, '-V, --version')
    .argument('<paths...>', 'files, folders (recursive: .html, .htm, .txt, .html.gz), quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('text'))
    .option('-o, --out <dir>', 'write one output file per page under DIR, at the same relative path (else stdout)')
    .option('--report <file.html>', 'write a self-contained HTML report of every kept and removed block')
    .option('-j, --concurrency <n>', 'pages cleaned in parallel (worker threads)', positiveInteger, availableParallelism())
    .option('--url <url>', 'the page URL (resolves relative links, feeds metadata)', httpUrl)
    .option('--keep <category>', 'keep this kind of cruft in the article (repeatable)', collectCategory, [] as Category[])
    .addOption(new Option('--engine <name>', 'locator: decruft, or readability (Mozilla Readability; needs jsdom)').choices(ENGINES).default('decruft'))
    .option('--html', 'treat every input as HTML')
    .option('--text', 'treat every input as a plain-text dump')
    .option('-q, --quiet', 'no progress bar and no summary (failures are still named)')
    .addHelpText('after', [
      '',
      'Exit codes: 0 all pages cleaned, 1 some page failed (the others are still written), 2 bad usage.',
      'Progress and the summary go to stderr; stdout carries only the output.',
      '',
      'Examples:',
      '  decruft page.html',
      '  decruft --format markdown --out clean/ saved/',
      "  decruft --format jsonl 'saved/**/*.html.gz' > articles.jsonl",
      '  decruft --report report.html saved/',
      '  curl -s https://example.com/a | decruft --url https://example.com/a -',
    ].join('\n'))
    .exitOverride()
    .configureOutput({
      writeOut: streams.stdout,
      writeErr: streams.stderr,
      outputError: (text, write) => write(`decruft: ${text.replace(/^error: /, '')}`),
    });
}

/** Parses argv (without node and the script). Writes help, version and usage errors to the given streams. */
export function parseArgs(argv: readonly string[], streams: Streams): ParsedArgs {
  const command = program(streams);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { exit: code === 'commander.helpDisplayed' || code === 'commander.version' ? EXIT.ok : EXIT.usage };
  }
  const options = command.opts<{
    format: OutputFormat;
    out?: string;
    report?: string;
    concurrency: number;
    url?: string;
    keep: Category[];
    engine: EngineName;
    html?: boolean;
    text?: boolean;
    quiet?: boolean;
  }>();
  const usage = (message: string): ParsedArgs => {
    streams.stderr(`decruft: ${message}\n`);
    return { exit: EXIT.usage };
  };
  if (options.html && options.text) return usage('--html and --text cannot be used together');
  if (command.args.filter((arg) => arg === '-').length > 1) return usage('stdin (-) can be read only once');
  if (options.report !== undefined && !/\.html?$/i.test(options.report)) return usage('--report needs a file name ending in .html');
  return {
    config: {
      inputs: command.args,
      format: options.format,
      inputFormat: options.html ? 'html' : options.text ? 'text' : 'auto',
      out: options.out ?? null,
      report: options.report ?? null,
      concurrency: options.concurrency,
      url: options.url ?? null,
      keep: options.keep,
      engine: options.engine,
      quiet: options.quiet === true,
    },
  };
}
