// The built CLI, run as a user would on a temporary folder of pages: files written, JSON shape, exit codes, clean stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { fixture } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
const ARTICLE_KEYS = ['title', 'byline', 'siteName', 'lang', 'url', 'canonicalUrl', 'publishedAt', 'modifiedAt', 'description', 'image', 'text', 'blocks', 'html', 'markdown', 'wordCount', 'removed', 'warnings', 'source'];

/** A folder as users have them: pages at several depths, gzipped ones, a broken file and two unreadable ones. */
function pagesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'decruft-cli-'));
  mkdirSync(join(folder, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(folder, 'seed.txt'), fixture('seed.txt'));
  writeFileSync(join(folder, 'nested', 'page.html'), fixture('news-with-chrome.html'));
  writeFileSync(join(folder, 'nested', 'deeper', 'every.htm'), fixture('every-block-kind.html'));
  writeFileSync(join(folder, 'zipped.html.gz'), gzipSync(fixture('report-hostile-appeal.html')));
  writeFileSync(join(folder, 'broken.html.gz'), 'this is not gzip data');
  writeFileSync(join(folder, 'notes.md'), 'not a page: the folder walk skips it');
  // Tests run as root, so chmod cannot make a file unreadable: a symlink loop and a link to a folder cannot be read.
  symlinkSync(join(folder, 'loop.html'), join(folder, 'loop.html'));
  symlinkSync(join(folder, 'nested'), join(folder, 'folder-link.html'));
  return folder;
}
const GOOD = ['nested/deeper/every.htm', 'nested/page.html', 'seed.txt', 'zipped.html.gz'];
const BAD = ['broken.html.gz', 'folder-link.html', 'loop.html'];

