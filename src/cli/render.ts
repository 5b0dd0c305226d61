// One page's output in the format the user asked for: JSON, a JSONL line, text, Markdown or HTML.
import type { Root } from 'mdast';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Article, OutputFormat as ArticleFormat } from '../types.js';
import type { OutputFormat } from './args.js';

/** The renderings each output needs from clean(): the rest is skipped (`formats`). */
export const NEEDED_FORMATS: Readonly<Record<OutputFormat, readonly ArticleFormat[]>> = {
  json: ['html', 'markdown'],
  jsonl: ['html', 'markdown'],
  text: [],
  markdown: ['markdown'],
  html: ['html'],
};

/** The title as a level-1 heading, built as a tree so it is escaped like the article itself. */
function titleTree(title: string): Root {
  return { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }] };
}

/**
 * The page's output, ending in a newline. `file` names the page in batch JSON and JSONL (`{ file, ...article }`);
 * a single page's JSON is the Article alone.
 */
export function renderOutput(article: Article, format: OutputFormat, file: string | null): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(file === null ? article : { file, ...article }, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify({ file, ...article })}\n`;
    case 'markdown':
      return `${[article.title ? renderMarkdown(titleTree(article.title)) : '', article.markdown].filter((s) => s !== '').join('\n\n')}\n`;
    case 'html':
      return `${[article.title ? renderHtml(titleTree(article.title), false) : '', article.html].filter((s) => s !== '').join('\n')}\n`;
    default:
      return `${article.text}\n`;
  }
}
