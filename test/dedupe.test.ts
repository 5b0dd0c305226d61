// The dedupe stage: blocks repeated verbatim go (with receipts); short repeats and the headline rule.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const story = [
  'The harbour reopened to fishing boats on Monday, six weeks after a winter storm tore away part of the outer breakwater.',
  'Engineers worked in shifts to rebuild the damaged section with concrete blocks weighing up to twelve tonnes each.',
];
const caption = 'Skippers unload their catch at the rebuilt quay in Port Ellen on Monday morning (Photo: Coast News)';

describe('dedupe', () => {
  it('drops a block repeated later in the article, with a dedupe.repeated-block receipt', async () => {
    const article = await clean(`<html><body><article><p>${story[0]}</p><p>${caption}</p><p>${story[1]}</p><p>${caption}</p></article></body></html>`);
    expect(article.text).toBe([story[0], caption, story[1]].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'dedupe.repeated-block').map((r) => r.text)).toEqual([caption]);
  });

  it('takes a one-item list that repeats a caption (a gallery slide) for a repeat', async () => {
    const article = await clean(`<html><body><article><p>${caption}</p><p>${story[0]}</p><ul><li>${caption}</li></ul><p>${story[1]}</p></article></body></html>`);
    expect(article.text).toBe([caption, story[0], story[1]].join('\n\n'));
  });

  it('keeps short repeats (labels, table words) and lists of several items', async () => {
    const list = `<ul><li>${caption}</li><li>Another item of the list</li></ul>`;
    const article = await clean(`<html><body><article><p>${story[0]}</p><p>Yes</p><p>${caption}</p><p>${story[1]}</p><p>Yes</p>${list}</article></body></html>`);
    expect(article.text.split('\n\n').filter((p) => p === 'Yes')).toHaveLength(2);
    expect(article.text).toContain(`- ${caption}\n- Another item of the list`);
  });
});
