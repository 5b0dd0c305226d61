// Inline DOM → mdast phrasing: toPhrasing's output is already tidy, so segmenting may skip tidying it again.
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { tidyPhrasing, toPhrasing } from '../src/segment/phrasing.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Inline HTML from pieces that exercise whitespace, breaks, images, code, links and nested wrappers. */
const piece = fc.constantFrom(
  'a', 'b c', ' ', '  ', '\n', ' x\n y ', '\u00a0', '\t', 'z ', ' w',
  '<br>', '<br> ', ' <br>', '<img src="https://e.example/i.png" alt=" p ">', '<code> c </code>', '<span> </span>',
  '<b>', '</b>', '<em> ', '</em>', '<a href="https://e.example/x">', '<a href="rel">', '</a>', '<s>', '</s>', '<div>', '</div>', '<i></i>',
);
const html = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('phrasing', () => {
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
});
