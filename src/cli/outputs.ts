// Where --out writes each page's output: the page's relative path under DIR, with the output format's extension.
import { join, resolve } from 'node:path';
import type { OutputFormat } from './args.js';
import { PAGE_EXTENSIONS, STDIN, UsageError, type PageRef } from './inputs.js';

export const OUTPUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  json: '.json',
  jsonl: '.jsonl',
  text: '.txt',
  markdown: '.md',
  html: '.html',
};

/**
 * One output path per page, in page order. `saved/a/b.html.gz` → `OUT/a/b.md`. When two pages would share a name
 * (`b.html` and `b.txt`), both keep their full name (`b.html.md`, `b.txt.md`); a clash left after that gets `-2`, `-3`…
 */
export function planOutputs(pages: readonly PageRef[], outDir: string, format: OutputFormat): string[] {
  const extension = OUTPUT_EXTENSIONS[format];
  const stems = pages.map((page) => page.relative.replace(PAGE_EXTENSIONS, ''));
  const count = new Map<string, number>();
  for (const stem of stems) count.set(stem, (count.get(stem) ?? 0) + 1);
  const used = new Set<string>();
  const inputs = new Set(pages.filter((p) => p.path !== STDIN).map((p) => resolve(p.path)));
  return pages.map((page, i) => {
    const stem = stems[i] as string;
    const name = (count.get(stem) ?? 0) > 1 ? page.relative : stem;
    let candidate = join(outDir, name + extension);
    for (let n = 2; used.has(resolve(candidate)); n++) candidate = join(outDir, `${name}-${n}${extension}`);
    used.add(resolve(candidate));
    if (inputs.has(resolve(candidate))) throw new UsageError(`--out would overwrite the input "${page.path}"; choose another folder`);
    return candidate;
  });
}
