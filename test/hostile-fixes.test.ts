// Regressions found by the hostile vectors (issue 8): each case lost text, duplicated it, or changed on a second clean.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const LONG = 'The city council approved the new library budget on Monday after a long debate about opening hours.';

async function html(input: string): Promise<{ text: string; html: string; removed: string[] }> {
  const a = await clean(input, { format: 'html' });
  return { text: a.text, html: a.html, removed: a.removed.map((r) => r.text) };
}

describe('text the htmlparser2 tree hid from the article', () => {
  it('keeps a list whose top-level items only wrap a nested list (pathological-depth-lists-10k)', async () => {
    const { text } = await html(`<body>${'<ul><li>'.repeat(3)}<p>After the flood the article goes on.</p></body>`);
    expect(text).toContain('After the flood the article goes on.');
  });

  it('moves a paragraph written inside <head> into the body, as browsers do (malformed-p-in-head)', async () => {
    const { text } = await html('<head><p>paragraph in head</p></head><body>body text</body>');
    expect(text).toContain('paragraph in head');
    expect(text).toContain('body text');
  });

  it('reads a second <body> and text after </body> and </html>', async () => {
    expect((await html('<body><p>first body</p></body><body class=x><p>second body</p></body>')).text).toContain('second body');
    expect((await html('<html><body><p>inside</p></body></html><p>after the end</p>')).text).toContain('after the end');
  });

  it('ends a `<![CDATA[` in HTML content at the first `>`, as the HTML Standard does (a forum body was lost)', async () => {
    const page = `<body><![CDATA[\n<div class="wrapper"><h1>Thread</h1><p>${LONG}</p><p>Second post of the thread, also kept.</p></div></body>`;
    const { text } = await html(page);
    expect(text).toContain(LONG);
    expect(text).toContain('Second post of the thread, also kept.');
    expect(text).not.toContain('CDATA');
  });

  it('still reads a closed CDATA section in svg as one piece, and the text after it', async () => {
    const { text } = await html(`<body><p>${LONG}</p><svg><![CDATA[ a > b ]]></svg><p>Text after the graphic stays too.</p></body>`);
    expect(text).toContain('Text after the graphic stays too.');
    expect(text).not.toContain('a > b');
  });

  it('keeps loose text of a page without any element (malformed-stray-end-tags)', async () => {
    expect((await html('</div></span></p></br></html>Text after stray end tags</body></html>')).text).toBe('Text after stray end tags');
  });

  it('fosters text and elements written in a table outside any cell before it (malformed-table-foster)', async () => {
    const { text } = await html('<table><tr><td>cell</td></tr>Foster parented text<div>div in table</div><tr><p>row paragraph</p></tr></table>');
    for (const part of ['Foster parented text', 'div in table', 'row paragraph', 'cell']) expect(text).toContain(part);
  });

  it('does not give a receipt for text it kept when the body itself is the article root', async () => {
    const { text, removed } = await html(`<h1>Library budget approved today</h1><p>${LONG}</p>`);
    expect(text).toContain(LONG);
    expect(removed).toEqual([]);
  });
});

describe('idempotence: cleaning the HTML output again changes nothing', () => {
  const again = async (input: string): Promise<[string, string]> => {
    const first = await html(input);
    const second = await html(first.html);
    return [first.html, second.html];
  };

  it('keeps the siblings of the top block in a bare fragment (xss-url-blockquote-cite-*)', async () => {
    const [first, second] = await again(`<article><h1>Library budget approved</h1><p>${LONG}</p><blockquote cite="javascript:alert(1)"><p>Quoted words from the report.</p></blockquote><p>Residents welcomed the longer evening hours.</p></article>`);
    expect(second).toBe(first);
    expect(first).toContain('<p>Quoted words from the report.</p>');
  });

  it('keeps a headline that is the page\'s only title (xss-misc-script-nomodule-json)', async () => {
    const [first, second] = await again(`<article><h1>Library budget approved</h1><p>${LONG}</p><script type="application/ld+json">{"headline":"<img src=x onerror=alert(1)>"}</script></article>`);
    expect(second).toBe(first);
  });

  it('keeps a leading newline inside <pre><code> (malformed-html5lib-tests3-007)', async () => {
    const [first, second] = await again('<pre>\n\nfoo</pre>');
    expect(first).toBe('<pre><code>\nfoo\n</code></pre>');
    expect(second).toBe(first);
  });

  it('keeps the space before inline code at the end of a block (fast-check seed 12)', async () => {
    const [first, second] = await again(`<article><p>${LONG}</p><h3><p>mollis<p><code>aliquam</article>`);
    expect(first).toContain('mollis <code>aliquam</code>');
    expect(second).toBe(first);
  });

  it('never takes an svg <title> for the document title (xss-dompurify-193)', async () => {
    const a = await clean(`<article><h1>Library budget approved</h1><p>${LONG}</p><svg><title>chart caption</title></svg></article>`, { format: 'html' });
    expect(a.title).not.toBe('chart caption');
  });
});

describe('linear phrasing', () => {
  it('drops a run of 250k leading <br> in one slice (pathological-elements-1m-br was killed after 60 s)', async () => {
    const a = await clean(`<body><p>${'<br>'.repeat(250_000)}</p><p>${LONG}</p></body>`, { format: 'html' });
    expect(a.text).toContain(LONG);
  });
});

describe('Markdown on huge text', () => {
  it('serializes a 20 MB text node without a RangeError (pathological-size-50mb-one-text-node)', async () => {
    const { renderMarkdown } = await import('../src/render/markdown.js');
    const value = `${'word '.repeat(4_000_000)}end`;
    expect(renderMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }).length).toBe(value.length);
  });
});

describe('receipts are normalized text', () => {
  it('replaces a lone surrogate in loose text outside the article (fast-check seed 7)', async () => {
    const a = await clean(`<body><article><p>${LONG}</p></article>\uD800</article></body>`, { format: 'html' });
    for (const r of a.removed) expect((r.text as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
  });
});

describe('TRUNCATED', () => {
  const big = 'swallowed words '.repeat(100);
  const truncated = async (input: string): Promise<unknown> => (await clean(input, { format: 'html' })).warnings.find((w) => w.code === 'TRUNCATED')?.details;

  it.each([
    ['an unterminated comment', `<p>${LONG}</p><!-- ${big}`, 'comment'],
    ['an unterminated script', `<p>${LONG}</p><script>${big}`, 'script'],
    ['an unterminated textarea', `<p>${LONG}</p><TEXTAREA>${big}`, 'textarea'],
    ['a tag never closed', `<p>${LONG}</p><p title="${big}`, 'tag'],
    ['a quoted value never closed, with tags after it', `<p>${LONG}</p><a href="${big}</body></html>`, 'attribute'],
  ])('warns when the input ends inside %s that ate ≥ 1 KiB, with the range', async (_name, input, inside) => {
    expect(await truncated(input)).toEqual({ inside, from: input.indexOf('<', LONG.length + 7), to: input.length });
  });

  it('stays quiet for short or closed ones', async () => {
    expect(await truncated(`<p>${LONG}</p><!-- short`)).toBeUndefined();
    expect(await truncated(`<p>${LONG}</p><script>${big}</script><p>after</p>`)).toBeUndefined();
    expect(await truncated(`<p>${LONG}</p><scripts>${big}`)).toBeUndefined();
  });
});
