// The --report page in Debian's headless Chromium: the browser's DOM has every highlight, and the screenshot shows their colours.
// Run with `npm run test:browser` (CI does); it fails, never skips, when Chromium is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '../../src/cli/report/hast.js';
import { fixture } from '../helpers.js';
import { countColour, readPng } from './png.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** Tall enough to hold the summary and every page of the small batch below. */
const WINDOW = { width: 1000, height: 5000 };
/** A highlighted block is a box at least the page's width by a line or two: far more than stray anti-aliased pixels. */
const MIN_HIGHLIGHT_PIXELS = 10_000;
const MIN_BAR_PIXELS = 100;

function chromium(): string {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter((n): n is string => Boolean(n))) {
    if (spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0) return name;
  }
  throw new Error('Chromium is not installed: `apt-get install -y chromium` (or set CHROMIUM to its path). This test does not skip.');
}

function runChromium(args: string[]): string {
  const result = spawnSync(chromium(), [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--hide-scrollbars', '--force-device-scale-factor=1', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'decruft-chromium-'))}`,
    ...args,
  ], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) stack.push(...node.childNodes);
    if ('content' in node) stack.push(node.content as Node);
  }
  return found;
}
const attribute = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const classes = (el: Element): string[] => (attribute(el, 'class') ?? '').split(/\s+/);
function text(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return parts.join('');
}

describe('the report in headless Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'decruft-browser-'));
  writeFileSync(join(folder, 'a-news.html'), fixture('news-with-chrome.html'));
  writeFileSync(join(folder, 'b-hostile.html'), fixture('report-hostile-appeal.html'));
  writeFileSync(join(folder, 'c-seed.txt'), fixture('seed.txt'));
  const reportPath = join(folder, 'report.html');
  const cli = spawnSync(process.execPath, [BIN, '--format', 'jsonl', '--report', reportPath, folder], { encoding: 'utf8' });
  const articles = cli.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { removed: Array<{ category: string; ruleId: string; text: string }> });
  const receipts = articles.flatMap((a) => a.removed);
  const url = pathToFileURL(reportPath).href;

  it('builds the DOM with every removed block highlighted, and no script anywhere', () => {
    expect(cli.status).toBe(0);
    const dom = parse(runChromium(['--dump-dom', url]));
    const all = elements(dom);
    expect(all.filter((el) => el.tagName === 'script')).toEqual([]);
    expect(all.filter((el) => el.tagName === 'section' && classes(el).includes('page'))).toHaveLength(articles.length);
    const removed = all.filter((el) => el.tagName === 'div' && classes(el).includes('removed'));
    expect(removed.map((el) => attribute(el, 'data-rule')).sort()).toEqual(receipts.map((r) => r.ruleId).sort());
    for (const el of removed) {
      const category = attribute(el, 'data-category') ?? '';
      expect(classes(el)).toContain(`c-${category}`);
      const label = elements(el).find((child) => child.tagName === 'span' && classes(child).includes('cat'));
      expect(label && text(label)).toBe(category);
    }
    // The escaped markup in a receipt is text in the browser, not an element.
    expect(removed.some((el) => text(el).includes('<script>alert(4)</script>'))).toBe(true);
  });

  it('paints each category’s highlight and chart bar in its colour', () => {
    const png = join(folder, 'report.png');
    runChromium([`--window-size=${WINDOW.width},${WINDOW.height}`, `--screenshot=${png}`, url]);
    const image = readPng(readFileSync(png));
    expect([image.width, image.height]).toEqual([WINDOW.width, WINDOW.height]);
    const categories = [...new Set(receipts.map((r) => r.category))];
    expect(categories.length).toBeGreaterThanOrEqual(3);
    for (const category of categories) {
      const [border, background] = CATEGORY_COLORS[category] ?? ['', ''];
      expect(countColour(image, background), `${category} highlight ${background}`).toBeGreaterThan(MIN_HIGHLIGHT_PIXELS);
      expect(countColour(image, border), `${category} border and bar ${border}`).toBeGreaterThan(MIN_BAR_PIXELS);
    }
    // A category with no receipt paints nothing.
    const unused = Object.keys(CATEGORY_COLORS).find((c) => !categories.includes(c)) ?? '';
    expect(countColour(image, (CATEGORY_COLORS[unused] ?? ['', ''])[1])).toBe(0);
  });
});
