// decruft/readability: Mozilla Readability on jsdom as the locator (Node only; never imported by the core entry).
import { DecruftError } from './errors.js';
import type { Engine, EngineInput, EngineResult } from './types.js';

async function loadLibraries(): Promise<{ JSDOM: typeof import('jsdom').JSDOM; VirtualConsole: typeof import('jsdom').VirtualConsole; Readability: typeof import('@mozilla/readability').Readability }> {
  try {
    const [jsdom, readabilityModule] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
    return { JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, Readability: readabilityModule.Readability };
  } catch (cause) {
    throw new DecruftError(
      'UNSUPPORTED_RUNTIME',
      'the readability engine needs Node.js with `jsdom` and `@mozilla/readability` installed (npm install jsdom @mozilla/readability)',
      { cause },
    );
  }
}

/** Mozilla Readability on jsdom. Its output is re-parsed and sanitized by decruft like any page. */
export const readability: Engine = {
  name: 'readability',
  async extract({ html, url }: EngineInput): Promise<EngineResult | null> {
    const { JSDOM, VirtualConsole, Readability } = await loadLibraries();
    // No scripts, no subresources, no console noise from CSS the page ships.
    const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
    try {
      const article = new Readability(dom.window.document).parse();
      if (!article?.content) return null;
      return {
        html: article.content,
        title: article.title ?? null,
        byline: article.byline ?? null,
        lang: article.lang ?? null,
        siteName: article.siteName ?? null,
        publishedAt: article.publishedTime ?? null,
        description: article.excerpt ?? null,
      };
    } finally {
      dom.window.close();
    }
  },
};

export type { Engine, EngineInput, EngineResult } from './types.js';
