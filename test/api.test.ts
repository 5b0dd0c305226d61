// Pins the public surface: exports, the Article shape, createCleaner, the readability entry.
import { describe, expect, it } from 'vitest';
import * as decruft from '../src/index.js';
import { clean, createCleaner, DecruftError } from '../src/index.js';

const ARTICLE_KEYS = [
  'title', 'byline', 'siteName', 'lang', 'url', 'canonicalUrl', 'publishedAt', 'modifiedAt', 'description', 'image',
  'text', 'blocks', 'html', 'markdown', 'wordCount', 'removed', 'warnings', 'source',
].sort();

describe('public API', () => {
  it('exports exactly clean, createCleaner and DecruftError at runtime', () => {
    expect(Object.keys(decruft).sort()).toEqual(['DecruftError', 'clean', 'createCleaner']);
  });

  it('returns every Article field, null when unknown, never undefined', async () => {
    const article = await clean('Just one plain paragraph of text about a quiet afternoon in the park.');
    expect(Object.keys(article).sort()).toEqual(ARTICLE_KEYS);
    for (const key of ARTICLE_KEYS) expect(article[key as keyof typeof article]).not.toBeUndefined();
    expect(article.title).toBeNull();
    expect(article.text).toBe('Just one plain paragraph of text about a quiet afternoon in the park.');
    expect(article.wordCount).toBe(13);
    expect(article.blocks).toEqual([{ type: 'paragraph', text: article.text }]);
  });

  it('accepts string, Uint8Array, Buffer, ArrayBuffer and DataView input', async () => {
    const html = '<p>Hello from the <b>library</b> test page, which has one paragraph.</p>';
    const bytes = new TextEncoder().encode(html);
    const inputs = [html, bytes, Buffer.from(html), bytes.buffer.slice(0), new DataView(bytes.buffer.slice(0))];
    const texts = await Promise.all(inputs.map(async (input) => (await clean(input)).text));
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toBe('Hello from the library test page, which has one paragraph.');
  });

  it('createCleaner validates once and cleans a batch with per-call options', async () => {
    const cleaner = createCleaner({ formats: [] });
    const a = await cleaner.clean('<p>A page with a <a href="/x">relative link</a> in its only paragraph.</p>', { url: 'https://example.com/a/b' });
    expect(a.url).toBe('https://example.com/a/b');
    expect(a.html).toBe('');
    expect(a.markdown).toBe('');
    expect(() => createCleaner({ formats: ['pdf'] } as never)).toThrow(DecruftError);
  });

  it('skips the renderings the caller does not ask for', async () => {
    const a = await clean('<p>Some text for the renderers to work on, in one paragraph.</p>', { formats: ['markdown'] });
    expect(a.html).toBe('');
    expect(a.markdown).toBe('Some text for the renderers to work on, in one paragraph.');
  });

  it('exposes the readability engine from decruft/readability', async () => {
    const { readability } = await import('../src/readability.js');
    expect(readability.name).toBe('readability');
    expect(typeof readability.extract).toBe('function');
  });
});
