// Segmentation: text dumps into blocks (header lines, single-line dumps, lists) and DOM into typed blocks.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { segmentHtml } from '../src/segment/from-html.js';
import { segmentText, splitBlocks, toSegment } from '../src/segment/from-text.js';
import { parseDocument } from 'htmlparser2';
import { makeContext } from './helpers.js';

describe('text segmentation', () => {
  it('splits at blank lines when the dump has them, else at lines', () => {
    expect(splitBlocks('a\nb\n\nc')).toEqual(['a\nb', 'c']);
    expect(splitBlocks('a\nb\r\nc')).toEqual(['a', 'b', 'c']);
  });

  it('reads date and byline header lines into metadata with receipts', () => {
    const ctx = makeContext();
    const { blocks, header } = segmentText('Published: 3 March 2024\n\nBy Jane Doe\n\nThe article starts here and goes on.', ctx);
    expect(header).toEqual({ publishedAt: '2024-03-03', byline: 'Jane Doe' });
    expect(blocks).toEqual(['The article starts here and goes on.']);
    expect(ctx.removed.map((r) => r.ruleId)).toEqual(['meta.date', 'meta.byline']);
  });

  it('keeps the rest of a line glued after the date header', () => {
    const ctx = makeContext();
    const { blocks, header } = segmentText(' date 2025-01-17 First words of the article.\n\nSecond paragraph.', ctx);
    expect(header.publishedAt).toBe('2025-01-17');
    expect(blocks).toEqual(['First words of the article.', 'Second paragraph.']);
  });

  it('turns bullet lines into a list block', () => {
    const { blocks } = segmentText('Intro line.\n\n- one\n- two', makeContext());
    expect(blocks.map((block, i) => toSegment(block, i).type)).toEqual(['paragraph', 'list']);
  });
});

describe('text lists', () => {
  it("keep the dump's own bullets and numbers in `text`; HTML and Markdown number from the first item", async () => {
    const intro = 'Steps to take before you start the engine of the car on a cold winter morning:';
    const input = `${intro}\n\n3) Third step here.\n4) Fourth step.\n\n* star item one\n* star item two\n\n• dot item one\n• dot item two`;
    const article = await clean(input, { format: 'text', formats: ['html', 'markdown'] });
    expect(article.text).toBe(input);
    expect(article.html).toContain('<ol start="3">\n<li>Third step here.</li>');
    expect(article.html).toContain('<ul>\n<li>star item one</li>');
    expect(article.markdown).toContain('3. Third step here.\n4. Fourth step.');
    expect(article.blocks[1]).toMatchObject({ type: 'list', ordered: true, items: ['Third step here.', 'Fourth step.'] });
  });

  it('keep the lines of a block whose markers are not one list as written (no renumbering)', async () => {
    const intro = 'Here are some of the requirements every caterer in the state has to meet before the first event:';
    const mixed = '1. Structural and Equipment Requirements\n- A caterer runs the business out of a licensed kitchen.\n- Transport equipment must be certified.';
    const countdown = '5. The fifth pick of the year\n3. The third pick of the year';
    const input = `${intro}\n\n${mixed}\n\n${countdown}`;
    const article = await clean(input, { format: 'text', formats: ['html', 'markdown'] });
    expect(article.text).toBe(input);
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(article.html).not.toContain('<ol');
  });
});

