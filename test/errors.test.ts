// The error contract: caller mistakes reject with DecruftError codes; odd pages resolve with warnings.
import { describe, expect, it } from 'vitest';
import { clean, createCleaner, DecruftError } from '../src/index.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DecruftError);
    return (error as DecruftError).code;
  }
  return 'resolved';
}

describe('caller mistakes', () => {
  const badInputs: Array<[string, unknown]> = [
    ['null', null], ['undefined', undefined], ['a number', 42], ['NaN', Number.NaN], ['a boolean', true], ['a bigint', 10n],
    ['a symbol', Symbol('x')], ['a function', () => 'x'], ['a plain object', { html: '<p>x</p>' }], ['an array', ['<p>x</p>']],
    ['a String object', new String('x')], ['a Date', new Date()], ['a RegExp', /x/], ['a URL', new URL('https://example.com')],
  ];
  it.each(badInputs)('rejects %s with INVALID_INPUT', async (_name, input) => {
    expect(await codeOf(clean(input as never))).toBe('INVALID_INPUT');
  });

  it('tells the caller to await a promise', async () => {
    await expect(clean(Promise.resolve('<p>x</p>') as never)).rejects.toThrow(/await/);
  });

  it('tells the caller to read a Response first', async () => {
    await expect(clean(new Response('<p>x</p>') as never)).rejects.toThrow(/res\.text\(\)/);
  });

  const badOptions: Array<[string, unknown]> = [
    ['null options', null], ['an array', []], ['an unknown key', { fromat: 'html' }], ['an unknown format', { format: 'pdf' }],
    ['a relative url', { url: '/a/b' }], ['a javascript: url', { url: 'javascript:alert(1)' }], ['a zero budget', { maxBytes: 0 }],
    ['a fractional budget', { timeoutMs: 1.5 }], ['maxDepth over 1000', { maxDepth: 5000 }], ['maxDepth Infinity', { maxDepth: Infinity }],
    ['a bad category', { categories: { gossip: 'keep' } }], ['a bad category action', { categories: { related: 'maybe' } }],
    ['a bad engine', { engine: 'readability' }], ['an unknown rule to disable', { rules: { disable: ['nope.nothing'] } }],
    ['a rule without phrases', { rules: { add: [{ id: 'donation.mine', category: 'donation' }] } }],
    ['a throwing getter', Object.defineProperty({}, 'format', { enumerable: true, get() { throw new Error('boom'); } })],
  ];
  it.each(badOptions)('rejects %s with INVALID_OPTIONS', async (_name, options) => {
    expect(await codeOf(clean('<p>x</p>', options as never))).toBe('INVALID_OPTIONS');
  });

  it('rejects an encoding that is not a WHATWG label', async () => {
    expect(await codeOf(clean(new Uint8Array([0x41]), { encoding: 'utf-7' }))).toBe('UNSUPPORTED_ENCODING');
  });

  it('rejects with ABORTED when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await codeOf(clean('<p>x</p>', { signal: controller.signal }))).toBe('ABORTED');
  });

  it('createCleaner throws synchronously on bad options', () => {
    expect(() => createCleaner({ format: 'xml' } as never)).toThrow(DecruftError);
  });

  it('accepts Infinity to switch a cap off', async () => {
    const article = await clean('<p>Budgets can be switched off by passing Infinity.</p>', { maxBytes: Infinity, maxNodes: Infinity, timeoutMs: Infinity });
    expect(article.text).toBe('Budgets can be switched off by passing Infinity.');
  });
});

describe('odd pages', () => {
  it.each(['', '   \n\t  ', '<html><body></body></html>'])('returns an empty article with NO_CONTENT for %j', async (input) => {
    const article = await clean(input);
    expect(article.text).toBe('');
    expect(article.warnings.map((w) => w.code)).toContain('NO_CONTENT');
  });

  it('flags gzip bytes as binary instead of decoding garbage', async () => {
    const article = await clean(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]));
    expect(article.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['BINARY_INPUT', 'NO_CONTENT']));
  });
});
