// Safe HTML from the mdast tree: mdast-util-to-hast → hast-util-sanitize (strict schema) → hast-util-to-html.
import type { Root } from 'mdast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { joinLines } from '../text/normalize.js';

/** RELIABILITY.md §6: the only elements and attributes that can reach the output. */
function schema(allowDataImages: boolean): Schema {
  return {
    strip: ['script', 'style'],
    clobberPrefix: 'user-content-',
    clobber: ['id', 'name'],
    tagNames: [
      'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'pre', 'code',
      'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'cite', 'time', 'a', 'img', 'figure',
      'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    ],
    attributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colSpan', 'rowSpan'],
      th: ['colSpan', 'rowSpan', 'scope'],
      ol: ['start', 'reversed'],
      time: ['dateTime'],
      blockquote: ['cite'],
      q: ['cite'],
      del: ['cite'],
      ins: ['cite'],
      abbr: ['title'],
      code: [['className', /^language-[\w+#.-]+$/]],
      '*': ['lang', 'dir'],
    },
    protocols: {
      href: ['http', 'https', 'mailto'],
      src: allowDataImages ? ['http', 'https', 'data'] : ['http', 'https'],
      cite: ['http', 'https'],
    },
    required: {},
    ancestors: {
      li: ['ol', 'ul'],
      tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'],
      dt: ['dl'], dd: ['dl'], figcaption: ['figure'],
    },
  };
}

/**
 * A line break inside a paragraph's text (a text dump's wrapped line) is a space to an HTML parser: write it as one, so
 * that cleaning the output again gives the same HTML (RELIABILITY §6). Code keeps its newlines.
 */
const PHRASING_PARENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins',
  'sub', 'sup', 'mark', 'small', 'abbr', 'cite', 'q', 'time',
]);

function spaceLineBreaks(tree: HastRoot): void {
  const stack: Array<HastRoot | HastElement> = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as HastRoot | HastElement;
    // Between blocks, a newline is the serializer's layout, not text: only text in phrasing (or with words) changes.
    const phrasing = node.type === 'element' && PHRASING_PARENTS.has(node.tagName);
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.value.includes('\n') && (phrasing || /\S/.test(child.value))) child.value = joinLines(child.value, ' ');
      } else if (child.type === 'element' && child.tagName !== 'pre' && child.tagName !== 'code') stack.push(child);
    }
  }
}

export function renderHtml(root: Root, allowDataImages: boolean): string {
  const hast = toHast(root);
  if (hast.type === 'root') spaceLineBreaks(hast);
  const clean = sanitize(hast, schema(allowDataImages));
  return toHtml(clean);
}
