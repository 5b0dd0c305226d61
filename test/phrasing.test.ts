// Inline DOM → mdast phrasing: toPhrasing's output is already tidy, so segmenting may skip tidying it again.
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listText, segmentHtml } from '../src/segment/from-html.js';
import { phrasingText, plainPhrasing, tidyPhrasing, toPhrasing } from '../src/segment/phrasing.js';
import { nodeOf } from '../src/segment/types.js';
import { collapseWhitespace, normalizeLines } from '../src/text/normalize.js';
import { makeContext } from './helpers.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Inline HTML from pieces that exercise whitespace, breaks, images, code, links and nested wrappers. */
const piece = fc.constantFrom(
  'a', 'b c', ' ', '  ', '\n', ' x\n y ', '\u00a0', '\t', 'z ', ' w',
  '<br>', '<br> ', ' <br>', '<img src="https://e.example/i.png" alt=" p ">', '<code> c </code>', '<span> </span>',
  '<b>', '</b>', '<em> ', '</em>', '<a href="https://e.example/x">', '<a href="rel">', '</a>', '<s>', '</s>', '<div>', '</div>', '<i></i>',
);
const html = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('phrasing', () => {
  it('collapseWhitespace gives one space for whitespace only, as collapsing it by regular expression does', () => {
    const reference = (text: string): string => normalizeLines(text).replace(/[ \t\n]+/g, ' ');
    const unit = fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\f', 'a', '\u200b', '\u00ad');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (value) => {
        expect(collapseWhitespace(value)).toBe(reference(value));
      }),
      { seed: 20261202, numRuns: RUNS * 4 },
    );
    for (const value of ['', ' ', '  ', '\n', ' \t\n ', ' a ', '\n  x']) expect(collapseWhitespace(value)).toBe(reference(value));
  });

  it('tidying toPhrasing output again changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(html, (source) => {
        const phrasing = toPhrasing(parseDocument(source, { decodeEntities: true }).children, { baseUrl: 'https://e.example/', allowDataImages: false });
        expect(tidyPhrasing(structuredClone(phrasing))).toEqual(phrasing);
      }),
      { seed: 20261130, numRuns: RUNS },
    );
  });

  it('collapses whitespace across nodes and trims the run', () => {
    const phrasing = toPhrasing(parseDocument(' a <b> b </b> c <br> ').children, { baseUrl: null, allowDataImages: false });
    expect(phrasing).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'strong', children: [{ type: 'text', value: 'b ' }] },
      { type: 'text', value: 'c' },
    ]);
  });

  it('parts a capitalized word from a word before it that only an element boundary separates (a brand and its product)', () => {
    const text = (source: string): string => phrasingText(toPhrasing(parseDocument(source, { decodeEntities: true }).children, { baseUrl: null, allowDataImages: false })).text;
    expect(text('<span>Nalgene</span><span>Sustain Bottle</span>')).toBe('Nalgene Sustain Bottle');
    expect(text('<a href="/p">YETI</a><span>Rambler Cup</span>')).toBe('YETI Rambler Cup');
    expect(text('<span>Crème</span><span>Élégante</span>')).toBe('Crème Élégante');
    // Letters of one word across formatting, a capital that starts no word, texts split only by a comment: as shown.
    expect(text('<b>un</b>likely, Mc<b>D</b>onald, Wide<!---->Mouth, <b>Step 1</b>Open')).toBe('unlikely, McDonald, WideMouth, Step 1Open');
  });

  it('leaves one space where an image with a space on each side drops out of the text', () => {
    const options = { baseUrl: 'https://e.example/', allowDataImages: false };
    const nodes = (source: string) => parseDocument(source, { decodeEntities: true }).children;
    // A caption after a picture block inside a paragraph (a how-to step): the image goes, one space stays.
    const source = 'at an airport branch.<div class="img"><img src="car.jpg" alt="car"></div> <span class="credit">Always check the prices</span>';
    expect(phrasingText(toPhrasing(nodes(source), options)).text).toBe('at an airport branch. Always check the prices');
    expect(plainPhrasing(nodes(source), options)?.text).toBe('at an airport branch. Always check the prices');
    expect(phrasingText(toPhrasing(nodes('one <img src="a.png"> two'), options)).text).toBe('one two');
    // The Markdown keeps the image between its spaces.
    expect(toPhrasing(nodes('one <img src="a.png"> two'), options).map((node) => node.type)).toEqual(['text', 'image', 'text']);
  });

  it('drops an unrendered template expression alone in its text node, but not braces inside other words or code', () => {
    const options = { baseUrl: null, allowDataImages: false };
    const nodes = (source: string) => parseDocument(source, { decodeEntities: true }).children;
    const source = 'Thanks <div class="alert" ng-cloak><strong>{{ DiscussionBoard.errors[11793132].message }}</strong></div> Reply';
    expect(phrasingText(toPhrasing(nodes(source), options)).text).toBe('Thanks Reply');
    expect(plainPhrasing(nodes(source), options)?.text).toBe('Thanks Reply');
    expect(plainPhrasing(nodes('{{priceAnchor.totalPrice}}'), options)?.empty).toBe(true);
    expect(phrasingText(toPhrasing(nodes('Write {{ name }} to print the name, or <code>{{ name }}</code>.'), options)).text).toBe('Write {{ name }} to print the name, or {{ name }}.');
  });

  /** Pieces that also put blocks and inline code inside links, paragraph breaks, empty wrappers, lists and comments. */
  const richPiece = fc.constantFrom(
    'a', 'b c', ' ', '\n', ' x\n y ', '\u00a0', 'z ', ' w', '\u00ad',
    '<br>', '<br> ', '<br><br>', '<img src="https://e.example/i.png">', '<img src="">', '<code> c </code>', '<kbd> </kbd>', '<span> </span>',
    '<b>', '</b>', '<em> ', '</em>', '<a href="https://e.example/x">', '<a href="rel">', '<a>', '</a>', '<div>', '</div>', '<p>', '</p>',
    '<i></i>', '<!-- c -->', '<script>x</script>', '<ul>', '</ul>', '<ol start="3">', '</ol>', '<li>', '</li>',
    'Ab', 'Éa', '<span>', '</span>', '<!---->', '{{ e.m }}', ' {{x}} ',
  );
  const richHtml = fc.array(richPiece, { maxLength: 28 }).map((parts) => parts.join(''));
  /** The same without blocks: one run of inline content. */
  const inlineHtml = fc.array(richPiece.filter((piece) => !/<\/?(?:div|p|ul|ol|li)\b/.test(piece)), { maxLength: 28 }).map((parts) => parts.join(''));
  const bases = [{ baseUrl: 'https://e.example/', allowDataImages: false }, { baseUrl: null, allowDataImages: false }];

  it('plainPhrasing reads the text, link characters and emptiness toPhrasing would give, or declines', () => {
    let read = 0;
    fc.assert(
      fc.property(richHtml, fc.constantFrom(...bases), (source, options) => {
        const nodes = parseDocument(source, { decodeEntities: true }).children;
        const plain = plainPhrasing(nodes, options);
        if (plain === null) return;
        read++;
        const built = toPhrasing(nodes, options);
        const { text, linkChars, empty, images } = plain;
        expect({ text, linkChars, empty, images }).toEqual({ ...phrasingText(built), empty: built.length === 0, images: JSON.stringify(built).includes('"image"') });
        if (plain.breaks === 0) expect(JSON.stringify(built)).not.toContain('"break"');
      }),
      { seed: 20261201, numRuns: RUNS * 4 },
    );
    // It declines only the few shapes it cannot read: most inputs are read.
    expect(read).toBeGreaterThan(RUNS * 2);
  });

  it("segmenting reads each block's text and link density as the block's built node gives them", () => {
    fc.assert(
      fc.property(inlineHtml, richHtml, fc.constantFrom(...bases), (run, source, options) => {
        const body = parseDocument(`<body><div>${run}</div><h2>${run}</h2><blockquote>${run}</blockquote><ul><li>${run}</li><li>${source}<ol><li>${run}</li></ol></li></ul></div></body>`, { decodeEntities: true }).children;
        for (const segment of segmentHtml(body.filter((n) => n.type === 'tag') as never, makeContext(), options)) {
          const node = nodeOf(segment);
          if (node.type === 'paragraph' && segment.type === 'paragraph') {
            const { text, linkChars } = phrasingText(node.children);
            expect([segment.text, segment.linkDensity]).toEqual([text, text.length > 0 ? Math.min(1, linkChars / text.length) : 0]);
            // Two line breaks in a row end a paragraph of a run: no paragraph holds them.
            expect(node.children.some((child, i) => child.type === 'break' && node.children[i + 1]?.type === 'break')).toBe(false);
          } else if (node.type === 'heading') {
            const { text, linkChars } = phrasingText(node.children);
            expect([segment.text, segment.linkDensity]).toEqual([text.replace(/\n/g, ' '), text.length > 0 ? Math.min(1, linkChars / text.length) : 0]);
          } else if (node.type === 'blockquote') {
            const paragraph = node.children[0];
            const { text, linkChars } = paragraph?.type === 'paragraph' ? phrasingText(paragraph.children) : { text: '', linkChars: 0 };
            expect([segment.text, segment.linkDensity]).toEqual([text, text.length > 0 ? Math.min(1, linkChars / text.length) : 0]);
          } else if (node.type === 'list') {
            const { text, linkChars } = listText(node);
            expect([segment.text, segment.linkDensity]).toEqual([text, text.length > 0 ? Math.min(1, linkChars / text.length) : 0]);
          }
        }
      }),
      { seed: 20261201, numRuns: RUNS },
    );
  });
});
