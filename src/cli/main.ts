// The decruft command, top to bottom: arguments → pages → outputs planned → pages cleaned in parallel → outputs, report, summary.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createCleaner } from '../clean.js';
import { DecruftError } from '../errors.js';
import { EXIT, parseArgs, type CliConfig } from './args.js';
import { findPages, STDIN, UsageError, type PageRef } from './inputs.js';
import { cleanerOptions, type Job, type JobResult, type JobSettings } from './job.js';
import { planOutputs } from './outputs.js';
import { runPool } from './pool.js';
import { createProgress } from './progress.js';
import { openReport, type ReportWriter } from './report/document.js';
import { formatSummary, type Failure, type PageStats } from './summary.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The file worker threads start from (the built CLI itself). */
  workerUrl: URL;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Calls `emit` for results in job order, holding back those that finish early. */
function inJobOrder(emit: (result: JobResult) => Promise<void>): (result: JobResult) => Promise<void> {
  const waiting = new Map<number, JobResult>();
  let next = 0;
  let chain = Promise.resolve();
  return (result) => {
    waiting.set(result.index, result);
    chain = chain.then(async () => {
      while (waiting.has(next)) {
        const ready = waiting.get(next) as JobResult;
        waiting.delete(next);
        next++;
        await emit(ready);
      }
    });
    return chain;
  };
}

/** Validates what only the library can judge (URL, categories, engine) before any page is read. */
async function checkOptions(settings: JobSettings): Promise<void> {
  if (settings.engine === 'readability') {
    try {
      await import('jsdom');
    } catch {
      throw new UsageError('--engine readability needs jsdom and @mozilla/readability (npm install jsdom @mozilla/readability)');
    }
  }
  createCleaner(await cleanerOptions(settings));
}

function settingsFor(config: CliConfig, pages: readonly PageRef[]): JobSettings {
  return {
    format: config.format,
    inputFormat: config.inputFormat,
    url: config.url,
    keep: config.keep,
    engine: config.engine,
    report: config.report !== null,
    batch: pages.length > 1,
  };
}

async function jobsFor(config: CliConfig, pages: readonly PageRef[], stdin: NodeJS.ReadableStream): Promise<Job[]> {
  const outPaths = config.out === null ? null : planOutputs(pages, config.out, config.format);
  const jobs: Job[] = [];
  for (const [index, page] of pages.entries()) {
    const job: Job = { index, path: page.path, file: page.path === STDIN ? 'stdin' : page.path, outPath: outPaths?.[index] ?? null };
    if (page.path === STDIN) job.bytes = await readAll(stdin);
    jobs.push(job);
  }
  return jobs;
}

async function runBatch(config: CliConfig, io: CliIo): Promise<number> {
  const started = Date.now();
  const pages = await findPages(config.inputs);
  const settings = settingsFor(config, pages);
  await checkOptions(settings);
  const jobs = await jobsFor(config, pages, io.stdin);
  if (config.out !== null) await mkdir(config.out, { recursive: true });
  let report: ReportWriter | null = null;
  if (config.report !== null) {
    await mkdir(dirname(config.report), { recursive: true });
    report = await openReport(config.report).catch((error: Error) => {
      throw new UsageError(`cannot write the report "${config.report}": ${error.message}`);
    });
  }
  const threads = Math.min(config.concurrency, jobs.length);
  const progress = createProgress(jobs.length, io.stderr, io.stderr.isTTY === true && !config.quiet && jobs.length > 1);
  const cleaned: PageStats[] = [];
  const failures: Failure[] = [];
  const toStdout = config.out === null;
  const jsonArray = toStdout && config.format === 'json' && settings.batch;
  const separators = toStdout && settings.batch && config.format !== 'json' && config.format !== 'jsonl';
  if (jsonArray) io.stdout.write('[');
  const emit = inJobOrder(async (result) => {
    if (!result.ok) return;
    cleaned.push(result.stats);
    if (result.section !== null && report) await report.add(result.section);
    if (result.output === null) return;
    const prefix = jsonArray ? (cleaned.length > 1 ? ',\n' : '\n') : separators ? `${cleaned.length > 1 ? '\n' : ''}==> ${result.stats.file} <==\n` : '';
    io.stdout.write(prefix + (jsonArray ? result.output.trimEnd() : result.output));
  });
  const pending: Array<Promise<void>> = [];
  try {
    await runPool(jobs, settings, threads, io.workerUrl, (result) => {
      progress.tick();
      if (!result.ok) {
        failures.push({ index: result.index, file: result.file, message: result.message });
        progress.log(`decruft: ${result.file}: ${result.message}`);
      }
      pending.push(emit(result));
    });
    await Promise.all(pending);
  } catch (error) {
    await report?.abort();
    throw error;
  } finally {
    progress.stop();
  }
  if (jsonArray) io.stdout.write(cleaned.length > 0 ? '\n]\n' : ']\n');
  failures.sort((a, b) => a.index - b.index);
  const totals = { pages: jobs.length, cleaned, failures, ms: Date.now() - started, workers: Math.max(1, threads) };
  if (report) await report.finish(totals);
  // A single page printed to stdout needs no summary; a batch, files or a report get one (unless --quiet).
  if (!config.quiet && (settings.batch || config.out !== null || report)) io.stderr.write(formatSummary(totals));
  return failures.length > 0 ? EXIT.failed : EXIT.ok;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { stdout: (s) => void io.stdout.write(s), stderr: (s) => void io.stderr.write(s) });
  if ('exit' in parsed) return parsed.exit;
  try {
    return await runBatch(parsed.config, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DecruftError) {
      io.stderr.write(`decruft: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
