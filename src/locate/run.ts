// The maximum-subarray run both locators take as the article: linear (Kadane), ties keep the earliest, shortest run.

export interface BestRun {
  /** Block range [start, end). */
  start: number;
  end: number;
  /** Sum of the run's scores (-Infinity for no blocks). */
  total: number;
}

/**
 * The contiguous run of `scores[from..limit)` with the highest sum. With `lastStart`, only runs opening there or
 * before count, and the search ends where such a run has fallen to zero or below past it (the run under a title does
 * not reach over a gap of furniture to what follows).
 */
export function bestRun(scores: ArrayLike<number>, limit = scores.length, from = 0, lastStart = limit): BestRun {
  const run: BestRun = { start: from, end: from, total: -Infinity };
  let sum = 0;
  let start = from;
  for (let i = from; i < limit; i++) {
    if (sum <= 0) {
      if (i > lastStart) break;
      sum = 0;
      start = i;
    }
    sum += scores[i] as number;
    if (sum > run.total) {
      run.total = sum;
      run.start = start;
      run.end = i + 1;
    }
  }
  return run;
}

/** A block that ends like a sentence (CJK full stops included), for both locators. */
export const SENTENCE_END = /[.!?…:;"”’»)。！？」』]$/u;
