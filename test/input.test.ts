// Decode and detect: charsets by BOM, hint and meta; size cap; HTML vs text sniffing.
import { describe, expect, it } from 'vitest';
import { decode } from '../src/input/decode.js';
import { detectFormat } from '../src/input/detect.js';
import { prescan } from '../src/input/prescan.js';
import { fixture, makeContext } from './helpers.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decode', () => {
  it('honours a UTF-16LE BOM', async () => {
    const ctx = makeContext();
    const out = await decode(bytes(0xff, 0xfe, 0x68, 0, 0x69, 0), ctx);
    expect(out).toMatchObject({ text: 'hi', encoding: 'utf-16le' });
  });

  it('decodes windows-1252 from <meta charset> the WHATWG way (0x80 is €)', async () => {
    const ctx = makeContext();
    const out = await decode(bytes(...ascii('<meta charset="windows-1252"><p>'), 0x80, 0x20, 0x35), ctx);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text.endsWith('€ 5')).toBe(true);
  });

  it('treats iso-8859-1 as windows-1252 and takes the encoding hint over the meta', async () => {
    const ctx = makeContext({ encoding: 'latin1' });
    const out = await decode(bytes(...ascii('<meta charset="utf-8"><p>caf'), 0xe9), ctx);
    expect(out).toMatchObject({ encoding: 'windows-1252' });
    expect(out.text.endsWith('café')).toBe(true);
  });

  it('decodes Shift_JIS (lazily loaded multi-byte tables)', async () => {
    const ctx = makeContext({ encoding: 'shift_jis' });
    const out = await decode(bytes(0x93, 0xfa, 0x96, 0x7b), ctx);
    expect(out.text).toBe('日本');
  });

  it('prefers valid UTF-8 over a wrong legacy declaration, with a warning', async () => {
    const ctx = makeContext();
    const out = await decode(new TextEncoder().encode('<meta charset="iso-8859-2"><p>Zürich – Genève'), ctx);
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('Zürich – Genève');
    expect(ctx.warnings.map((w) => w.code)).toContain('ENCODING_GUESSED');
  });

  it('caps oversized input before the last tag and warns', async () => {
    const ctx = makeContext({ maxBytes: 40 });
    const out = await decode('<p>first paragraph here</p><p>second paragraph is long</p>', ctx);
    expect(out.text).toBe('<p>first paragraph here</p>');
    expect(ctx.warnings[0]?.code).toBe('SIZE_CAPPED');
  });
});

describe('prescan', () => {
  it('finds http-equiv content-type charsets and skips comments', () => {
    const html = '<!-- <meta charset="koi8-r"> --><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-5">';
    expect(prescan(new Uint8Array(ascii(html)))).toBe('iso-8859-5');
  });
  it('maps a utf-16 meta to utf-8, as the spec says', () => {
    expect(prescan(new Uint8Array(ascii('<meta charset="utf-16le">')))).toBe('utf-8');
  });
  it('ignores a content charset without http-equiv', () => {
    expect(prescan(new Uint8Array(ascii('<meta content="text/html; charset=koi8-r">')))).toBeNull();
  });
});

describe('detectFormat', () => {
  it('detects the seed as text', () => {
    expect(detectFormat(fixture('seed.txt'))).toBe('text');
  });
  it.each(['<!doctype html><p>x', '  <html><body>x', '<div class="a">x</div>', 'Intro <p>one</p><p>two</p><p>three</p>'])('detects %j as html', (input) => {
    expect(detectFormat(input)).toBe('html');
  });
  it('keeps a text dump that quotes a little markup as text', () => {
    const dump = `${'A long line of ordinary article text about web development. '.repeat(40)}\n\nUse <div> for blocks and <span> inline.`;
    expect(detectFormat(dump)).toBe('text');
  });
  it('detects a text dump that starts with a stray tracking-pixel tag as text', () => {
    const dump = `<img height="1" width="1" style="display:none" src="https://example.com/p?c=1">\n\nPolitics\n\nOpinion\n\n${'A paragraph of the article, long enough to be prose. '.repeat(50)}`;
    expect(detectFormat(dump)).toBe('text');
    expect(detectFormat(`<img src="a.png">${'<p>A paragraph of a real page.</p>'.repeat(60)}`)).toBe('html');
  });
  it('decides by counting as many tags as the decision needs, the same as counting them all', () => {
    // The whole-count rule, kept here as the reference: stray-tag dumps (markup first, fewer than 3 tags in 2,000+
    // characters) are text; otherwise 3 tags or more at 2 or more per 1,000 characters make html.
    const reference = (input: string): 'html' | 'text' => {
      const sample = input.slice(0, 64 * 1024);
      const tags = [...sample.matchAll(/<\/?(?:html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|h[1-6]|script|style|meta|link|article|section|main|header|footer|nav|aside|img|figure|em|strong|b|i|blockquote|pre|code|form|input|button|iframe)(?=[\s>/])[^<>]{0,200}>/gi)].length;
      if (/^\s*<(?:!doctype|html|head|body|meta|title|link|!--|\?xml|div|p|article|section|main|span|h[1-6]|ul|ol|table|header|nav|script|style|a|br|img|figure|blockquote|pre)[\s>/]/i.test(sample)) return tags < 3 && sample.length >= 2000 ? 'text' : 'html';
      return tags >= 3 && (tags * 1000) / Math.max(sample.length, 1) >= 2 ? 'html' : 'text';
    };
    const filler = 'Plain words of a dump. ';
    const cases: string[] = [];
    for (const lead of ['', '<div>', '<img src="x">']) {
      for (const tags of [0, 1, 2, 3, 4, 5, 8, 40, 200]) {
        for (const chars of [500, 1999, 2000, 2500, 4000, 20_000, 70_000]) {
          const body = filler.repeat(Math.ceil(chars / filler.length)).slice(0, chars);
          const step = Math.max(1, Math.floor(body.length / (tags + 1)));
          let page = lead;
          for (let i = 0, at = 0; i <= tags; i++, at += step) page += body.slice(at, at + step) + (i < tags ? '<p>' : '');
          cases.push(page);
        }
      }
    }
    const decided = cases.map((page) => detectFormat(page));
    expect(decided).toEqual(cases.map(reference));
    expect(new Set(decided)).toEqual(new Set(['html', 'text']));
  });
});
