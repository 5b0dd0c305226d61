// Markdown from the mdast tree with mdast-util-to-markdown (what remark-stringify runs), GFM tables and strikethrough.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { defaultHandlers, toMarkdown, type Handle, type Info, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';
import { createBlockBudget } from './budget.js';

/**
 * Escaping a text node runs one regular expression per "unsafe" pattern (about a hundred) over the text: on text dumps
 * that was most of decruft's time (issue 9 profile). A pattern can only match where its character occurs, so the text
 * handler hands the escaper only the patterns whose character is in the text (or the context around it). Same escapes,
 * same output (test/render.test.ts checks it against the unfiltered escaper).
 */
const text: Handle = (node: Text, parent, state, info) => {
  const all = state.unsafe;
  // The context's characters, read part by part (joining the parts copied every paragraph's text once more).
  const present = PRESENT.fill(0);
  markCharacters(present, info.before);
  markCharacters(present, node.value);
  markCharacters(present, info.after);
  // Without a line break in the context, a pattern that needs one beside its character cannot match either (most text
  // between links and inside emphasis): its expression is not run over the text.
  const lineBreak = present[0x0a] === 1 || present[0x0d] === 1;
  const kept: Unsafe[] = [];
  for (const pattern of all) {
    const facts = patternFacts(pattern);
    if (!lineBreak && (facts & NEEDS_LINE_BREAK) !== 0) continue;
    const code = facts & ASCII_CODE;
    if (code !== ASCII_CODE ? present[code] === 1 : `${info.before ?? ''}${node.value}${info.after ?? ''}`.includes(pattern.character)) kept.push(pattern);
  }
  state.unsafe = kept;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

/** Scratch table of the ASCII characters in a text handler's context (rendering is synchronous: one at a time). */
const PRESENT = new Uint8Array(128);

function markCharacters(present: Uint8Array, value: string | undefined): void {
  if (value === undefined) return;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) present[code] = 1;
  }
}

/** patternFacts: the low 8 bits hold the pattern's character when it is one ASCII character, else ASCII_CODE. */
const ASCII_CODE = 0xff;
const NEEDS_LINE_BREAK = 0x100;
/** What the text handler asks of each unsafe pattern, worked out once per pattern (the patterns are the same objects on every call). */
const FACTS = new WeakMap<Unsafe, number>();

function patternFacts(pattern: Unsafe): number {
  let facts = FACTS.get(pattern);
  if (facts === undefined) {
    const code = pattern.character.charCodeAt(0);
    facts = (pattern.character.length === 1 && code < 128 ? code : ASCII_CODE) | (needsLineBreak(pattern) ? NEEDS_LINE_BREAK : 0);
    FACTS.set(pattern, facts);
  }
  return facts;
}

/** `before`/`after` expressions that match only a line break. */
const LINE_BREAK_ONLY = new Set(['[\\r\\n]', '\\n', '\\r']);

/**
 * Whether an unsafe pattern's expression (mdast-util-to-markdown's compilePattern) can only match next to a line
 * break: `atBreak` puts `[\r\n][\t ]*` before the character, and a `before` or `after` of just a line break (unless the
 * pattern is anchored to a node edge instead).
 */
function needsLineBreak(pattern: Unsafe): boolean {
  if (!pattern.beforeNode && (pattern.atBreak === true || (typeof pattern.before === 'string' && LINE_BREAK_ONLY.has(pattern.before)))) return true;
  return !pattern.afterNode && typeof pattern.after === 'string' && LINE_BREAK_ONLY.has(pattern.after);
}

/**
 * Text no escape can touch, in a paragraph between line breaks: one line, none of the characters an unsafe pattern
 * matches inside a line (`&` before a letter, `*`, `<`, `[`, `]`, `_`, a backtick, `~`, `\\`, controls), and a start
 * and end that cannot begin a block (`#`, `>`, `-`, `|`, `1. `, `1)`…) or need encoding (spaces at a line edge). Prose
 * mostly is. A `|` inside a line is escaped only in a table cell (GFM), which holds no paragraph; digits and a `.` start
 * a list only before a space or the line's end (mdast-util-to-markdown's unsafe patterns), so "3.5 million" and
 * "2024.05" at a line's start are inert (issue 9 profile: they were half of text-dev's escaped paragraphs).
 */
const BREAKS_INERT = /[\u0000-\u001F\u007F*<[\]_`~\\]|&[#A-Za-z]/;
const UNSAFE_START = /^(?:[\t #)*+\-.<=>[_`~|:]|\d+\)|\d+\.(?:[\t ]|$))/;

