// The --report file from the built CLI: self-contained, every receipt shown in place, page text escaped or sanitized.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface Receipt {
  ruleId: string;
  category: string;
}

function batch(): { report: string; articles: Array<{ file: string; removed: Receipt[] }> } {
  const folder = mkdtempSync(join(tmpdir(), 'decruft-report-'));
  writeFileSync(join(folder, 'a-news.html'), fixture('news-with-chrome.html'));
  writeFileSync(join(folder, 'b-hostile.html'), fixture('report-hostile-appeal.html'));
  writeFileSync(join(folder, 'c-seed.txt'), fixture('seed.txt'));
  writeFileSync(join(folder, 'd-broken.html.gz'), 'not gzip');
  const reportPath = join(folder, 'out', 'report.html');
  const result = spawnSync(process.execPath, [BIN, '--format', 'jsonl', '--report', reportPath, folder], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  const articles = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; removed: Receipt[] });
  return { report: readFileSync(reportPath, 'utf8'), articles };
}

/** The serialized section of page n (1-based). */
const section = (report: string, n: number): string => {
  const start = report.indexOf(`<section class="page" id="page-${n}">`);
  expect(start).toBeGreaterThan(0);
  return report.slice(start, report.indexOf('</section>', start));
};

describe('--report', () => {
  const { report, articles } = batch();

  it('is one self-contained page: no script, no external fetches, a restrictive CSP', () => {
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;');
    expect(report).not.toMatch(/<script|<iframe|<img|<link|<object|<embed|\son[a-z]+=|javascript:|url\(|@import/i);
  });

  it('shows every receipt of every page, with its category, rule id and reason', () => {
    articles.forEach((article, i) => {
      const html = section(report, i + 1);
      const shown = [...html.matchAll(/<div class="removed c-([a-z]+)" data-category="\1" data-rule="([^"]+)">/g)].map((m) => `${m[2]} ${m[1]}`);
      expect(shown.sort()).toEqual(article.removed.map((r) => `${r.ruleId} ${r.category}`).sort());
      expect(html).toContain(article.file);
    });
  });

  it('places removed blocks where they were on the page, between the kept blocks', () => {
    const news = section(report, 1);
    const order = [...news.matchAll(/data-rule="([^"]+)"|<p>(The harbour at|The authority said)/g)].map((m) => m[1] ?? m[2]);
    expect(order).toEqual(['locate.navigation', 'locate.outside-article', 'locate.outside-article', 'meta.title', 'The harbour at', 'locate.navigation', 'The authority said', 'locate.footer']);
  });

  it('escapes page text and sends kept blocks through the article sanitizer', () => {
    const hostile = section(report, 2);
    expect(hostile).toContain('Support our journalism &#x3C;script>alert(4)&#x3C;/script>');
    expect(hostile).toContain('<a href="https://tracker.example/pixel.png">[image: harbour]</a>');
    expect(hostile).toContain('<a href="https://news.example/ferry">full timetable</a> on its website, with fares, and a script link for the curious');
  });

  it('has a chart of removals by category and names the pages that failed', () => {
    const chart = report.slice(report.indexOf('<div class="chart">'), report.indexOf('<table class="index">'));
    const total = (category: string): number => articles.reduce((n, a) => n + a.removed.filter((r) => r.category === category).length, 0);
    for (const category of ['donation', 'navigation', 'chrome']) {
      expect(chart).toMatch(new RegExp(`<div class="bar" data-category="${category}"><span class="label">${category}</span><span class="track"><span class="fill c-${category}" style="width:[\\d.]+%"></span></span><span class="n">${total(category)}</span></div>`));
    }
    expect(report).toMatch(/<h2>Pages that failed<\/h2><ul><li><code>[^<]*d-broken\.html\.gz<\/code>: not valid gzip data/);
  });
});
