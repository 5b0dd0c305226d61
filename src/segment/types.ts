// The internal block model both input kinds are segmented into before classification.
import type { RootContent } from 'mdast';
import type { TokenRun } from '../rules/compile.js';
import type { BlockType } from '../types.js';

export interface Segment {
  type: BlockType;
  /**
   * The block as one mdast flow node (a figure is a paragraph holding an image and its caption). Read it with
   * nodeOf(segment): an HTML block may leave it undefined and give `build` instead.
   */
  node?: RootContent | undefined;
  /**
   * HTML: builds `node` on first read (nodeOf). Most blocks of a page are dropped by the locator, which reads only the
   * text of most (issue 9 profile: building every block's phrasing tree was about a tenth of the HTML path). A plain
   * field, not a getter: an object literal with a getter is a slow (dictionary-mode) object, and every stage reads
   * the segments' fields many times over.
   */
  build?: (() => RootContent) | undefined;
  /** Plain text as it will appear in `article.text`. */
  text: string;
  /** For tables: cell texts by row. */
  rows?: string[][];
  /** For figures: what the public FigureBlock carries. */
  figure?: { src: string | null; alt: string | null; caption: string | null };
  /** HTML only: lowercased class/id/role hints of the block and its ancestors inside the article root. */
  hints: string;
  /** Share of the text inside links (0 in text mode). */
  linkDensity: number;
  /**
   * HTML: id of the nearest box-like container (div, section, aside…) inside the article root, so a
   * box of several blocks can be judged as one. Text mode: the paragraph a glued run came from.
   */
  box: number;
  /** HTML: the page furniture the block sits in (`nav`, `footer`, `aside`, `header`, `form` or an ARIA role), if any. */
  zone?: string;
  /** HTML: id of the element that makes that zone (see `el`). */
  zoneEl?: number;
  /** HTML: a link list inside the article, dropped after classification unless the classifier removed it first. */
  linkList?: boolean;
  /** HTML: with `linkList`, a control standing alone ("Add to Cart", "Sign up"): dropped as a button, not a link list. */
  control?: boolean;
  /** HTML: id of the element holding the block (see SegmentHtmlOptions.tree). */
  el?: number;
  /** HTML: hints of the block's nearest hinted ancestors only (a subset of `hints`). */
  near?: string;
  /** HTML: the hint of the inline element a paragraph opens with (`<span class="newscaption">`), not in `near`. */
  lead?: string;
  /** HTML: a list whose items all hold a heading and a link: a grid of cards (teasers, listings), not a list in the text. */
  cards?: boolean;
  /** The tokens classify read from the text (they describe `text` only while `text === tokens.text`). */
  tokens?: TokenRun;
  /**
   * HTML: id (a `box`) of the inset the block sits in: a div, section or aside with a <p> as its nearest sibling
   * element before or after it, so the article's text runs on around it (a pull quote, a fact box, an appeal set
   * mid-article).
   */
  inset?: number;
  /** Text mode: the block's text started or ended glued to another run. */
  glued?: 'start' | 'end';
}

/** The segment's mdast node, built (once) on first read when it was left to `build`. */
export function nodeOf(segment: Segment): RootContent {
  return (segment.node ??= (segment.build as () => RootContent)());
}

declare module 'mdast' {
  /** A text dump's own list markers, kept in `text` (segment/from-text.ts): a bullet, or a number's delimiter. */
  interface ListData {
    bullet?: string | undefined;
    delimiter?: string | undefined;
  }
}
