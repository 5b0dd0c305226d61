// RELIABILITY §7 character accounting: every visible character of a page is in the text or in a receipt. The check
// itself (test/hostile/harness.ts, run on every vector and fuzz case) and the receipts it made decruft add.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { Article } from '../src/types.js';
import { accountingOf, accountingProblems, runTraced, visibleText } from './hostile/harness.js';

const LEAD = 'The harbour renovation will cost the city four million euros over three years, the council said on Monday.';
const TAIL = 'Fishermen say the new quay will finally let larger boats unload their catch during the winter storms.';
const page = (inner: string): string => `<html><head><title>Harbour</title></head><body><article><p>${LEAD}</p>${inner}<p>${TAIL}</p></article></body></html>`;

async function accounted(html: string): Promise<{ article: Article; problems: string[] }> {
  const r = await runTraced(html, { format: 'html' });
  if (!r.ok) throw r.error;
  return { article: r.article, problems: await accountingOf(r.article, r.page, { format: 'html' }) };
}

describe('the accounting check', () => {
  const article = (text: string, receipts: string[] = []): Article =>
    ({ text, removed: receipts.map((t) => ({ ruleId: 'x', category: 'chrome', reason: 'x', stage: 'classify', text: t })) }) as unknown as Article;

  it('names the visible characters found in neither the text nor a receipt', () => {
    expect(accountingProblems(article('abc'), 'abcxx y')).toEqual(['accounting: 3 visible characters in neither text nor receipts: "x"×2 "y"×1']);
  });

  it('counts receipts and ignores whitespace and order', () => {
    expect(accountingProblems(article('c b', ['a\n']), ' a  b\tc ')).toEqual([]);
  });

  it('compares code points after NFC (astral characters count once)', () => {
    expect(accountingProblems(article('e\u0301 😀'), 'é😀')).toEqual([]);
    expect(accountingProblems(article(''), '😀')).toEqual(['accounting: 1 visible characters in neither text nor receipts: "😀"×1']);
  });

  it('reads visible text as §7 defines it', async () => {
    const html = '<html><head><title>T1</title><style>s1{}</style></head><body><p>v1</p><!--c1--><script>j1</script><template>t2</template>'
      + '<iframe>f1</iframe><noembed>e1</noembed><noscript>n1</noscript><textarea>&amp;a1</textarea>\u00ADz\u200Bz</body></html>';
    const visible = await visibleText(html, 'html', {});
    expect(visible.split(/\s+/).filter(Boolean).sort()).toEqual(['&a1', 'n1', 'v1', 'zz']);
  });

  it('leaves out what TRUNCATED swallowed', async () => {
    const visible = await visibleText(`<p>kept</p><script>${'x'.repeat(2000)}`, 'html', {});
    expect(visible.trim()).toBe('kept');
    const comment = await visibleText(`<p>kept</p><!--${'y'.repeat(2000)}`, 'html', {});
    expect(comment.trim()).toBe('kept');
  });

  it('reads a dump without its list markers', async () => {
    expect(await visibleText('Intro.\n\n• one\n• two\n3. three', 'text', {})).toBe('Intro.\n\none\ntwo\nthree');
  });
});

describe('receipts for text that is not extracted', () => {
  it('a figure with no image holding a table, a quote or code is read as them; beside an image they go in a receipt', async () => {
    const figure = '<figure class="wp-block-table"><table><tr><td>Cost</td><td>4.2m</td></tr></table><figcaption>Budget</figcaption></figure>'
      + '<figure><blockquote><p>Pull quote words</p></blockquote></figure><figure><pre><code>let x = 1;</code></pre></figure>';
    const { article, problems } = await accounted(page(figure));
    expect(problems).toEqual([]);
    for (const part of ['Cost | 4.2m', 'Budget', 'Pull quote words', 'let x = 1;']) expect(article.text).toContain(part);
    expect(article.removed.filter((r) => r.ruleId === 'segment.figure-rest')).toEqual([]);
    const withImage = await accounted(page('<figure><img src="https://example.com/chart.png" alt="chart"><table><tr><td>Cost</td><td>4.2m</td></tr></table><figcaption>Budget</figcaption></figure>'));
    expect(withImage.problems).toEqual([]);
    expect(withImage.article.removed.filter((r) => r.ruleId === 'segment.figure-rest').map((r) => r.text)).toEqual(['Cost 4.2m']);
    expect(withImage.article.removed.find((r) => r.ruleId === 'segment.figure-rest')).toMatchObject({ category: 'chrome', stage: 'segment' });
  });

  it('a data table\'s caption and cells outside a row', async () => {
    const table = '<table><caption>Harbour costs by year</caption><tbody><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>1.2m</td></tr><td>stray</td></tbody></table>';
    const { article, problems } = await accounted(page(table));
    expect(problems).toEqual([]);
    expect(article.text).toContain('Year | Cost\n2025 | 1.2m');
    expect(article.removed.filter((r) => r.ruleId === 'segment.table-rest').map((r) => r.text)).toEqual(['Harbour costs by year stray']);
  });

  it('a <title> outside the head: moved to metadata, with a meta.title receipt', async () => {
    const { article, problems } = await accounted(`<p>${LEAD}</p><title>Body title</title><p>${TAIL}</p>`);
    expect(problems).toEqual([]);
    expect(article.title).toBe('Body title');
    expect(article.text).not.toContain('Body title');
    expect(article.removed).toContainEqual(expect.objectContaining({ ruleId: 'meta.title', category: 'chrome', stage: 'prepare', text: 'Body title' }));
  });

  it('a textarea inside a dropped element: the receipt decodes its entities, as a reader sees them', async () => {
    const { article, problems } = await accounted(page('<div hidden><p>Embed</p><textarea>&lt;script src="x"&gt;&lt;/script&gt;</textarea></div>'));
    expect(problems).toEqual([]);
    expect(article.removed.find((r) => r.ruleId === 'html.hidden')?.text).toBe('Embed <script src="x"></script>');
  });

  it('the headline moved to the title keeps its meta.title receipt', async () => {
    const html = `<html><head><title>Harbour renovation approved</title></head><body><article><h1>Harbour renovation approved</h1><p>${LEAD}</p><p>${TAIL}</p></article></body></html>`;
    const { article, problems } = await accounted(html);
    expect(problems).toEqual([]);
    expect(article.removed).toContainEqual(expect.objectContaining({ ruleId: 'meta.title', stage: 'dedupe', text: 'Harbour renovation approved' }));
    expect((await clean(html)).text).toBe(article.text);
  });
});
