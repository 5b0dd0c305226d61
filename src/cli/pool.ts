// Runs a batch's jobs on worker threads (one cleaner per thread, so a batch uses every core), or inline for one thread.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { createJobRunner, type Job, type JobResult, type JobSettings } from './job.js';

/**
 * Runs every job, calling `onResult` as each finishes (not in job order). With `threads` ≤ 1 the jobs run here,
 * one after another; otherwise on that many workers started from `workerUrl` (the CLI's own file, see `serveJobs`).
 * A worker that dies fails the page it was on and is replaced, so the rest of the batch still runs.
 */
export async function runPool(jobs: readonly Job[], settings: JobSettings, threads: number, workerUrl: URL, onResult: (result: JobResult) => void): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    const run = await createJobRunner(settings);
    for (const job of jobs) onResult(await run(job));
    return;
  }
  let next = 0;
  let finished = 0;
  await new Promise<void>((resolve) => {
    const start = (): void => {
      const worker = new Worker(workerUrl, { workerData: settings });
      let current: Job | null = null;
      const dispatch = (): void => {
        current = next < jobs.length ? (jobs[next++] as Job) : null;
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      const settle = (result: JobResult): void => {
        onResult(result);
        if (++finished === jobs.length) resolve();
      };
      worker.on('message', (result: JobResult) => {
        settle(result);
        dispatch();
      });
      worker.on('error', (error: Error) => {
        const lost = current;
        current = null;
        if (lost) settle({ index: lost.index, ok: false, file: lost.file, message: `worker failed: ${error.message}` });
        if (next < jobs.length) start();
      });
      dispatch();
    };
    for (let i = 0; i < Math.min(threads, jobs.length); i++) start();
  });
}

/** The worker side: builds its cleaner once from `workerData`, then cleans each page it is sent. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs() runs only in a worker thread');
  const runner = createJobRunner(workerData as JobSettings);
  port.on('message', (job: Job) => {
    void runner.then((run) => run(job)).then((result) => port.postMessage(result));
  });
}