export function isInertLine(value: string): boolean {
  if (value === '' || BREAKS_INERT.test(value) || UNSAFE_START.test(value)) return false;
  const last = value.charCodeAt(value.length - 1);
  return last !== 32 && last !== 9;
}

/**
 * Line starts that one escape makes safe, each with what follows it: a number and `.` or `)` then a space (an ordered
 * list item), `+` or `-` then a space (a bullet), or `#`, `=`, `>` (a heading, a setext underline, a quote). Their
 * unsafe patterns match at a line break only; a space after the character is taken by the match, never the line break
 * after the line.
 */
const ESCAPABLE_START = /^(?:\d+[.)] |[+-] |[#=>])/;

/**
 * What escapedLine leaves to the escaper: controls (a tab too), a backslash (doubled before punctuation by it) and `_`
 * (left alone inside a word, by Unicode character classes).
 */
const NOT_DIRECT = /[\u0000-\u001F\u007F\\_]/;
/** Line starts whose own unsafe pattern escapes no other character than the phrasing patterns do anywhere. */
const ANYWHERE_START = /^[*<[`~]/;
/** Characters escapedLine may escape inside a line. */
const MID_ESCAPES = /[&(*<[`~]/;
/** `<` starts a tag, `&` a character reference, before these. */
const TAG_START = /[!/?A-Za-z]/;
const REFERENCE_START = /[#A-Za-z]/;

/**
 * The Markdown of one line of a paragraph's text written between line breaks (a paragraph of one line, or a line of a
 * text dump's wrapped paragraph after its start or a line with no escape at its end), else null: what
 * mdast-util-to-markdown writes, a backslash before each character one of its unsafe patterns matches. Inside a line
 * those are `*`, `[`, `` ` `` and `~` wherever they are, `<` before `!`, `/`, `?` or a letter, `&` before `#` or
 * a letter, `(` after `]` (a `!` before `[` is not: the `[` is escaped); at its start, the start's character
 * (ESCAPABLE_START; a number's `.` or `)`). Lines with a control character, a backslash, `_`, a trailing space or
 * another start the escaper must see go to it. test/render.test.ts checks this against remark-stringify.
 */
export function escapedLine(value: string): string | null {
  if (value === '' || NOT_DIRECT.test(value) || value.charCodeAt(value.length - 1) === 32) return null;
  let at = -1;
  if (UNSAFE_START.test(value)) {
    const start = ESCAPABLE_START.exec(value);
    if (start !== null) {
      const first = value.charCodeAt(0);
      // A number: the backslash goes before its `.` or `)`.
      at = first >= 0x30 && first <= 0x39 ? start[0].length - 2 : 0;
    } else if (!ANYWHERE_START.test(value)) return null;
  }
  if (!MID_ESCAPES.test(value)) return at < 0 ? value : `${value.slice(0, at)}\\${value.slice(at)}`;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    let escape = i === at;
    if (!escape) {
      switch (value.charCodeAt(i)) {
        case 0x2a: // *
        case 0x5b: // [
        case 0x60: // `
        case 0x7e: // ~
          escape = true;
          break;
        case 0x3c: // <
          escape = TAG_START.test(value.charAt(i + 1));
          break;
        case 0x26: // &
          escape = REFERENCE_START.test(value.charAt(i + 1));
          break;
        case 0x28: // (
          escape = i > 0 && value.charCodeAt(i - 1) === 0x5d;
          break;
        default:
          break;
      }
    }
    if (escape) {
      parts.push(value.slice(from, i), '\\');
      from = i;
    }
  }
  parts.push(value.slice(from));
  return parts.join('');
}

/**
 * Text of inert lines joined by line breaks (a text dump's wrapped paragraph) is its own Markdown too: no escape acts on
 * a line break inside a paragraph, and each line starts and ends like an inert line.
 */
export function isInertText(value: string): boolean {
  if (!value.includes('\n')) return isInertLine(value);
  for (const line of value.split('\n')) if (!isInertLine(line)) return false;
  return true;
}

/**
 * A paragraph of one text node (every text-dump block): inert text is its own Markdown, other text is escaped as
 * containerPhrasing would escape a lone text child, without its attention bookkeeping (the second largest cost on
 * text dumps). Other paragraphs go the usual way.
 */
const paragraph: Handle = (node: Paragraph, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return defaultHandlers.paragraph(node, parent, state, info);
  const lineWise = info.before === '\n' && info.after === '\n';
  if (lineWise && isInertText(only.value)) return only.value;
  if (lineWise && !only.value.includes('\n')) {
    const escaped = escapedLine(only.value);
    if (escaped !== null) return escaped;
  }
  const exit = state.enter('paragraph');
  const exitPhrasing = state.enter('phrasing');
  state.indexStack.push(0);
  const value =
    lineWise && escapesLineWise(only.value)
      ? escapeLines(only.value, node, state, info)
      : text(only, node, state, { before: info.before, after: info.after, now: info.now, lineShift: info.lineShift });
  state.indexStack.pop();
  exitPhrasing();
  exit();
  return value;
};

/**
 * Text of several lines, none empty, with no carriage return (a text dump's wrapped paragraph). An unsafe pattern that
 * can act in a paragraph reaches at most the line breaks around a line (a line break itself is escaped only next to
 * another line break or a carriage return), and an inert line holds no match; but a match takes the line break after
 * it, so one at a line's end hides a match at the next line's start (`1.`, `2.` on two lines: only the first is
 * escaped). So each run of lines that are not inert is escaped alone, between line breaks, and inert lines (most of
 * them) are kept as they are instead of running the escaper over the whole text.
 */
function escapesLineWise(value: string): boolean {
  if (!value.includes('\n') || value.charCodeAt(0) === 10 || value.charCodeAt(value.length - 1) === 10) return false;
  return !value.includes('\n\n') && !value.includes('\r');
}

function escapeLines(value: string, node: Paragraph, state: State, info: Info): string {
  const lines = value.split('\n');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(text({ type: 'text', value: run.join('\n') }, node, state, { before: '\n', after: '\n', now: info.now, lineShift: info.lineShift }));
    run = [];
  };
  for (const line of lines) {
    if (isInertLine(line)) {
      flush();
      out.push(line);
      continue;
    }
    // A line escapedLine takes, after the paragraph's start or a line with no match at its end, is escaped alone (a
    // pending run's last match may take the line break before it, and then its start is not at a break).
    const escaped = run.length === 0 ? escapedLine(line) : null;
    if (escaped !== null) out.push(escaped);
    else run.push(line);
  }
  flush();
  return out.join('\n');
}

const ASCII_ALNUM = /^[\dA-Za-z]$/;
/** ASCII punctuation an inert line may end with (BREAKS_INERT leaves out the rest). */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/**
 * The Markdown of a paragraph's only child when it is a bold or italic run of one inert line that starts with an ASCII
 * letter or digit and ends with one or with ASCII punctuation (a bold standfirst, a subhead written as a bold paragraph,
 * a "**Label:**" before a list item's text), else null. Such a run needs no escape and no attention encoding where
 * plainParagraph puts it (a run ending in punctuation only before whitespace or the paragraph's end, where its closing
 * markers still close): `**text**` and `_text_` with the markers of OPTIONS (`strong: '*'`, `emphasis: '_'`), as the
 * generic handlers write it (test/render.test.ts checks it).
 */
function inertRun(node: PhrasingContent): string | null {
  if ((node.type !== 'strong' && node.type !== 'emphasis') || node.data !== undefined || node.children.length !== 1) return null;
  const inner = node.children[0];
  if (inner?.type !== 'text' || inner.data !== undefined || !isInertLine(inner.value)) return null;
  if (!ASCII_ALNUM.test(inner.value.charAt(0))) return null;
  const last = inner.value.charAt(inner.value.length - 1);
  if (!ASCII_ALNUM.test(last) && !ASCII_PUNCTUATION.test(last)) return null;
  const marker = node.type === 'strong' ? '**' : '_';
  return `${marker}${inner.value}${marker}`;
}

/** A link destination written raw with no escape but `\\&`: no control, space, parenthesis, backslash or angle bracket. */
const URL_PLAIN_BREAKER = /[\u0000- \u007F()<>\\]/;
const ESCAPED_AMPERSAND = /&(?=[#A-Za-z])/g;
/** A raw link or image destination that passed URL_PLAIN_BREAKER, as mdast-util-to-markdown's `safe` writes it. */
const plainUrl = (url: string): string => (url.includes('&') ? url.replace(ESCAPED_AMPERSAND, '\\&') : url);

/** What may follow a bold or italic run in plainParagraph. */
const RUN_FOLLOWER = /^[ .,:;]/;
/** Inline code plainParagraph writes between single backticks: none in it, no control, no space at either end. */
const CODE_BREAKER = /[\u0000-\u001F\u007F`]/;

/**
 * The Markdown of a paragraph of text, links, images and inline code only (the commonest paragraphs on web pages, and
 * figures without a caption), else null: what containerPhrasing writes for it when no escape can act. Texts next to each
 * other are taken as one (the escaper reads each with its neighbours' characters around it, so as one), and each such
 * text is one line with none of the characters an unsafe pattern matches inside a line (BREAKS_INERT); the paragraph's
 * first cannot begin a block (UNSAFE_START, or for a heading's content `atLineStart` false, a space or tab, which the
 * heading handler encodes), the last cannot end in a space or tab, and a text before another node cannot end in `!` (it
 * would make an image before a link). A link has no title, one such text child, and an address that is neither its
 * text (an autolink) nor in need of escaping beyond `&` before a letter or `#` (written `\&`); an image likewise, with
 * its alt (which may be empty) as the text; inline code holds no backtick, control or line break and no space at its
 * ends (written between single backticks, as the inline code handler writes it then); a bold or italic run as below.
 * Then the output is the texts, `[label](url)`, `![alt](url)`, `` `code` `` and runs joined (test/render.test.ts
 * checks it against remark-stringify).
 */
function plainParagraph(node: Paragraph, atLineStart = true): string | null {
  const { children } = node;
  const last = children.length - 1;
  if (last < 0) return null;
  let out = '';
  for (let i = 0; i <= last; i++) {
    const child = children[i] as PhrasingContent;
    if (child.type === 'text') {
      let value = child.value;
      if (value === '') return null;
      // The texts that follow it, as one.
      while (i < last) {
        const next = children[i + 1] as PhrasingContent;
        if (next.type !== 'text') break;
        if (next.value === '') return null;
        value += next.value;
        i++;
      }
      if (BREAKS_INERT.test(value)) return null;
      if (out === '' && (atLineStart ? UNSAFE_START.test(value) : value.charCodeAt(0) === 32 || value.charCodeAt(0) === 9)) return null;
      const end = value.charCodeAt(value.length - 1);
      if (i === last ? end === 32 || end === 9 : end === 33) return null;
      out += value;
    } else if (child.type === 'link') {
      if (child.title || child.children.length !== 1) return null;
      const label = child.children[0] as PhrasingContent;
      if (label.type !== 'text') return null;
      const text = label.value;
      const url = child.url;
      if (text === '' || BREAKS_INERT.test(text) || url === '' || URL_PLAIN_BREAKER.test(url)) return null;
      if (text === url || `mailto:${text}` === url) return null;
      out += `[${text}](${plainUrl(url)})`;
    } else if (child.type === 'image') {
      // A figure's image: `![alt](url)`, the alt escaped like a link's text (an empty alt stays empty).
      const alt = child.alt ?? '';
      const url = child.url;
      if (child.title || BREAKS_INERT.test(alt) || url === '' || URL_PLAIN_BREAKER.test(url)) return null;
      out += `![${alt}](${plainUrl(url)})`;
    } else if (child.type === 'inlineCode') {
      const code = child.value;
      if (code === '' || CODE_BREAKER.test(code) || code.charCodeAt(0) === 32 || code.charCodeAt(code.length - 1) === 32) return null;
      out += `\`${code}\``;
    } else {
      // A bold or italic run of one inert line (inertRun), between the paragraph's edges or texts that end in a space
      // before it and start with a space or `.,:;` after it: no escape and no attention encoding acts on it.
      const run = inertRun(child);
      if (run === null) return null;
      const before = i === 0 ? null : children[i - 1];
      const after = i === last ? null : children[i + 1];
      if (before !== null && (before?.type !== 'text' || !before.value.endsWith(' '))) return null;
      if (after !== null && (after?.type !== 'text' || !RUN_FOLLOWER.test(after.value))) return null;
      out += run;
    }
  }
  return out;
}

/** An ATX heading's `#`s, as the heading handler writes them (depth clamped to 1–6). */
const headingMarks = (node: Heading): string => '#'.repeat(Math.max(Math.min(6, node.depth || 1), 1));

/**
 * The Markdown of a heading of one line of text that does not end in `#`, else null: what the heading handler writes
 * (ATX, no closing sequence): its text follows `# ` on the same line, so no pattern that needs a line break before it
 * can match (a numbered "1. Define your goal" or a "- note" is no list there), and the heading-specific escapes are a
 * line break and a `#` at the end; so the text is written as it is when it holds none of the characters an unsafe
 * pattern matches inside a line (BREAKS_INERT) and has no space or tab at either end (test/render.test.ts checks it
 * against remark-stringify).
 */
function inertHeading(node: Heading, only: PhrasingContent | undefined): string | null {
  if (only?.type !== 'text') return null;
  const value = only.value;
  if (value === '' || BREAKS_INERT.test(value) || value.endsWith('#')) return null;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9) return null;
  return `${headingMarks(node)} ${value}`;
}

/**
 * The Markdown of a heading whose inline content plainParagraph writes (texts, links, images, inline code, bold or
 * italic runs) and that does not end in `#`, else null: the heading handler writes `#`s, a space and that content on
 * one line (no setext heading without a line break in it), so no pattern needing a line break before it can match; a
 * `#` at its end would need an escape (test/render.test.ts checks it against remark-stringify).
 */
function plainHeading(node: Heading): string | null {
  if (node.data !== undefined) return null;
  const content = plainParagraph(node as unknown as Paragraph, false);
  if (content === null || content.endsWith('#')) return null;
  return `${headingMarks(node)} ${content}`;
}

/**
 * The Markdown of a tight list whose every item is one paragraph plainParagraph writes, else null: the list and
 * list item handlers write each item's marker (`-`, or `*` right after another bullet list, as `bullet`; `n.` from
 * the list's start) and a space before its one line, items joined by line breaks (test/render.test.ts checks it
 * against remark-stringify).
 */
function plainList(node: List, previousBullet: string | undefined): { value: string; bullet: string } | null {
  if (node.data !== undefined || node.spread === true || node.children.length === 0) return null;
  const ordered = node.ordered === true;
  const bullet = ordered ? (previousBullet === '.' ? ')' : '.') : previousBullet === '-' ? '*' : '-';
  const start = typeof node.start === 'number' && node.start > -1 ? node.start : 1;
  const lines: string[] = [];
  for (let i = 0; i < node.children.length; i++) {
    const item = node.children[i] as ListItem;
    if (item.data !== undefined || item.spread === true || (item.checked !== undefined && item.checked !== null) || item.children.length !== 1) return null;
    const paragraph = item.children[0] as RootContent;
    if (paragraph.type !== 'paragraph' || paragraph.data !== undefined) return null;
    const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
    const value = only?.type === 'text' ? (isInertLine(only.value) ? only.value : null) : plainParagraph(paragraph);
    if (value === null) return null;
    lines.push(`${ordered ? `${start + i}${bullet}` : bullet} ${value}`);
  }
  return { value: lines.join('\n'), bullet };
}

/** Block types a root of flow content holds (the root handler otherwise serializes it as phrasing). */
const FLOW = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak', 'html', 'definition']);

/** mdast-util-to-markdown's `between`: the join rules decide the gap between two flow siblings. */
function between(left: RootContent, right: RootContent, parent: Root, state: State): string {
  let index = state.join.length;
  while (index--) {
    const result = state.join[index]?.(left, right, parent, state);
    if (result === true || result === 1) break;
    if (typeof result === 'number') return '\n'.repeat(1 + result);
    if (result === false) return '\n\n<!---->\n\n';
  }
  return '\n\n';
}

/**
 * The root: containerFlow's loop, with inert paragraphs taken as they are and without position tracking (which split
 * every block's output into lines; no handler here reads positions, they only travel down to nested handlers).
 */
const root: Handle = (node: Root, parent, state, info) => {
  if (capturing && parent === undefined) reusable = state;
  if (!node.children.every((child) => FLOW.has(child.type))) return defaultHandlers.root(node, parent, state, info);
  const { children } = node;
  const budget = createBlockBudget(renderDeadline ?? undefined);
  const results: string[] = [];
  let previous: RootContent | null = null;
  state.indexStack.push(-1);
  for (let index = 0; index < children.length; index++) {
    // Capped, or plain text once the time budget is spent (render/budget.ts).
    const child = budget(children[index] as RootContent);
    if (previous !== null) results.push(between(previous, child, node, state));
    state.indexStack[state.indexStack.length - 1] = index;
    const only = (child.type === 'paragraph' || child.type === 'heading') && child.children.length === 1 ? child.children[0] : undefined;
    const list = child.type === 'list' ? plainList(child, state.bulletLastUsed) : null;
    const inert =
      child.type === 'heading'
        ? only?.type === 'text' ? inertHeading(child, only) : plainHeading(child)
        : child.type !== 'paragraph'
          ? list === null ? null : list.value
          : only?.type === 'text'
            ? index < inertPrefix || isInertText(only.value) ? only.value : null
            : plainParagraph(child);
    results.push(inert ?? state.handle(child, node, state, { before: '\n', after: '\n', now: { line: 1, column: 1 }, lineShift: 0 }));
    // The list handler remembers its bullet, so that a list right after it takes the other one.
    if (list !== null) state.bulletLastUsed = list.bullet;
    else if (child.type !== 'list') state.bulletLastUsed = undefined;
    previous = child;
  }
  state.indexStack.pop();
  return results.join('');
};

/** Built once: the GFM extensions' patterns then compile their expressions once, not on every page. */
const OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
  extensions: [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()],
  handlers: { text, paragraph, root },
};

/** For tests: the same settings without the filtering text handler. */
export const UNFILTERED_OPTIONS: Options = { ...OPTIONS, handlers: {} };

/** The time budget of the renderMarkdown call running now (rendering is synchronous), read by the root handler. */
let renderDeadline: (() => boolean) | null = null;

/**
 * What the paragraph handler writes for a paragraph of the text `value` between line breaks when no escaper run is
 * needed: inert text as it is, else each line inert or escaped directly (escapedLine), else null.
 */
function directText(value: string): string | null {
  if (isInertText(value)) return value;
  if (!value.includes('\n')) return escapedLine(value);
  if (!escapesLineWise(value)) return null;
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isInertLine(line)) continue;
    // Every line before is inert or escaped directly: no match of theirs takes this line's line break.
    const escaped = escapedLine(line);
    if (escaped === null) return null;
    lines[i] = escaped;
  }
  return lines.join('\n');
}

