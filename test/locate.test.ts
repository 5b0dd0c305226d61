// The locator: finds the article container, and accounts for everything around it with receipts.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { fixture, makeContext } from './helpers.js';
import { locateText } from '../src/locate/text.js';
import { isDiscussionUrl } from '../src/locate/blocks.js';
import { AFFILIATE_NOTICE, mayBeAffiliateNotice } from '../src/locate/trim.js';
import fc from 'fast-check';

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
    expect(byRule('locate.navigation')).toEqual(['- Home\n- World\n- Business\n- Sport', 'Storms Fishing']);
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

  it("keeps a data table's number cells inside the article, and drops a numbered list of teasers after it", async () => {
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
    const intro = 'Home prices rose again last year in most of the state, according to the latest figures from the land registry.';
    const cells = Array.from({ length: 40 }, (_, i) => [`${(i % 12) + 1}/1/20${13 + Math.floor(i / 12)}`, `+${(9 + (i % 7) * 0.7).toFixed(1)}%`]).flat();
    const after = 'The steepest rises came in the coastal towns, where the number of homes for sale fell by a third over the year.';
    const teasers = ['Most read', '1', 'Council approves the new budget', '2', 'School closures announced for Friday', '3', 'Weather warning issued'];
    const article = await clean([...menu, intro, 'Median sale price', ...cells, after, ...teasers, '© 2025 The Gazette'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe([intro, 'Median sale price', ...cells, after].join('\n\n'));
  });

  it('takes a "Comments" button in a share bar before the article for a button, not for the start of a comment section', async () => {
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
    const legal = [
      'Quotes delayed at least 15 minutes. Real-time quotes provided by an exchange partner. Market data provided by a data vendor. Terms and conditions apply to all of it.',
      'This material may not be published, broadcast, rewritten, or redistributed without the written consent of the publisher, which reserves all of its rights.',
    ];
    const story = [
      'Home Depot reported third-quarter earnings that topped estimates as revenue fell short, sending its shares lower ahead of the open.',
      'The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent to $27.2 billion.',
      'Looking ahead, the company sees sales growth of 1.8 percent for the year, down from its previous guidance of 2.3 percent.',
    ];
    const article = await clean([...menu, ...legal, 'Earnings', 'Facebook', 'Twitter', 'Comments', 'Print', 'Email', ...story].join('\n\n'), { format: 'text' });
    expect(article.text).toContain(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments')).toEqual([]);
  });

  it('does not take a tag cloud (many words, no punctuation) before the article for prose', async () => {
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
    const tags = 'budget council harbour ferry weather school roads elections housing parks library museum festival transport water energy health police fire jobs taxes tourism farming fishing culture sport';
    const story = [
      'The harbour at Port Ellen reopened on Monday after three months of repairs to its storm-damaged pier.',
      'Ferry crossings resume on the normal timetable this week, the operator said in a statement.',
    ];
    const cloud = `${tags} ${tags} ${tags}`;
    const article = await clean([...menu, cloud, ...menu.slice(0, 8).map((m) => `${m} archive`), ...story].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('locates the article among thousands of menu lines: segments only for kept blocks, prose tokens handed on', () => {
    const menu = Array.from({ length: 5000 }, (_, i) => `Menu ${i % 50}`);
    const story = [
      'The harbour at Port Ellen reopened on Monday after three months of repairs to its storm-damaged pier.',
      '- Ferry crossings resume\n- The pier is open',
      'Ferry crossings resume on the normal timetable this week, the operator said in a statement.',
    ];
    const blocks = [...menu, ...story, '© 2025 The Islay Gazette', 'Privacy policy'];
    const ctx = makeContext();
    const kept = locateText(blocks, ctx);
    expect(kept.map((s) => s.text)).toEqual(story);
    expect(kept.map((s) => s.box)).toEqual([5000, 5001, 5002]);
    expect(kept.map((s) => s.type)).toEqual(['paragraph', 'list', 'paragraph']);
    // Over KEEP_ALL_TOKENS blocks, only prose blocks keep the tokens the locator read (and they are their text's).
    expect(kept.map((s) => s.tokens?.text)).toEqual([story[0], undefined, story[2]]);
    expect(ctx.removed).toHaveLength(5002);
    expect(ctx.removed.at(-1)).toMatchObject({ ruleId: 'locate.outside-article', text: 'Privacy policy' });
  });

  it('cleans a dump of thousands of menu lines as it cleans the same page with a short menu', async () => {
    const story = 'The harbour at Port Ellen reopened on Monday after three months of repairs to its storm-damaged pier.\n\n- Ferry crossings resume\n- The pier is open\n\nFerry crossings resume on the normal timetable this week, the operator said in a statement.';
    const page = (lines: number): string => [...Array.from({ length: lines }, (_, i) => `Menu ${i}`), story, '© 2025 The Islay Gazette'].join('\n\n');
    const [short, long] = await Promise.all([clean(page(20), { format: 'text' }), clean(page(5000), { format: 'text' })]);
    expect(long.text).toBe(story);
    expect(long.blocks).toEqual(short.blocks);
    expect(long.wordCount).toBe(short.wordCount);
    expect(long.removed).toHaveLength(5001);
  });

  it('locates a dump that opens with a page\'s menu, however much prose follows the article', async () => {
    const menu = ['Stories', 'Firehose', 'All', 'Popular', 'Polls', 'Software', 'Submit', 'Search', 'Login', 'or', 'Sign up', 'Topics:', 'Devices', 'Build'];
    const story = ['Harbour reopens after storm repairs', 'The harbour at Port Ellen reopened on Monday after three months of repairs to its storm-damaged pier, the island council said.'];
    // Long replies after it: the menu lines are few against the whole dump, but they all come before its first prose.
    const replies = Array.from({ length: 40 }, (_, i) => `Reply ${i + 1}: I have taken that ferry for years and the new pier looks sturdier than the old one, though the waiting room is still too small.`);
    const article = await clean([...menu, ...story, ...replies].join('\n\n'), { format: 'text' });
    expect(article.text.startsWith(story[1] as string)).toBe(true);
    expect(article.text).toContain('Reply 40:');
    expect(article.removed.filter((r) => r.ruleId === 'locate.outside-article').map((r) => r.text).slice(0, menu.length)).toEqual(menu);
  });

  it("keeps the short items of a list a sentence of the article introduces, and not a label's links", async () => {
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
    const intro = 'Planning a wedding can feel overwhelming, but it does not have to be, and a clear plan made a year ahead keeps every later decision simple and calm.';
    const items = ['Venue', 'Catering', 'Photography', 'Attire', 'Entertainment', 'Florals and decor', 'Stationery', 'Transport'];
    const after = 'Always set aside a tenth of the total for the expenses that nobody expects.';
    const page = (label: string) => [...menu, intro, label, ...items, after, '© 2025 Wedding Hall', 'Privacy policy'].join('\n\n');
    const listed = await clean(page('Break your total budget into these clear categories:'), { format: 'text' });
    expect(listed.text).toBe([intro, 'Break your total budget into these clear categories:', ...items, after].join('\n\n'));
    // "Share this:" is a label, not the article's sentence: the short lines after it cost as menus do.
    const shared = await clean(page('Share this:'), { format: 'text' });
    expect(shared.text).toBe(intro);
  });

  it('leaves an article-only dump whole, even when it ends in a checklist', async () => {
    const items = ['Compass', 'Topo map', 'Headlamp', 'Water filter', 'First aid kit', 'Rain jacket', 'Spare socks', 'Snacks', 'Sunscreen', 'Whistle', 'Knife', 'Matches', 'Map bag'];
    const text = ['Pack light, but never leave the essentials behind when you head into the hills for a long day on the trail.', ...items].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.text).toBe(text);
  });
});

describe('locate in HTML: the run of article blocks', () => {
  it('keeps the story and leaves out the teaser cards and the comments that follow it in other containers', async () => {
    const article = await clean(fixture('blog-with-teasers.html'));
    expect(article.text.split('\n\n')).toEqual([
      'The old mill on the river has stood empty for thirty years, its wheel rusted in place and its roof open to the rain, until a group of volunteers bought it last spring for a single pound.',
      'They plan to grind flour again by next autumn, using the original stones, which were found intact under a collapsed floor when the first work party cleared the building in May.',
      'Money and help',
      "The restoration is paid for by a heritage grant and by local businesses, and more than two hundred people have signed up to help with the work on weekends, the group's chair said.",
      "Work so far has cost less than expected, because a local builder lent scaffolding for free and the county archive found the mill's original drawings from 1860 in a box of parish papers.",
      'The next step is the wheel itself: a specialist firm from the coast will lift it out in July, repair the oak paddles in its workshop and bring it back before the river rises in the winter.',
    ]);
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toHaveLength(3);
    expect(article.removed.some((r) => r.text.startsWith('The footbridge by the school'))).toBe(true);
  });

  it('leaves a photo\'s caption out of an article\'s text and keeps the photo, with locate.caption receipts', async () => {
    const article = await clean(fixture('news-with-photo-captions.html'));
    expect(article.text).not.toContain('seen from the beach');
    expect(article.text).not.toContain('lantern room');
    expect(article.text.split('\n\n')).toHaveLength(5);
    const figures = article.blocks.filter((b) => b.type === 'figure');
    expect(figures.map((f) => [f.type === 'figure' ? f.src : null, f.text])).toEqual([['https://coast.example/img/tower.jpg', ''], ['https://coast.example/img/lamp.jpg', '']]);
    expect(article.html).toContain('src="https://coast.example/img/lamp.jpg"');
    expect(article.html).not.toContain('figcaption');
    expect(article.removed.filter((r) => r.ruleId === 'locate.caption').map((r) => r.text)).toEqual(['The lighthouse at dusk, seen from the beach (Image: Jane Roe / Coast News)', 'The restored lamp in the lantern room']);
  });

  it('drops a paragraph that is one link between the article\'s paragraphs (a teaser, "click here to get the app"), and keeps linked item titles that make up the page', async () => {
    const story = [
      'The county will plant four thousand trees along its main roads this winter, replacing the elms and ashes lost to disease over the last ten years.',
      'Most of the new trees are oaks, limes and field maples, chosen because they cope with salt from the winter roads and with the dry summers of recent years.',
      'Volunteers from the villages along the routes will water the young trees through their first two summers, the council said on Tuesday.',
      'The planting starts in November on the road to the coast and should be finished by March, weather permitting, before the birds begin to nest.',
      'A map of the planting sites will be published online next week, and residents can ask for a tree outside their own homes until the end of October.',
    ];
    const teasers = ['COUNCIL APPROVES NEW CYCLE LANES', 'GET THE COUNTY NEWS APP'];
    const html = `<html><body><article>${story.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<p><a href="/cycle-lanes">${teasers[0]}</a></p>${story.slice(2, 4).map((p) => `<p>${p}</p>`).join('')}<p><a href="/app">${teasers[1]}</a></p><p>${story[4]}</p></article></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.link-list').map((r) => r.text)).toEqual(teasers);

    const projects = [
      ['An oak garden bench with a linseed finish', 'A garden bench from two oak boards and four short legs, finished with linseed oil so it weathers to a silver grey.'],
      ['A pine bird box with a hinged lid', 'A nest box for small birds, cut from one plank of untreated pine, with a hinged lid so it can be cleaned each autumn.'],
      ['A three-tier plant stand for a balcony', 'A three-tier stand for pots on a balcony, made from offcuts and held together with dowels instead of screws or glue.'],
      ['A pallet rack for long garden tools', 'A wall rack for garden tools made from a pallet, with pegs for the rakes and a shelf along the top for gloves.'],
      ['A covered log store with cedar shingles', 'A small covered store for firewood, with slatted sides so the logs dry in the wind and a roof of cedar shingles.'],
    ];
    const list = await clean(`<html><body><main><h1>Weekend woodworking projects</h1>${projects.map(([title, blurb]) => `<p><a href="/p/${title}">${title}</a></p><p>${blurb}</p>`).join('')}</main></body></html>`);
    for (const [title] of projects) expect(list.text.split('\n\n')).toContain(title);
  });

  it('leaves out a long footer paragraph in a div marked as the site footer, though it outscores a short article', async () => {
    const story = ['Police said a man was arrested on Wednesday after a stabbing at a clinic in the city centre.', 'A second man was injured trying to stop the attacker and is in a stable condition, officials said.'];
    const footer = 'The Customer Service Center can be contacted with any questions or requests by telephone, by e-mail or by post, from Sunday to Thursday between eight in the morning and six in the evening, and on Fridays until noon, except on public holidays, when the center is closed and messages are answered on the next working day by our team of service representatives.';
    const article = await clean(`<html><body><div class="story">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="footer-wrap"><p>${footer}</p></div></body></html>`);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.find((r) => r.text === footer)?.ruleId).toBe('locate.footer');
  });

  it('does not take a form that wraps the whole page (ASP.NET) for page furniture', async () => {
    const paragraphs = ['The council approved the new cycle lanes on Tuesday after a debate that lasted well into the night.', 'Work on the first lane, along the river road, starts in June and should take about three months.', 'Residents can see the plans at the library until the end of the month, the council said in a statement.'];
    const article = await clean(`<html><body><form id="aspnetForm"><div class="nav"><a href="/">Home</a></div><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></form></body></html>`);
    expect(article.text).toBe(paragraphs.join('\n\n'));
  });

  it('keeps every post of a page whose content is many boxes (a forum thread)', async () => {
    const posts = ['I replaced the chain on my bike last week and now it skips under load, what should I check first?', 'Check the cassette, a worn cassette often skips with a new chain, especially on the smaller cogs.', 'Also make sure the chain length is right and the derailleur hanger is straight, that caused it for me.'];
    const html = `<html><body><nav><a href="/">Forum</a></nav><div class="thread">${posts.map((p, i) => `<div class="post"><div class="author">user${i}</div><div class="body"><p>${p}</p></div></div>`).join('')}</div></body></html>`;
    const article = await clean(html);
    for (const post of posts) expect(article.text).toContain(post);
  });
});

describe('locate in HTML: a lede before the article body', () => {
  const body = [
    'The council voted on Tuesday to close the harbour road to cars on weekends from June, after a year of complaints about traffic.',
    'Shops along the front had asked for the change, saying that most of their weekend customers arrive on foot or by bicycle anyway.',
    'A trial last August, when the road was shut for the regatta, saw footfall rise by a fifth according to the traders association.',
    'Residents who need to reach their homes by car will be given permits, and deliveries will be allowed before ten in the morning.',
  ];
  const lede = 'Weekend closures of the harbour road begin in June, with permits for the people who live there and early morning deliveries for the shops.';
  const page = (before: string): string =>
    `<html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><main><h1>Harbour road to close on weekends</h1>${before}` +
    `<div class="article-body">${body.map((p) => `<p>${p}</p>`).join('')}</div></main>` +
    '<footer><p>Copyright 2026 The Harbour Gazette. All rights reserved.</p></footer></body></html>';
  it('keeps the lede paragraph the page sets between the headline and the article body', async () => {
    const article = await clean(page(`<p class="standfirst">${lede}</p>`));
    // The headline above it comes along (a page with no <title> has no title to move it to).
    expect(article.text.split('\n\n')).toEqual(['Harbour road to close on weekends', lede, ...body]);
  });
  it('keeps an intro that links a source or two before a body set in a quote of its own (a guest post)', async () => {
    const intro = 'Weekend closures of the harbour road begin in June, <a href="https://council.example/minutes">the council minutes show</a>, with permits for the people who live there and early morning deliveries for the shops.';
    const long = Array.from({ length: 6 }, (_, k) => body.map((p) => `<p>${p.replace('The', `The ${k + 1}`)}</p>`)).flat().join('');
    const html = `<html><body><main><h1>Harbour road to close on weekends</h1><div class="column"><div class="promo"><h2>Try the Gazette app</h2><p>Available on desktop and mobile devices</p><div class="wp-block-button"><a class="wp-block-button__link" href="https://app.example">Try it free</a></div></div></div><div class="column"><div class="entry-content"><p>${intro}</p><blockquote>${long}<h3>What comes next</h3><ul><li>Permits are sent out in May.</li><li>Deliveries before ten.</li></ul>${long}</blockquote></div></div></main></body></html>`;
    const article = await clean(html);
    expect(article.text.split('\n\n')[0]).toBe(lede.replace('June,', 'June, the council minutes show,'));
  });
  it('still leaves out a short line before the body: a date line, a disclosure', async () => {
    expect((await clean(page('<p class="meta">Updated 14 March 2026</p>'))).text.split('\n\n')).toEqual(body);
    const disclosure = '<p>We may earn a commission from links on this page, but we only recommend products we trust.</p>';
    expect((await clean(page(disclosure))).text.split('\n\n')).toEqual(body);
  });
});

describe("locate in HTML: the article's intro before a table of contents, its body in a wrapper of its own", () => {
  const intro = [
    'Choosing how a restaurant serves its guests shapes the menu, the staff it needs and the prices it can charge, often more than its decor does.',
    'This guide walks through the main service styles, from counter service to fine dining, and what each one asks of a kitchen and a floor team.',
  ];
  const sections = ['Counter service', 'Table service', 'Buffet service', 'Fine dining'].map((name) => ({
    name,
    text: `${name} is one of the styles this guide covers: it sets how orders are taken, how food reaches the guest and how many people work the floor on a busy night.`,
  }));
  const toc = `<div class="toc"><p class="toc-title">Contents</p>${sections.map((s, i) => `<p><a href="#s${i}">${i + 1} ${s.name}</a></p>`).join('')}</div>`;
  const body = `<div class="sections">${sections.map((s, i) => `<h2 id="s${i}">${s.name}</h2><p>${s.text}</p><p>${s.text}</p>`).join('')}</div>`;

  it('keeps the intro paragraphs that the run of article text opens with, before the container of most of it', async () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><h1>Types of restaurant service</h1><div class="intro">${intro.map((p) => `<p>${p}</p>`).join('')}</div>${toc}${body}</main></body></html>`;
    const article = await clean(html, { url: 'https://blog.example/service-styles' });
    for (const p of intro) expect(article.text).toContain(p);
    expect(article.text).toContain(sections[3]?.text);
    // The contents list stays out: a link list.
    expect(article.text).not.toContain('1 Counter service');
  });

  it('leaves out one paragraph alone there (a dek, a pull quote, a caption)', async () => {
    const quote = `“${intro.join(' ')}”`;
    const html = `<html><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><h1>Types of restaurant service</h1><div class="quote"><p>${quote}</p></div>${toc}${body}</main></body></html>`;
    const article = await clean(html, { url: 'https://blog.example/service-styles' });
    expect(article.text).not.toContain(intro[0]);
    expect(article.text).toContain(sections[3]?.text);
  });

  it('still leaves out teaser blurbs after the article container', async () => {
    const teasers = `<div class="more">${[1, 2, 3].map((i) => `<div class="card"><h3><a href="https://blog.example/t${i}">Another guide ${i}</a></h3><p>A short blurb about another guide on the site, written so that readers click through to read it in full.</p></div>`).join('')}</div>`;
    const html = `<html><body><main><h1>Types of restaurant service</h1>${body}${teasers}</main></body></html>`;
    const article = await clean(html, { url: 'https://blog.example/service-styles' });
    expect(article.text).not.toContain('A short blurb');
  });
});

describe('locate in HTML: teaser grids after a story', () => {
  it('leaves out a grid of teaser cards even when their blurbs add up to much of the page', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the story tells how the village rebuilt its flooded school with the help of volunteers, local firms and a grant from the county council.`);
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="card"><h3><a href="https://news.example/t${i}">Teaser headline number ${i + 1}</a></h3><div class="dek"><p>A short blurb about another story on the site, written to make readers click through to read it in full.</p></div><p>${i + 1}H ago</p></div>`);
    const article = await clean(`<html><body><div class="page"><div class="story">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="grid">${cards.join('')}</div></div></body></html>`, { url: 'https://news.example/story' });
    expect(article.text).toBe(story.join('\n\n'));
  });
});

describe('locate in HTML: a list of teaser cards', () => {
  const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the column argues that the city should reopen the old ferry line, which ran for a century before it closed in the nineties.`);
  const card = (i: number, blurb: string): string => `<li><div class="hero"><h5><a href="https://news.example/more-${i}">Another column number ${i}</a></h5><div class="author"><a href="https://news.example/a${i}">Writer ${i}</a></div><div class="desc">${blurb}</div></div></li>`;
  const blurb = 'A long excerpt of another column on the site, several sentences long, about a different subject entirely, so that the list of these cards holds more words than the column does. '.repeat(3);

  it('leaves out a list whose items are linked headline cards, even when it holds more words than the story', async () => {
    const cards = Array.from({ length: 8 }, (_, i) => card(i, blurb)).join('');
    const html = `<html><body><div class="page"><div class="body">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="tags"><a href="/t/ferries">Ferries</a></div><div class="more"><ul class="rows"><li><h5>More from the site</h5><ul class="grid">${cards}</ul></li></ul></div></div></body></html>`;
    const article = await clean(html, { url: 'https://news.example/column' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.some((r) => r.ruleId === 'locate.outside-article' && r.text.includes('Another column number 3'))).toBe(true);
  });

  it('keeps a list with headings and no links inside the article (a "how we tested" box)', async () => {
    const box = `<ul class="intro"><li><h3>How we tested</h3><p>${blurb}</p></li><li><h3>What to look for</h3><p>${blurb}</p></li></ul>`;
    const article = await clean(`<html><body><div class="page"><div class="body">${story.map((p) => `<p>${p}</p>`).join('')}${box}</div></div></body></html>`);
    expect(article.text).toContain('How we tested');
    expect(article.text).toContain(story[5]);
  });
});

describe('classify: markup shown as text', () => {
  it('removes a paragraph that is only an escaped tag (a tracking pixel), with a receipt, and keeps prose that mentions tags', async () => {
    const prose = 'The page said <b>bold</b> in its source, which the reporter found while reading the markup of the old council website.';
    const story = ['The council published its budget on Monday, with cuts to libraries and parks that campaigners said would hurt families.', prose];
    const html = `<html><body><article><p>&lt;img height="1" width="1" style="display:none" src="https://pixel.example/p?c=1"&gt;</p>${story.map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.find((r) => r.ruleId === 'chrome.markup-residue')?.text).toMatch(/^<img height="1"/);
  });
});

