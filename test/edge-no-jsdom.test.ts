// RELIABILITY §8.3: the core entry never needs jsdom. With `jsdom` (and Readability) mocked to throw on import, the
// xss, malformed and text vectors run through the built core entry and stay safe: the shared vectors.json when
// ../shared is there, decruft's built-in vectors otherwise (a user's clone). edge.test.ts checks the bundle's import
// graph; this checks that no code path of the core reaches for jsdom at run time either.
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_VECTORS } from './hostile/builtin-vectors.js';
import { comparable, htmlViolations, isDecruftError, loadSharedVectors, malformedFields, run, vectorInput, vectorOptions, type Vector } from './hostile/harness.js';

vi.mock('jsdom', () => {
  throw new Error('jsdom was imported by the core entry');
});
vi.mock('@mozilla/readability', () => {
  throw new Error('@mozilla/readability was imported by the core entry');
});

const { clean } = await import('../dist/index.js');

const CATEGORIES = new Set(['xss', 'malformed', 'text']);
const shared = loadSharedVectors();
const vectors = (shared ?? BUILTIN_VECTORS).filter((v) => CATEGORIES.has(v.category));

async function checkWithoutJsdom(vector: Vector): Promise<string[]> {
  const options = vectorOptions(vector) as Record<string, unknown>;
  let article;
  try {
    article = await clean(vectorInput(vector) as never, options as never);
  } catch (error) {
    return [`rejected: ${String(error)}${isDecruftError(error) ? ` (${error.code})` : ''}`];
  }
  const problems = htmlViolations(article.html, options.allowDataImages === true);
  const malformed = malformedFields(article);
  if (malformed.length > 0) problems.push(`wellFormedUnicode: ${malformed.join(', ')}`);
  const { containsText, notInText } = vector.expect;
  if (containsText !== undefined && !comparable(article.text).includes(comparable(containsText))) problems.push(`containsText: "${containsText}" not in text`);
  for (const banned of notInText ?? []) if (article.text.includes(banned) || article.markdown.includes(banned)) problems.push(`notInText: ${JSON.stringify(banned)} present`);
  return problems;
}

describe(`core entry with jsdom unloadable (${shared ? 'vectors.json' : 'built-in vectors'})`, () => {
  it('the mock is in force: jsdom cannot load, and the engine that needs it says UNSUPPORTED_RUNTIME', async () => {
    await expect(import('jsdom')).rejects.toThrow();
    // The positive control: a code path that does reach for jsdom fails under this mock, so the core's passing means it never does.
    const { readability } = await import('../dist/readability.js');
    const page = `<article><p>${'The council approved the harbour budget on Monday. '.repeat(8)}</p></article>`;
    await expect(clean(page, { engine: readability })).rejects.toMatchObject({ code: 'UNSUPPORTED_RUNTIME' });
    // The source entry (what the other suites import) loads and runs without jsdom too.
    expect((await run(page, { format: 'html' })).ok).toBe(true);
  });

  it(`runs ${vectors.length} xss, malformed and text vectors, each resolving to safe, well-formed output`, async () => {
    expect(vectors.length).toBeGreaterThan(shared ? 1000 : 40);
    const failures: string[] = [];
    for (const vector of vectors) {
      const problems = await checkWithoutJsdom(vector);
      if (problems.length > 0) failures.push(`${vector.id}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
