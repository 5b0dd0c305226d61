// Metadata basics: JSON-LD (with @graph), OpenGraph, title and byline cleanup, date normalization.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { cleanByline, joinAuthors } from '../src/metadata/byline.js';
import { normalizeDate } from '../src/metadata/dates.js';
import { readJsonLd } from '../src/metadata/json-ld.js';
import { cleanTitle } from '../src/metadata/title.js';
import { examplePage } from './helpers.js';

describe('json-ld', () => {
  it('finds the article node inside @graph and reads nested authors', () => {
    const facts = readJsonLd([JSON.stringify({ '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': ['NewsArticle'], headline: 'H', author: [{ '@type': 'Person', name: 'A B' }, { name: 'C D' }], datePublished: '2024-01-02T03:04:05Z', publisher: { name: 'Pub' } }] })]);
    expect(facts).toMatchObject({ type: 'newsarticle', headline: 'H', authors: ['A B', 'C D'], datePublished: '2024-01-02T03:04:05Z', publisher: 'Pub' });
  });
  it('skips broken JSON without failing', () => {
    expect(readJsonLd(['{not json', '{"@type":"BlogPosting","headline":"ok"}'])?.headline).toBe('ok');
  });
});

describe('normalization', () => {
  it.each([
    ['2025-02-22', '2025-02-22'],
    ['2025-02-22T10:15:00+0100', '2025-02-22T10:15:00+01:00'],
    ['2025-02-22T10:15:00.000Z', '2025-02-22T10:15:00Z'],
    ['2025/2/3', '2025-02-03'],
    ['February 22, 2025', '2025-02-22'],
    ['© 1887', null],
    ['2025-02-30', null],
  ])('normalizeDate(%j) → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
  it('strips the site suffix from titles', () => {
    expect(cleanTitle('Council approves cycle lanes | The Riverside Gazette', 'The Riverside Gazette', null)).toBe('Council approves cycle lanes');
    expect(cleanTitle('Why we sleep - BBC', null, null)).toBe('Why we sleep');
    expect(cleanTitle('Rust vs Go - a comparison of two languages', null, null)).toBe('Rust vs Go - a comparison of two languages');
  });
  it('cleans bylines and joins authors', () => {
    expect(cleanByline('By Jane Doe (@janedoe)')).toBe('Jane Doe');
    expect(joinAuthors(['Jane Doe', 'by John Roe', 'jane doe'])).toBe('Jane Doe, John Roe');
  });
});

describe('metadata on a page', () => {
  it('reads title, site, byline, dates, lang and canonical URL', async () => {
    const article = await clean(examplePage('city-council-paywall.html'));
    expect(article).toMatchObject({
      title: 'Council approves new cycle lanes for the high street',
      siteName: 'The Riverside Gazette',
      byline: 'Priya Natarajan',
      publishedAt: '2025-03-14T09:30:00+00:00',
      lang: 'en-GB',
      canonicalUrl: 'https://gazette.example/news/2025/03/14/cycle-lanes',
    });
  });
  it('resolves the JSON-LD image against the page URL', async () => {
    const article = await clean(examplePage('recipe-blog-newsletter.html'), { url: 'https://slow.example/posts/sourdough' });
    expect(article.image).toBe('https://slow.example/img/loaf.jpg');
    expect(article.byline).toBe('Tomás Ferreira');
    expect(article.publishedAt).toBe('2024-11-02');
  });
});