describe('locate in HTML: a teaser section opened by its heading', () => {
  const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the story follows the volunteers who rebuilt the village hall after the flood, brick by brick, over two long winters.`);
  const teaser = 'An unlinked blurb of another story on the site, long enough to read like prose, about a choir that sang in every church of the county in one weekend.';

  it('leaves out a "You may also like" section whose blurbs are prose, with locate.related receipts', async () => {
    const related = `<div class="more"><h3>You may also like</h3>${[1, 2, 3].map(() => `<div class="post"><p>${teaser}</p></div>`).join('')}</div>`;
    const article = await clean(`<html><body><div class="page"><div class="post-body">${story.map((p) => `<p>${p}</p>`).join('')}</div>${related}</div></body></html>`);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.related').map((r) => r.text)).toEqual(['You may also like', teaser, teaser, teaser]);
  });

  it('leaves out the section when its heading is wrapped alone and the blurbs sit in a sibling wrapper (a carousel)', async () => {
    const related = `<section class="recs"><div class="recs-header"><div class="title-wrap"><h3>You may also like</h3></div><a href="/all">See all</a></div><div class="carousel"><ul class="track">${[1, 2, 3].map(() => `<li><p>${teaser}</p></li>`).join('')}</ul></div></section>`;
    const article = await clean(`<html><body><div class="page"><div class="post-body">${story.map((p) => `<p>${p}</p>`).join('')}</div>${related}</div></body></html>`);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.related').map((r) => r.text)).toEqual(['You may also like', 'See all', [teaser, teaser, teaser].map((t) => `- ${t}`).join('\n')]);
  });

  it('keeps what follows a related heading in the middle of the article container, and keeps the section with categories.related = keep', async () => {
    const middle = `<div class="post-body">${story.map((p) => `<p>${p}</p>`).join('')}<h3>Related reading</h3><p>${teaser}</p></div>`;
    const inline = await clean(`<html><body>${middle}</body></html>`);
    expect(inline.text).toContain(teaser);
    const related = `<div class="more"><h3>You may also like</h3><div class="post"><p>${teaser}</p></div></div>`;
    const kept = await clean(`<html><body><div class="page"><div class="post-body">${story.map((p) => `<p>${p}</p>`).join('')}</div>${related}</div></body></html>`, { categories: { related: 'keep' } });
    expect(kept.removed.some((r) => r.ruleId === 'locate.related')).toBe(false);
  });
});

describe('locate in HTML: pages in unspaced scripts', () => {
  it('takes a Japanese article as prose (counted by characters), not as a row of short labels', async () => {
    const story = [
      'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。',
      'そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。今回はそのデスクトップアプリに関する話です。',
      'このご時世パスワードの強化は非常に重要なことであり、日に日に増えていくそのパスワード群を管理するには管理ソフトの存在は不可欠です。',
      'ショートカットの欄を空欄にしただけでは、アプリがショートカットで起動しなくなるだけです。元に戻すには一度パソコンを再起動する必要があります。',
    ];
    const html = `<html lang="ja"><body><div class="crumbs"><a href="/">Home</a> › <a href="/soft">ソフトウェア</a></div><p class="date">2018-08-16</p><div class="post">${story.map((p) => `<div class="contents"><p>${p}</p></div>`).join('')}</div><div class="widget"><p>スポンサードリンク</p></div></body></html>`;
    const article = await clean(html, { url: 'https://blog.example/kindle' });
    expect(article.text.split('\n\n')).toEqual(story);
  });
});

describe('locate in HTML: the run under the title', () => {
  it('takes the article under the title heading over longer testimonials repeated further down the page', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Step ${i + 1} of the bedtime routine: dim the lights an hour before sleep, read the same short book, and leave the room calmly so your toddler learns that night follows the same pattern every single evening.`);
    const quotes = Array.from({ length: 10 }, (_, i) => `Patient ${i + 1} wrote that the doctors always take the time to listen, the nurses are kind to nervous children, and the front desk gets everyone in quickly without ever making a visit feel rushed.`);
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/article/${i}">Recent article number ${i}</a></li>`).join('');
    const sidebar = Array.from({ length: 6 }, (_, i) => `<p>Office ${i + 1} is open from eight in the morning until six in the evening on weekdays, with walk-in hours on Saturday mornings and free parking behind the building for every family.</p>`).join('');
    const html = `<html><head><title>Tips for Sleep Training Your Toddler</title></head><body><main><h1>Tips for Sleep Training Your Toddler</h1><div class="entry">${story.map((p) => `<p>${p}</p>`).join('')}</div><h2>Recent Articles</h2><ul>${links}</ul></main><aside>${sidebar}</aside><div class="reviews">${quotes.map((q) => `<div class="slide"><p>${q}</p></div>`).join('')}</div></body></html>`;
    const article = await clean(html);
    for (const p of story) expect(article.text).toContain(p);
    expect(article.text).not.toContain(quotes[0]);
    // Without the title heading the longer run is taken, as before.
    const untitled = await clean(html.replace('<h1>Tips for Sleep Training Your Toddler</h1>', ''));
    expect(untitled.text).toContain(quotes[0]);
  });
});