/**
 * A root of paragraphs of one text each that needs no escaper run (most text dumps: inert text, or lines escapedLine
 * writes): what the root handler writes for them, their Markdown joined by the blank line mdast-util-to-markdown's join
 * rules give two paragraphs of a root, without building its state (which copies its handler table and unsafe
 * patterns on every call), else null. Such a paragraph is never changed by the time budget (capInline and plainBlock
 * keep it as it is); the budget still reads the clock as often as the root handler's does, so the TIMEOUT_BUDGET
 * warning comes at the same point.
 */
function inertRoot(root: Root, hasTime: (() => boolean) | undefined): string | null {
  const { children } = root;
  if (children.length === 0) return null;
  const values: string[] = [];
  // Leading paragraphs written as they are (the root handler takes them so without asking again).
  let inert = 0;
  for (const node of children) {
    const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
    const value = only?.type === 'text' ? directText(only.value) : null;
    if (value === null) {
      inertPrefix = inert;
      return null;
    }
    // The same string: no escape (directText returns inert text itself).
    if (inert === values.length && value === (only as Text).value) inert++;
    values.push(value);
  }
  const budget = createBlockBudget(hasTime);
  for (const node of children) budget(node);
  return values.join('\n\n').trimEnd();
}

export function renderMarkdown(root: Root, options: Options = OPTIONS, hasTime?: () => boolean): string {
  inertPrefix = 0;
  if (options === OPTIONS) {
    const direct = inertRoot(root, hasTime);
    if (direct !== null) return direct;
  }
  renderDeadline = hasTime ?? null;
  try {
    if (options === OPTIONS && reusable !== null) return renderWith(reusable, root);
    capturing = options === OPTIONS;
    return toMarkdown(root, options).trimEnd();
  } finally {
    renderDeadline = null;
    capturing = false;
    inertPrefix = 0;
  }
}

/**
 * The state toMarkdown built for OPTIONS, kept by the root handler on the first call and used again: toMarkdown builds
 * it anew on every call (copies of its handler table, join rules and about a hundred unsafe patterns, the GFM
 * extensions merged in), a fixed cost on every article with a block the fast paths do not take (issue 9: 528 of 969
 * text-dev dumps). Nothing a render leaves in it is read by the next but the construct stacks and bullet memory,
 * reset here (the text handler puts the unsafe patterns back when it is done).
 */
let reusable: State | null = null;
/** How many leading paragraphs of the root being rendered inertRoot found to be one inert text each. */
let inertPrefix = 0;
let capturing = false;

function renderWith(state: State, root: Root): string {
  state.stack = [];
  state.indexStack = [];
  state.bulletCurrent = undefined;
  state.bulletLastUsed = undefined;
  // toMarkdown then adds a final line break the trimEnd takes off again.
  return state.handle(root, undefined, state, { before: '\n', after: '\n', now: { line: 1, column: 1 }, lineShift: 0 }).trimEnd();
}
