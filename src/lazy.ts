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