describe('locate in HTML: discussion pages', () => {
  const question = 'I am new to woodworking and would like to build a small bookcase this winter. Which saw should a beginner buy first, and why?';
  const replies = Array.from({ length: 4 }, (_, i) => `Reply ${i + 1}: start with a good Japanese pull saw and a block plane, then learn to sharpen them before you buy anything with a motor, because sharp hand tools teach you how wood behaves.`);
  const page = `<html><body><nav><a href="/">Home</a> <a href="/forum">Forum</a></nav><main><div class="topic"><h1>First saw for a beginner?</h1><div class="post-body"><p>${question}</p></div></div><div class="comments">${replies.map((r) => `<div class="comment"><p>${r}</p></div>`).join('')}</div></main></body></html>`;

  it('keeps the replies of a thread on a forum address, where they are the content', async () => {
    const article = await clean(page, { url: 'https://forum.example.org/t/first-saw-for-a-beginner/1234' });
    expect(article.text).toContain(question);
    for (const reply of replies) expect(article.text).toContain(reply);
  });

  it('drops the same comments under an article on a news address, with locate.comments receipts', async () => {
    const article = await clean(page, { url: 'https://news.example.com/2025/02/first-saw' });
    expect(article.text).toContain(question);
    expect(article.text).not.toContain(replies[0]);
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments')).toHaveLength(4);
  });

  it('keeps every post of a thread whose posts are parted by their authors\' panels (an <aside> per post)', async () => {
    const html = fixture('forum-posts-with-author-panels.html');
    const article = await clean(html, { url: 'https://forum.rocketgame.example/topic/225132-is-the-old-launch-pad/' });
    for (const post of ['I cannot find the old launch pad', 'so it cannot be gone for good', 'It moved. Open the launch site picker', 'Thanks, that worked for me too', 'Found it, thank you both']) expect(article.text).toContain(post);
    expect(article.text).not.toContain('2.8k posts');
    // On an address that is not a discussion the best run alone is the content, as before.
    const story = await clean(html, { url: 'https://news.example.com/2025/02/launch-pad' });
    expect(story.text).toContain('so it cannot be gone for good');
    expect(story.text).not.toContain('Found it, thank you both');
  });

  it('keeps the replies of a thread that declares itself a discussion (JSON-LD DiscussionForumPosting, QAPage) on an address that names no thread', async () => {
    for (const type of ['DiscussionForumPosting', 'QAPage']) {
      const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': type, headline: 'First saw for a beginner?' })}</script>`;
      const article = await clean(page.replace('<html><body>', `<html><head>${ld}</head><body>`), { url: 'https://www.woodchat.example/7603790/first-saw-for-a-beginner' });
      expect(article.text).toContain(question);
      for (const reply of replies) expect(article.text, type).toContain(reply);
    }
    // The same page declaring an article keeps its comments out.
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'First saw for a beginner?' })}</script>`;
    const story = await clean(page.replace('<html><body>', `<html><head>${ld}</head><body>`), { url: 'https://www.woodchat.example/7603790/first-saw-for-a-beginner' });
    expect(story.text).not.toContain(replies[0]);
  });

  it("keeps a thread's posts that forum software wraps in one moderation <form>, on a page whose menus and footer outweigh them", async () => {
    const posts = [
      'Not sure if this is the right place to ask, but does anyone know what the two small ports on the back of the new case are for? The manual says nothing about them.',
      'I have heard that the rear one is for an external lighting hub, but nobody from the company has confirmed it yet, so take that with a pinch of salt.',
      'Mine came with a small card that says the bottom one is a drain for a custom water loop, which would make sense given where it sits under the radiator mount.',
    ];
    const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/c/${i}">Category number ${i} of the shop</a></li>`).join('');
    const footer = Array.from({ length: 30 }, (_, i) => `<li><a href="/p/${i}">Footer page ${i}</a></li>`).join('');
    const form = `<form action="/topic/1/?do=multimodComment" method="post" data-role="moderationTools">${posts.map((p, i) => `<article class="comment"><h3>user${i}</h3><div data-role="commentContent"><p>${p}</p></div></article>`).join('')}</form>`;
    const html = `<html><body><nav><ul>${menu}</ul></nav><main><h1>Ports on the new case?</h1>${form}</main><footer><ul>${footer}</ul></footer></body></html>`;
    const article = await clean(html, { url: 'https://www.example.com/forums/topic/188682-new-case/' });
    for (const post of posts) expect(article.text).toContain(post);
    // A form of a few sentences on a page with little prose (a cart, a sign-up) stays a form.
    const signup = '<form action="/subscribe" method="post"><p>Sign up for our emails and get fifteen percent off your first order with us today.</p><input type="email" name="email"></form>';
    const shop = `<html><body><nav><ul>${menu}</ul></nav><main><h1>Lights</h1><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/l/${i}">Light ${i}</a> $${20 + i}</li>`).join('')}</ul>${signup}</main></body></html>`;
    expect((await clean(shop)).text).not.toContain('Sign up for our emails');
  });

  it('knows discussion addresses by host or thread path', () => {
    for (const url of ['https://forums.docker.com/t/resolver/144854', 'https://community.example.io/x', 'https://www.example.com/forum/topic', 'https://example.com/viewtopic.php?t=5', 'https://www.reddit.com/r/woodworking/comments/abc/first_saw/', 'https://lemmy.ml/post/21018364', 'https://www.warriorforum.com/beginners-area/1488296-will-it-work.html', 'https://www.avsforum.com/x/1', 'https://open.vanillaforums.com/discussion/1', 'https://lobste.rs/s/dwip3v/rust_project_goals', 'https://news.ycombinator.com/item?id=42']) {
      expect([url, isDiscussionUrl(url)]).toEqual([url, true]);
    }
    for (const url of ['https://news.example.com/2025/02/22/story', 'https://blog.example.com/post/my-trip', 'https://example.com/t-shirts', 'https://www.billboard.com/music/chart', 'https://www.example.com/forum-rules-explained', 'https://news.ycombinator.com/newest', 'https://lobste.rs/newest', 'https://example.com/s/abc', null, 'not a url']) {
      expect([url, isDiscussionUrl(url)]).toEqual([url, false]);
    }
  });
});

describe('locate in HTML: customer reviews from a review widget', () => {
  it('leaves out the reviews a widget (Yotpo, Judge.me…) puts under a product description, with locate.comments receipts', async () => {
    const description = ['A waxed cotton jacket cut long enough to cover a suit, with a corduroy collar and a quilted lining that buttons out for spring.', 'The cotton is waxed by hand in our workshop and can be re-waxed at home with the tin that comes with every jacket.'];
    const reviews = ['Five stars. I have worn mine every day this winter and it still looks new, the lining is warm enough for frosty mornings.', 'Runs a little large, so I would order one size down, but the quality of the wax and the stitching is outstanding for the price.'];
    const html = `<html><body><main class="product"><h1>Field Jacket</h1>${description.map((p) => `<p>${p}</p>`).join('')}<div class="yotpo yotpo-main-widget"><h2>Customer Reviews</h2>${reviews.map((r) => `<div class="yotpo-review"><p>${r}</p></div>`).join('')}</div></main></body></html>`;
    const article = await clean(html, { url: 'https://shop.example/products/field-jacket' });
    expect(article.text).toBe(['Field Jacket', ...description].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toEqual(['Customer Reviews', ...reviews]);
  });
});

describe('locate in HTML: author boxes', () => {
  it('leaves out an "About the author" box and its bio inside the article container, with locate.author-box receipts', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how regular exercise lifts mood, with results from a study that followed two thousand adults for ten years.`);
    const bio = 'Maureen Salamon is the executive editor of the health letter. She has written about medicine and science for twenty years for many newspapers.';
    const html = `<html><body><article><div class="body">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="author-card"><div class="title">About the Author</div><p>${bio}</p></div></article></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.author-box').map((r) => r.text)).toEqual(['About the Author', bio]);
  });
  it('leaves out an untitled author bio in a container named for it ("author-bio"), and keeps a paragraph about an author', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how the village library doubled its loans, after it moved next to the school and opened on Sundays.`);
    const aboutAnAuthor = 'The author of the best-loved book on the shelves, a retired teacher, came to read from it on the first Sunday.';
    const bio = 'Dana Whitfield is a freelance writer and researcher. She has covered rural services and public libraries for local papers since 2012.';
    const html = `<html><body><article><div class="entry-content">${story.map((p) => `<p>${p}</p>`).join('')}<p>${aboutAnAuthor}</p></div><div class="post-author author-bio"><p>${bio}</p></div></article></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe([...story, aboutAnAuthor].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.author-box').map((r) => r.text)).toEqual([bio]);
  });
});

describe('locate in HTML: call-to-action buttons', () => {
  it('drops a block that is only a button ("Request a Quote", "Get started →") with locate.button, and keeps the words inside a sentence', async () => {
    const story = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} explains how the firm plans each office move, from the first survey to the last crate unpacked at the new site.`);
    const sentence = 'If you want a firm date, contact us today and we will send a planner to your office within the week.';
    const html = `<html><body><main><div class="content">${story.map((p) => `<p>${p}</p>`).join('')}<p><a href="/quote">Request a Quote</a></p><p>${sentence}</p><div class="btn"><a href="/start">Get started →</a></div></div></main></body></html>`;
    const article = await clean(html, { url: 'https://movers.example/office' });
    expect(article.text).toBe([...story, sentence].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.button').map((r) => r.text)).toEqual(['Request a Quote', 'Get started →']);
  });

  it('drops a shop\'s, an account\'s or a page\'s control standing alone ("Add to Cart", "Out of stock", "Sign up", "Check price at REI"), and keeps the words inside a sentence', async () => {
    const story = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} explains how the tent was pitched in wind and rain on the ridge, and how it held through the night.`);
    const sentence = 'Add to cart only after you have checked the pole length, since the older frames do not fit this fly.';
    const controls = ['Add to Cart', '$130 Add to cart', 'Out of stock', 'Notify me when back in stock', 'Sign up', 'Click here to Log-in', 'Create an account or sign in to comment', 'Check price at REI', 'View on Amazon', 'Pin this for later!', 'Like this:', 'Loading posts…', 'Page 1 of 8', 'close form'];
    const html = `<html><body><main><div class="content">${story.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${controls.map((c) => `<p>${c}</p>`).join('')}<p>${sentence}</p>${story.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    const article = await clean(html, { url: 'https://gear.example/tent-review' });
    expect(article.text).toBe([...story.slice(0, 2), sentence, ...story.slice(2)].join('\n\n'));
    // The comment sign-in is named by the catalog's comments rule; every other control by locate.button.
    const ruleOf = new Map(article.removed.map((r) => [r.text, r.ruleId]));
    expect(controls.map((c) => ruleOf.get(c))).toEqual(controls.map((c) => (c.endsWith('sign in to comment') ? 'chrome.comments-prompt' : 'locate.button')));
  });
  it('drops short blocks in a button container ("price_button") inside an article, whatever they say, and keeps a sentence there', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} compares how the tent stood up to wind and rain on three nights in the hills, and how long it took to pitch.`);
    const note = 'We bought this tent ourselves and tested it for two weeks before writing a word.';
    const html = `<html><body><main><div class="review-body">${story.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}<div class="price_button"><span>Check price at Trailshop</span></div><div class="price_button"><span>See it at Outdoorsy (on sale!)</span></div><div class="btn-note"><p>${note}</p></div>${story.slice(3).map((p) => `<p>${p}</p>`).join('')}<div class="post-cta"><p>Plan your next trip with our hiking maps</p></div><div class="btn-row"><p>What we packed for the second night:</p></div></div></main></body></html>`;
    const article = await clean(html, { url: 'https://gear.example/best-tents' });
    expect(article.text).toBe([...story.slice(0, 3), note, ...story.slice(3), 'What we packed for the second night:'].join('\n\n'));
    // "Check price at …" alone is a control, dropped after classification: the receipts' order is not the page's.
    expect(article.removed.filter((r) => r.ruleId === 'locate.button').map((r) => r.text).sort()).toEqual(['Check price at Trailshop', 'Plan your next trip with our hiking maps', 'See it at Outdoorsy (on sale!)']);
  });
});

describe('locate in HTML: photo galleries', () => {
  it("leaves out a slideshow's captions, credits and controls above an article, with locate.gallery receipts", async () => {
    const caption = 'Fishing boats return to the harbour at Port Ellen on Monday morning, six weeks after the storm that closed it, as families wait on the quay.';
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how the harbour reopened after the winter storm, and what the skippers lost while it was shut.`);
    const gallery = `<div class="article-gallery slideshow"><ul class="slides"><li><img src="/a.jpg" alt=""><p>${caption}</p></li></ul><div class="slideshow-controls"><p>Photo: Ann Reid, Coast News</p><p>1 / 8</p><p>Back to Gallery</p></div></div>`;
    const html = `<html><body><main><article>${gallery}<div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    const article = await clean(html, { url: 'https://news.example/harbour-reopens' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.gallery').map((r) => r.text)).toEqual(expect.arrayContaining(['Photo: Ann Reid, Coast News', '1 / 8', 'Back to Gallery']));
  });

  it("leaves a shop product page's carousel to the rest of the locator (no locate.gallery)", async () => {
    const slides = ['Folds flat in seconds, and the frame locks open with a single click you can hear.', 'Weighs under four kilos, so one hand carries it from the car to the beach without trouble.'];
    const description = Array.from({ length: 5 }, (_, i) => `Point ${i + 1}: the beach chair is made of powder-coated aluminium and a woven seat that dries within the hour.`);
    const html = `<html><body><main><h1>Beach Chair</h1><div class="product-carousel">${slides.map((p) => `<div class="carousel-slide"><p>${p}</p></div>`).join('')}</div><div class="description">${description.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    const article = await clean(html, { url: 'https://shop.example/product/beach-chair' });
    const plain = await clean(html.replaceAll('carousel', 'panel'), { url: 'https://shop.example/product/beach-chair' });
    expect(article.text).toBe(plain.text);
    expect(article.removed.some((r) => r.ruleId === 'locate.gallery')).toBe(false);
  });
});

