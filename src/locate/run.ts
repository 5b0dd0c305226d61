// The maximum-subarray run both locators take as the article: linear (Kadane), ties keep the earliest, shortest run.

export interface BestRun {
  /** Block range [start, end). */
  start: number;
  end: number;
  /** Sum of the run's scores (-Infinity for no blocks). */
  total: number;
}

/** The contiguous run of `scores[0..limit)` with the highest sum. */
export function bestRun(scores: ArrayLike<number>, limit = scores.length): BestRun {
  const run: BestRun = { start: 0, end: 0, total: -Infinity };
  let sum = 0;
  let start = 0;
  for (let i = 0; i < limit; i++) {
    if (sum <= 0) {
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
