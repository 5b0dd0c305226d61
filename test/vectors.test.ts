// Every hostile vector through clean() (RELIABILITY.md §8.1): reliability/vectors.json from the shared folder
// (DECRUFT_SHARED, default ../shared beside the repo) when it is there, and always decruft's own built-in set.
import { describe, expect, it } from 'vitest';
import { getBOMEncoding } from '@exodus/bytes/encoding-lite.js';
import { prescan } from '../src/input/prescan.js';
import { BUILTIN_VECTORS } from './hostile/builtin-vectors.js';
import { articleProblems, htmlViolations, isDecruftError, loadSharedVectors, run, runTraced, sharedDir, vectorInput, vectorOptions, vectorSize, type Vector } from './hostile/harness.js';

/** Pathological vectors over this size run only in `npm run bench:hostile -- --vectors` (timed, in a child process). */
const BENCH_ONLY_BYTES = 1_000_000;

/**
 * Named exceptions: the checks a vector is known to fail, each with its measured reason. Every other check still runs
 * on these vectors (safety, idempotence, no throw). An entry whose failure disappears fails the test, so the list
 * cannot go stale.
 */
const KNOWN_GAPS: Record<string, { fails: RegExp; reason: string }> = {};
const gap = (ids: string[], fails: RegExp, reason: string): void => {
  for (const id of ids) KNOWN_GAPS[id] = { fails, reason };
};
gap(['malformed-html5lib-comments01-002', 'malformed-html5lib-comments01-007', 'malformed-comment-bang-close'], /^textTokens/,
  'htmlparser2\'s tokenizer does not close a comment at `--!>` (a parse error the HTML Standard still closes on), so the rest of the text is comment');
gap(['malformed-html5lib-domjs-unsafe-001', 'malformed-html5lib-domjs-unsafe-002', 'malformed-html5lib-domjs-unsafe-003', 'malformed-html5lib-tests21-001',
  'malformed-html5lib-tests21-012', 'malformed-html5lib-tests21-018', 'malformed-html5lib-plain-text-unsafe-011'], /^textTokens/,
  'CDATA inside <svg> is text in the HTML Standard; htmlparser2 (HTML mode) reads `<![CDATA[` as a comment, so the svg receipt lacks it');
gap(['malformed-html5lib-plain-text-unsafe-010', 'malformed-html5lib-plain-text-unsafe-015', 'malformed-html5lib-plain-text-unsafe-018',
  'malformed-html5lib-plain-text-unsafe-021'], /^textTokens/,
  'the spec tree has U+FFFD for NUL in foreign content and <plaintext>; decruft removes NUL from all text (RELIABILITY §7), so the token differs by that character');
gap(['malformed-html5lib-tests18-001', 'malformed-html5lib-tests18-006', 'malformed-html5lib-tests18-011', 'malformed-html5lib-webkit02-017'], /^textTokens/,
  'after the obsolete <plaintext> the spec makes the rest of the input text; htmlparser2 goes on parsing markup, so `</plaintext>`/tags are not text');
gap(['malformed-html5lib-scriptdata01-004', 'malformed-html5lib-scriptdata01-005'], /^textTokens/,
  'htmlparser2 does not end a script at `</script/>` or `</script/ >`: the text after it is swallowed as script (dropped, never executed)');
gap(['malformed-html5lib-noscript01-017'], /^textTokens/,
  'a <noscript> in <head> stays head content for htmlparser2 and goes with the head; with scripting off the spec moves its text to the body');
gap(['malformed-html5lib-tests5-006'], /^textTokens/,
  'htmlparser2 ends <iframe> raw text at a different `</iframe>` than the spec in `<iframe> <!--- </iframe>->x`');
gap(['malformed-named-refs-no-semicolon'], /^textTokens: "©2024"/,
  'the spec parse (parse5 8, measured) gives "© 2024 & AT&T ∉ ¬i; &x end": the token "©2024" is not in the spec text either');
gap(['encodings-html5lib-scripted_tests1-001'], /^prescan/,
  'the charset is written by document.write from a script; decruft never runs scripts, so no prescan can find it');
gap(['encodings-iso-8859-15-undeclared'], /^containsText/,
  'chardet reports ISO-8859-1 (confidence 63) for undeclared ISO-8859-15: the two differ only at 8 byte positions (0xA4 € …) chardet does not model');

