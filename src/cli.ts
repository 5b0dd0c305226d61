// The decruft command's entry: the main thread runs the command (src/cli/main.ts); worker threads started from this same file clean pages.
import { isMainThread } from 'node:worker_threads';
import { main } from './cli/main.js';
import { serveJobs } from './cli/pool.js';

if (isMainThread) {
  // A closed pipe (`decruft … | head`) ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerUrl: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`decruft: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  serveJobs();
}
