// One page of a batch, as a worker thread runs it: read (and gunzip), clean, render, write, and report what happened.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { createTracingCleaner, type Trace } from '../clean.js';
import { DecruftError } from '../errors.js';
import type { Category, CleanOptions, Format } from '../types.js';
import type { EngineName, OutputFormat } from './args.js';
import { NEEDED_FORMATS, renderOutput } from './render.js';
import { pageSection } from './report/page.js';
import { pageStats, type PageStats } from './summary.js';

const gunzipAsync = promisify(gunzip);

/** Everything a worker needs to build its cleaner; plain data, so it crosses to worker threads. */
export interface JobSettings {
  format: OutputFormat;
  inputFormat: Format;
  url: string | null;
  keep: Category[];
  engine: EngineName;
  /** Build the page's report section too. */
  report: boolean;
  /** More than one page: JSON output names each page's file. */
  batch: boolean;
}

export interface Job {
  index: number;
  /** The file to read; unused when `bytes` are given (stdin). */
  path: string;
  /** How the page is named in output, messages and the report. */
  file: string;
  bytes?: Uint8Array;
  /** Write the output here (--out); otherwise it goes back to the main thread for stdout. */
  outPath: string | null;
}

export type JobResult =
  | { index: number; ok: true; output: string | null; stats: PageStats; section: string | null }
  | { index: number; ok: false; file: string; message: string };

export type JobRunner = (job: Job) => Promise<JobResult>;

async function readPage(job: Job): Promise<Uint8Array> {
  if (job.bytes) return job.bytes;
  const bytes = await readFile(job.path);
  if (!/\.gz$/i.test(job.path)) return bytes;
  try {
    return await gunzipAsync(bytes);
  } catch (error) {
    throw new Error(`not valid gzip data (${(error as Error).message})`);
  }
}

function describeError(error: unknown): string {
  if (error instanceof DecruftError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Loads the engine by name; `readability` needs jsdom, which only this import pulls in. */
export async function loadEngine(name: EngineName): Promise<CleanOptions['engine']> {
  return name === 'readability' ? (await import('../readability.js')).readability : undefined;
}

/** The cleaner options the command line stands for. */
export async function cleanerOptions(settings: JobSettings): Promise<CleanOptions> {
  const engine = await loadEngine(settings.engine);
  return {
    format: settings.inputFormat,
    formats: NEEDED_FORMATS[settings.format],
    ...(settings.url === null ? {} : { url: settings.url }),
    ...(settings.keep.length > 0 ? { categories: Object.fromEntries(settings.keep.map((c) => [c, 'keep'])) } : {}),
    ...(engine ? { engine } : {}),
  };
}

/** A runner with one cleaner for all its pages (options validated and rules compiled once per thread). */
export async function createJobRunner(settings: JobSettings): Promise<JobRunner> {
  const cleaner = createTracingCleaner(await cleanerOptions(settings));
  return async (job) => {
    try {
      const bytes = await readPage(job);
      const traced: { trace?: Trace } = {};
      const article = await cleaner.clean(bytes, undefined, settings.report ? (trace) => void (traced.trace = trace) : undefined);
      const output = renderOutput(article, settings.format, settings.batch || settings.format === 'jsonl' ? job.file : null);
      if (job.outPath !== null) {
        await mkdir(dirname(job.outPath), { recursive: true });
        await writeFile(job.outPath, output);
      }
      const section = traced.trace ? pageSection({ index: job.index, file: job.file, article, trace: traced.trace }) : null;
      return { index: job.index, ok: true, output: job.outPath === null ? output : null, stats: pageStats(job.index, job.file, article), section };
    } catch (error) {
      return { index: job.index, ok: false, file: job.file, message: describeError(error) };
    }
  };
}