function runnable(vectors: readonly Vector[]): { run: Vector[]; benchOnly: Vector[] } {
  const benchOnly = vectors.filter((v) => v.category === 'pathological' && vectorSize(v) > BENCH_ONLY_BYTES);
  const big = new Set(benchOnly);
  return { run: vectors.filter((v) => !big.has(v)), benchOnly };
}

/**
 * The vector's options, with `timeoutMs: Infinity` for pathological vectors that set no budget of their own: these runs
 * check invariants, not time (§8.1; the bench times them), and output after an expired budget depends on the clock
 * (render/budget.ts), so on a loaded machine two runs, or a run and its re-clean, could differ.
 */
function untimed(vector: Vector, format?: 'auto'): unknown {
  const options = vectorOptions(vector, format);
  if (vector.category !== 'pathological' || options === null || typeof options !== 'object' || 'timeoutMs' in options) return options;
  return { ...options, timeoutMs: Infinity };
}

async function check(vector: Vector): Promise<void> {
  const input = vectorInput(vector);
  const options = untimed(vector);
  const outcome = await run(input, options);
  if (vector.expect.throws !== undefined) {
    expect(outcome.ok, 'should reject').toBe(false);
    if (outcome.ok) return;
    expect(isDecruftError(outcome.error), String(outcome.error)).toBe(true);
    expect((outcome.error as { code: string }).code).toBe(vector.expect.throws);
    return;
  }
  if (!outcome.ok) throw new Error(`rejected: ${String(outcome.error)} (${isDecruftError(outcome.error) ? outcome.error.code : 'not a DecruftError'})`);
  const { article } = outcome;
  // Deterministic: the same input and options give the same output. The second run also hands back the decoded page,
  // for the §7 character accounting among the universal checks.
  const second = await runTraced(vectorInput(vector), untimed(vector));
  let problems = await articleProblems(article, vector.expect, options, second.ok ? second.page : undefined);
  if (!second.ok) problems.push('deterministic: the second run rejected');
  else if (second.article.html !== article.html || second.article.text !== article.text) problems.push('deterministic: the second run differs');
  // Prescan of the first 1024 bytes, where the vector states it.
  if (vector.expect.prescan !== undefined && input instanceof Uint8Array) {
    const found = getBOMEncoding(input) ?? prescan(input);
    if (found !== vector.expect.prescan && !(vector.expect.prescanMayDefault && found === null)) problems.push(`prescan: got ${String(found)}, want ${String(vector.expect.prescan)}`);
  }
  // Format sniffing never weakens the guarantees: `auto` resolves and is safe too.
  if (vector.category !== 'caller') {
    const auto = await run(vectorInput(vector), untimed(vector, 'auto'));
    if (!auto.ok) problems.push(`auto: rejected ${String(auto.error)}`);
    else problems.push(...htmlViolations(auto.article.html, false).map((p) => `auto: ${p}`));
  }
  const known = KNOWN_GAPS[vector.id];
  if (known) {
    expect(problems.some((p) => known.fails.test(p)), `known gap no longer fails (remove it from KNOWN_GAPS): ${known.reason}`).toBe(true);
    problems = problems.filter((p) => !known.fails.test(p));
  }
  expect(problems).toEqual([]);
}

const shared = loadSharedVectors();

// Without the shared folder (a user's clone) this block is not declared at all: nothing shows as skipped.
if (shared !== null) describe(`vectors.json (${sharedDir() ?? ''})`, () => {
  const { run: vectors, benchOnly } = runnable(shared);
  // Pathological ones run clean() four times on up to 1 MB each: their own (untimed) limit.
  it.each(vectors.map((v) => [v.id, v] as const))('%s', async (_id, vector) => {
    await check(vector);
  }, 120_000);

  it(`leaves only pathological vectors over 1 MB to the bench (${benchOnly.length})`, () => {
    for (const v of benchOnly) expect(v.expect.maxMs, v.id).toBeGreaterThan(0);
    expect(vectors.length + benchOnly.length).toBe(shared.length);
  });

  it('names a reason for every known gap, and every gap is a vector', () => {
    const ids = new Set(shared.map((v) => v.id));
    for (const [id, { reason }] of Object.entries(KNOWN_GAPS)) {
      expect(ids.has(id), id).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});

describe('built-in hostile vectors', () => {
  it.each(BUILTIN_VECTORS.map((v) => [v.id, v] as const))('%s', async (_id, vector) => {
    await check(vector);
  });
});
