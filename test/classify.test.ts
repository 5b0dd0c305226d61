// Classification of blocks and glued runs: appeals go, news sentences that look like them stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { examplePage } from './helpers.js';

const ARTICLE = 'The council met on Tuesday to discuss the budget for next year, and approved it by a narrow vote.';

describe('glued runs', () => {
  it('cuts an appeal glued to the end of a paragraph and returns the paragraph as written', async () => {
    const article = await clean(`${ARTICLE} Enjoyed this story? Sign up for our newsletter and get it in your inbox every morning.`, { format: 'text' });
    expect(article.text).toBe(ARTICLE);
    expect(article.removed[0]).toMatchObject({ category: 'newsletter', stage: 'classify' });
  });

  it('cuts an appeal glued to the start of a paragraph', async () => {
    const article = await clean(`Subscribe to continue reading. ${ARTICLE}`, { format: 'text' });
    expect(article.text).toBe(ARTICLE);
    expect(article.removed[0]?.category).toBe('paywall');
  });

  it('splits capitalized calls to action glued mid-line', async () => {
    const article = await clean(`${ARTICLE} Read more`, { format: 'text' });
    expect(article.text).toBe(ARTICLE);
  });
});

describe('html boxes', () => {
  it('removes a paywall box and a newsletter box inside the article, with receipts', async () => {
    const article = await clean(examplePage('city-council-paywall.html'));
    expect(article.text).not.toMatch(/free articles|Subscribe now/);
    expect(article.text).toContain('Councillor Mark Hughes');
    const classified = article.removed.filter((r) => r.stage === 'classify').map((r) => [r.category, r.text]);
    expect(classified).toEqual([
      ['paywall', "You've read 3 of 4 free articles this month. Subscribe to continue reading and get unlimited access to local journalism."],
      ['subscription', 'Subscribe now'],
      ['social', 'Share on Twitter Share on Facebook'],
    ]);
  });

  it('removes a neutral-markup newsletter box as a whole (heading, text and button)', async () => {
    const article = await clean(examplePage('recipe-blog-newsletter.html'));
    expect(article.text).not.toContain('Get our weekly recipes');
    expect(article.text).not.toMatch(/Sign up/);
    expect(article.text).toContain('Feed your starter the night before');
    expect(article.removed.filter((r) => r.category === 'newsletter')).toHaveLength(3);
  });
});
