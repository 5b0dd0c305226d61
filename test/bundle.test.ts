// Bundle budget (issue 9): what an edge or browser app ships when it imports decruft (esbuild, minified, gzip).
import { describe, expect, it } from 'vitest';
import { BUDGET_KB, measureBundle } from '../scripts/bench/bundle.mjs';

describe('bundle', () => {
  it('ships at most 200 KiB (gzip) with every lazily loaded part', async () => {
    const report = await measureBundle();
    expect(report.totalKB).toBeLessThanOrEqual(BUDGET_KB.total);
  });
  it('loads at most 120 KiB (gzip) at import, with nothing heavy and no Node built-ins, jsdom or eval in the graph; one entity decoder and only the chrono-node locales used', async () => {
    const report = await measureBundle();
    expect(report.problems).toEqual([]);
    expect(report.atImportKB).toBeLessThanOrEqual(BUDGET_KB.atImport);
    const atImport = report.top.atImport.map((t) => t.name);
    for (const heavy of ['franc-min', 'chrono-node', 'parse5', 'jsdom', 'mdast-util-to-markdown', 'hast-util-to-html']) expect(atImport).not.toContain(heavy);
    // The lazily loaded parts exist as separate chunks (language models, date parsing, charset tables, renderers).
    expect(report.chunks.filter((c) => !c.atImport).length).toBeGreaterThanOrEqual(5);
    // One entity decoder (entities 9) for decruft and htmlparser2: no package's own nested copy.
    expect(report.modules.filter((m) => /node_modules\/entities\//.test(m))).not.toEqual([]);
    expect(report.modules.filter((m) => /node_modules\/[^/]+\/node_modules\/entities\//.test(m))).toEqual([]);
    // chrono-node's locales: the seven of the rule catalog's languages, not its entry's fifteen.
    const locales = new Set(report.modules.map((m) => /node_modules\/chrono-node\/dist\/esm\/locales\/([a-z]+)\//.exec(m)?.[1]).filter(Boolean));
    expect(report.bundled.some((m) => m.includes('chrono-node/dist/esm/locales/de/parsers/DEMonthNameLittleEndianParser'))).toBe(true);
    expect([...locales].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    // What decruft never runs is left out (scripts/build-plugins.mjs): chrono-node's casual-only parsers, the svg schema,
    // the named-reference tables of stringify-entities, a structuredClone polyfill.
    const never = [/chrono-node\/dist\/esm\/locales\/(?:de\/parsers\/DE|en\/parsers\/EN|it\/parsers\/IT)CasualDateParser/, /property-information\/lib\/svg\.js/, /character-entities-html4/, /character-entities-legacy/, /@ungap\/structured-clone/];
    for (const pattern of never) expect(report.bundled.filter((m) => pattern.test(m))).toEqual([]);
    // The capped parse path is htmlparser2's (src/html/parse.ts): parse5 is not in the bundle.
    expect(report.modules.filter((m) => /node_modules\/parse5/.test(m))).toEqual([]);
  });
});

describe('catalog build plugin', () => {
  it("empties a rule's examples, counter-examples and description in dist and keeps everything the matcher reads", async () => {
    const { withoutExamples } = (await import('../scripts/build-plugins.mjs')) as unknown as { withoutExamples: (source: string) => string };
    const source = `{ id: 'a.b', description: 'Asks: "don\\'t miss", [x]', strength: 'strong', phrases: ['support now', "it's [not]"], examples: ['Support now [1]'], counterExamples: ["The support's base"] }`;
    expect(withoutExamples(source)).toBe(`{ id: 'a.b', description: '', strength: 'strong', phrases: ['support now', "it's [not]"], examples: [], counterExamples: [] }`);
  });
});
