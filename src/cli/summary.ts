// The batch summary: pages, words kept, blocks removed by category, warnings, failures and time.
import type { Article, Category } from '../types.js';

/** What the main thread keeps of one cleaned page (the article itself stays in its worker). */
export interface PageStats {
  /** The page's place in the batch (its report section is `#page-<index + 1>`). */
  index: number;
  file: string;
  title: string | null;
  words: number;
  /** Removed blocks by category. */
  removed: Partial<Record<Category, number>>;
  warnings: string[];
}

export interface Failure {
  index: number;
  file: string;
  message: string;
}

export interface Totals {
  pages: number;
  cleaned: PageStats[];
  failures: Failure[];
  /** Wall time of the batch, ms. */
  ms: number;
  workers: number;
}

export function pageStats(index: number, file: string, article: Article): PageStats {
  const removed: Partial<Record<Category, number>> = {};
  for (const receipt of article.removed) removed[receipt.category] = (removed[receipt.category] ?? 0) + 1;
  return { index, file, title: article.title, words: article.wordCount, removed, warnings: article.warnings.map((w) => w.code) };
}

/** Sums per key over pages, largest first (ties by name, so the output is stable). */
export function tally(counts: ReadonlyArray<Partial<Record<string, number>>>): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const record of counts) for (const [key, n] of Object.entries(record)) sums.set(key, (sums.get(key) ?? 0) + (n ?? 0));
  return [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export const number = (n: number): string => n.toLocaleString('en-US');
/** "1 page", "2 pages". */
export const count = (n: number, noun: string): string => `${number(n)} ${noun}${n === 1 ? '' : 's'}`;

/** The summary printed on stderr after a batch. */
export function formatSummary(totals: Totals): string {
  const seconds = totals.ms / 1000;
  const words = totals.cleaned.reduce((n, page) => n + page.words, 0);
  const removed = tally(totals.cleaned.map((page) => page.removed));
  const removedCount = removed.reduce((n, [, count]) => n + count, 0);
  const warnings = tally(totals.cleaned.map((page) => Object.fromEntries(page.warnings.map((code) => [code, 1]))));
  const rate = seconds > 0 ? totals.pages / seconds : 0;
  const lines = [
    `decruft: ${count(totals.pages, 'page')} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} pages/s, ${count(totals.workers, 'worker')})`,
    `  cleaned   ${number(totals.cleaned.length)}, ${number(words)} words kept`,
    `  removed   ${number(removedCount)} blocks${removed.length > 0 ? `: ${removed.map(([category, n]) => `${category} ${number(n)}`).join(', ')}` : ''}`,
  ];
  if (warnings.length > 0) lines.push(`  warnings  ${warnings.map(([code, n]) => `${code} ${number(n)}`).join(', ')} (pages)`);
  lines.push(`  failed    ${number(totals.failures.length)}${totals.failures.length > 0 ? ':' : ''}`);
  for (const failure of totals.failures) lines.push(`    ${failure.file}: ${failure.message}`);
  return `${lines.join('\n')}\n`;
}
