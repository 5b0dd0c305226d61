// Rendering: Markdown (GFM tables), sanitized HTML, absolute safe URLs only.
import fc from 'fast-check';
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { normalizedUri, phrasingHtml, renderHtml, renderHtmlFull } from '../src/render/html.js';
import { escapedLine, isInertLine, isInertText, renderMarkdown, UNFILTERED_OPTIONS } from '../src/render/markdown.js';

describe('render', () => {
  it('writes GFM tables, lists and code to Markdown', async () => {
    const article = await clean('<article><h2>Data</h2><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table><ul><li>x</li></ul><pre>code</pre></article>');
    expect(article.markdown).toBe('## Data\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- x\n\n```\ncode\n```');
  });

  it('escapes text that would form Markdown syntax', async () => {
    const article = await clean('<p># not a heading [not](a link) <b>*</b></p>');
    expect(article.markdown).not.toMatch(/^#/);
    expect(article.markdown).toContain('\\[not]');
    expect(article.markdown).not.toMatch(/(?<!\\)\[not\]\(/);
  });

  it('resolves relative links and drops unsafe ones', async () => {
    const article = await clean('<p>See <a href="/docs">docs</a>, <a href="javascript:alert(1)">this</a> and <a href=" JAVA&#x09;SCRIPT:alert(1)">that</a>.</p><p><img src="x.png" onerror="alert(1)" alt="pic"></p>', { url: 'https://example.com/a/' });
    expect(article.html).toBe('<p>See <a href="https://example.com/docs">docs</a>, this and that.</p>\n<figure><img src="https://example.com/a/x.png" alt="pic"></figure>');
    expect(article.markdown).toContain('[docs](https://example.com/docs)');
  });

  it('never lets scripts, handlers or forbidden elements through', async () => {
    const article = await clean('<p>Hi<script>alert(1)</script><iframe src="https://evil.example"></iframe><svg onload="x()"><text>t</text></svg><span onclick="x()" style="color:red">there</span></p>');
    expect(article.html).toBe('<p>Hithere</p>');
    const again = await clean(article.html, { format: 'html' });
    expect(again.html).toBe(article.html);
  });

  it('keeps data: images only when allowed', async () => {
    const src = 'data:image/png;base64,iVBORw0KGgo=';
    const html = `<figure><img src="${src}" alt="dot"><figcaption>A dot.</figcaption></figure>`;
    expect((await clean(html)).html).not.toContain('data:');
    expect((await clean(html, { allowDataImages: true })).html).toContain(src);
  });
});

// The fast paths of the renderers must give exactly what the generic pipelines give (issue 9: same outputs, faster).
describe('render fast paths', () => {
  const ALPHABET = ['a', 'Z', 'é', '中', '1', '42', ' ', ' ', '  ', '\t', '\n', '.', ',', ')', '(', '#', '*', '-', '+', '&', '&amp', '<', '<b', '>', '[', ']', '_', '`', '~', '|', ':', '\\', '!', '=', '"', "'", '\u0000', '\u007f', '😀'];
  const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((parts) => parts.join(''));
  const prose = fc.array(fc.constantFrom('word', 'Word', ' ', ' ', ', ', '. ', '.', '1', '2024', '3.5', ' | ', '|', ')', 'é', '\n', ' \n', '\n '), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
  const value = fc.oneof(line, prose);
  const paragraph = value.map((v): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: v }] }));
  const list = fc.record({ ordered: fc.boolean(), items: fc.array(value, { minLength: 1, maxLength: 4 }), start: fc.constantFrom(undefined, 1, 3) }).map(
    ({ ordered, items, start }): List => ({
      type: 'list',
      ordered,
      ...(start === undefined ? {} : { start }),
      spread: false,
      children: items.map((v) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: v }] }] })),
    }),
  );
  const heading = fc.record({ depth: fc.constantFrom(1, 2, 3, 6), v: fc.oneof(value, fc.constantFrom('Head', 'Part 2 #', 'C#', 'Q&A', '3.5 million', 'Notes:', '1. Define the goal', '10) Next', '- dash', '+ plus', '> quote', '= equals', '| pipe', ': colon', '#tag')) }).map(
    ({ depth, v }): RootContent => ({ type: 'heading', depth: depth as 1, children: [{ type: 'text', value: v }] }),
  );
  const other = fc.constantFrom<RootContent>(
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Head *line*' }] },
    { type: 'paragraph', children: [{ type: 'text', value: 'x ' }, { type: 'emphasis', children: [{ type: 'text', value: 'em' }] }] },
    { type: 'paragraph', data: { hName: 'figure' }, children: [{ type: 'image', url: 'https://example.com/a.png', alt: 'a' }] },
    { type: 'code', value: '1. not a list' },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: '- quoted' }] }] },
    { type: 'thematicBreak' },
  );
  // A paragraph that is one bold or italic run (the renderers' wrapped-run fast paths), of any text or of prose.
  const wrapped = fc.record({ type: fc.constantFrom('strong' as const, 'emphasis' as const), v: fc.oneof(value, fc.constantFrom('x', 'Editor note', 'Part 2', 'a1', 'A sentence, with a comma and 3 words')) }).map(
    ({ type, v }): Paragraph => ({ type: 'paragraph', children: [{ type, children: [{ type: 'text', value: v }] }] }),
  );
  // A paragraph of texts and links (the plain-paragraph fast path), with addresses that need escaping or make autolinks.
  const url = fc.constantFrom('https://example.com/a', 'https://example.com/a?b=1&c=2&#x', 'https://e.com/a_(b)', 'https://e.com/a b', 'https://e.com/a\\b', 'https://e.com/<a>', 'mailto:a@b.c', 'x', 'word', '', '/rel&amp;x');
  const linkText = fc.oneof(value, fc.constantFrom('word', 'https://example.com/a', 'a@b.c', 'x', 'Read more'));
  const link = fc.record({ url, text: linkText, title: fc.constantFrom(undefined, null, '', 't') }).map(
    ({ url, text, title }): PhrasingContent => ({ type: 'link', url, ...(title === undefined ? {} : { title }), children: [{ type: 'text', value: text }] }),
  );
  const textNode = fc.oneof(value, fc.constantFrom('See ', ' and ', '. ', 'Wow!', ' (', ') ', 'x')).map((v): PhrasingContent => ({ type: 'text', value: v }));
  const image = fc.record({ url, alt: fc.oneof(linkText, fc.constantFrom('', null)), title: fc.constantFrom(undefined, null, '', 't') }).map(
    ({ url, alt, title }): PhrasingContent => ({ type: 'image', url, alt, ...(title === undefined ? {} : { title }) }),
  );
  const run = fc.record({ type: fc.constantFrom('strong' as const, 'emphasis' as const), v: fc.oneof(value, fc.constantFrom('x', 'Editor note', 'a1', 'Read', 'A sentence, with 3 words', 'Note:', 'Why?', 'Step 1)', 'Label.', 'a!', 'b(')) }).map(
    ({ type, v }): PhrasingContent => ({ type, children: [{ type: 'text', value: v }] }),
  );
  const code = fc.oneof(line, fc.constantFrom('x', 'npm run build', ' x', 'x ', ' x ', ' ', '', 'a`b', '``', 'a\nb', 'a\tb', '#', '*', '1.', '-')).map((v): PhrasingContent => ({ type: 'inlineCode', value: v }));
  const around = fc.constantFrom('See ', ' and ', '. ', ', then', ': ', ';', 'x ', ' (', ')', '_', '*', 'a', ' ');
  const aroundNode = around.map((v): PhrasingContent => ({ type: 'text', value: v }));
  const mixed = fc.array(fc.oneof(link, textNode, image, run, run, code, aroundNode), { minLength: 1, maxLength: 5 }).map((children): Paragraph => ({ type: 'paragraph', children }));
  const tree = fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list }, { weight: 2, arbitrary: wrapped }, { weight: 3, arbitrary: mixed }, { weight: 1, arbitrary: other }, { weight: 2, arbitrary: heading }), { maxLength: 8 }).map((children): Root => ({ type: 'root', children }));

  it('Markdown: a paragraph of several lines escapes run by run of its non-inert lines as remark-stringify escapes it whole', () => {
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    const textLine = fc.oneof(line, fc.constantFrom('word', 'Plain prose here', '1.', '2.', '3)', '- item', '* x', '+ y', '# h', '> q', '=', '---', ' ', 'a_b', 'end\\', '1. One', 'x *', '<b', '&amp', '9.'));
    const lines = fc.array(textLine, { minLength: 2, maxLength: 6 }).map((parts) => parts.join('\n'));
    const root = fc.array(lines, { minLength: 1, maxLength: 3 }).map((values): Root => ({ type: 'root', children: values.map((v): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: v }] })) }));
    fc.assert(
      fc.property(root, (r) => {
        expect(renderMarkdown(structuredClone(r))).toBe(processor.stringify(structuredClone(r)).trimEnd());
      }),
      { numRuns: 800 },
    );
    // A match takes the line break after it: of `1.`, `2.`, `3.` on three lines only the first and the third are escaped.
    const numbered: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Top:\n1.\n2.\n3.\nEnd' }] }] };
    expect(renderMarkdown(numbered)).toBe('Top:\n1\\.\n2.\n3\\.\nEnd');
  });

  it('Markdown: the filtering text and paragraph handlers write what remark-stringify writes', () => {
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    fc.assert(
      fc.property(tree, (root) => {
        const expected = processor.stringify(structuredClone(root)).trimEnd();
        expect(renderMarkdown(structuredClone(root))).toBe(expected);
        expect(renderMarkdown(structuredClone(root), UNFILTERED_OPTIONS)).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('Markdown: paragraphs of texts and links written directly equal remark-stringify', () => {
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    const paragraphs = fc.array(mixed, { minLength: 1, maxLength: 3 }).map((children): Root => ({ type: 'root', children }));
    fc.assert(
      fc.property(paragraphs, (root) => {
        expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
      }),
      { numRuns: 1500 },
    );
    // Joins no generator is likely to hit: two texts that escape only together, `!` before a link.
    const link: PhrasingContent = { type: 'link', url: 'https://e.com/', children: [{ type: 'text', value: 'x' }] };
    for (const children of [[{ type: 'text', value: 'AT&' }, { type: 'text', value: 'T' }, link], [{ type: 'text', value: 'Wow!' }, link], [link, { type: 'text', value: '(a)' }], [{ type: 'text', value: 'Wow!' }, { type: 'image', url: 'https://e.com/a.png', alt: 'x' }],
      // Runs glued to a word or a link are encoded or escaped; between spaces or before `.,:;` they are not.
      ...(['strong', 'emphasis'] as const).flatMap((type) => {
        const run: PhrasingContent = { type, children: [{ type: 'text', value: 'x' }] };
        return [[{ type: 'text', value: 'a' }, run], [run, { type: 'text', value: 'a' }], [{ type: 'text', value: 'x_' }, run], [link, run], [run, link], [{ type: 'text', value: '(' }, run], [{ type: 'text', value: 'a ' }, run, { type: 'text', value: '; b' }]];
      }),
      // A run ending in punctuation (a list item's "**Label:** text") closes before a space or the end, not before a word.
      ...(['strong', 'emphasis'] as const).flatMap((type) => {
        const run: PhrasingContent = { type, children: [{ type: 'text', value: 'Label:' }] };
        return [[run, { type: 'text', value: ' the rest' }], [run], [{ type: 'text', value: 'a ' }, run], [run, { type: 'text', value: 'word' }], [run, { type: 'text', value: '.' }], [run, { type: 'text', value: ', b' }]];
      }),
      // Inline code between texts, at the edges, with a backtick, spaces or a line break inside.
      ...['npm run build', '1. x', '*', 'a`b', ' x', 'x ', 'a\nb'].flatMap((value) => {
        const code: PhrasingContent = { type: 'inlineCode', value };
        return [[{ type: 'text', value: 'Run ' }, code, { type: 'text', value: ' first.' }], [code, { type: 'text', value: ' runs' }], [{ type: 'text', value: 'Wow!' }, code]];
      })] as PhrasingContent[][]) {
      const root: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
      expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
    }
  });

  it('Markdown: headings and tight lists of such inline content written directly equal remark-stringify', () => {
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    const headingOf = fc.record({ depth: fc.constantFrom(1, 2, 3, 6), p: fc.oneof(mixed, fc.constant<Paragraph>({ type: 'paragraph', children: [{ type: 'text', value: 'C#' }] })) }).map(({ depth, p }): RootContent => ({ type: 'heading', depth: depth as 1, children: p.children }));
    const itemOf = fc.oneof(mixed, paragraph);
    const listOf = fc.record({ ordered: fc.boolean(), start: fc.constantFrom(undefined, null, 0, 1, 7), items: fc.array(itemOf, { minLength: 1, maxLength: 4 }) }).map(
      ({ ordered, start, items }): RootContent => ({ type: 'list', ordered, ...(start === undefined ? {} : { start }), spread: false, children: items.map((p) => ({ type: 'listItem', spread: false, children: [p] })) }),
    );
    const roots = fc.array(fc.oneof(headingOf, listOf, listOf, mixed, paragraph), { minLength: 1, maxLength: 5 }).map((children): Root => ({ type: 'root', children }));
    fc.assert(
      fc.property(roots, (root) => {
        expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
      }),
      { numRuns: 2000 },
    );
    // Lists one after another alternate their markers; the fast path takes a web page's plain list.
    const list = (ordered: boolean): RootContent => ({ type: 'list', ordered, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'link', url: 'https://e.com/', children: [{ type: 'text', value: 'this' }] }] }] }] });
    const root: Root = { type: 'root', children: [list(false), list(false), list(true), list(true), list(false), { type: 'heading', depth: 2, children: [{ type: 'link', url: 'https://e.com/', children: [{ type: 'text', value: 'Head' }] }] }] };
    expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
  });

  it('Markdown: a paragraph of texts and links is written directly, with `&` before a letter escaped in the address', () => {
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [
      { type: 'text', value: 'See ' }, { type: 'link', url: 'https://e.com/?a=1&b=2', children: [{ type: 'text', value: 'the report' }] }, { type: 'text', value: ' for more.' },
    ] }] };
    expect(renderMarkdown(structuredClone(root))).toBe('See [the report](https://e.com/?a=1\\&b=2) for more.');
    expect(renderMarkdown(structuredClone(root), UNFILTERED_OPTIONS)).toBe('See [the report](https://e.com/?a=1\\&b=2) for more.');
  });

  it('Markdown: a line of a paragraph escaped directly equals what remark-stringify writes', () => {
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    expect(escapedLine('12. Twelve')).toBe('12\\. Twelve');
    expect(escapedLine('3) Three')).toBe('3\\) Three');
    expect(escapedLine('+ plus')).toBe('\\+ plus');
    expect(escapedLine('#tag')).toBe('\\#tag');
    expect(escapedLine('1. a*b')).toBe('1\\. a\\*b');
    expect(escapedLine('* x')).toBe('\\* x');
    expect(escapedLine('AT&T <b> < 3 [x](y) ![i] a*b ~c `d`')).toBe('AT\\&T \\<b> < 3 \\[x]\\(y) !\\[i] a\\*b \\~c \\`d\\`');
    // A trailing space, a control character, a backslash, `_` (kept inside a word), or a start no direct escape is known for: left to the escaper.
    for (const v of ['- x ', '1.', '- ', '+1 vote', '-5 degrees', '--', '| a', ': x', ' lead', 'tab\there', 'a\\b', '', 'a_b']) expect(escapedLine(v)).toBeNull();
    const piece = fc.constantFrom('1. ', '12. ', '7) ', '+ ', '- ', '#', '# ', '=', '>', '1.', '2)', '+', '-', '3.5', '*', '* ', '_', '[', ']', '(', ')', '](', '![', '<', '<b', '< ', '&', '&amp', 'AT&T', '& ', '`', '~', '!', 'x', 'word', ' ', '.', ':', '|', '\\', '\t');
    const lineOf = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const paragraphs = fc.array(fc.array(lineOf, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n')), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(paragraphs, (values) => {
        const paragraphsOf = (): Paragraph[] => values.map((v): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: v }] }));
        // At the root, and in list items and quotes (the paragraph handler writes them all).
        const root: Root = { type: 'root', children: [...paragraphsOf(), { type: 'list', ordered: false, spread: false, children: paragraphsOf().map((p) => ({ type: 'listItem', spread: false, children: [p] })) }, { type: 'blockquote', children: paragraphsOf() }] };
        expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
        // A root of paragraphs only is written without the serializer's state when no paragraph needs the escaper.
        const flat: Root = { type: 'root', children: paragraphsOf() };
        expect(renderMarkdown(structuredClone(flat))).toBe(processor.stringify(structuredClone(flat)).trimEnd());
      }),
      { numRuns: 3000 },
    );
  });

  it('Markdown: inert lines are the ones no escape touches', () => {
    expect(isInertLine('The council met on Monday, as planned.')).toBe(true);
    for (const v of ['1. First', '# Head', '- item', 'a_b', 'AT&T', 'x ', '> quote', '2) two', '[link]', 'a\\b']) expect(isInertLine(v)).toBe(false);
    expect(isInertText('A wrapped line\nof prose, as dumps have.')).toBe(true);
    for (const v of ['a\n\nb', 'a\n- b', 'a \nb', 'a\n b', 'a\n2. b', 'a\n===']) expect(isInertText(v)).toBe(false);
    // A number and a dot start a list only before a space or the line's end; a `|` inside a line is no table.
    for (const v of ['3.5 million people', '2024.05.01 update', '10.5%', 'Left | right', 'a|b']) expect(isInertLine(v)).toBe(true);
    for (const v of ['2024.', '2024. Then', '1.\tx', '12)', '| a', '3)5']) expect(isInertLine(v)).toBe(false);
    expect(isInertText('The count:\n3.5 million\n2024.')).toBe(false);
    expect(isInertText('The count:\n3.5 million | more')).toBe(true);
    const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
    processor.data('toMarkdownExtensions', [gfmTableToMarkdown(), gfmStrikethroughToMarkdown()]);
    for (const v of ['3.5 million people', '2024.05.01 update', 'Left | right', 'The count:\n3.5 million | more', '2024.', '1.\tx', '| a', '7)']) {
      const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: v }] }, { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: v }] }] }] }] };
      expect(renderMarkdown(structuredClone(root))).toBe(processor.stringify(structuredClone(root)).trimEnd());
    }
  });

  it('HTML: a link or image address is normalized as normalizeUri does (unchanged ones without its per-character work)', () => {
    const uriChar = fc.constantFrom(...'aZ09%%%/:?#&=;+-._~!$()*,@[]{}|\\^` "<>\u00e9\u2028\ud83d\ude00\ud800\t\n'.split(''), 'a', 'F', '%2F', '%zz', '%4', '%e9');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: uriChar, maxLength: 24 }), fc.webUrl(), fc.string({ unit: 'binary', maxLength: 16 })), (url) => {
        expect(normalizedUri(url)).toBe(normalizeUri(url));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
    for (const url of ['https://example.com/a?b=c&d=e#f', 'https://example.com/%E2%9C%93', 'https://example.com/100%', 'https://example.com/a b', 'https://example.com/é', '']) expect(normalizedUri(url)).toBe(normalizeUri(url));
  });

  it('HTML: a long plain paragraph full of < and & is escaped like the full pipeline does (many escape runs)', () => {
    const value = `${'<'.repeat(9000)} a & b ${'&<x'.repeat(3000)} end`;
    const root = { type: 'root' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] };
    const html = renderHtml(structuredClone(root), false);
    expect(html).toBe(renderHtmlFull(structuredClone(root), false));
    expect(html.length).toBe(value.length + 5 * (9000 + 1 + 6000) + '<p></p>'.length);
  });

  it('HTML: paragraphs and headings of inline content (links, images, emphasis, code, breaks) written directly equal the full pipeline', () => {
    const inlineText = fc.oneof(line, fc.constantFrom('', ' ', '\t lead', 'Q&A <b>', "it's `x`", 'a"b', 'end ', '\u0000'));
    const address = fc.constantFrom('https://example.com/a', 'https://e.com/a b', "https://e.com/it's`x`\"q\"&", 'https://e.com/é?x=[1]', 'mailto:a@b.c', 'tel:123', 'javascript:alert(1)', 'HTTPS://e.com', 'data:image/png;base64,AA==', '/rel:x', 'a?b:c', '', 'https://e.com/%zz%41\ud83d');
    const title = fc.constantFrom(undefined, null, '', 'a "t" & \'s\'');
    const leaf = fc.oneof(
      { weight: 4, arbitrary: inlineText.map((value): PhrasingContent => ({ type: 'text', value })) },
      { weight: 1, arbitrary: inlineText.map((value): PhrasingContent => ({ type: 'text', value, data: { linkText: true } as never })) },
      { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
      { weight: 1, arbitrary: fc.oneof(line, fc.constantFrom(' a\nb', '  x\r\ny')).map((value): PhrasingContent => ({ type: 'inlineCode', value })) },
      { weight: 1, arbitrary: fc.record({ url: address, alt: fc.oneof(inlineText, fc.constantFrom(null, undefined)), title }).map(({ url, alt, title: t }): PhrasingContent => ({ type: 'image', url, alt, ...(t === undefined ? {} : { title: t }) })) },
    );
    const { inline } = fc.letrec((tie) => ({
      inline: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('wrapper'), tie('link')),
      wrapper: fc.record({ type: fc.constantFrom('strong' as const, 'emphasis' as const, 'delete' as const), children: fc.array(tie('inline'), { maxLength: 3 }) }).map((n) => n as PhrasingContent),
      link: fc.record({ url: address, title, children: fc.array(tie('inline'), { maxLength: 3 }) }).map(({ url, title: t, children }) => ({ type: 'link', url, ...(t === undefined ? {} : { title: t }), children }) as PhrasingContent),
    }));
    const block = fc.record({ heading: fc.constantFrom(0, 1, 2, 6), children: fc.array(inline as fc.Arbitrary<PhrasingContent>, { maxLength: 6 }) }).map(
      ({ heading: depth, children }): RootContent => (depth === 0 ? { type: 'paragraph', children } : { type: 'heading', depth: depth as 1, children }),
    );
    fc.assert(
      fc.property(block, fc.boolean(), (node, allowDataImages) => {
        const direct = phrasingHtml((node as Paragraph).children, allowDataImages);
        const full = renderHtmlFull({ type: 'root', children: [structuredClone(node)] }, allowDataImages);
        if (direct !== null) expect(node.type === 'paragraph' ? `<p>${direct}</p>` : `<h${(node as { depth: number }).depth}>${direct}</h${(node as { depth: number }).depth}>`).toBe(full);
        expect(renderHtml({ type: 'root', children: [structuredClone(node)] }, allowDataImages)).toBe(full);
      }),
      { numRuns: 4000 },
    );
    // Tight lists of such items (a web page's "**Label:** text" and linked items) likewise.
    const listOf = fc.record({ ordered: fc.boolean(), start: fc.constantFrom(undefined, null, 1, 3), items: fc.array(fc.array(inline as fc.Arbitrary<PhrasingContent>, { maxLength: 4 }), { minLength: 1, maxLength: 3 }) }).map(
      ({ ordered, start, items }): RootContent => ({ type: 'list', ordered, ...(start === undefined ? {} : { start }), spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })) }),
    );
    fc.assert(
      fc.property(listOf, fc.boolean(), (node, allowDataImages) => {
        expect(renderHtml({ type: 'root', children: [structuredClone(node)] }, allowDataImages)).toBe(renderHtmlFull({ type: 'root', children: [structuredClone(node)] }, allowDataImages));
      }),
      { numRuns: 2000 },
    );
    // Web pages' inline content takes the direct path.
    expect(phrasingHtml([{ type: 'text', value: 'See ' }, { type: 'link', url: 'https://e.com/a', children: [{ type: 'strong', children: [{ type: 'text', value: 'this' }] }] }, { type: 'break' }, { type: 'text', value: ' and <that>' }], false)).toBe('<a href="https://e.com/a"><strong>this</strong></a><br> and &#x3C;that>'.replace(/^/, 'See '));
  });

  it('HTML: plain paragraphs and lists written directly equal the full pipeline', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (root, allowDataImages) => {
        expect(renderHtml(structuredClone(root), allowDataImages)).toBe(renderHtmlFull(structuredClone(root), allowDataImages));
      }),
      { numRuns: 600 },
    );
  });
});
