// Plain text from the mdast tree: blocks joined by blank lines, lists as "- item" lines, tables as "a | b" rows.
import type { BlockContent, Root, RootContent, Table } from 'mdast';
import { listText } from '../segment/from-html.js';
import { phrasingText } from '../segment/phrasing.js';

/** Cell texts by row; a cell's line breaks become spaces so each row stays on one line. */
export function tableRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => phrasingText(cell.children).text.replace(/\n/g, ' ')));
}

/** Text of one flow node. Blockquotes are walked with an explicit stack. */
export function nodeText(node: RootContent): string {
  const parts: string[] = [];
  const stack: RootContent[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as RootContent;
    switch (current.type) {
      case 'paragraph':
        parts.push(phrasingText(current.children).text);
        break;
      case 'heading':
        parts.push(phrasingText(current.children).text.replace(/\n/g, ' '));
        break;
      case 'list':
        parts.push(listText(current).text);
        break;
      case 'code':
        parts.push(current.value);
        break;
      case 'table':
        parts.push(tableRows(current).map((cells) => cells.join(' | ')).join('\n'));
        break;
      case 'blockquote':
        for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as BlockContent);
        break;
      default:
        break;
    }
  }
  return parts.filter((p) => p !== '').join('\n');
}

export function renderText(root: Root): string {
  return root.children.map(nodeText).filter((t) => t !== '').join('\n\n');
}

/** renderText of the tree the blocks were assembled from: their texts are its nodes' texts, in order. */
export function joinBlockTexts(blocks: ReadonlyArray<{ text: string }>): string {
  return blocks.map((b) => b.text).filter((t) => t !== '').join('\n\n');
}
