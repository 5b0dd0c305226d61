// The optional readability engine: Mozilla Readability on jsdom as the locator, its output re-sanitized by decruft.
import { describe, expect, it } from 'vitest';
import { clean, DecruftError } from '../src/index.js';
import { readability } from '../src/readability.js';
import { fixture } from './helpers.js';

describe('readability engine', () => {
  it('extracts the article through Readability and cleans it with decruft', async () => {
    const article = await clean(fixture('news-with-chrome.html'), { engine: readability });
    expect(article.text).toContain('The harbour at Port Ellen reopened to fishing boats on Monday');
    expect(article.text).not.toContain('Copyright 2025 Coast News');
  });

  it('sanitizes what Readability returns', async () => {
    const html = `<html><body><article><h1>T</h1>${'<p>Paragraph of article text that is long enough for Readability to keep it, with commas, and more words.</p>'.repeat(5)}<p><a href="JAVASCRIPT:alert(1)">bad link</a> <img src="x" onerror="alert(1)"></p></article></body></html>`;
    const article = await clean(html, { engine: readability, url: 'https://example.com/' });
    expect(article.html).not.toMatch(/javascript:|onerror/i);
  });

  it('falls back to decruft\'s own locator when an engine throws, and passes DecruftErrors through', async () => {
    const broken = { name: 'broken', extract: async () => { throw new Error('")" is expected'); } };
    const article = await clean(fixture('news-with-chrome.html'), { engine: broken });
    expect(article.text).toContain('The harbour at Port Ellen reopened');
    expect(article.warnings.find((w) => w.code === 'ENGINE_FALLBACK')?.message).toMatch(/broken engine failed/);
    const unsupported = { name: 'edge', extract: async () => { throw new DecruftError('UNSUPPORTED_RUNTIME', 'no jsdom here'); } };
    await expect(clean('<p>x</p>', { engine: unsupported })).rejects.toMatchObject({ code: 'UNSUPPORTED_RUNTIME' });
  });

  it('falls back to decruft\'s own locator on pages too deep for Readability', async () => {
    const deep = `${'<div>'.repeat(300)}<p>Deep but real paragraph text.</p>${'</div>'.repeat(300)}`;
    const article = await clean(deep, { engine: readability });
    expect(article.text).toBe('Deep but real paragraph text.');
    expect(article.warnings.map((w) => w.code)).toContain('ENGINE_FALLBACK');
  });
});