describe('html segmentation', () => {
  it('writes a list item whose paragraphs a blank line parts (<br><br>) on one line with one space between them', async () => {
    const page = `<html><body><article><h1>Travel insurance questions</h1>
      <p>Buying travel insurance is easier when you know what each plan covers and how the plans differ from each other.</p>
      <ul><li>What plans are there? There are three main plans: Value, Standard, and Extra.<br><br>Value gives basic cover for budget travelers.</li>
      <li>Can I cancel? Yes, within fourteen days of buying, for a full refund.<br><br>After that, a fee applies.</li></ul>
      <p>Compare the plans with your trip in mind before you decide which one to buy this year.</p></article></body></html>`;
    const { text } = await clean(page);
    expect(text).toContain('- What plans are there? There are three main plans: Value, Standard, and Extra. Value gives basic cover for budget travelers.');
    expect(text).toContain('- Can I cancel? Yes, within fourteen days of buying, for a full refund. After that, a fee applies.');
  });

  it('marks the blocks of a box set into the text (an inset) with its id, and no others', () => {
    const html = `<body><article><header><div class="c"><p>Wrapped.</p></div></header><p>One.</p>
      <div class="a"><p>Boxed.</p><div><p>Nested.</p></div></div><p>Two.</p><div class="d"><p>Alone.</p></div><p>Three.</p></article></body>`;
    const body = parseDocument(html, { decodeEntities: true }).children.filter((n) => n.type === 'tag');
    const insets = Object.fromEntries(segmentHtml(body as never, makeContext(), { baseUrl: null, allowDataImages: false }).map((s) => [s.text, s.inset ?? 0]));
    // "a" sits among the article's paragraphs, and so does the box in it (the innermost such box counts: an article
    // body after a lead paragraph is one too); "c" is in a header with no paragraph of its own; "d" is next to one.
    expect(insets['One.']).toBe(0);
    expect(insets['Boxed.']).toBeGreaterThan(0);
    expect(insets['Nested.']).toBeGreaterThan(insets['Boxed.'] as number);
    expect(insets['Wrapped.']).toBe(0);
    expect(insets['Alone.']).toBeGreaterThan(0);
    expect(insets['Alone.']).not.toBe(insets['Boxed.']);
  });

  it('walks a list named for posts whose items are boxes of blocks as boxes; other lists of boxes stay lists', () => {
    const blocks = (html: string) => segmentHtml(parseDocument(html, { decodeEntities: true }).children.filter((n) => n.type === 'tag') as never, makeContext(), { baseUrl: null, allowDataImages: false });
    const post = (n: number): string => `<li class="postcontainer"><div class="posthead">Today, 09:0${n} AM #${n}</div><div class="postdetails"><div class="userinfo"><a href="/u/${n}">member${n}</a></div><div class="postbody"><p>Post number ${n} says that the restore should be tested on the new server before the domain moves, and that the cron jobs, the daily digest and the cleanup tasks need copying too, as they are easy to forget after a move.</p></div></div><div class="postfoot"><a href="/reply">Reply With Quote</a></div></li>`;
    const thread = blocks(`<body><ol id="posts">${post(1)}${post(2)}</ol></body>`);
    expect(thread.some((s) => s.type === 'list')).toBe(false);
    expect(thread.filter((s) => s.text === 'Reply With Quote')).toHaveLength(2);
    // The same shape without a name for posts (steps of a manual with code boxes), or a menu of links, stays a list.
    const step = (n: number): string => `<li><div class="step"><p>Step ${n}: open the settings file of the project and replace the two values with the account's own identifier and its secret token, then save the file, close the editor and run the command below from the folder of the project to check that the new values work.</p></div><div class="code"><pre>export TOKEN=${n}</pre></div></li>`;
    expect(blocks(`<body><ol class="steps">${step(1)}${step(2)}</ol></body>`).filter((s) => s.type === 'list')).toHaveLength(1);
    const menu = `<li class="posts"><div class="label"><a href="/a">Sports</a></div><div class="submenu"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Team number ${i} news</a></li>`).join('')}</ul></div></li>`;
    expect(blocks(`<body><ul class="nav">${menu}</ul></body>`)[0]?.type).toBe('list');
  });

  it('produces typed blocks for headings, lists, quotes, code, tables and figures', async () => {
    const html = `<article>
      <h2>Section</h2><p>Intro paragraph with <em>emphasis</em> and a <a href="https://example.com/x">link</a>.</p>
      <ol start="3"><li>third</li><li>fourth <ul><li>nested</li></ul></li></ol>
      <blockquote><p>Quoted words.</p></blockquote>
      <pre><code class="language-js">const x = 1;\n  return x;</code></pre>
      <table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>
      <figure><img src="https://example.com/i.png" alt="alt text"><figcaption>The caption.</figcaption></figure>
    </article>`;
    const article = await clean(html);
    expect(article.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'code', 'table', 'figure']);
    expect(article.blocks[2]).toMatchObject({ type: 'list', ordered: true, items: ['third', 'fourth'] });
    expect(article.blocks[4]).toMatchObject({ type: 'code', lang: 'js', text: 'const x = 1;\n  return x;' });
    expect(article.blocks[5]).toMatchObject({ type: 'table', rows: [['k', 'v'], ['a', '1']] });
    expect(article.blocks[6]).toMatchObject({ type: 'figure', src: 'https://example.com/i.png', alt: 'alt text', caption: 'The caption.' });
    expect(article.text).toContain('3. third\n4. fourth\n  - nested');
  });

  it('reads a figure with no image that wraps a table or a pull quote (WordPress blocks) as that table or quote', async () => {
    const html = `<article><p>The council published the figures for the last three years on Monday, with a short note.</p>
      <figure class="wp-block-table"><table><tr><th>Year</th><th>Budget</th></tr><tr><td>2024</td><td>4.1m</td></tr></table><figcaption>Source: the council.</figcaption></figure>
      <figure class="wp-block-pullquote"><blockquote><p>We will keep the library open.</p></blockquote></figure></article>`;
    const article = await clean(html);
    expect(article.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'quote']);
    expect(article.blocks[1]).toMatchObject({ type: 'table', rows: [['Year', 'Budget'], ['2024', '4.1m']] });
    expect(article.text).toContain('Source: the council.');
    expect(article.text).toContain('We will keep the library open.');
  });

  it('splits paragraphs at double <br> and collapses whitespace', async () => {
    const article = await clean('<div>First   line<br>same paragraph<br><br>  Second\nparagraph </div>');
    expect(article.text).toBe('First line\nsame paragraph\n\nSecond paragraph');
  });
});