describe('locate in HTML: bylines on a line of their own and a quote\'s expand button', () => {
  const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how the community garden grew its first crop of beans, and what the neighbours learned from it.`);

  it('drops a byline on a line of its own inside an article, with a locate.byline receipt', async () => {
    const html = `<html><body><main><article><h1>Beans at last</h1><p>Written by Ann Reid</p>${story.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    const article = await clean(html, { url: 'https://garden.example/beans' });
    expect(article.text).toBe(['Beans at last', ...story].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.byline').map((r) => r.text)).toEqual(['Written by Ann Reid']);
  });

  it('keeps such lines where they recur, as a list\'s items ("Published by …" under each game)', async () => {
    const games = ['Harbour Lights', 'Tidewater', 'The Long Pier'];
    const html = `<html><body><main><article>${story.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}${games.map((g) => `<h3>${g}</h3><p>Published by Coast Games</p><p>A cooperative game for two to four players about keeping the lights of the harbour on through a storm.</p>`).join('')}</article></main></body></html>`;
    const article = await clean(html, { url: 'https://games.example/best' });
    expect(article.text.split('Published by Coast Games')).toHaveLength(4);
  });

  it("drops a forum quote's trailing \"Click to expand...\" and keeps the quote", async () => {
    const quote = 'Anubis said: Is the display of the new model OLED or LCD, and does it matter for reading?';
    const posts = ['It is OLED on the larger model and LCD on the smaller one; for reading I found no difference at all.', 'Thanks, that settles it for me. I will get the smaller one and spend the rest on a case.', 'Same here, and the battery of the smaller one lasted me two full days of reading on the train.'];
    const html = `<html><body><main><div class="post"><blockquote>${quote} <div class="expand">Click to expand...</div></blockquote><p>${posts[0]}</p></div>${posts.slice(1).map((p) => `<div class="post"><p>${p}</p></div>`).join('')}</main></body></html>`;
    const article = await clean(html, { url: 'https://forums.example.org/threads/display.12/' });
    expect(article.text).toContain(quote);
    expect(article.text).not.toMatch(/click to expand/i);
    expect(article.removed.filter((r) => r.ruleId === 'locate.button').map((r) => r.text)).toEqual(['Click to expand...']);
  });
});

