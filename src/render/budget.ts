// What bounds the renderers (RELIABILITY §4): a cap on one block's inline nodes, and cooperative deadline checks.
// mdast-util-to-markdown and mdast-util-to-hast cannot be interrupted inside a call, and the cost of one call grows with
// the inline nodes it gets: a 5 MB paragraph of 360k links and bold runs took 4.7 s to write as Markdown. So a block
// with more inline nodes than any article paragraph has is written as its plain text, and the renderers read the
// clock every BUDGET_CHECK_INTERVAL units of work; once time is out, the blocks left are written as plain text (still
// escaped and sanitized, and with the same text: only their inline formatting and structure are dropped).
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import { nodeText } from './text.js';

/** More inline nodes than this in one paragraph or heading: it is written as its plain text (none of html-dev's has 1,000). */
export const MAX_INLINE_NODES = 4096;

/** Inline nodes below a paragraph's or heading's children, counted up to `limit + 1`. */
function inlineCount(children: readonly PhrasingContent[], limit: number): number {
  let count = 0;
  const stack: PhrasingContent[] = [...children];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop() as PhrasingContent;
    count++;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return count;
}

/**
 * The block as rendered: a paragraph or heading over MAX_INLINE_NODES keeps only its text. `text`, when given, is
 * `nodeText(node)` already computed (assemble has it: the block's text), so a huge block is not walked again.
 */
export function capInline(node: RootContent, text?: string): RootContent {
  if ((node.type !== 'paragraph' && node.type !== 'heading') || node.data !== undefined) return node;
  if (node.children.length <= 1 || inlineCount(node.children, MAX_INLINE_NODES) <= MAX_INLINE_NODES) return node;
  const value = text ?? nodeText(node);
  return node.type === 'heading' ? ({ type: 'heading', depth: node.depth, children: [{ type: 'text', value }] } satisfies Heading) : ({ type: 'paragraph', children: [{ type: 'text', value }] } satisfies Paragraph);
}

/** A block written after the time budget ran out: one paragraph of its text (no structure, no formatting). */
export function plainBlock(node: RootContent): RootContent {
  if (node.type === 'paragraph' && node.data === undefined && node.children.length === 1 && node.children[0]?.type === 'text') return node;
  return { type: 'paragraph', children: [{ type: 'text', value: nodeText(node) }] };
}

/** Units of rendering work a block costs: one, plus its direct children (inline nodes, items, rows). */
const cost = (node: RootContent): number => 1 + ('children' in node ? node.children.length : 0);

/**
 * Maps each block to what gets rendered: capped, and plain once `hasTime` says the budget is spent (asked every
 * BUDGET_CHECK_INTERVAL units). `hasTime` is called between the renderer's own steps, so it sees the time they took.
 */
export function createBlockBudget(hasTime: (() => boolean) | undefined): (node: RootContent) => RootContent {
  let units = 0;
  let expired = hasTime ? !hasTime() : false;
  return (node) => {
    if (!expired && hasTime) {
      units += cost(node);
      if (units >= BUDGET_CHECK_INTERVAL) {
        units = 0;
        expired = !hasTime();
      }
    }
    return expired ? plainBlock(node) : capInline(node);
  };
}
