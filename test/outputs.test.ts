// The outputs from the one mdast tree: HTML, Markdown, text and typed blocks agree, and what survives is what the issue lists.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clean } from '../src/index.js';
import { fixture } from './helpers.js';

const URL_BASE = 'https://news.example/2025/story/';

describe('outputs from one tree', () => {
  it('keeps headings, lists, quotes, code, tables, links and figures in HTML and Markdown', async () => {
    const article = await clean(fixture('every-block-kind.html'), { url: URL_BASE });
    expect(article.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'code', 'table', 'figure', 'paragraph']);
    expect(article.html).toContain('<h2>What changed</h2>');
    expect(article.html).toContain('<a href="https://news.example/2025/budget">the budget</a>');
    expect(article.html).toContain('<a href="mailto:desk@news.example">the desk</a>');
    expect(article.html).toContain('<ol start="2">');
    expect(article.html).toContain('<blockquote>');
    expect(article.html).toContain('<pre><code class="language-python">');
    expect(article.html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Ward<\/th>/);
    expect(article.html).toContain('<figure><img src="https://news.example/img/bridge.jpg" alt="The new bridge at dusk">');
    expect(article.html).toContain('<figcaption>The bridge opens in <a href="https://news.example/2025/june">June</a>.</figcaption></figure>');
    expect(article.markdown).toContain('## What changed');
    expect(article.markdown).toContain('[the budget](https://news.example/2025/budget)');
    expect(article.markdown).toContain('2. Second point');
    expect(article.markdown).toContain('> Nobody expected');
    expect(article.markdown).toContain('```python\nprint("hi")\n```');
    expect(article.markdown).toMatch(/^\| Ward +\| Votes \|$/m);
    expect(article.markdown).toContain('![The new bridge at dusk](https://news.example/img/bridge.jpg)\n_The bridge opens in [June](https://news.example/2025/june)._');
  });

  it('drops links and images that are not http(s) (or mailto for links), keeping their text', async () => {
    const article = await clean(fixture('every-block-kind.html'), { url: URL_BASE });
    expect(article.html).not.toMatch(/javascript:|data:|ftp:/i);
    expect(article.text).toContain('a bad link and an ftp one');
    expect(article.markdown).not.toMatch(/\]\((?!https?:|mailto:)/);
  });

  it('gives every block the text it has in article.text', async () => {
    for (const page of ['every-block-kind.html', 'news-with-chrome.html', 'seed.txt']) {
      const article = await clean(fixture(page), { url: URL_BASE });
      expect(article.blocks.map((b) => b.text).filter((t) => t !== '').join('\n\n')).toBe(article.text);
    }
  });

  it('types the blocks: level, order, items, rows, language, image and caption', async () => {
    const { blocks } = await clean(fixture('every-block-kind.html'), { url: URL_BASE });
    expect(blocks[0]).toEqual({ type: 'heading', text: 'What changed', level: 2 });
    expect(blocks[2]).toEqual({ type: 'list', text: '2. Second point\n3. Third point', ordered: true, items: ['Second point', 'Third point'] });
    expect(blocks[4]).toEqual({ type: 'code', text: 'print("hi")', lang: 'python' });
    expect(blocks[5]).toMatchObject({ type: 'table', rows: [['Ward', 'Votes'], ['North', '12'], ['South | East', '9']] });
    expect(blocks[6]).toEqual({ type: 'figure', text: 'The bridge opens in June.', src: 'https://news.example/img/bridge.jpg', alt: 'The new bridge at dusk', caption: 'The bridge opens in June.' });
  });

  it('escapes a pipe inside a table cell so the GFM table keeps its columns', async () => {
    const article = await clean(fixture('every-block-kind.html'), { url: URL_BASE });
    expect(article.markdown).toMatch(/^\| South \\\| East \| 9 +\|$/m);
  });

  it('renders an image without caption as a figure, and cleaning the HTML again gives the same HTML', async () => {
    const first = await clean('<p>Some words before the picture, enough to make a paragraph.</p><p><img src="/a.png" alt="A chart"></p>', { url: URL_BASE });
    expect(first.html).toContain('<figure><img src="https://news.example/a.png" alt="A chart"></figure>');
    expect(first.markdown).toContain('![A chart](https://news.example/a.png)');
    const again = await clean(first.html, { format: 'html', url: URL_BASE });
    expect(again.html).toBe(first.html);
    expect(again.markdown).toBe(first.markdown);
    const captioned = await clean(fixture('every-block-kind.html'), { url: URL_BASE });
    const figureHtml = /<figure>[\s\S]*?<\/figure>/.exec(captioned.html)?.[0] ?? '';
    const again2 = await clean(`<article><p>A paragraph so the figure is not alone on the page.</p>${figureHtml}</article>`, { format: 'html', url: URL_BASE });
    expect(again2.html).toContain(figureHtml);
    expect(again2.blocks.find((b) => b.type === 'figure')).toEqual(captioned.blocks.find((b) => b.type === 'figure'));
  });
});

describe('formats', () => {
  afterEach(() => {
    vi.doUnmock('../src/render/html.js');
    vi.doUnmock('../src/render/markdown.js');
    vi.resetModules();
  });

  it('does not run the renderers a caller leaves out', async () => {
    vi.resetModules();
    const renderHtml = vi.fn(() => '<p>x</p>');
    const renderMarkdown = vi.fn(() => 'x');
    vi.doMock('../src/render/html.js', () => ({ renderHtml }));
    vi.doMock('../src/render/markdown.js', () => ({ renderMarkdown }));
    const { clean: mockedClean } = await import('../src/index.js');
    const page = '<p>A paragraph long enough to be the article on its own.</p>';
    const none = await mockedClean(page, { formats: [] });
    expect([renderHtml.mock.calls.length, renderMarkdown.mock.calls.length]).toEqual([0, 0]);
    expect([none.html, none.markdown, none.text]).toEqual(['', '', 'A paragraph long enough to be the article on its own.']);
    await mockedClean(page, { formats: ['markdown'] });
    expect([renderHtml.mock.calls.length, renderMarkdown.mock.calls.length]).toEqual([0, 1]);
    await mockedClean(page);
    expect([renderHtml.mock.calls.length, renderMarkdown.mock.calls.length]).toEqual([1, 2]);
  });

  it('rejects anything but a list of "html" and "markdown"', async () => {
    for (const formats of ['html', ['pdf'], [null], { html: true }]) {
      await expect(clean('<p>x</p>', { formats } as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    }
  });
});