describe('locate in HTML: a heading over link lists alone', () => {
  const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how the community garden grew its first crop of beans, and what the neighbours learned from it.`);
  const links = (titles: string[]): string => `<ul>${titles.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul>`;

  it('drops a heading whose section holds nothing but a link list, with the list (locate.link-list)', async () => {
    const html = `<html><body><main><article>${story.map((p) => `<p>${p}</p>`).join('')}<h3>Good reads to go with this one</h3>${links(['How to start a compost heap', 'Ten beans that grow anywhere', 'Our garden in winter'])}</article></main></body></html>`;
    const article = await clean(html, { url: 'https://garden.example/beans' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.link-list').map((r) => r.text)).toContain('Good reads to go with this one');
  });

  it('keeps a heading over text, even when a link list follows the text', async () => {
    const html = `<html><body><main><article>${story.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}<h2>What we planted</h2>${links(['Runner beans', 'Broad beans', 'French beans'])}${story.slice(3).map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    const article = await clean(html, { url: 'https://garden.example/beans' });
    expect(article.text).toBe([...story.slice(0, 3), 'What we planted', ...story.slice(3)].join('\n\n'));
  });
});

describe('locate in HTML: galleries and captions the nearest containers do not name', () => {
  const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} tells how the night ferry to the islands was cancelled for a week, and how the fishing towns coped without it.`);

  it('leaves out a caption in its own inline element under a photo, each paragraph in a box of its own, with locate.caption receipts', async () => {
    const photo = (n: number, caption: string): string => `<div class="photo wide"><p><img src="/p${n}.jpg" alt=""></p><span class="newsCaption">${caption} <span>(Image: COAST NEWS)</span></span></div>`;
    const box = (p: string): string => `<div class="text-description"><p>${p}</p></div>`;
    const html = `<html><body><main><div class="story">${story.slice(0, 3).map(box).join('')}${photo(1, 'The ferry waits at the pier in Oban')}${story.slice(3).map(box).join('')}${photo(2, 'Islanders queue for the first sailing')}</div></main></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.caption').map((r) => r.text)).toEqual(['The ferry waits at the pier in Oban (Image: COAST NEWS)', 'Islanders queue for the first sailing (Image: COAST NEWS)']);
  });

  it("leaves out a slideshow's controls and its captions named far below the gallery's container, with locate.gallery receipts", async () => {
    const caption = 'The ferry waits at the pier in Oban on Monday morning, a week after the cancellations began, as islanders queue for the first sailing.';
    const controls = `<div class="control-panel"><div class="control-inner"><div class="bar"><div class="bar-left credit"><p>Photo: Ann Reid, AP</p></div><div class="bar-right count"><p>Image 1 of 8</p></div><div class="bar-right toggle"><p>Caption</p><p>Close</p></div></div></div></div>`;
    const captions = `<div class="control-panel"><div class="control-inner"><div class="caption"><div class="caption-full"><p>${caption}</p></div></div></div></div>`;
    const html = `<html><body><main><article><div class="story-gallery"><div class="slides"><img src="/a.jpg" alt="">${controls}${captions}</div></div><div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.gallery').map((r) => r.text)).toEqual(expect.arrayContaining(['Photo: Ann Reid, AP', 'Image 1 of 8', 'Caption', 'Close', caption]));
  });

  it("keeps the quotes of a testimonial carousel inside the page's text (no locate.gallery)", async () => {
    const quotes = ['"The course was a great way to upskill the whole team in a month, and the trainers answered every question we had."', '"We chose this school for its library of lessons and stayed for the people who teach them, who know the field well."'];
    const html = `<html><body><main><div class="about">${story.map((p) => `<p>${p}</p>`).join('')}<div class="testimonials"><div class="owl-carousel"><div class="item"><p>${quotes[0]}</p></div><div class="item"><p>${quotes[1]}</p></div></div></div></div></main></body></html>`;
    const article = await clean(html, { url: 'https://school.example/course' });
    expect(article.text).toBe([...story, ...quotes].join('\n\n'));
    expect(article.removed.some((r) => r.ruleId === 'locate.gallery')).toBe(false);
  });

  it('takes no class of the <body> for a block\'s container ("enable-lightbox" is no gallery)', async () => {
    const html = `<html><body class="single-post enable-lightbox"><main><div class="about">${story.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe(story.join('\n\n'));
  });
});

describe('locate in HTML: captions, bylines and disclaimers by their containers on article pages', () => {
  const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how the night ferry to the islands was cancelled for a week, and how the fishing towns coped without it.`);

  it('leaves out a caption outside a <figure> (wp-caption-text), a byline (post-author) and a disclaimer box, with receipts', async () => {
    const caption = 'The night ferry at the pier in Oban, before the cancellations. Photo: Ann Reid';
    const html = `<html><body><article class="post author-ann-reid"><div class="post-author"><span>Ann Reid</span></div><div class="entry-content">${story.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<div class="wp-caption"><img src="/ferry.jpg" alt=""><p class="wp-caption-text">${caption}</p></div>${story.slice(2).map((p) => `<p>${p}</p>`).join('')}<div class="affiliate-disclaimer"><p>Some links on this page earn us a small commission at no cost to you.</p></div></div></article></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.caption').map((r) => r.text)).toEqual([caption]);
    expect(article.removed.filter((r) => r.ruleId === 'locate.author-box').map((r) => r.text)).toEqual(['Ann Reid']);
    expect(article.removed.filter((r) => r.ruleId === 'locate.fine-print').map((r) => r.text)).toEqual(['Some links on this page earn us a small commission at no cost to you.']);
  });

  it('leaves out the tags strip and the entry footer under a post (entry-tags, entry-footer), with locate.post-strip receipts', async () => {
    const html = `<html><body><article class="post"><div class="entry-content">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="entry-tags"><p>Tagged ferries, islands, transport policy and the winter timetable</p></div><div class="entry-footer"><p>Filed under Transport on 3 March 2026 by the news desk</p></div></article></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.post-strip').map((r) => r.text)).toEqual(['Tagged ferries, islands, transport policy and the winter timetable', 'Filed under Transport on 3 March 2026 by the news desk']);
  });

  it('keeps a post inside WordPress\'s "author-<name>" class and a long text in a container named "caption"', async () => {
    const long = `${story[0]} ${story[1]} ${story[2]} ${story[3]}`;
    const html = `<html><body><article class="post author-ann-reid"><div class="entry-content">${story.map((p) => `<p>${p}</p>`).join('')}<div class="item-caption"><p>${long}</p></div></div></article></body></html>`;
    const article = await clean(html, { url: 'https://news.example/ferry' });
    expect(article.text).toBe([...story, long].join('\n\n'));
  });
});

describe('locate in a text dump: the lines right before the article', () => {
  it('keeps up to three short lines before the first paragraph (a title, a label) in a dump of many short lines', async () => {
    const items = Array.from({ length: 14 }, (_, i) => `Step ${i + 1} of the checklist`);
    const prose = 'Moving house is easier when you plan each week of the month before, from booking the van to packing the kitchen last.';
    const text = ['Your moving checklist', 'Key takeaways', prose, ...items, 'A last paragraph that wraps the checklist up, with a reminder to label every box by room before the van arrives.'].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.text.startsWith('Your moving checklist\n\nKey takeaways\n\n')).toBe(true);
  });
});

describe('locate in HTML: pages with no run of article prose (listings, shop categories)', () => {
  it('keeps the product cards of a category page whose only sentence is a promo bar, and drops the menu in plain divs', async () => {
    const article = await clean(fixture('shop-category-listing.html'), { url: 'https://shop.example/c/tools' });
    for (const product of ['Stainless Steel Hand Trowel', 'Bypass Pruning Shears', 'Border Digging Fork', 'Foam Garden Kneeler', 'Leather Rose Gloves', 'Dutch Push Hoe', '$32.50', '$14.99']) {
      expect(article.text).toContain(product);
    }
    expect(article.text).not.toContain('Free delivery on orders over $50');
    expect(article.text).not.toContain('Gifts for Gardeners');
    expect(article.removed.filter((r) => r.ruleId === 'locate.navigation').map((r) => r.text)).toEqual(['- Tools\n- Seeds\n- Pots & Planters\n- Garden Furniture\n- Outdoor Lighting\n- Sale', '- New Arrivals\n- Best Sellers\n- Gifts for Gardeners']);
  });

  it('keeps the items of a category page whose only prose is a short intro above a long list of them', async () => {
    const intro = 'Our dining tables are made to order in the workshop from oak, walnut and ash grown within fifty miles of it. Every table is finished by hand with oil and wax, and every one can be made longer, shorter or narrower to fit your room. Delivery takes six to eight weeks, and our own team carries the table in and sets it up where you want it.';
    const items = Array.from({ length: 90 }, (_, i) => `<div class="item"><h3>Table model ${i + 1}</h3><p>Solid oak top, ${150 + i} cm long, seats ${4 + (i % 6)} people, oiled finish</p><p>From £${900 + i * 10}</p></div>`);
    const html = `<html><body><header><a href="/">Workshop</a></header><div class="intro"><h1>Dining tables</h1><p>${intro}</p></div><div class="grid">${items.join('')}</div></body></html>`;
    const article = await clean(html, { url: 'https://furniture.example/dining-tables' });
    expect(article.text).toContain('Table model 1\n');
    expect(article.text).toContain('Solid oak top, 239 cm long');
    expect(article.text).toContain('From £1790');
  });
});

describe('locate in HTML: zones that wrap the page, and zones that only look big', () => {
  it('takes a form around the whole page for a wrapper even when the zones nested in it hold most of its words', async () => {
    const article = await clean(fixture('aspnet-form-with-zones.html'));
    expect(article.text).toContain('About our monitor arms');
    expect(article.text).toContain('Single, dual and triple arms clamp to the desk edge');
    // The comparison table sits in a dialog nested in the form: still a dialog.
    expect(article.text).not.toContain('Trio arm');
    expect(article.removed.some((r) => r.ruleId === 'locate.dialog' && r.text.includes('Trio arm'))).toBe(true);
  });

  it('never takes a modal dialog for the page, though its policy text outweighs a short product page', async () => {
    const article = await clean(fixture('product-with-policy-dialog.html'));
    expect(article.text).toContain('Cushioned under the heel and the ball of the foot');
    expect(article.text).toContain('The merino blend resists odour');
    expect(article.text).not.toContain('Final sale items');
    expect(article.removed.filter((r) => r.ruleId === 'locate.dialog').length).toBeGreaterThanOrEqual(4);
  });

  it('does not take a desktop and a mobile menu for wrappers because together they outweigh a short page', async () => {
    const article = await clean(fixture('short-page-big-menus.html'));
    expect(article.text).toBe([
      'The statistics group keeps a short list of free courses for students who want to learn to analyse monitoring data before their first field season.',
      'Each course runs online at your own pace, and most of them finish with a small project on a real data set from the bay.',
    ].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.navigation').length).toBe(3);
  });

  it('does not take a page footer full of fine print for the page, though it holds most of its words', async () => {
    const story = ['The new watch tracks sleep, heart rhythm and blood oxygen, and its battery lasts two days between charges.', 'It comes in three sizes and four colours, and every band from the last two models still fits it.'];
    const fine = Array.from({ length: 4 }, (_, i) => `Footnote ${i + 1}: offer available to new subscribers who buy an eligible device; the plan renews automatically until cancelled, terms apply, and prices may change without notice in any market.`);
    const html = `<html><body><main><h1>Watch</h1>${story.map((p) => `<p>${p}</p>`).join('')}</main><footer><ol class="fine-print">${fine.map((f) => `<li>${f}</li>`).join('')}</ol><p>Copyright 2026 Example Inc.</p></footer></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(['Watch', ...story].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.footer').length).toBe(2);
  });

  it('takes a header repeated in every card of a listing for part of the cards, not for page furniture', async () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<article class="card"><header><h2><a href="/story-${i}">Headline of story number ${i + 1}</a></h2><p>A two-line summary of story number ${i + 1}, about the council budget and what it means for the town.</p></header><p>Reporter ${i + 1}</p></article>`);
    const html = `<html><body><header class="site"><a href="/">Town News</a></header><main>${cards.join('')}</main></body></html>`;
    const article = await clean(html);
    for (let i = 1; i <= 6; i++) expect(article.text).toContain(`Headline of story number ${i}`);
  });
});

describe('locate in HTML: labels repeated in every post or card', () => {
  it('keeps every post of a thread and drops the labels of the user panels ("Joined", "Messages"), with receipts', async () => {
    const article = await clean(fixture('forum-thread-user-panels.html'), { url: 'https://forums.example.org/threads/coastal-campus-interviews-2026.4411/' });
    for (const post of ['I just got my first interview invitation', 'Congratulations! I went last year', 'Did they ask about research', 'Read it again the night before']) expect(article.text).toContain(post);
    for (const label of ['Joined', 'Messages', 'Reaction score']) expect(article.text).not.toContain(label);
    const labels = article.removed.filter((r) => r.ruleId === 'locate.repeated-label').map((r) => r.text);
    expect(labels.filter((t) => t === 'Joined')).toHaveLength(4);
  });

  it("walks a list of posts (vBulletin's <ol id=\"posts\">) as boxes: each post's text kept, its chrome dropped", async () => {
    const article = await clean(fixture('forum-thread-post-list.html'), { url: 'https://forums.example.org/showthread.php?t=1930933' });
    for (const post of ['What should we check before the move', 'Take a full backup of the database', 'copy the cron jobs too']) expect(article.text).toContain(post);
    for (const chrome of ['Reply With Quote', 'Join Date']) expect(article.text).not.toContain(chrome);
    // Each post is its own paragraph, not a line of one list item holding the whole thread.
    expect(article.blocks.some((b) => b.type === 'list' && b.text.includes('Take a full backup'))).toBe(false);
    expect(article.removed.some((r) => r.text === 'Reply With Quote')).toBe(true);
  });

  it('keeps a short line that recurs inside an article with a run of prose (a refrain, a repeated step)', async () => {
    const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the recipe explains how the dough rests, rises and is folded again before it goes into a hot oven.`);
    const html = `<html><body><main>${story.map((p) => `<p>${p}</p><p>Fold again.</p>`).join('')}</main></body></html>`;
    const article = await clean(html, { url: 'https://food.example/bread' });
    expect(article.text.split('Fold again.')).toHaveLength(6);
  });

  it('drops the fields of user panels that recur with other values ("Posts: 116", "Join Date: Aug 2008") on a thread', async () => {
    const posts = ['I just got my first interview invitation from the coastal campus. What should I expect on the day?', 'Congratulations! I went last year: a short tour in the morning, then two interviews after lunch.', 'Thank you, that helps a lot. Did they ask about research, or mostly about why you chose medicine?', 'Mostly why medicine, and one question on a paper I had read. Read it again the night before.'];
    const panel = (i: number): string => `<div class="userinfo"><p>Join Date: ${['Aug 2008', 'Nov 2024', 'Mar 2019', 'Jan 2021'][i]}</p><p>Posts: ${[116, 3, 412, 58][i]}</p></div>`;
    const html = `<html><body><main>${posts.map((p, i) => `<div class="post">${panel(i)}<div class="post-body"><p>${p}</p></div></div>`).join('')}</main></body></html>`;
    const article = await clean(html, { url: 'https://forums.example.org/threads/coastal-campus-interviews.4411/' });
    expect(article.text).toBe(posts.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.repeated-label').map((r) => r.text)).toContain('Posts: 116');
  });

  it('drops a user panel whose fields share one block, a line each ("Posts: 116<br>Threads: 23<br>Joined: Feb 2019")', async () => {
    const posts = ['Has anyone moved a board from the old software to the new one? I am unsure about the plugins.', 'We did it last spring: the posts came over fine, the custom themes had to be redone by hand.', 'Thanks. Did the private messages survive the move, or did you have to export them first?', 'They survived, but attachments older than ten years were lost, so back them up before you start.'];
    const panel = (i: number): string => `<div class="author"><p>Posts: ${[116, 96, 633, 4198][i]}<br>Threads: ${[23, 11, 34, 137][i]}<br>Joined: ${['Feb 2019', 'Feb 2011', 'Aug 2006', 'Dec 2009'][i]}<br>Reputation: ${[7, 1, 20, 265][i]}</p></div>`;
    const html = `<html><body><main>${posts.map((p, i) => `<div class="post">${panel(i)}<div class="post-body"><p>${p}</p></div></div>`).join('')}</main></body></html>`;
    const article = await clean(html, { url: 'https://community.example.org/thread-moving-boards.html' });
    expect(article.text).toBe(posts.join('\n\n'));
  });

  it('keeps the prices and fields of a listing\'s cards, though they recur with other values', async () => {
    const cards = Array.from({ length: 5 }, (_, i) => `<li><h3>Tent model ${i + 1}</h3><p>Price: $${100 + i * 10}.99</p><p>Weight: ${2 + i} kg</p></li>`).join('');
    const html = `<html><body><main><h1>Tents</h1><ul>${cards}</ul></main></body></html>`;
    const article = await clean(html, { url: 'https://shop.example/tents' });
    expect(article.text).toContain('Price: $100.99');
    expect(article.text).toContain('Weight: 6 kg');
  });
});

