// The catalog walk: every rule well-formed, every example removed, every counter-example kept.
import { describe, expect, it } from 'vitest';
import { judgeRun } from '../src/classify/index.js';
import { runSignals } from '../src/classify/signals.js';
import { clean } from '../src/index.js';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog, matchPhrases, matchRun, scanTokens, tokenize } from '../src/rules/compile.js';
import { CATEGORIES } from '../src/options.js';

const catalog = compileCatalog(CATALOG);

describe('the rule catalog', () => {
  it('has unique, well-formed ids whose prefix is the category or a known family', () => {
    const ids = CATALOG.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CATALOG) {
      expect(rule.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.counterExamples.length).toBeGreaterThan(0);
      expect((rule.phrases?.length ?? 0) + (rule.hints?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('has strong rules in English, German, French, Spanish, Italian, Portuguese and Dutch for every category', () => {
    const seven = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'];
    for (const category of ['donation', 'paywall', 'newsletter', 'subscription', 'cookie', 'ad', 'social', 'related', 'chrome']) {
      const langs = new Set(CATALOG.filter((r) => r.category === category && r.strength === 'strong').map((r) => r.lang));
      // Some categories also have a few widget labels in more languages (Indonesian ad and share labels).
      expect([category, seven.filter((lang) => langs.has(lang))]).toEqual([category, seven]);
    }
  });

  for (const rule of CATALOG) {
    describe(rule.id, () => {
      it.each(rule.examples.map((e) => [e]))('removes %j', async (example) => {
        const article = await clean(`${example}\n\nAn ordinary paragraph of the article that talks about the news of the day in plain words.`, { format: 'text' });
        expect(article.text).toBe('An ordinary paragraph of the article that talks about the news of the day in plain words.');
        expect(article.removed.map((r) => r.text).join(' ')).toContain(example.split(' ')[0]);
      });
      it.each(rule.counterExamples.map((e) => [e]))('keeps %j', async (counter) => {
        expect(judgeRun(runSignals(counter, catalog))).toBeNull();
        const article = await clean(counter, { format: 'text' });
        expect(article.text).toBe(counter);
      });
    });
  }
});

describe('the phrase matcher', () => {
  it('matches case- and accent-insensitively with word wildcards', () => {
    const hits = matchPhrases(catalog, tokenize("YOU'VE READ 3 of 4 FREE articles; Unterstützen Sie uns"));
    const ids = hits.map((h) => h.rule.id);
    expect(ids).toContain('paywall.metered');
    expect(ids).toContain('donation.spenden');
  });
  it('lets a number wildcard match a number with thousands separators, and nothing across a space or a comma in prose', () => {
    const ids = (text: string): string[] => matchRun(catalog, scanTokens(text)).map((h) => h.rule.id);
    expect(ids('Join 80,000 readers who start their day with us.')).toContain('newsletter.sign-up');
    expect(ids('Join 1.250.000 readers today.')).toContain('newsletter.sign-up');
    expect(ids('Join 80, 000 readers')).not.toContain('newsletter.sign-up');
  });
  it('does not match inside words', () => {
    expect(matchPhrases(catalog, tokenize('Shareholders met'))).toEqual([]);
  });
});

describe('custom rules and categories', () => {
  it('adds a custom phrase rule and disables a built-in one', async () => {
    const text = 'Psst, join the Friends of the Gazette club today.\n\nAdvertisement\n\nThe story itself, told in full sentences.';
    const article = await clean(text, {
      format: 'text',
      rules: {
        add: [{ id: 'donation.friends-club', category: 'donation', lang: 'en', description: 'Gazette club', strength: 'strong', phrases: ['friends of the gazette'], examples: [], counterExamples: [] }],
        disable: ['ad.marker'],
      },
    });
    expect(article.text).toBe('Advertisement\n\nThe story itself, told in full sentences.');
    expect(article.removed[0]?.ruleId).toBe('donation.friends-club');
  });
  it('names a custom weak rule in the receipt when its cue words decide', async () => {
    const article = await clean('Friends, join the Gazette club: you make it possible.\n\nThe story itself, told in full sentences.', {
      format: 'text',
      rules: {
        add: [{ id: 'donation.gazette-cues', category: 'donation', lang: 'en', description: 'Gazette club words', strength: 'weak', phrases: ['friends', 'gazette', 'club'], examples: [], counterExamples: [] }],
        disable: ['donation.cues'],
      },
    });
    expect(article.text).toBe('The story itself, told in full sentences.');
    expect(article.removed[0]?.ruleId).toBe('donation.gazette-cues');
  });
  it('keeps a category when asked', async () => {
    const article = await clean('Read more\n\nThe story itself, told in full sentences.', { format: 'text', categories: { related: 'keep' } });
    expect(article.text).toBe('Read more\n\nThe story itself, told in full sentences.');
  });
});
