// Shared test helpers: fixtures, a context for calling stages directly, a line removed or kept between two paragraphs.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { clean } from '../src/index.js';
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

export const ARTICLE = 'The council met on Tuesday to discuss the budget for next year, and approved it by a narrow vote.';
export const LATER = 'Riders had asked for the extra service for years, according to a survey published last spring.';
/** Each line, as its own paragraph between two of the article's, is removed with nothing of it left. */
export async function expectEachRemoved(lines: readonly string[]): Promise<void> {
  for (const line of lines) expect((await clean(`${ARTICLE}\n\n${line}\n\n${LATER}`, { format: 'text' })).text, line).toBe(`${ARTICLE}\n\n${LATER}`);
}
/** Each line, as its own paragraph between two of the article's, is kept as written. */
export async function expectEachKept(lines: readonly string[]): Promise<void> {
  for (const line of lines) expect((await clean(`${ARTICLE}\n\n${line}\n\n${LATER}`, { format: 'text' })).text, line).toBe(`${ARTICLE}\n\n${line}\n\n${LATER}`);
}
