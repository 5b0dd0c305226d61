// Lazily loaded modules, loaded once: `import()` of a module already loaded still costs tens of microseconds per call
// (issue 9 profile: three per text dump, about 8% of text mode), so each loader keeps its promise.

/** Wraps a dynamic import so it runs once; a failed load is retried on the next call. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * A value built on its first use and kept. The regular expressions with Unicode property classes (`\p{L}`…) are
 * written `lazy(() => new RegExp(String.raw`…`, 'u'))` and called (`PATTERN().test(text)`) instead of being literals
 * (issue 9, cold start): V8 looks a property class up in ICU (about 0.3 M instructions) each time it parses a pattern,
 * and it parses a literal at module level twice at import whether or not a page ever tests it (the syntax check while
 * compiling the module, then the literal's creation), a literal in a function once at import (the pre-parser's check)
 * and twice more when the function compiles. A RegExp built from a string has no syntax check, and one built on first
 * use costs nothing at import. eslint-plugin-regexp reads `new RegExp(String.raw`…`)` as it reads a literal, and
 * scripts/regexes.mjs finds both for recheck.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