describe('locate in HTML: a shop product page', () => {
  it('leaves out customer reviews on a page that declares itself a product (JSON-LD Product)', async () => {
    const article = await clean(fixture('product-with-customer-reviews.html'));
    expect(article.text).toContain('Made from western red cedar and a waxed canvas seat');
    expect(article.text).not.toContain('survived a whole summer of rain');
    expect(article.text).not.toContain('Luis M.');
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments').length).toBeGreaterThanOrEqual(6);
  });

  it('leaves out customer ratings the shop\'s markup calls ratings, not reviews', async () => {
    const html = fixture('product-with-customer-reviews.html').replace(/product-reviews/g, 'customer-ratings').replace(/review-/g, 'rating-');
    expect(html).not.toContain('review-');
    const article = await clean(html);
    expect(article.text).toContain('Made from western red cedar and a waxed canvas seat');
    expect(article.text).not.toContain('survived a whole summer of rain');
  });

  it('takes a product address (/product/, /dp/, /itm/) for the same declaration', async () => {
    const html = fixture('product-with-customer-reviews.html').replace(/<script type="application\/ld\+json">.*<\/script>/, '');
    expect((await clean(html)).text).toContain('survived a whole summer of rain');
    for (const url of ['https://fieldcraft.example/product/cedar-camp-stool/', 'https://www.amazon.example/Cedar-Stool/dp/B0C0000000', 'https://www.ebay.example/itm/1234567890']) {
      expect((await clean(html, { url })).text).not.toContain('survived a whole summer of rain');
    }
  });

  it('leaves out the fine print of a product page (a disclaimer container) without cutting the sections around it apart', async () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail Phone 5"}</script>';
    const sections = [
      'The Trail Phone 5 has a six inch screen that stays readable in full sun, and a body sealed against dust, rain and a drop into a river.',
      'Its battery lasts three days of hiking with the map open, and it charges from a solar panel or a power bank through the same port.',
    ];
    const fine = '1. Battery life measured with the screen at half brightness and the map app open in airplane mode; actual results vary with use, settings and signal. 2. Water resistance tested in fresh water at one metre for thirty minutes; not covered by the warranty.';
    const html = `<html><head>${ld}</head><body><main><div class="feature"><h2>Screen</h2><p>${sections[0]}</p></div><div class="feature-disclaimer"><p>${fine}</p></div><div class="feature"><h2>Battery</h2><p>${sections[1]}</p></div></main></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(['Screen', sections[0], 'Battery', sections[1]].join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'locate.fine-print').map((r) => r.text)).toEqual([fine]);
  });

  it("keeps a product's description that the shop's theme puts in an <aside> (a details drawer), when it is the description the page declares", async () => {
    const description = [
      'The Harbour Fleece is cut from recycled polyester that stays warm when wet, with a brushed inside that feels soft against the skin on a cold morning.',
      'Two zipped hand pockets and a chest pocket hold a phone, keys and a map, and the hem has a drawcord to keep out the wind on the water.',
    ];
    const declared = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Harbour Fleece', description: description.join(' ') });
    const buyBox = '<div class="buy"><h1>Harbour Fleece</h1><p>$89</p><p>Size</p><ul><li>S</li><li>M</li><li>L</li></ul><button>Add to bag</button><p>Free delivery on orders over $75. Free returns within 30 days of delivery.</p></div>';
    const drawer = `<aside class="details-drawer"><h2>Details</h2>${description.map((p) => `<p>${p}</p>`).join('')}</aside>`;
    const shipping = '<div class="shipping"><h2>Delivery and returns</h2><p>Standard delivery takes three to five working days and is free on orders over $75; express delivery arrives the next working day if you order before 2pm.</p><p>You can return unworn items within 30 days for a full refund; print the prepaid label from your account and drop the parcel at any post office.</p></div>';
    const footer = `<footer>${['Help', 'Stores', 'Careers', 'Student discount', 'Gift cards', 'Privacy notice', 'Cookie policy', 'Terms of use'].map((t) => `<p>${t}</p>`).join('')}<p>Sign up for our emails and be the first to hear about new colours, restocks and events in your town.</p></footer>`;
    const page = (aside: string, ld: string) => `<html><head><script type="application/ld+json">${ld}</script></head><body><main>${buyBox}${aside}${shipping}</main>${footer}</body></html>`;
    const article = await clean(page(drawer, declared));
    for (const p of description) expect(article.text).toContain(p);
    // The same drawer holding text the page does not declare stays page furniture.
    const other = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Harbour Fleece', description: 'A warm fleece for the boat.' });
    const furniture = await clean(page(drawer, other));
    expect(furniture.text).not.toContain(description[0]);
    expect(furniture.removed.some((r) => r.ruleId === 'locate.aside' && r.text === description[0])).toBe(true);
  });

  it('keeps a service page\'s testimonials, though their cards are called reviews and the page declares a Product', async () => {
    const article = await clean(fixture('service-with-testimonials.html'));
    expect(article.text).toContain('showed us photos of a blocked downpipe');
    expect(article.text).toContain('they even bagged the leaves from the patio');
    expect(article.text).toContain('seven days a week from March to December');
  });
});

describe('locate in HTML: a shop\'s recommendations', () => {
  it('leaves out a section opened by a shop\'s recommendation heading ("Customers who bought this item also bought")', async () => {
    const article = await clean(fixture('product-with-recommendations.html'));
    expect(article.text).toContain('A one-litre kettle of enamelled steel');
    expect(article.text).toContain('so it never ends up in the ashes');
    expect(article.text).not.toContain('Cast iron skillet');
    expect(article.text).not.toContain('Folding steel grill grate');
    expect(article.removed.filter((r) => r.ruleId === 'locate.related').map((r) => r.text)[0]).toBe('Customers who bought this item also bought');
  });

  it('takes such words for a title only: in the article\'s prose they stay', async () => {
    const html = fixture('product-with-recommendations.html').replace('<p>A one-litre kettle', '<p>Pack it with the mugs, towels and similar items. A one-litre kettle');
    expect((await clean(html)).text).toContain('Pack it with the mugs, towels and similar items.');
  });
});

describe('locate in HTML: a consent banner', () => {
  const notice = 'We use cookies and other technologies that are essential to provide you our services and this website, and with your consent we and twenty partners also use them to measure audiences, personalise advertising and develop new services.';
  const item = ['Clutch kit for vans built between 2011 and 2014, with the pressure plate, the disc and the release bearing.', 'Fits the three litre diesel engines only; check the part number against your handbook before you order.'];

  it('leaves out a cookie banner in plain divs, though its notice reads like more prose than the page has', async () => {
    const html = `<html><body><div class="gdpr-banner"><div class="gdpr-banner__text"><p>${notice}</p></div></div><main><h1>Clutch kit</h1>${item.map((p) => `<div class="spec"><p>${p}</p></div>`).join('')}</main></body></html>`;
    const article = await clean(html);
    expect(article.text).not.toContain('We use cookies');
    expect(article.text).toContain(item[0]);
    expect(article.removed.filter((r) => r.ruleId === 'locate.cookie-banner').map((r) => r.text)).toEqual([notice]);
  });

  it('keeps a page whose container is only called "cookies" (a baking recipe)', async () => {
    const recipe = ['Cream the butter and the sugar until pale, then beat in the egg and a spoon of vanilla extract.', 'Fold in the flour and the chocolate chips, roll the dough into balls and bake them for twelve minutes at 180 °C.'];
    const html = `<html><body><div class="cookie-recipes"><div class="cookies"><h1>Chocolate chip cookies</h1>${recipe.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect((await clean(html)).text).toBe(['Chocolate chip cookies', ...recipe].join('\n\n'));
  });
});

