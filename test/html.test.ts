// Guard, parse and prepare: linear depth bound, capped parse for deep pages, scripts and hidden text out with receipts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { isElement, textOf, walk } from '../src/html/dom.js';
import { dropTagsAfter, guard } from '../src/html/guard.js';
import { parse, parseCapped, TextJoiningHandler } from '../src/html/parse.js';
import { DomHandler } from 'domhandler';
import { Parser, parseDocument, Tokenizer } from 'htmlparser2';
import { prepare } from '../src/html/prepare.js';
import { HtmlTokenizer } from '../src/html/tokenizer.js';
import { clean } from '../src/index.js';
import { makeContext } from './helpers.js';

function maxDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: AnyNode; depth: number };
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of (node as Element).children) if (isElement(child)) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

/** The fast path's tree without the guard: htmlparser2's Parser with decruft's tokenizer. */
function fastTree(html: string): AnyNode {
  const handler = new DomHandler();
  new Parser(handler, { decodeEntities: true, Tokenizer: HtmlTokenizer }).end(html);
  return handler.root;
}

/** A tree as nested arrays (name, attributes, children; text and comments as strings), for comparing two parses. */
function shape(root: AnyNode): unknown {
  const out: unknown[] = [];
  const stack: Array<{ node: AnyNode; into: unknown[] }> = [];
  for (const child of (root as Element).children) stack.push({ node: child, into: out });
  stack.reverse();
  while (stack.length > 0) {
    const { node, into } = stack.pop() as { node: AnyNode; into: unknown[] };
    if (isElement(node) || node.type === 'cdata') {
      const children: unknown[] = [];
      into.push([isElement(node) ? node.name : '#cdata', isElement(node) ? { ...node.attribs } : {}, children]);
      const kids = (node as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as AnyNode, into: children });
    } else into.push(`${node.type}:${(node as unknown as { data?: string }).data ?? ''}`);
  }
  return out;
}

describe('guard', () => {
  it('bounds depth even when stray end tags try to hide it', () => {
    const html = '<div></span>'.repeat(1000);
    expect(guard(html, Infinity).depthBound).toBe(1000);
  });
  it('does not push void elements', () => {
    expect(guard('<div><br><img src=x><p>x</p></div>', Infinity).depthBound).toBe(2);
  });
  it('counts elements and finds where the node cap is crossed', () => {
    const result = guard('<p>a</p><p>b</p><p>c</p>', 2);
    expect(result.elements).toBe(3);
    expect(result.nodeCapAt).toBe(16);
  });
  it('gives the same depth bound in the parse pass as alone, whatever the case of the end tags', async () => {
    // The parse pass matches an end tag that closes the innermost element in place (ASCII case folded); any other goes
    // through the lowercased name as the standalone pass does (U+212A KELVIN SIGN lowercases to `k`).
    const pages = [
      '<DIV><Span>x</SPAN></div><p>y</P>',
      '<div><k><b>x</\u212A></b></div><div><div><div></div></div></div>',
      '<div><span></div></span><div>'.repeat(20),
      '<ul><li>a<LI>b</Li></UL><table><tr><td>c</TD></tr></table>',
      '<sEcTiOn><aside></ASIDE></section></section>' + '<div>'.repeat(30),
    ];
    for (const html of pages) {
      const alone = guard(html, Infinity);
      const page = await parse(html, makeContext());
      expect(page.depthBound).toBe(alone.depthBound);
    }
  });
  it('drops tags but keeps text after the node cap', () => {
    expect(dropTagsAfter('<p>a</p><b>x &amp; y</b><script>bad()</script>', 8)).toBe('<p>a</p> x &amp; y');
  });
});

