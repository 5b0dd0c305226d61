// The decruft command: cleans files, folders or stdin and prints the article as text, Markdown or JSON.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createCleaner } from './clean.js';
import { DecruftError } from './errors.js';
import type { Article, CleanOptions, Format } from './types.js';

/** Exit codes: 0 all pages cleaned, 1 some page failed, 2 bad usage or unreadable input. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
const PAGE_EXTENSIONS = /\.(?:html?|txt|html?\.gz|txt\.gz)$/i;
const VERSION = process.env.DECRUFT_VERSION ?? '0.1.0';

type OutputFormat = 'json' | 'text' | 'markdown';

interface CliOptions {
  format: OutputFormat;
  text?: boolean;
  html?: boolean;
  url?: string;
  engine?: string;
}

class UsageError extends Error {}

async function listPages(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`cannot read "${path}": no such file or folder`);
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) throw new UsageError(`cannot read "${path}": not a file or folder`);
  const found: string[] = [];
  const folders = [path];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if (entry.isFile() && PAGE_EXTENSIONS.test(entry.name)) found.push(full);
    }
  }
  return found.sort();
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readPage(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  try {
    const bytes = await readFile(path);
    return /\.gz$/i.test(path) ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new UsageError(`cannot read "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function render(article: Article, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(article, null, 2);
  if (format === 'markdown') return (article.title ? `# ${article.title}\n\n` : '') + article.markdown;
  return article.text;
}

async function loadEngine(name: string | undefined): Promise<CleanOptions['engine']> {
  if (name === undefined || name === 'decruft') return undefined;
  if (name === 'readability') return (await import('./readability.js')).readability;
  throw new UsageError(`unknown engine "${name}" (use "decruft" or "readability")`);
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('decruft')
    .description('Clean scraped article pages (HTML or text): prints the article without donation asks, paywall prompts and other cruft.')
    .version(VERSION)
    .argument('<paths...>', 'files, folders (recursive: .html, .htm, .txt, .gz) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'text', 'markdown']).default('text'))
    .option('--text', 'treat input as a plain-text dump')
    .option('--html', 'treat input as HTML')
    .option('--url <url>', 'the page URL (resolves links, feeds metadata)', (value: string) => {
      if (!/^https?:\/\//i.test(value)) throw new InvalidArgumentError('must be an absolute http(s) URL');
      return value;
    })
    .option('--engine <name>', 'locator: decruft (default) or readability (needs jsdom)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number; code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT.ok;
    return EXIT.usage;
  }
  const options = program.opts<CliOptions>();
  if (options.text && options.html) {
    process.stderr.write('decruft: --text and --html cannot be used together\n');
    return EXIT.usage;
  }
  const format: Format = options.text ? 'text' : options.html ? 'html' : 'auto';
  try {
    const engine = await loadEngine(options.engine);
    const cleaner = createCleaner({ format, ...(engine ? { engine } : {}) });
    const paths: string[] = [];
    for (const arg of program.args) paths.push(...(arg === '-' ? ['-'] : await listPages(arg)));
    if (paths.length === 0) throw new UsageError('no pages found (looked for .html, .htm, .txt and .gz files)');
    const articles: Article[] = [];
    let failed = 0;
    for (const path of paths) {
      const bytes = await readPage(path);
      try {
        const article = await cleaner.clean(bytes, options.url ? { url: options.url } : undefined);
        if (options.format === 'json') articles.push(article);
        else process.stdout.write((paths.length > 1 ? `==> ${path} <==\n` : '') + render(article, options.format) + '\n');
      } catch (error) {
        failed++;
        process.stderr.write(`decruft: ${path}: ${error instanceof DecruftError ? `${error.code}: ` : ''}${(error as Error).message}\n`);
      }
    }
    if (options.format === 'json') process.stdout.write(JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2) + '\n');
    return failed > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DecruftError) {
      process.stderr.write(`decruft: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`decruft: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.failed;
  },
);