describe('decruft CLI on a folder of pages', () => {
  const folder = pagesFolder();
  const good = GOOD.map((p) => join(folder, p));

  it('prints one JSON array for a batch, names every failure on stderr and exits 1', () => {
    const result = run(['--format', 'json', folder]);
    expect(result.status).toBe(1);
    const articles = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(articles.map((a) => a.file)).toEqual(good);
    for (const article of articles) expect(Object.keys(article)).toEqual(['file', ...ARTICLE_KEYS]);
    for (const bad of BAD) expect(result.stderr).toContain(`decruft: ${join(folder, bad)}: `);
    expect(result.stderr).toMatch(/not valid gzip data/);
    expect(result.stderr).toMatch(/ELOOP/);
    expect(result.stderr).toMatch(/EISDIR/);
    expect(result.stderr).toMatch(/^decruft: 7 pages in [\d.]+ s/m);
    expect(result.stderr).toMatch(/^ {2}cleaned {3}4, [\d,]+ words kept$/m);
    expect(result.stderr).toMatch(/^ {2}removed {3}\d+ blocks: .*donation \d/m);
    expect(result.stderr).toMatch(/^ {2}failed {4}3:$/m);
  });

  it('keeps stdout clean JSONL when piping: one parseable line per page, no progress bar', () => {
    const result = run(['--format', 'jsonl', folder]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(GOOD.length);
    const parsed = lines.map((line) => JSON.parse(line) as { file: string; text: string; source: { format: string } });
    expect(parsed.map((a) => a.file)).toEqual(good);
    expect(parsed.map((a) => a.source.format)).toEqual(['html', 'html', 'text', 'html']);
    expect(result.stderr).not.toMatch(/█|ETA/);
  });

  it('gives the same output with one thread and with several', () => {
    const one = run(['--format', 'jsonl', '--concurrency', '1', folder]);
    const two = run(['--format', 'jsonl', '--concurrency', '3', folder]);
    expect(one.stdout).toBe(two.stdout);
    expect(one.stderr).toMatch(/1 worker\)/);
    expect(two.stderr).toMatch(/3 workers\)/);
  });

  it('writes one file per page under --out at the same relative path, and only those', () => {
    const out = mkdtempSync(join(tmpdir(), 'decruft-out-'));
    const result = run(['--format', 'markdown', '--out', out, folder]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(out, join(e.parentPath, e.name))).sort();
    expect(written).toEqual(['nested/deeper/every.md', 'nested/page.md', 'seed.md', 'zipped.md']);
    expect(readFileSync(join(out, 'nested', 'page.md'), 'utf8')).toMatch(/^# Harbour reopens after storm repairs\n\nThe harbour at Port Ellen reopened/);
    expect(readFileSync(join(out, 'seed.md'), 'utf8').trim()).toBe(fixture('seed.expected.txt'));
  });

  it('writes JSON files that hold one Article each', () => {
    const out = mkdtempSync(join(tmpdir(), 'decruft-json-'));
    expect(run(['--format', 'json', '--out', out, '--quiet', join(folder, 'nested')]).status).toBe(0);
    const article = JSON.parse(readFileSync(join(out, 'page.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(article)).toEqual(['file', ...ARTICLE_KEYS]);
    expect(article.title).toBe('Harbour reopens after storm repairs');
  });

  it('takes quoted globs, with outputs relative to the glob’s folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'decruft-glob-'));
    const result = run(['--format', 'text', '--out', out, `${folder}/nested/**/*.htm*`]);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'page.txt'))).toBe(true);
    expect(existsSync(join(out, 'deeper', 'every.txt'))).toBe(true);
    expect(run([`${folder}/*.nothing`]).status).toBe(2);
  });

  it('--quiet drops the summary but still names failures', () => {
    const result = run(['--quiet', '--format', 'jsonl', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').sort()).toEqual(BAD.map((b) => expect.stringContaining(`decruft: ${join(folder, b)}: `)));
  });

  it('--keep leaves a kind of cruft in the article', () => {
    const removed = JSON.parse(run(['--format', 'json', join(folder, 'seed.txt')]).stdout) as { removed: Array<{ category: string }>; text: string };
    const kept = JSON.parse(run(['--format', 'json', '--keep', 'donation', join(folder, 'seed.txt')]).stdout) as { removed: Array<{ category: string }>; text: string };
    expect(removed.removed.some((r) => r.category === 'donation')).toBe(true);
    expect(kept.removed.some((r) => r.category === 'donation')).toBe(false);
    expect(kept.text).toContain('Your donation allows us');
  });
});

describe('decruft CLI, single pages and usage', () => {
  it('prints the clean text of one file, with no summary', () => {
    const folder = mkdtempSync(join(tmpdir(), 'decruft-one-'));
    writeFileSync(join(folder, 'seed.txt'), fixture('seed.txt'));
    const result = run([join(folder, 'seed.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(fixture('seed.expected.txt'));
    expect(result.stderr).toBe('');
  });

  it('reads stdin with -, honours --text, --url and html output', () => {
    const text = run(['--text', '--format', 'markdown', '-'], 'Advertisement\n\nA plain paragraph that stays.');
    expect(text.status).toBe(0);
    expect(text.stdout.trim()).toBe('A plain paragraph that stays.');
    const html = run(['--html', '--format', 'html', '--url', 'https://example.com/a/', '-'], '<p>See <a href="b">this</a>, a paragraph long enough to keep.</p>');
    expect(html.stdout.trim()).toBe('<p>See <a href="https://example.com/a/b">this</a>, a paragraph long enough to keep.</p>');
  });

  it('exits 2 with a one-line message for a missing file, an empty folder and bad usage', () => {
    const missing = run([join(tmpdir(), 'no-such-decruft-page.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no-such-decruft-page\.html/);
    const empty = run([mkdtempSync(join(tmpdir(), 'decruft-empty-'))]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^decruft: no pages found/);
    for (const args of [['--format', 'pdf', '-'], [], ['--text', '--html', '-'], ['--concurrency', 'many', '-']]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints --help and --version to stdout with exit code 0', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--concurrency');
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });
});

describe('decruft CLI with stderr on a terminal', () => {
  it('draws the progress bar on stderr only; stdout stays clean JSONL', async () => {
    const folder = pagesFolder();
    let stdout = '';
    let stderr = '';
    const out = new PassThrough().on('data', (c: Buffer) => void (stdout += c.toString()));
    const err = Object.assign(new PassThrough().on('data', (c: Buffer) => void (stderr += c.toString())), { isTTY: true, columns: 120 });
    // The main thread runs in this process (as source); the workers are the built CLI.
    const code = await main(['--format', 'jsonl', '--concurrency', '2', folder], { stdin: new PassThrough(), stdout: out, stderr: err, workerUrl: pathToFileURL(BIN) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/█/);
    expect(stderr).toContain(`${GOOD.length + BAD.length}/${GOOD.length + BAD.length} pages`);
    expect(stderr).toMatch(/pages\/s \| ETA/);
    expect(stderr).toContain('decruft: 7 pages in');
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(GOOD.map((p) => join(folder, p)));
  });
});
