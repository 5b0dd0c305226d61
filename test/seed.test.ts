// The page that started the project: cleaned exactly (golden file written by hand from the seed, not by decruft).
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { fixture } from './helpers.js';

describe('the seed', () => {
  const seed = fixture('seed.txt');

  it('returns exactly the 18 article paragraphs', async () => {
    const article = await clean(seed);
    expect(article.text).toBe(fixture('seed.expected.txt'));
    expect(article.text.split('\n\n')).toHaveLength(18);
  });

  it('reads the date header into publishedAt', async () => {
    const article = await clean(seed);
    expect(article.publishedAt).toBe('2025-02-22');
    expect(article.source.format).toBe('text');
  });

  it('removes the donation appeal with a receipt and keeps the near-miss paragraph', async () => {
    const article = await clean(seed);
    const donation = article.removed.filter((r) => r.category === 'donation');
    expect(donation.length).toBeGreaterThan(0);
    expect(donation.map((r) => r.text).join(' ')).toContain('Your support helps us to tell the story');
    expect(donation[0]?.ruleId).toMatch(/^donation\./);
    expect(article.text).toContain("the UK’s ironclad support for Ukraine");
    expect(article.removed.find((r) => r.ruleId === 'meta.date')?.text).toBe('date 2025-02-22');
  });

  it('gives the same result from bytes and from a string', async () => {
    const fromString = await clean(seed);
    const fromBytes = await clean(new TextEncoder().encode(seed));
    expect(fromBytes.text).toBe(fromString.text);
    expect(fromBytes.source.encoding).toBe('utf-8');
  });
});
