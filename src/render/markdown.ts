// Markdown from the mdast tree with remark-stringify (GFM tables and strikethrough).
import type { Root, Text } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Text made only of letters, digits, spaces, `,` `;` `?` `'` `’`, and `.` right after a letter: none of these is in
 * mdast-util-to-markdown's (or GFM table's) unsafe list in phrasing, whatever comes before or after (a `.` is unsafe
 * only after digits at a line start; a space only next to a line ending, checked from the context). So the escaper,
 * the costliest part of serializing (200k table cells: 0.7 s; a 5 MB paragraph: 1.1 s), is skipped for it.
 * Everything else goes through the escaper.
 */
const PLAIN_CHARACTERS = /^[\p{L}\p{N} ,;?'’.]*$/u;
/** A `.` at the start or after anything but a letter (after digits it could make an ordered list). */
const LOOSE_DOT = /(?:^|[^\p{L}])\./u;
/**
 * Single character-class scans, never an alternation under `*`: V8 keeps a backtrack entry per repetition of a group
 * and throws RangeError on a 16 MB text node (pathological-size-50mb-one-text-node hit that).
 */
const isPlain = (value: string): boolean => PLAIN_CHARACTERS.test(value) && !LOOSE_DOT.test(value);

/** A space next to a line ending (or the edge of the output so far) is the one unsafe spot of plain text. */
const lineEdge = (character: string): boolean => character === '' || character === '\n' || character === '\r';

const text: Handle = (node: Text, _parent, state, info) => {
  const value = node.value;
  const plain = isPlain(value)
    && !(value.startsWith(' ') && lineEdge(info.before))
    && !(value.endsWith(' ') && lineEdge(info.after));
  return plain ? value : state.safe(value, info);
};

export function renderMarkdown(root: Root): string {
  const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', handlers: { text } });
  processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
  return processor.stringify(root).trimEnd();
}