describe('parse', () => {
  it('decodes character references as the HTML Standard does, the same on the fast and the capped path', async () => {
    // entities 7 (htmlparser2's own) decoded `&Gdot x` as `Âx` and `&gtcc` in an attribute as `>cc`; both paths now
    // use entities 9, whose decoder leaves them as text as the HTML Standard does (scripts/dev/entities-9.mjs compares them all).
    const body = '<p title="a &gtcc &amp b &copy=1">&Gdot x &eta= &amp y &notit; &copy 2025 &#x1F600; &#128;</p>';
    const texts: string[] = [];
    for (const deep of [false, true]) {
      const ctx = makeContext({ maxDepth: 64 });
      const page = await parse(deep ? `${'<div>'.repeat(100)}${body}` : body, ctx);
      expect(page.parser).toBe(deep ? 'capped' : 'htmlparser2');
      let p: Element | undefined;
      walk(page.document, (node) => {
        if (isElement(node) && node.name === 'p') p = node;
      });
      expect(p?.attribs.title).toBe('a &gtcc & b &copy=1');
      texts.push(textOf(p as Element));
    }
    expect(texts[0]).toBe('&Gdot x &eta= & y ¬it; © 2025 😀 €');
    expect(texts[1]).toBe(texts[0]);
  });
  it('takes the capped path for deep nesting, keeps the text and caps the depth', async () => {
    const ctx = makeContext({ maxDepth: 64 });
    const html = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}<p>after</p>`;
    const page = await parse(html, ctx);
    expect(page.parser).toBe('capped');
    expect(maxDepth(page.document)).toBe(64);
    expect(textOf(page.document)).toContain('deep text');
    expect(textOf(page.document)).toContain('after');
    expect(ctx.warnings.map((w) => w.code)).toContain('DEPTH_CAPPED');
  });
  it('puts an element past the depth cap beside its parent, as Blink does, and its text in it', async () => {
    const page = await parse('<div><section><p>one<b>two</b>three</p><p>four</p></section></div>', makeContext({ maxDepth: 2 }));
    expect(page.parser).toBe('capped');
    const names: string[] = [];
    walk(page.document, (node) => {
      if (isElement(node)) names.push(`${node.name}@${(node.parent as Element | null)?.name ?? 'root'}`);
    });
    expect(names).toEqual(['div@root', 'section@div', 'p@div', 'b@div', 'p@div']);
    expect(maxDepth(page.document)).toBe(2);
    // The paragraph keeps its own text; the bold text follows it, in the element that now stands beside it.
    expect(textOf(page.document)).toBe('onethree two four');
  });
  it('caps the elements the capped parse builds, not only the start tags the guard counts, and keeps every text', async () => {
    // A `</p>` with no open paragraph makes one: 1,500 elements from end tags the guard does not count.
    const ctx = makeContext({ maxDepth: 64, maxNodes: 1000 });
    const page = await parse(`<body>${'<div>'.repeat(100)}${'</p>x'.repeat(1500)}<span>kept <b>bold</b> tail</span>`, ctx);
    expect(page.parser).toBe('capped');
    let elements = 0;
    walk(page.document, (node) => {
      if (isElement(node)) elements++;
    });
    expect(elements).toBe(1000);
    const text = textOf(page.document);
    expect(text.split('x').length - 1).toBe(1500);
    expect(text).toContain('kept bold tail');
    expect(ctx.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DEPTH_CAPPED', 'NODES_CAPPED']));
  });
  it('builds the tree htmlparser2 builds when the page is within the caps', () => {
    const pages = [
      '<DIV><Span>x</SPAN></div><p>y</P><p>z<div>block</div></p></p>',
      '<ul><li>a<LI>b</Li></UL><table><tr><td>c<td>d<tr><th>e</table><dl><dt>t<dd>d</dl>',
      '<p>a</br>b<br/>c</x></div><select><option>1<option>2<optgroup><option>3</select><input value=&amp;>',
      '<svg><path d="M0"/><![CDATA[ x < y ]]><foreignObject><p>in<br/>html</p></foreignObject><title>t</title></svg><math><mi>x</mi></math>',
      '<head><link rel=x><script>a<b</script><body><h1>t<h2>u</h2><ruby>漢<rt>kan<rp>(</ruby><!-- c --><!doctype html><?pi x?>',
      '<textarea>a<b>c</textarea><title>&amp;</title><style>p{}</style><table><tbody><tr><td>1<tfoot><tr><td>2</table>',
      '<a href="/x?a=1&amp;b=2" title=\'q\'>link <b>bold <i>both</b> italic</i></a>&Gdot &copy 2025 &#128;',
    ];
    for (const html of pages) expect(shape(parseCapped(html, 512, Infinity).document)).toEqual(shape(fastTree(html)));
    const soup = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '<td>', '<tr>', '<table>', '</table>', '<b>', '</b>', '<br>', '</br>', '<svg>', '</svg>', '<path/>', '<title>', '</title>', '<option>', '<select>', '</span>', '<h2>', 'text', ' ', '&amp;', '<![CDATA[x]]>', '<!-- c -->', '<img src=x>', '<dd>', '<dt>'), { maxLength: 60 });
    fc.assert(fc.property(soup, (parts) => {
      const html = parts.join('');
      expect(shape(parseCapped(html, 512, Infinity).document)).toEqual(shape(fastTree(html)));
    }), { numRuns: 500 });
  });
  it('parses deep nesting and stray end tags in linear time', () => {
    for (const html of ['<b><p>x'.repeat(100_000), `${'<div>'.repeat(100_000)}${'</span>'.repeat(100_000)}`, '<svg>'.repeat(100_000)]) {
      const started = performance.now();
      const { document } = parseCapped(html, 512, Infinity);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(maxDepth(document)).toBe(512);
    }
  });
  it('uses htmlparser2 for ordinary pages', async () => {
    const page = await parse('<html><body><p>x</p></body></html>', makeContext());
    expect(page.parser).toBe('htmlparser2');
  });
  it('keeps all text of a page past the node cap', async () => {
    const article = await clean(`<p>${Array.from({ length: 50 }, (_, i) => `<span>w${i}</span>`).join(' ')}</p>`, { maxNodes: 10 });
    expect(article.text).toContain('w49');
    expect(article.warnings.map((w) => w.code)).toContain('NODES_CAPPED');
  });
});

describe('HtmlTokenizer', () => {
  /** Every callback with its arguments (indexes included), as a tokenizer fed `chunks` one write each sends them. */
  const events = (Kind: typeof Tokenizer, chunks: readonly string[], decodeEntities: boolean): string[] => {
    const seen: string[] = [];
    const callbacks = new Proxy({}, { get: (_, name) => (name === 'foreignContext' ? undefined : (...args: unknown[]) => seen.push(`${String(name)}(${args.join(',')})`)) });
    const tokenizer = new Kind({ decodeEntities }, callbacks as ConstructorParameters<typeof Tokenizer>[1]);
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    return seen;
  };

  it('sends the callbacks htmlparser2\'s tokenizer sends, at the same indexes, though it skips through text and values', () => {
    // CDATA aside: there HtmlTokenizer departs from htmlparser2 on purpose (see tokenizer.ts).
    const piece = fc.constantFrom('<', '>', '&', '&amp;', '&lt', '&#x41;', '&#65', '&notin;', '&noti', '"', "'", '=', ' ', '\n', 'a', 'p', 'div', '</', '/>', '<!--', '-->', '<script>', '</script>', '<title>', '</title>', '<style>', 'x="', "y='", 'z=', '<a href="', '<!doctype html>', '<?', 'é', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 40 }), fc.boolean(), (parts, cuts, decode) => {
      const html = parts.join('');
      expect(events(HtmlTokenizer, [html], decode)).toEqual(events(Tokenizer, [html], decode));
      const chunks: string[] = [];
      for (let at = 0, i = 0; at < html.length; i++) chunks.push(html.slice(at, (at += cuts[i % cuts.length] as number)));
      expect(events(HtmlTokenizer, chunks, decode)).toEqual(events(Tokenizer, chunks, decode));
    }), { numRuns: 1000 });
  });

  it('reads long text and attribute values full of `&` in linear time', () => {
    for (const html of [`<p>${'a&amp;'.repeat(400_000)}`, `<a title="${'&amp;b'.repeat(400_000)}">x</a>${'<'.repeat(100)}`, `<p>${'&'.repeat(400_000)}</p>`]) {
      const started = performance.now();
      expect(textOf(fastTree(html)).length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe('TextJoiningHandler', () => {
  const parseWith = (html: string, handler: DomHandler): DomHandler => {
    new Parser(handler, { decodeEntities: true }).end(html);
    return handler;
  };
  const texts = (handler: DomHandler): string[] => {
    const found: string[] = [];
    walk(handler.root, (node) => {
      if (node.type === 'text') found.push((node as unknown as { data: string }).data);
    });
    return found;
  };

  it('builds the same text nodes as DomHandler from text that comes in many pieces', () => {
    const inputs = [
      `<p>${'<'.repeat(10_000)}</p><p>a &amp; b &lt;&lt; c</p>`,
      `${'a<'.repeat(5000)}<!-- c -->${'<'.repeat(4097)}x<b>y</b>${'&amp;<'.repeat(3000)}`,
      '<p>one</p>two<<three<br>four',
    ];
    for (const html of inputs) expect(texts(parseWith(html, new TextJoiningHandler()))).toEqual(texts(parseWith(html, new DomHandler())));
  });

  it('joins text pieces on the capped path too, across dropped elements', async () => {
    const ctx = makeContext({ maxDepth: 64, maxNodes: 700 });
    const html = `<body>${'<div>'.repeat(600)}${'<'.repeat(5000)} a<span>b</span>c <table>t1<tr><td>cell</td></tr>t2</table>${'<i>w'.repeat(300)}`;
    const page = await parse(html, ctx);
    expect(page.parser).toBe('capped');
    const text = textOf(page.document);
    // The depth cap re-parents the span (its text moves after the deep div's own), so each piece is checked apart.
    expect(text.startsWith(`${'<'.repeat(5000)} a`)).toBe(true);
    expect(text.split('<').length - 1).toBe(5000);
    for (const word of ['b', 'c', 't1', 't2', 'cell']) expect(text).toContain(word);
    expect(text.split('w').length - 1).toBe(300);
    expect(ctx.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DEPTH_CAPPED', 'NODES_CAPPED']));
  });

  it('gives the parse stage one flat text node for 100k `<` in a row', async () => {
    const page = await parse(`<p>${'<'.repeat(100_000)}</p>`, makeContext());
    const found: string[] = [];
    walk(page.document, (node) => {
      if (node.type === 'text') found.push((node as unknown as { data: string }).data);
    });
    expect(found).toEqual(['<'.repeat(100_000)]);
  });
});

describe('capped parse', () => {
  it('caps a 100k-deep run of elements in one linear pass', async () => {
    const html = `<body>${'<div>'.repeat(100_000)}<p>end of the flood</p></body>`;
    const page = await parse(html, makeContext());
    expect(page.parser).toBe('capped');
    expect(maxDepth(page.document)).toBe(512);
    expect(textOf(page.document)).toContain('end of the flood');
  });
});

describe('prepare', () => {
  it('drops scripts, styles and templates silently and hidden or control text with receipts', async () => {
    const ctx = makeContext();
    const page = await parse('<body><script>x()</script><style>p{}</style><p>keep me</p><div hidden>secret</div><p style="display: none">gone</p><button>Click</button></body>', ctx);
    const prepared = prepare(page.document, ctx);
    const names: string[] = [];
    walk(prepared.body, (node) => {
      if (isElement(node)) names.push(node.name);
    });
    expect(names).not.toContain('script');
    expect(names).not.toContain('style');
    expect(textOf(prepared.body)).toBe('keep me');
    expect(ctx.removed.map((r) => [r.ruleId, r.text])).toEqual([['html.hidden', 'secret'], ['html.hidden', 'gone'], ['html.controls', 'Click']]);
  });
  it("keeps an accordion's trigger button inside a heading: the heading's text (ARIA accordion pattern)", async () => {
    const answers = [
      'Most members pick a bag rated ten degrees below the coldest night they expect, then add a liner for colder trips.',
      'A synthetic fill keeps some warmth when it gets wet, while down packs smaller and weighs less for the same warmth.',
    ];
    const faq = [['How cold a bag do I need?', answers[0]], ['Down or synthetic fill?', answers[1]]]
      .map(([q, a], i) => `<div class="item"><h3><button aria-expanded="true" aria-controls="p${i}"><span>${q}</span></button></h3><div id="p${i}" role="region"><p>${a}</p></div></div>`)
      .join('');
    const intro = '<p>Choosing a sleeping bag comes down to warmth, weight and packed size, and the right balance depends on the trips you plan.</p>';
    const article = await clean(`<html><body><main><h1>Sleeping bag questions</h1>${intro}${faq}<button>Load more</button></main></body></html>`);
    expect(article.text).toContain(`How cold a bag do I need?\n\n${answers[0]}`);
    expect(article.text).toContain(`Down or synthetic fill?\n\n${answers[1]}`);
    // A button standing on its own is still a control.
    expect(article.text).not.toContain('Load more');
    expect(article.removed.find((r) => r.text === 'Load more')?.ruleId).toBe('html.controls');
  });
  it('keeps JSON-LD from head and body for metadata', async () => {
    const ctx = makeContext();
    const page = await parse('<head><script type="application/ld+json">{"a":1}</script></head><body><script type="application/ld+json">{"b":2}</script></body>', ctx);
    expect(prepare(page.document, ctx).jsonLd).toEqual(['{"a":1}', '{"b":2}']);
  });
});

describe('noscript', () => {
  it('drops fallback content when the page has its own text', async () => {
    const article = await clean('<html><body><noscript>Please enable JavaScript to use this site.</noscript><p>The council approved the new cycle lanes on Tuesday after a debate that lasted well into the night.</p></body></html>');
    expect(article.text).toBe('The council approved the new cycle lanes on Tuesday after a debate that lasted well into the night.');
    expect(article.removed.map((r) => r.ruleId)).toContain('html.noscript');
  });

  it('keeps the page when its text lives in <noscript> (a forum rendered by scripts, with a crawler fallback)', async () => {
    const posts = ['My router drops the connection every evening around eight, has anyone seen this before?', 'Check whether a neighbour switched to the same wifi channel, that happened to me last winter.'];
    const html = `<html><body><div id="app"></div><noscript><div class="topic">${posts.map((p) => `<div class="post"><p>${p}</p></div>`).join('')}</div></noscript></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(posts.join('\n\n'));
  });
});

