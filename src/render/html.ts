// Safe HTML from the mdast tree: mdast-util-to-hast → hast-util-sanitize (strict schema) → hast-util-to-html.
import type { Root } from 'mdast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';

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

export function renderHtml(root: Root, allowDataImages: boolean): string {
  const hast = toHast(root);
  const clean = sanitize(hast, schema(allowDataImages));
  return toHtml(clean);
}
