// The progress bar on stderr (only when it is a terminal): pages done, rate and ETA; lines logged meanwhile print above it.
import { MultiBar, type SingleBar } from 'cli-progress';

export interface Progress {
  /** One more page finished. */
  tick(): void;
  /** Prints a line (a failure) without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

const BAR_FORMAT = '{bar} {percentage}% | {value}/{total} pages | {rate} pages/s | ETA {eta_formatted}';
/** Redraws per second at most: often enough to look live, rarely enough to cost nothing. */
const REDRAWS_PER_SECOND = 10;
/** The ETA follows the rate over this many recent pages: steady, yet quick to follow a run of big or small pages. */
const ETA_WINDOW_PAGES = 50;

/** A bar on `stream` when `enabled`; otherwise logged lines go straight to the stream and nothing else is drawn. */
export function createProgress(total: number, stream: NodeJS.WritableStream, enabled: boolean): Progress {
  if (!enabled) {
    return { tick() {}, log: (line) => void stream.write(`${line}\n`), stop() {} };
  }
  const started = Date.now();
  const bars = new MultiBar({
    stream,
    format: BAR_FORMAT,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    fps: REDRAWS_PER_SECOND,
    etaBuffer: ETA_WINDOW_PAGES,
    gracefulExit: true,
  });
  const bar: SingleBar = bars.create(total, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick() {
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { rate: (done / seconds).toFixed(1) });
    },
    log(line) {
      bars.log(`${line}\n`);
    },
    stop() {
      bars.update();
      bars.stop();
    },
  };
}
