#!/usr/bin/env node
// `npm run lint:package`: packs the package once, then lints the tarball with publint (package.json and exports
// against the files shipped) and @arethetypeswrong/cli (types for every entry point under node10, node16 CJS and ESM,
// and bundler resolution). Both run offline on the local tarball. Fails on any error or warning.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'decruft-lint-package-'));
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
let failed = false;
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
  const tarball = join(dir, filename);
  for (const [name, args] of [
    ['publint', ['run', tarball, '--strict']],
    ['attw', [tarball, '--profile', 'strict', '--format', 'table-flipped', '--no-color']],
  ]) {
    console.log(`\n$ ${name} ${args.join(' ').replace(dir, '<tmp>')}`);
    try {
      execFileSync(bin(name), args, { cwd: ROOT, stdio: 'inherit' });
    } catch {
      failed = true;
      console.error(`${name} failed`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
