// The assemble stage: kept blocks → one mdast tree (what every output renders) and the typed public blocks.
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { listText } from './segment/from-html.js';
import { nodeOf, type Segment } from './segment/types.js';
import { capInline } from './render/budget.js';
import { nodeText, tableRows } from './render/text.js';
import type { Block } from './types.js';

export interface Assembled {
  tree: Root;
  blocks: Block[];
}

/** Caption content without emphasis wrappers: the caption itself renders as one (see `figureNode`). */
function flattenEmphasis(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const stack: PhrasingContent[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as PhrasingContent;
    if (node.type === 'emphasis') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent);
    else out.push(node);
  }
  return out;
}

/**
 * A figure is an image and its caption. mdast has no figure node, so it stays a paragraph for Markdown
 * (`![alt](src)` then the caption in emphasis on the next line) and becomes `<figure><img><figcaption>` in HTML
 * through mdast-util-to-hast's `data.hName`; the sanitizer still decides what survives.
 */
function figureNode(paragraph: Paragraph): Paragraph {
  const image = paragraph.children.find((c) => c.type === 'image');
  const rest = paragraph.children.filter((c) => c !== image);
  if (rest[0]?.type === 'break') rest.shift();
  const children: PhrasingContent[] = image ? [image] : [];
  if (rest.length > 0) {
    if (image) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'emphasis', data: { hName: 'figcaption' }, children: flattenEmphasis(rest) });
  }
  return { type: 'paragraph', data: { hName: 'figure' }, children };
}

function flowNode(segment: Segment): RootContent {
  const node = nodeOf(segment);
  return segment.type === 'figure' && node.type === 'paragraph' ? figureNode(node) : node;
}

/** The public block for one tree node; its text is the node's text, exactly as it appears in `article.text`. */
function toBlock(segment: Segment, node: RootContent): Block {
  const text = nodeText(node);
  switch (segment.type) {
    case 'heading':
      return { type: 'heading', text, level: node.type === 'heading' ? node.depth : 2 };
    case 'list':
      return node.type === 'list' ? { type: 'list', text, ordered: node.ordered === true, items: listText(node).items } : { type: 'paragraph', text };
    case 'quote':
      return { type: 'quote', text };
    case 'code':
      return { type: 'code', text, lang: node.type === 'code' ? (node.lang ?? null) : null };
    case 'table':
      return { type: 'table', text, rows: node.type === 'table' ? tableRows(node) : text.split('\n').map((row) => [row]) };
    case 'figure':
      return { type: 'figure', text, src: segment.figure?.src ?? null, alt: segment.figure?.alt ?? null, caption: text === '' ? null : text };
    default:
      return { type: 'paragraph', text };
  }
}

/**
 * The tree holds each block as the renderers write it: a paragraph or heading over the inline-node cap already as its
 * text (render/budget.ts), from the text its block has anyway. Both renderers would otherwise walk such a block's
 * inline nodes again for the same text (a 5 MB one-line paragraph: 640k nodes, 120 MB of garbage).
 */
export function assemble(segments: readonly Segment[]): Assembled {
  const nodes = segments.map(flowNode);
  const blocks = segments.map((segment, i) => toBlock(segment, nodes[i] as RootContent));
  return {
    tree: { type: 'root', children: nodes.map((node, i) => capInline(node, (blocks[i] as Block).text)) },
    blocks,
  };
}