describe('locate in a text dump: teasers before the article', () => {
  const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
  const story = [
    'The town council voted on Tuesday to rebuild the old footbridge over the river, closed since a flood cracked its main span two winters ago.',
    'Engineers had warned that the repair would cost more than a new bridge, and the council chose a steel design that can carry bicycles as well as walkers.',
    'Work starts in the spring and should take about eight months, during which a ferry will carry people across at the same times as the old bus service.',
    'A spokesman for the council said the ferry would be free for residents and that the timetable would be posted at both landings a month before.',
    'Shop owners on both banks welcomed the decision, though several said the eight months without a bridge would cost them a good part of their trade.',
  ];
  const teasers = [
    'Harbour Festival Returns This SummerThe festival comes back to the harbour with boats, music and food stalls.',
    'Library Extends Its Opening HoursThe central library will stay open until nine on weekdays from next month.',
  ];

  it('starts the article at its date line when headlines with blurbs come before it', async () => {
    const dateLine = 'By Jane Moss | November 19, 2019 at 9:45 am';
    const article = await clean([...menu, ...teasers, 'Council votes to rebuild the footbridge', dateLine, ...story].join('\n\n'), { format: 'text' });
    expect(article.text).toBe([dateLine, ...story].join('\n\n'));
    expect(article.removed.map((r) => r.text)).toContain(teasers[0]);
  });

  it('keeps what comes before a date line when more dates follow it (a timeline, a list of events)', async () => {
    const timeline = [story[0], 'March 2, 2019', story[1], 'June 14, 2019', story[2], 'November 19, 2019', story[3], story[4]];
    const article = await clean([...menu, ...timeline].join('\n\n'), { format: 'text' });
    expect(article.text).toContain(story[0]);
  });

  it('keeps the paragraphs right before a date line inside the article (a "Last checked" note)', async () => {
    const more = story.map((p) => `A year later, ${p.charAt(0).toLowerCase()}${p.slice(1)}`);
    const article = await clean([...menu, story[0], story[1], 'Last checked: 2025-10-28', ...story.slice(2), ...more].join('\n\n'), { format: 'text' });
    expect(article.text.startsWith(story[0] as string)).toBe(true);
  });
});

