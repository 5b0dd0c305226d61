// Rendering: Markdown (GFM tables), sanitized HTML, absolute safe URLs only.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

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
