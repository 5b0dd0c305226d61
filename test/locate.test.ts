// The locator: finds the article container, and accounts for everything around it with receipts.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { fixture } from './helpers.js';

describe('locate', () => {
  it('keeps the article paragraphs and drops menus, sidebars and footers', async () => {
    const article = await clean(fixture('news-with-chrome.html'));
    expect(article.text.split('\n\n')).toEqual([
      'The harbour at Port Ellen reopened to fishing boats on Monday, six weeks after a winter storm tore away part of the outer breakwater and sank two moored vessels.',
      'Engineers worked in shifts, often at night, to rebuild the damaged section with concrete blocks weighing up to twelve tonnes each, the harbour authority said in a statement.',
      'Skippers, who had been landing their catch at a port forty miles away, said the closure had cost them thousands of pounds in fuel and lost fishing days.',
      "The authority said a full review of the breakwater's design would be published in the summer, with further work possible next winter.",
    ]);
  });

  it('leaves a receipt for the navigation, the sidebar, the footer and the in-article nav', async () => {
    const article = await clean(fixture('news-with-chrome.html'));
    const byRule = (id: string): string[] => article.removed.filter((r) => r.ruleId === id).map((r) => r.text);
    expect(byRule('locate.navigation')).toEqual(['Home World Business Sport', 'Storms Fishing']);
    expect(byRule('locate.footer')).toEqual(['Copyright 2025 Coast News. Contact us. Terms of use.']);
    expect(article.removed.some((r) => r.text.includes('Weather for the coast'))).toBe(true);
    expect(article.removed.find((r) => r.ruleId === 'meta.title')?.text).toBe('Harbour reopens after storm repairs');
  });
});

describe('locate in a whole-page text dump', () => {
  it('keeps the run of article prose and drops the menu, the comments and the footer around it, with receipts', async () => {
    const article = await clean(fixture('page-dump.txt'), { format: 'text' });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The harbour at Port Ellen reopened/);
    expect(paragraphs).toContain('What comes next');
    expect(paragraphs.at(-1)).toMatch(/further work possible next winter\.$/);
    const rules = new Set(article.removed.map((r) => r.ruleId));
    expect(rules).toEqual(new Set(['locate.outside-article', 'locate.comments']));
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toContain('Reply');
    expect(article.removed.map((r) => r.text)).toContain('© 2025 The Islay Gazette');
  });

  it('leaves an article-only dump whole, even when it ends in a checklist', async () => {
    const items = ['Compass', 'Topo map', 'Headlamp', 'Water filter', 'First aid kit', 'Rain jacket', 'Spare socks', 'Snacks', 'Sunscreen', 'Whistle', 'Knife', 'Matches', 'Map bag'];
    const text = ['Pack light, but never leave the essentials behind when you head into the hills for a long day on the trail.', ...items].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.text).toBe(text);
  });
});
