// The assemble stage: kept blocks → one mdast tree and the typed public blocks.
import type { Root } from 'mdast';
import type { Segment } from './segment/types.js';
import { listText } from './segment/from-html.js';
import type { Block } from './types.js';

export interface Assembled {
  tree: Root;
  blocks: Block[];
}

function toBlock(segment: Segment): Block {
  const node = segment.node;
  switch (segment.type) {
    case 'heading':
      return { type: 'heading', text: segment.text, level: node.type === 'heading' ? node.depth : 2 };
    case 'list':
      return node.type === 'list'
        ? { type: 'list', text: segment.text, ordered: node.ordered === true, items: listText(node).items }
        : { type: 'paragraph', text: segment.text };
    case 'quote':
      return { type: 'quote', text: segment.text };
    case 'code':
      return { type: 'code', text: segment.text, lang: node.type === 'code' ? (node.lang ?? null) : null };
    case 'table':
      return { type: 'table', text: segment.text, rows: segment.rows ?? segment.text.split('\n').map((row) => [row]) };
    case 'figure':
      return { type: 'figure', text: segment.text, src: segment.figure?.src ?? null, alt: segment.figure?.alt ?? null, caption: segment.figure?.caption ?? null };
    default:
      return { type: 'paragraph', text: segment.text };
  }
}

export function assemble(segments: readonly Segment[]): Assembled {
  return {
    tree: { type: 'root', children: segments.map((s) => s.node) },
    blocks: segments.map(toBlock),
  };
}
