// Shared test helpers: fixture loading and a context for calling stages directly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, type Context } from '../src/context.js';
import { resolveOptions } from '../src/options.js';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog } from '../src/rules/compile.js';
import type { CleanOptions } from '../src/types.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
export const examplePage = (name: string): string => readFileSync(fileURLToPath(new URL(`../examples/pages/${name}`, import.meta.url)), 'utf8');

/** A fresh pipeline context with the built-in catalog, for calling one stage at a time. */
export function makeContext(options: CleanOptions = {}): Context {
  return createContext(resolveOptions(options), compileCatalog(CATALOG));
}
