// The CLI's parts in-process: argument parsing, output paths, rendering, document order, progress and summary.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs, type CliConfig } from '../src/cli/args.js';
import { globBase } from '../src/cli/inputs.js';
import { planOutputs } from '../src/cli/outputs.js';
import { createProgress } from '../src/cli/progress.js';
import { renderOutput } from '../src/cli/render.js';
import { documentPositions, visibleWords, words } from '../src/cli/report/order.js';
import { formatSummary } from '../src/cli/summary.js';
import { clean } from '../src/index.js';

function parse(args: string[]): { result: ReturnType<typeof parseArgs>; out: string; err: string } {
  let out = '';
  let err = '';
  const result = parseArgs(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { result, out, err };
}
const config = (args: string[]): CliConfig => {
  const { result } = parse(args);
  if (!('config' in result)) throw new Error(`expected a config for ${args.join(' ')}`);
  return result.config;
};

describe('arguments', () => {
  it('has defaults: text to stdout, cores as concurrency, sniffed input, the decruft engine', () => {
    const c = config(['page.html']);
    expect(c).toMatchObject({ inputs: ['page.html'], format: 'text', inputFormat: 'auto', out: null, report: null, url: null, keep: [], engine: 'decruft', quiet: false });
    expect(c.concurrency).toBeGreaterThanOrEqual(1);
  });

  it('reads every option', () => {
    const c = config(['-f', 'jsonl', '--out', 'o', '--report', 'r.html', '-j', '3', '--url', 'https://a.example/x', '--keep', 'related', '--keep', 'social', '--engine', 'readability', '--html', '-q', 'a', '-']);
    expect(c).toMatchObject({ inputs: ['a', '-'], format: 'jsonl', out: 'o', report: 'r.html', concurrency: 3, url: 'https://a.example/x', keep: ['related', 'social'], engine: 'readability', inputFormat: 'html', quiet: true });
  });

  it('exits 2 with one line on stderr for bad usage', () => {
    const cases = [
      ['--format', 'pdf', 'a'],
      ['--keep', 'weather', 'a'],
      ['--concurrency', '0', 'a'],
      ['--concurrency', '1.5', 'a'],
      ['--url', 'ftp://a.example/', 'a'],
      ['--engine', 'jsdom', 'a'],
      ['--html', '--text', 'a'],
      ['-', '-'],
      ['--report', 'report.pdf', 'a'],
      ['--no-such-option', 'a'],
      [],
    ];
    for (const args of cases) {
      const { result, out, err } = parse(args);
      expect(result, args.join(' ')).toEqual({ exit: 2 });
      expect(out).toBe('');
      expect(err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^decruft: /);
    }
  });

  it('prints help and the package version to stdout and exits 0', () => {
    const help = parse(['--help']);
    expect(help.result).toEqual({ exit: 0 });
    expect(help.out).toMatch(/Usage: decruft \[options\] <paths\.\.\.>/);
    for (const option of ['--format', '--out', '--concurrency', '--url', '--keep', '--engine', '--quiet', '--report']) expect(help.out).toContain(option);
    const version = parse(['--version']);
    expect(version.result).toEqual({ exit: 0 });
    expect(version.out.trim()).toBe((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });
});

describe('output paths', () => {
  it('keeps the relative path and swaps the page extension for the format’s', () => {
    const pages = [{ path: 'saved/a/one.html.gz', relative: 'a/one.html.gz' }, { path: 'saved/two.htm', relative: 'two.htm' }, { path: '-', relative: 'stdin' }];
    expect(planOutputs(pages, 'out', 'markdown')).toEqual(['out/a/one.md', 'out/two.md', 'out/stdin.md']);
    expect(planOutputs(pages, 'out', 'json')).toEqual(['out/a/one.json', 'out/two.json', 'out/stdin.json']);
  });

  it('keeps full names when two pages would share an output, and numbers what still clashes', () => {
    const pages = [{ path: 'x/b.html', relative: 'b.html' }, { path: 'x/b.txt', relative: 'b.txt' }, { path: 'y/b.html', relative: 'b.html' }];
    expect(planOutputs(pages, 'o', 'text')).toEqual(['o/b.html.txt', 'o/b.txt.txt', 'o/b.html-2.txt']);
  });

  it('refuses to overwrite an input', () => {
    expect(() => planOutputs([{ path: 'dir/page.txt', relative: 'page.txt' }], 'dir', 'text')).toThrow(/overwrite the input/);
  });

  it('finds the fixed folder a glob starts from', () => {
    expect(globBase('saved/**/*.html')).toBe('saved');
    expect(globBase('a/b/c?.txt')).toBe('a/b');
    expect(globBase('*.html')).toBe('.');
    expect(globBase('/tmp/x/{a,b}/*.htm')).toBe('/tmp/x');
  });
});

describe('rendered output', () => {
  it('escapes a hostile title in Markdown and HTML output', async () => {
    const article = await clean('<html><head><title>[click](javascript:alert(1)) <img src=x onerror=alert(1)></title></head><body><article><p>The article body is one ordinary paragraph of text.</p></article></body></html>');
    expect(article.title).toContain('[click]');
    const markdown = renderOutput(article, 'markdown', null);
    expect(markdown).toMatch(/^# \\\[click\]/);
    expect(markdown).not.toMatch(/(?<!\\)\[click\]\(/);
    const html = renderOutput(article, 'html', null);
    expect(html).toMatch(/^<h1>\[click\]\(javascript:alert\(1\)\) &#x3C;img src=x onerror=alert\(1\)></);
    expect(html).not.toContain('<img');
  });

  it('names the file in batch JSON and in every JSONL line, and keeps a single page’s JSON an Article', async () => {
    const article = await clean('<p>One paragraph that is the whole article, for the output test.</p>');
    expect(Object.keys(JSON.parse(renderOutput(article, 'json', null)) as object)).toEqual(Object.keys(article));
    expect(JSON.parse(renderOutput(article, 'json', 'a.html'))).toEqual({ file: 'a.html', ...article });
    const line = renderOutput(article, 'jsonl', 'a.html');
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({ file: 'a.html', ...article });
  });
});

describe('document order for the report', () => {
  it('reads the visible words of HTML, skipping scripts and styles, splitting at tags', () => {
    expect(visibleWords('<title>T</title><p>One&amp;two</p><script>var x</script><li>a</li><li>b</li>', 'html')).toEqual(['one', 'two', 'a', 'b']);
    expect(words('Élan, vital! 42')).toEqual(['élan', 'vital', '42']);
  });

  it('interleaves kept blocks and receipts by where they start on the page', () => {
    const page = words('Home News Sport. First paragraph of the story. Support us today with a gift. Second paragraph here. Share this. Footer links');
    const [kept, classify, locate] = documentPositions(page, [
      { texts: ['First paragraph of the story.', 'Second paragraph here.'], ordered: true },
      { texts: ['Support us today with a gift.', 'Share this.'], ordered: true },
      { texts: ['Home News Sport', 'Footer links'], ordered: false },
    ]);
    expect(kept).toEqual([3, 14]);
    expect(classify).toEqual([8, 17]);
    expect(locate).toEqual([0, 19]);
  });

  it('sends repeated text to its next unused occurrence, and an item not on the page after the one before it', () => {
    const page = words('Advertisement. Story one. Advertisement. Story two. Advertisement.');
    const [kept, receipts] = documentPositions(page, [
      { texts: ['Story one.', 'Rewritten text that is not on the page', 'Story two.'], ordered: true },
      { texts: ['Advertisement', 'Advertisement', 'Advertisement'], ordered: true },
    ]);
    expect(kept).toEqual([1, 1, 4]);
    expect(receipts).toEqual([0, 3, 6]);
  });
});

describe('progress and summary', () => {
  /** Runs a progress bar of two pages with one failure logged, on a fake stderr; returns what it printed. */
  async function drawn(isTTY: boolean): Promise<string> {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
    let written = '';
    stream.on('data', (chunk: Buffer) => void (written += chunk.toString()));
    const progress = createProgress(2, stream, isTTY);
    progress.tick();
    progress.log('decruft: a.html: failed');
    progress.tick();
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    return written;
  }

  it('draws a bar with rate and ETA on a terminal, and prints logged lines', async () => {
    const written = await drawn(true);
    expect(written).toContain('2/2 pages');
    expect(written).toMatch(/\d+\.\d pages\/s/);
    expect(written).toContain('ETA');
    expect(written).toContain('decruft: a.html: failed');
  });

  it('draws nothing when disabled, but still prints logged lines', async () => {
    expect(await drawn(false)).toBe('decruft: a.html: failed\n');
  });

  it('sums pages, words, removals by category, warnings and failures', () => {
    const summary = formatSummary({
      pages: 3,
      cleaned: [
        { index: 0, file: 'a', title: null, words: 1200, removed: { donation: 2, chrome: 1 }, warnings: ['ENCODING_GUESSED'] },
        { index: 1, file: 'b', title: null, words: 34, removed: { donation: 1 }, warnings: [] },
      ],
      failures: [{ index: 2, file: 'c.html', message: 'ELOOP: too many symbolic links' }],
      ms: 2000,
      workers: 2,
    });
    expect(summary).toBe([
      'decruft: 3 pages in 2.0 s (1.5 pages/s, 2 workers)',
      '  cleaned   2, 1,234 words kept',
      '  removed   4 blocks: donation 3, chrome 1',
      '  warnings  ENCODING_GUESSED 1 (pages)',
      '  failed    1:',
      '    c.html: ELOOP: too many symbolic links',
      '',
    ].join('\n'));
  });
});
