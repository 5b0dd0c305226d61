// The engines the bench compares. Each factory loads its libraries, then returns `(page) => Promise<number>`
// (the length of what it extracted, so no engine can skip its work). decruft factories take extra cleaner options.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './data.mjs';

const importDist = (file) => import(pathToFileURL(join(ROOT, 'dist', file)).href);

export const ENGINES = {
  /** decruft, default options (default locator, text + HTML + Markdown), one cleaner for the batch. */
  async decruft(options = {}) {
    const { createCleaner } = await importDist('index.js');
    const cleaner = createCleaner(options);
    return async (page) => (await cleaner.clean(page.input, { url: page.url, format: 'html' })).text.length;
  },
  /** decruft with `formats: []`: text and blocks only, no HTML or Markdown rendering. */
  async 'decruft-text-only'(options = {}) {
    const { createCleaner } = await importDist('index.js');
    const cleaner = createCleaner({ ...options, formats: [] });
    return async (page) => (await cleaner.clean(page.input, { url: page.url, format: 'html' })).text.length;
  },
  /** decruft's `readability` engine: Readability on jsdom locates, decruft classifies and renders. */
  async 'decruft-readability'() {
    const { createCleaner } = await importDist('index.js');
    const { readability } = await importDist('readability.js');
    const cleaner = createCleaner({ engine: readability });
    return async (page) => (await cleaner.clean(page.input, { url: page.url, format: 'html' })).text.length;
  },
  /** decruft on a text dump (text-dev), default options. */
  async 'decruft-text-mode'(options = {}) {
    const { createCleaner } = await importDist('index.js');
    const cleaner = createCleaner(options);
    return async (page) => (await cleaner.clean(page.input, { format: 'text' })).text.length;
  },
  /** decruft on a text dump with `formats: []`: text and blocks, no HTML or Markdown rendering. */
  async 'decruft-text-mode-text-only'(options = {}) {
    const { createCleaner } = await importDist('index.js');
    const cleaner = createCleaner({ ...options, formats: [] });
    return async (page) => (await cleaner.clean(page.input, { format: 'text' })).text.length;
  },
  /** Mozilla Readability on jsdom, as its README shows it. */
  async 'readability-jsdom'() {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    return async (page) => {
      const dom = new JSDOM(page.input, { url: page.url, virtualConsole: new VirtualConsole() });
      try {
        return new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
      } finally {
        dom.window.close();
      }
    };
  },
  /** Mozilla Readability on linkedom. */
  async 'readability-linkedom'() {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    return async (page) => new Readability(parseHTML(page.input).document).parse()?.textContent?.length ?? 0;
  },
  /** defuddle's documented Node usage: `defuddle/node` on a linkedom document. */
  async 'defuddle-linkedom'() {
    const { parseHTML } = await import('linkedom');
    const { Defuddle } = await import('defuddle/node');
    return async (page) => (await Defuddle(parseHTML(page.input).document, page.url)).content.length;
  },
  /** The floor: htmlparser2 parses the page, then the text is read out (no extraction at all). */
  async htmlparser2() {
    const { parseDocument, DomUtils } = await import('htmlparser2');
    return async (page) => DomUtils.textContent(parseDocument(page.input, { decodeEntities: true })).length;
  },
};
