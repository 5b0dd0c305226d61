// Which pages a command line names: files, folders (walked recursively), quoted globs and stdin, each with the relative path its output keeps.
import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Files a folder walk picks up: saved pages, plain or gzipped. Named files and globs are taken whatever their name. */
export const PAGE_EXTENSIONS = /\.(?:html?|txt)(?:\.gz)?$/i;
export const STDIN = '-';

export interface PageRef {
  /** What to read: a file path, or `-` for stdin. */
  path: string;
  /** Where the page sits below the folder or glob base it was found in (`-` is `stdin`); its output keeps this path. */
  relative: string;
}

/** A mistake on the command line: exit code 2 with this one-line message. */
export class UsageError extends Error {}

const toPosix = (path: string): string => path.split(sep).join('/');

/** The fixed folder a glob starts from: every path segment before the first one with glob syntax. */
export function globBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/** Pages below a folder, in name order. Symlinks named like pages count as pages (reading them may fail, and says so). */
async function walkFolder(folder: string): Promise<PageRef[]> {
  const found: PageRef[] = [];
  const folders = [folder];
  while (folders.length > 0) {
    const current = folders.pop() as string;
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      // An unreadable sub-folder becomes a page that fails to read: the batch goes on and the exit code says so.
      found.push({ path: current, relative: toPosix(relative(folder, current)) || basename(current) });
      continue;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && PAGE_EXTENSIONS.test(entry.name)) found.push({ path: full, relative: toPosix(relative(folder, full)) });
    }
  }
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function expandGlob(pattern: string): Promise<PageRef[]> {
  const base = globBase(pattern);
  const matches = await glob(toPosix(pattern), { onlyFiles: true, dot: false, expandDirectories: false });
  if (matches.length === 0) throw new UsageError(`no files match "${pattern}"`);
  return matches.sort().map((path) => ({ path, relative: toPosix(relative(base, path)) }));
}

const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);

async function expandPath(path: string): Promise<PageRef[]> {
  // lstat found it; stat follows links and fails on a loop or a dangling link: then it is a page that fails to read.
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const pages = await walkFolder(path);
    if (pages.length === 0) throw new UsageError(`no pages found in "${path}" (looked for .html, .htm, .txt and .gz files)`);
    return pages;
  }
  return [{ path, relative: basename(path) }];
}

/** Every page the arguments name, in argument order, each file once. Throws UsageError for a name that does not exist. */
export async function findPages(args: readonly string[]): Promise<PageRef[]> {
  const pages: PageRef[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    let found: PageRef[];
    if (arg === STDIN) found = [{ path: STDIN, relative: 'stdin' }];
    else if (await exists(arg)) found = await expandPath(arg);
    else if (isDynamicPattern(arg)) found = await expandGlob(arg);
    else throw new UsageError(`cannot read "${arg}": no such file or folder`);
    for (const page of found) {
      const key = page.path === STDIN ? STDIN : resolve(page.path);
      if (seen.has(key)) continue;
      seen.add(key);
      pages.push(page);
    }
  }
  return pages;
}
