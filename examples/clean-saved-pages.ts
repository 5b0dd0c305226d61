// Cleans every saved page in examples/pages/ (or a folder given as the first argument) and prints a summary of each.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCleaner, type Article } from 'decruft';

const folder = process.argv[2] ?? fileURLToPath(new URL('./pages/', import.meta.url));
// One cleaner for the whole batch: options are validated and rules compiled once.
const cleaner = createCleaner({ formats: ['markdown'] });

function summary(name: string, article: Article): string {
  const byCategory = new Map<string, number>();
  for (const removed of article.removed) byCategory.set(removed.category, (byCategory.get(removed.category) ?? 0) + 1);
  const removed = [...byCategory].map(([category, n]) => `${category} ${n}`).join(', ') || 'nothing';
  const firstLines = article.text.split('\n').filter((line) => line.trim() !== '').slice(0, 3).map((line) => `    ${line.length > 110 ? `${line.slice(0, 107)}...` : line}`);
  return [
    `${name}  (${article.source.format}, ${article.source.bytes} bytes)`,
    `  title:    ${article.title ?? '-'}`,
    `  date:     ${article.publishedAt ?? '-'}`,
    `  words:    ${article.wordCount}`,
    `  removed:  ${removed}`,
    '  text:',
    ...firstLines,
    '',
  ].join('\n');
}

for (const name of (await readdir(folder)).sort()) {
  if (!/\.(?:html?|txt)$/i.test(name)) continue;
  const article = await cleaner.clean(await readFile(join(folder, name)));
  console.log(summary(name, article));
}
