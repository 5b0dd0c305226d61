// Eval module for ../shared/eval/run.mjs --module: decruft with the readability engine (Readability on jsdom).
import { clean as decruftClean } from '../dist/index.js';
import { readability } from '../dist/readability.js';

export const clean = (input, options) => decruftClean(input, { ...options, engine: readability });