describe('locate in a text dump: what follows the article', () => {
  const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
  const story = [
    'The town council voted on Tuesday to rebuild the old footbridge over the river, closed since a flood cracked its main span two winters ago.',
    'Engineers had warned that the repair would cost more than a new bridge, and the council chose a steel design that can carry bicycles as well as walkers.',
    'Work starts in the spring and should take about eight months, during which a ferry will carry people across at the same times as the old bus service.',
  ];
  it('ends the run at the page footer it runs on past, and drops the teaser list that follows the footer', async () => {
    const teasers = [
      'Harbour Festival Returns',
      'The summer festival comes back to the harbour this year with boats, music and food stalls along the quay.',
      '2H ago',
      'Library Extends Its Hours',
      'The central library will stay open until nine on weekdays from next month, the trust that runs it said.',
      '5H ago',
    ];
    const text = [...menu, ...story, '© 2024 Riverside Media. All rights reserved.', 'World', 'More World', ...teasers].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.text).toContain(story.join('\n\n'));
    expect(article.text).not.toContain('Harbour Festival');
    expect(article.text).not.toContain('library will stay open');
  });

  it('drops the lines after the article when prose the run left out follows them, though the page has no footer mark', async () => {
    const recent = ['Recent Articles', 'Stopping the night bus?', 'How the old mill was saved', 'Ten walks along the river', 'Why the ferry runs late', 'Meet the new head teacher', 'Market day moves to Friday', 'Parking fees go up', 'Roadworks on the high street'];
    const popup = 'Thanks for visiting. Sign up for our free weekly letter and get the best of the town news, the events of the weekend and our walking guides, delivered every Friday morning.';
    const article = await clean([...menu, ...story, ...recent, popup, 'Close'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('ends the run where a list of other stories\' cards starts (headline, author, date line, blurb, again and again)', async () => {
    const cards = [
      ['Harbour festival returns with tall ships', 'Ann Reed', 'Tuesday November 19, 2019', 'The summer festival comes back to the harbour this year with boats, music and food stalls along the quay, its organisers said.'],
      ['Library extends its opening hours', 'Tom Hale', 'Tuesday November 19, 2019', 'The central library will stay open until nine on weekdays from next month, the trust that runs it said on Monday.'],
      ['New head teacher for the high school', 'Ann Reed', 'Monday November 18, 2019', 'The governors named a deputy head from the city as the new head teacher of the high school, starting after Easter.'],
    ].flat();
    const article = await clean([...menu, ...story, 'More from the Riverside Post', ...cards].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('ends the run at a list of cards whose blurbs hold more prose than the article itself', async () => {
    const blurb = 'A long blurb of another story on the site, two sentences of it. It runs on about the harbour, the ferry, the market and the school so that all the cards together hold more words than the story above them.';
    const cards = ['Harbour festival returns with tall ships', 'Library extends its opening hours', 'New head teacher for the high school', 'Market day moves to Friday', 'Why the ferry runs late'].flatMap((headline, i) => [headline, 'Ann Reed', `Tuesday November ${19 - i}, 2019`, blurb]);
    const article = await clean([...menu, ...story, 'More from the Riverside Post', ...cards, 'About us', 'Contact'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('keeps an article made of dated entries (a diary, a live blog): its date lines start before most of its prose', async () => {
    const days = ['Monday November 18, 2019', 'Tuesday November 19, 2019', 'Wednesday November 20, 2019', 'Thursday November 21, 2019', 'Friday November 22, 2019', 'Saturday November 23, 2019'];
    const diary = days.flatMap((day, i) => [day, `Entry ${i + 1}. ${story[i % 3]}`]);
    const article = await clean([...menu, ...diary].join('\n\n'), { format: 'text' });
    // The first date line stands before the run, among the menu lines; every entry after it is kept.
    expect(article.text).toBe(diary.slice(1).join('\n\n'));
  });

  it('ends the run at an "About the author" box after the article: the bio is not the story', async () => {
    const bio = 'Jane Moss is a staff writer covering local government, transport and the river towns. She joined the paper in 2015 after ten years at a regional radio station.';
    const article = await clean([...menu, ...story, 'About the Author', 'Jane Moss, Staff Writer', bio, 'View all posts by Jane Moss'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.map((r) => r.text)).toContain(bio);
  });

  it('ends the run at a related-stories heading after the article, and goes on past one inside it', async () => {
    const related = [
      'You May Also Like',
      'Harbour festival returns with tall ships',
      'The summer festival comes back to the harbour this year with boats, music and food stalls along the quay.',
      'Library extends its opening hours',
      'The central library will stay open until nine on weekdays from next month, the trust that runs it said.',
    ];
    const after = await clean([...menu, ...story, ...related].join('\n\n'), { format: 'text' });
    expect(after.text).toBe(story.join('\n\n'));
    const inside = await clean([...menu, story[0], story[1], 'Related Articles', 'Harbour festival returns with tall ships', story[2]].join('\n\n'), { format: 'text' });
    expect(inside.text).toContain(story[2]);
  });

  it('ends the run where the page\'s menu lines come again after the article (a share bar, a footer menu), and keeps the article\'s own repeated labels', async () => {
    const site = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Video', 'Podcasts', 'Newsletters', 'Contact', 'About', 'Jobs', 'Archive'];
    const long = [...story, 'A spokesman for the council said the ferry would be free for residents and that the timetable would be posted at both landings and online a month before the bridge closes.'];
    const teaser = 'Our weekend guide has the best walks along the river, the markets worth a visit and where to eat after a long day out with the children.';
    const article = await clean([...site, ...long, 'Business', 'Culture', 'Travel', 'Jobs', teaser, 'Read more'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(long.join('\n\n'));
    // Menu words the article shows more than once (labels under each of its items) are its own, not the menu's echo.
    const labels = ['Video', 'Podcasts', 'Travel'];
    const labelled = [...site, long[0], long[1], long[2], ...labels, long[3], ...labels, teaser];
    expect((await clean(labelled.join('\n\n'), { format: 'text' })).text).toContain(teaser);
  });

  it('knows related-stories headings, author boxes and comment openers in the catalog\'s other languages', async () => {
    const teaser = ['Festival do porto volta com grandes veleiros', 'O festival de verão volta ao porto este ano com barcos, música e comida ao longo do cais, disseram os organizadores.'];
    for (const heading of ['Artigos relacionados', 'Leggi anche', 'À lire aussi', 'Lees ook', 'Top stories', 'We Recommend', 'Next Article']) {
      const article = await clean([...menu, ...story, heading, ...teaser].join('\n\n'), { format: 'text' });
      expect(article.text).toBe(story.join('\n\n'));
    }
    const bio = 'Ana Souza escreve sobre educação e cidades desde 2010, depois de dez anos numa rádio regional.';
    expect((await clean([...menu, ...story, 'Sobre o autor', bio, 'Ver todos os artigos'].join('\n\n'), { format: 'text' })).text).toBe(story.join('\n\n'));
    const reply = 'Finalmente! Eu atravesso o rio todos os dias a pé e a ponte fechada me obriga a dar uma volta enorme até a estação.';
    const commented = await clean([...menu, ...story, 'Deixe uma resposta', 'joana', reply].join('\n\n'), { format: 'text' });
    expect(commented.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toContain(reply);
  });

  it('ends the run at an author box headed by the author\'s name ("About Jane Moss"), not at "About The Devils" (a book\'s title)', async () => {
    const bio = 'Jane Moss is a staff writer covering local government, transport and the river towns. She joined the paper in 2015 after ten years at a regional radio station.';
    const article = await clean([...menu, ...story, 'About Jane Moss', bio, 'Read more from this author'].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
    const book = 'A novel of holy work and unholy deeds, in which a monk is sent to the Sacred City and finds that his order has plans for him that he never imagined.';
    expect((await clean([...menu, ...story, 'About The Devils', book].join('\n\n'), { format: 'text' })).text).toContain(book);
  });

  it('ends the run at a related-stories heading with nearly as much prose after it as before, when it comes as one blurb per headline', async () => {
    const blurb = 'A long blurb of another story on the site, written to make readers click through. It runs on about the harbour, the ferry, the market and the school, so that all of them together hold more words than the story.';
    const cards = ['Harbour festival returns with tall ships', 'Library extends its opening hours'].flatMap((headline) => [headline, blurb, 'Read more']);
    const article = await clean([...menu, ...story, 'You might also like', ...cards].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('knows more teaser headings ("You’ll Also Love", "Você pode gostar", "More Videos", "Explore more") and author boxes ("Written by Jane Moss", "Meet your guide")', async () => {
    const teaser = ['Harbour festival returns with tall ships', 'The summer festival comes back to the harbour this year with boats, music and food stalls along the quay.'];
    for (const heading of ['You’ll Also Love...', 'Você pode gostar...', 'More Videos', 'Explore more', 'Related Insights']) {
      expect((await clean([...menu, ...story, heading, ...teaser].join('\n\n'), { format: 'text' })).text).toBe(story.join('\n\n'));
    }
    const bio = 'Jane Moss is a staff writer covering local government, transport and the river towns. She joined the paper in 2015 after ten years at a regional radio station.';
    for (const heading of ['Written by Jane Moss', 'Meet your guide']) {
      expect((await clean([...menu, ...story, heading, bio].join('\n\n'), { format: 'text' })).text).toBe(story.join('\n\n'));
    }
  });

  it('ends the run at the lists a page puts after the article ("Recent Posts", "Categories", "Like this:", "Sources", "Footnotes")', async () => {
    const list = ['How the old mill was saved', 'Ten walks along the river', 'Riverside Post, "Bridge closure notice," accessed April 14, 2025.'];
    for (const heading of ['Recent Posts', 'Categories', 'Like this:', 'Sources', 'Article Sources', 'Footnotes']) {
      expect((await clean([...menu, ...story, heading, ...list].join('\n\n'), { format: 'text' })).text).toBe(story.join('\n\n'));
    }
  });

  it('drops the headlines between the article and its comments when a related-stories heading opens them', async () => {
    const headlines = ['Harbour festival returns with tall ships', 'Library extends its opening hours', 'New head teacher for the high school'];
    const reply = 'About time they fixed it, I have been walking the long way round to the station for two whole years now.';
    const article = await clean([...menu, ...story, 'Related articles', ...headlines, 'Leave a reply', 'riverwalker', reply].join('\n\n'), { format: 'text' });
    expect(article.text).toBe(story.join('\n\n'));
  });

  it('takes "[ 12 comments ]" and "Top Rated Comments" for the start of a comment section', async () => {
    for (const heading of ['[ 12 comments ]', 'Top Rated Comments']) {
      const comments = [
        'riverwalker',
        '2 days ago at 07:52 am',
        'About time they fixed it, I have been walking the long way round to the station for two whole years now.',
        'Rating: 36 Votes',
      ];
      const article = await clean([...menu, ...story, heading, ...comments].join('\n\n'), { format: 'text' });
      expect(article.text).toBe(story.join('\n\n'));
      expect(article.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toContain(comments[2]);
    }
  });
});

describe('locate in a text dump that is not a whole page: the comment section', () => {
  const post = [
    'The Lean Kitchen',
    'Monday, March 3, 2025',
    'For years I cooked as if a restaurant might drop by, with a pantry full of jars I opened once and a fridge full of good intentions that went off by Thursday.',
    'Last spring I tried something else: cook from a short list of staples, buy fresh food twice a week, and write down what we actually ate rather than what I planned.',
    'The list turned out shorter than I feared. Rice, beans, eggs, onions, a few greens, yoghurt and bread covered most of our meals, and the shopping took half the time it used to.',
    'What surprised me most was the waste. We threw out almost nothing in the second month, and the money we saved paid for a better knife and a cast iron pan that will outlive us both.',
    'If you want to try it, start small: pick one week, keep the list on the fridge door, and see what you reach for when nobody is watching the budget but you.',
    'Labels: cooking, budget',
  ];
  it('drops the comments after a blog post ("10 comments:"), with locate.comments receipts', async () => {
    const comments = ['10 comments:', 'AmyMarch 4, 2025 at 2:06 PM', 'Very useful, I have been meaning to do the same with our pantry for months and this is the push I needed.', 'Reply'];
    const article = await clean([...post, ...comments].join('\n\n'), { format: 'text' });
    expect(article.text).toContain(post.slice(2, 6).join('\n\n'));
    expect(article.text).not.toContain('Very useful');
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments').map((r) => r.text)).toContain(comments[2]);
  });

  it('keeps a post whose "124 Comments" link comes right after its first paragraph, and a "Response:" label in it', async () => {
    const text = [post[0], post[2], '124 Comments', ...post.slice(3, 5), 'Response:', post[5]].join('\n\n');
    const article = await clean(text, { format: 'text' });
    expect(article.text).toContain(post[5]);
    expect(article.removed.filter((r) => r.ruleId === 'locate.comments')).toEqual([]);
  });
});

describe('precision at the edges of an article', () => {
  it("drops the page's affiliate-link notice and keeps the article", async () => {
    const article = await clean(fixture('review-with-notice-and-author-bio.html'));
    expect(article.text).not.toContain('affiliate links');
    expect(article.text.split('\n\n')[0]).toMatch(/^We ran the same eight-mile loop/);
    expect(article.text).toMatch(/however good its grip\.$/);
    expect(article.removed.filter((r) => r.ruleId === 'locate.affiliate-disclosure').map((r) => r.text)).toEqual(['This post contains affiliate links. If you buy through them, we may earn a small commission at no extra cost to you.']);
  });

  it('keeps a sentence on affiliate marketing that is no notice of the page', async () => {
    const topic = 'Affiliate programs: streamers earn a commission when viewers buy games, gear or software through their affiliate links.';
    const article = await clean(`<html><body><article><h1>Streaming income</h1><p>${topic}</p><p>Subscriptions pay monthly, and a channel keeps about half of each one after the platform takes its share of the fee.</p><p>Sponsorships pay the most per hour, but only channels with a steady audience of several thousand viewers are offered them.</p></article></body></html>`);
    expect(article.text).toContain(topic);
  });

  it("keeps the article's sentences of a paragraph that ends or starts with an affiliate notice", async () => {
    const own = 'The regional transit authority approved a new timetable on Thursday that adds late-night service to three bus lines. Officials said the change would cost about four million dollars a year.';
    const later = 'Riders had asked for the extra service for years, according to a survey published by the authority last spring.';
    const notice = 'This article contains affiliate links. We may earn a commission on purchases.';
    for (const glued of [`${own} ${notice}`, `${notice} ${own}`]) {
      const article = await clean(`<html><body><article><h1>Late buses</h1><p>${glued}</p><p>${later}</p></article></body></html>`);
      expect(article.text, glued).toContain(own);
    }
  });

  it("drops the author's bio at the article's end, found by the byline's name", async () => {
    const article = await clean(fixture('review-with-notice-and-author-bio.html'));
    expect(article.byline).toBe('Nora Lindqvist');
    expect(article.text).not.toContain('is a gear editor');
    expect(article.text).toMatch(/however good its grip\.$/);
    expect(article.removed.filter((r) => r.ruleId === 'locate.author-bio').map((r) => r.text)).toEqual(['Nora Lindqvist is a gear editor who has tested running shoes for twelve years. She lives in the hills above Bergen with two muddy dogs.']);
  });

  it('keeps a paragraph on a person named like the author when it opens a section of its own, or is not at the end', async () => {
    const html = (body: string): string => `<html><head><meta name="author" content="Nora Lindqvist"></head><body><article><h1>Kettles</h1>${body}</article></body></html>`;
    const para = (n: number): string => `<p>Paragraph ${n} of the review says how the kettle poured, how long it took to boil a litre of water, and how hot its handle became.</p>`;
    const bio = '<p>Nora Lindqvist is a gear editor who has tested kettles for twelve years and lives in Bergen.</p>';
    const headed = await clean(html(`${para(1)}${para(2)}${para(3)}<h2>Why trust us</h2>${bio}`));
    expect(headed.text).toContain('Nora Lindqvist is a gear editor');
    const early = await clean(html(`${para(1)}${bio}${para(2)}${para(3)}${para(4)}${para(5)}${para(6)}`));
    expect(early.text).toContain('Nora Lindqvist is a gear editor');
  });
});

describe('locate in HTML: affiliate notices', () => {
  it('mayBeAffiliateNotice holds for every text AFFILIATE_NOTICE matches (its cheap first step)', () => {
    const pieces = ['This post contains affiliate links', 'uses OUR Affiliate Links', 'affiliate links are used', 'We may earn a small COMMISSION', 'may receive us an commissions', 'earn us a small Commission', 'earn from qualifying PURCHASES', 'As an Amazon Associate I', 'affiliate', 'links', 'commission', ' ', '.', 'K', 'ſ', 'İ', 'é', 'x'];
    let matched = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join(' ')), (text) => {
      if (!AFFILIATE_NOTICE.test(text)) return;
      matched++;
      expect(mayBeAffiliateNotice(text)).toBe(true);
    }), { numRuns: 5000 });
    expect(matched).toBeGreaterThan(100);
    expect(mayBeAffiliateNotice('Read the full review of the new phone.')).toBe(false);
  });
});
