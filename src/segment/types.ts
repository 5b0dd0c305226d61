// The internal block model both input kinds are segmented into before classification.
import type { RootContent } from 'mdast';
import type { TokenRun } from '../rules/compile.js';
import type { BlockType } from '../types.js';

export interface Segment {
  type: BlockType;
  /** The block as one mdast flow node (a figure is a paragraph holding an image and its caption). */
  node: RootContent;
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

declare module 'mdast' {
  /** A text dump's own list markers, kept in `text` (segment/from-text.ts): a bullet, or a number's delimiter. */
  interface ListData {
    bullet?: string | undefined;
    delimiter?: string | undefined;
  }
}
