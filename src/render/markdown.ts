// Markdown from the mdast tree with remark-stringify (GFM tables and strikethrough).
import type { Root } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export function renderMarkdown(root: Root): string {
  const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
  processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
  return processor.stringify(root).trimEnd();
}
