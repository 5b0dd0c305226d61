// Markdown from the mdast tree with remark-stringify (GFM tables and strikethrough).
import type { Root, Text } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Words of letters and digits with single spaces between them: nothing in them can form Markdown syntax, whatever
 * comes before or after, so the escaper (the costliest part of serializing: 200k table cells took 0.7 s in it) is
 * skipped for them. Everything else goes through it.
 */
const PLAIN = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

const text: Handle = (node: Text, _parent, state, info) => (PLAIN.test(node.value) ? node.value : state.safe(node.value, info));

export function renderMarkdown(root: Root): string {
  const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', handlers: { text } });
  processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
  return processor.stringify(root).trimEnd();
}
