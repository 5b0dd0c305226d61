// Cleans every saved page in a folder (default: examples/pages/) with the library and prints a summary of each; with an
// output folder it also writes each article as Markdown — what `decruft --format markdown --out OUT FOLDER` does.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createCleaner, type Article } from 'decruft';

const folder = process.argv[2] ?? fileURLToPath(new URL('./pages/', import.meta.url));
const outFolder = process.argv[3] ?? null;
const PAGE = /\.(?:html?|txt)(?:\.gz)?$/i;
// One cleaner for the whole batch: options are validated and rules compiled once. Only Markdown is rendered.
const cleaner = createCleaner({ formats: ['markdown'] });

function summary(name: string, article: Article): string {
  const byCategory = new Map<string, number>();
  for (const removed of article.removed) byCategory.set(removed.category, (byCategory.get(removed.category) ?? 0) + 1);
  const removed = [...byCategory].map(([category, n]) => `${category} ${n}`).join(', ') || 'nothing';
  const firstLines = article.text.split('\n').filter((line) => line.trim() !== '').slice(0, 3).map((line) => `    ${line.length > 110 ? `${line.slice(0, 107)}...` : line}`);
  // Each receipt says which rule removed what, and why: the same as the CLI's --report shows in place.
  const receipts = article.removed.slice(0, 3).map((r) => `    ${r.ruleId} (${r.stage}): ${r.text.length > 70 ? `${r.text.slice(0, 67)}...` : r.text}`);
  return [
    `${name}  (${article.source.format}, ${article.source.bytes} bytes)`,
    `  title:    ${article.title ?? '-'}`,
    `  date:     ${article.publishedAt ?? '-'}`,
    `  words:    ${article.wordCount}`,
    `  blocks:   ${article.blocks.map((b) => b.type).join(' ')}`,
    `  removed:  ${removed}`,
    ...receipts,
    '  text:',
    ...firstLines,
    '',
  ].join('\n');
}

if (outFolder) await mkdir(outFolder, { recursive: true });
for (const name of (await readdir(folder)).sort()) {
  if (!PAGE.test(name)) continue;
  const bytes = await readFile(join(folder, name));
  const article = await cleaner.clean(name.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  console.log(summary(name, article));
  if (outFolder) await writeFile(join(outFolder, `${name.replace(PAGE, '')}.md`), `${article.markdown}\n`);
}
