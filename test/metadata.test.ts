// Metadata basics: JSON-LD (with @graph), OpenGraph, title and byline cleanup, date normalization.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { cleanByline, joinAuthors } from '../src/metadata/byline.js';
import { monthOnlyDate, normalizeDate, parseHumanDate } from '../src/metadata/dates.js';
import { readJsonLd } from '../src/metadata/json-ld.js';
import { cleanTitle, pickTitle } from '../src/metadata/title.js';
import { urlDate } from '../src/metadata/sources.js';
import { examplePage } from './helpers.js';

describe('json-ld', () => {
  it('finds the article node inside @graph and reads nested authors', () => {
    const facts = readJsonLd([JSON.stringify({ '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': ['NewsArticle'], headline: 'H', author: [{ '@type': 'Person', name: 'A B' }, { name: 'C D' }], datePublished: '2024-01-02T03:04:05Z', publisher: { name: 'Pub' } }] })]);
    expect(facts).toMatchObject({ type: 'newsarticle', headline: 'H', authors: ['A B', 'C D'], datePublished: '2024-01-02T03:04:05Z', publisher: 'Pub' });
  });
  it('finds the post inside a Blog node', () => {
    const facts = readJsonLd([JSON.stringify({ '@type': 'Blog', name: 'My blog', blogPost: [{ '@type': 'BlogPosting', headline: 'Photo frames', datePublished: '2025-12-19T20:20:42Z', author: { '@type': 'Person', name: 'Amy Lee' } }] })]);
    expect(facts).toMatchObject({ type: 'blogposting', headline: 'Photo frames', datePublished: '2025-12-19T20:20:42Z', authors: ['Amy Lee'] });
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
    expect(cleanTitle('Council approves cycle lanes | The Riverside Gazette', 'The Riverside Gazette')).toBe('Council approves cycle lanes');
    expect(cleanTitle('Why we sleep - BBC', null)).toBe('Why we sleep');
    expect(cleanTitle('Rust vs Go - a comparison of two languages', null)).toBe('Rust vs Go - a comparison of two languages');
  });
  it('takes the first part of a title split by vertical bars, or the second after a one-word brand', () => {
    expect(cleanTitle('Electrical - Overview | Occupational Safety and Health Administration', null)).toBe('Electrical - Overview');
    expect(cleanTitle('How to help babies sleep through the night | Patient Education | Children’s Hospital', null)).toBe('How to help babies sleep through the night');
    expect(cleanTitle('Todoist | A To-Do List to Organize Your Work & Life', null)).toBe('A To-Do List to Organize Your Work & Life');
  });
  it('cleans bylines and joins authors', () => {
    expect(cleanByline('By Jane Doe (@janedoe)')).toBe('Jane Doe');
    expect(joinAuthors(['Jane Doe', 'by John Roe', 'jane doe'])).toBe('Jane Doe, John Roe');
  });
  it.each([
    ['Maria &amp; Katerina', 'Maria & Katerina'],
    ['beatriz.pinto@hommes.studio', 'beatriz.pinto@hommes.studio'],
    ['Roy, Aniruddha', 'Aniruddha Roy'],
    ['By Priya Natarajan · 14 March 2025', 'Priya Natarajan'],
    ['Dylan Bailey, MS, RD, FAND', 'Dylan Bailey, MS, RD, FAND'],
    // An author page's link text.
    ['View all posts by Ray Ansari', 'Ray Ansari'],
    ['Posts by Halina Goetz', 'Halina Goetz'],
    ['More articles by Jane Doe', 'Jane Doe'],
    ['Written By Reyan Perumal Reyan Perumal is a content writer at Surge Global, a digital agency that helps brands grow online through search.', 'Reyan Perumal Reyan Perumal'],
  ])('cleanByline(%j) → %j', (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });
  it.each([
    ['on Friday January 12, 2024 @11:40AM', null, '2024-01-12'],
    ['14. März 2025', 'de', '2025-03-14'],
    ['Updated 3 hours ago', null, null],
    ['January 12', null, null],
    ['Dec 17, 2025', null, '2025-12-17'],
    ['Tuesday, Sept. 2nd, 2025', 'en', '2025-09-02'],
    ['17 December 2024', null, '2024-12-17'],
    ['Decem 1, 2024', null, null],
    ['February 30, 2024', null, null],
    ['2018 Boys State Swim Results', null, null],
    ['2025年3月14日', 'ja', '2025-03-14'],
    // Chinese and Japanese dates are read without chrono-node's locales for them, whatever the page declares.
    ['发布时间：2024年 11月 5日 10:30', 'zh', '2024-11-05'],
    ['２０２３年１２月１日', null, '2023-12-01'],
    ['2023年2月30日', 'ja', null],
    // Month names joined by dashes, and abbreviated month names of the catalog's languages whatever the page declares.
    ['By: Ana Ruiz on 04-ago-2021 5:11:10', 'en', '2021-08-04'],
    ['12-Oct-2020', null, '2020-10-12'],
    ['3 févr. 2020', 'en', '2020-02-03'],
    ['12. Okt. 2021', null, '2021-10-12'],
    ['12 ott 2021', 'en', '2021-10-12'],
    ['12 out. 2021', null, '2021-10-12'],
    ['12 mrt 2021', 'en', '2021-03-12'],
    ['7 dic 2021', 'es', '2021-12-07'],
    ['7 xyz 2021', 'en', null],
  ])('parseHumanDate(%j, %j) → %j', async (input, lang, expected) => {
    expect(await parseHumanDate(input, lang)).toBe(expected);
  });
  it('reads a month and a year alone as a calendar month, never a month to come', () => {
    expect(monthOnlyDate('November 2015')).toBe('2015-11');
    expect(monthOnlyDate('Published: Nov. 2015')).toBe('2015-11');
    expect(monthOnlyDate('Best of 2015')).toBeNull();
    expect(monthOnlyDate('November 12, 2015')).toBeNull();
    expect(monthOnlyDate(`January ${new Date().getUTCFullYear() + 1}`)).toBeNull();
  });
  it('reads dates from URL paths', () => {
    expect(urlDate('https://x.example/2025/02/22/story')).toBe('2025-02-22');
    expect(urlDate('https://x.example/news/20250222/story')).toBe('2025-02-22');
    expect(urlDate('https://x.example/2025/story')).toBeNull();
  });
  it('does not read version numbers in a URL slug as a date', () => {
    expect(urlDate('https://forum.example/t/2024-4-4-2024-5-0-issue-stuck-on-start/724779')).toBeNull();
    expect(urlDate('https://x.example/2025-02-22-5-things-to-know')).toBe('2025-02-22');
  });
  it('prefers the document title over a section-label h1, and a headline h1 over a different SEO title', () => {
    const label = pickTitle([{ source: 'h1', value: 'Blog' }, { source: 'og', value: 'Packing Tips Guide' }, { source: 'title-tag', value: 'Packing Tips Guide | Trips' }], 'Trips');
    expect(label).toMatchObject({ value: 'Packing Tips Guide', source: 'og' });
    const headline = pickTitle([{ source: 'h1', value: 'How To Use Gym Equipment (With Confidence!)' }, { source: 'og', value: 'How To Use Gym Equipment: A Beginner’s Guide' }], null);
    expect(headline.source).toBe('h1');
    expect(pickTitle([{ source: 'json-ld', value: 'Best Long-Distance &#038; Cross-Country Movers' }], null).value).toBe('Best Long-Distance & Cross-Country Movers');
  });
  it('keeps the declared spelling when the headline says the same words with curly quotes', () => {
    const same = pickTitle([{ source: 'h1', value: 'Why Hasn’t Tutoring Been More Effective?' }, { source: 'og', value: "Why Hasn't Tutoring Been More Effective?" }], null);
    expect(same).toMatchObject({ value: "Why Hasn't Tutoring Been More Effective?", source: 'og' });
  });
  it("keeps the headline's spelling when the JSON-LD headline spells it the same way", () => {
    const agreed = pickTitle([
      { source: 'json-ld', value: 'Renovation Trends &amp; Why They&#8217;re Smart' },
      { source: 'og', value: "Renovation Trends & Why They're Smart" },
      { source: 'h1', value: 'Renovation Trends & Why They’re Smart' },
      { source: 'title-tag', value: "Renovation Trends & Why They're Smart | Great Homes" },
    ], 'Great Homes');
    expect(agreed).toMatchObject({ value: 'Renovation Trends & Why They’re Smart', source: 'json-ld' });
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