describe('hidden content', () => {
  const story = ['The harbour reopened to fishing boats on Monday, six weeks after a winter storm tore away part of the outer breakwater.', 'Engineers worked in shifts to rebuild the damaged section with concrete blocks weighing up to twelve tonnes each.'];

  it('keeps the content a streaming page holds in a hidden element and reveals by script (React <div hidden id="S:0">)', async () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div id="main">Loading…</div><div hidden id="S:0"><article>${story.map((p) => `<p>${p}</p>`).join('')}</article></div><div style="display:none" class="menu"><p>A hidden dropdown with a few words</p></div></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'html.hidden').map((r) => r.text)).toEqual(['A hidden dropdown with a few words']);
  });

  it('keeps a streamed segment (<div hidden id="S:2">) though most of the page\'s text is visible', async () => {
    const more = ['Skippers said the closure had cost them thousands of pounds in fuel and in lost fishing days at sea.', 'The authority will publish a review of the design of the breakwater in the summer, with more work possible next winter.', 'A second phase of the repairs, to the inner harbour wall, is planned for the spring once the weather improves.'];
    const html = `<html><body><article>${story.map((p) => `<p>${p}</p>`).join('')}${more.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<template id="B:2"></template><p>Loading…</p></article><div hidden id="S:2"><p>${more[2]}</p></div></body></html>`;
    const article = await clean(html);
    expect(article.text).toContain(more[2]);
    expect(article.removed.filter((r) => r.ruleId === 'html.hidden')).toHaveLength(0);
  });

  it('drops hidden elements of a page whose text is visible, and hidden microdata copies of the article', async () => {
    const copy = `<div style="display:none" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="articleBody">${story.join(' ')}</div></div>`;
    const html = `<html><body><article>${story.map((p) => `<p>${p}</p>`).join('')}</article>${copy}${copy}</body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(story.join('\n\n'));
    expect(article.removed.filter((r) => r.ruleId === 'html.hidden')).toHaveLength(2);
  });

  it('keeps collapsed panels (tabs, accordions, FAQ answers, "read more" expanders) a reader opens, and drops hidden menus and pop-ups', async () => {
    const answer = 'Most repairs take two to three days, depending on how many parts have to be ordered from the manufacturer.';
    const spec = 'The frame is welded steel with a powder-coated finish that resists rust for years of outdoor use.';
    const more = 'The second half of the review looks at how the frame held up after a full winter outside.';
    const html = `<html><body><main><h1>Garden bench</h1><p>${story[0]}</p><p>${story[1]}</p>
      <div class="tabs"><button role="tab" aria-controls="t2">Specs</button><div role="tabpanel" id="t2" hidden><p>${spec}</p></div></div>
      <h2>FAQ</h2><button>How long do repairs take?</button><div class="faq__answer" style="display: none;"><p>${answer}</p></div>
      <div class="a-expander-content" style="display:none"><p>${more}</p></div></main>
      <div class="menu-panel" style="display:none"><p>A hidden dropdown of the shop's departments and their sales</p></div>
      <div class="newsletter-modal" style="display:none" role="dialog" aria-labelledby="m1"><p id="m1">Join our list for ten per cent off your first order today.</p></div></body></html>`;
    const article = await clean(html);
    for (const text of [spec, answer, more]) expect(article.text).toContain(text);
    expect(article.text).not.toContain('hidden dropdown');
    expect(article.text).not.toContain('ten per cent off');
    expect(article.removed.filter((r) => r.ruleId === 'html.hidden').map((r) => r.text.trim())).toEqual(["A hidden dropdown of the shop's departments and their sales", 'Join our list for ten per cent off your first order today.']);
  });

  it('drops a popover (the Popover API hides it until shown: an "install this app" card, an off-canvas menu)', async () => {
    const html = `<html><body><main><h1>Roadmap discussion</h1><p>${story[0]}</p><p>${story[1]}</p></main>
      <i-card popover id="pwa-learn"><div class="card"><div>To install this app on iOS and iPadOS</div><ol><li>Tap the Share icon in Safari</li><li>Scroll the menu and tap Add to Home Screen.</li></ol></div></i-card>
      <nav id="offcanvas" popover="manual"><p>Browse every forum, club and gallery of the community from here.</p></nav></body></html>`;
    const article = await clean(html);
    expect(article.text).toBe(`Roadmap discussion\n\n${story.join('\n\n')}`);
    expect(article.removed.some((r) => r.ruleId === 'html.hidden' && r.text.includes('To install this app'))).toBe(true);
  });

  it('drops short texts for screen readers only ("Regular price", "opens in a new tab"), and keeps a longer one that says what a picture shows', async () => {
    const rating = '4 reviews with an average rating of 4.8 out of 5 stars';
    const html = `<html><body><a class="sr-only sr-only-focusable" href="#main">Skip to content</a><main id="main"><p>${story[0]} <a href="/storm">Read the report<span class="visually-hidden"> (opens in a new tab)</span></a></p><p>${story[1]}</p><p class="price"><span class="visually-hidden">Regular price</span>£12</p><p><span class="screen-reader-text">${rating}</span></p></main></body></html>`;
    const article = await clean(html);
    expect(article.text).toContain(`${story[0]} Read the report`);
    expect(article.text).not.toContain('opens in a new tab');
    expect(article.text).not.toContain('Regular price');
    expect(article.text).toContain(rating);
    expect(article.removed.filter((r) => r.ruleId === 'html.screen-reader-only').map((r) => r.text.trim())).toEqual(['Skip to content', '(opens in a new tab)', 'Regular price']);
  });
});

describe('stray shells', () => {
  it('does not loop on a second <html><head><body> nested in an unclosed head (a real page did)', async () => {
    const html = '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"/><title>Fitness protocol</title><html lang="en"><head></head><body><div>An embedded page</div></body></head><body><p>The foundational fitness protocol is designed to be modified to meet your individual needs, while still adhering to what the science says.</p></body></html>';
    const article = await clean(html);
    expect(article.text).toContain('The foundational fitness protocol is designed');
  }, 10_000);
});
