// Every regular expression in src/: the regex literals (found with the TypeScript parser) and any RegExp the rule
// catalog compiles to at run time. Shared by `npm run lint:regex` and test/regex.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));

/** @returns {{ file: string, line: number, source: string, flags: string }[]} */
export function regexLiterals() {
  const found = [];
  for (const file of globSync(['src/**/*.ts'], { cwd: root }).sort()) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const stack = [sourceFile];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        found.push({ file, line: line + 1, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      const built = rawRegExp(node);
      if (built) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        found.push({ file, line: line + 1, ...built });
      }
      node.forEachChild((child) => {
        stack.push(child);
      });
    }
  }
  return found;
}

/**
 * `new RegExp(String.raw`…`, 'flags')` with no substitution in the template: a literal written so that V8 builds it on
 * first use (src/lazy.ts), read as the literal it stands for.
 * @returns {{ source: string, flags: string } | null}
 */
function rawRegExp(node) {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'RegExp') return null;
  const [pattern, flags] = node.arguments ?? [];
  if (!pattern || !ts.isTaggedTemplateExpression(pattern) || pattern.tag.getText() !== 'String.raw') return null;
  if (!ts.isNoSubstitutionTemplateLiteral(pattern.template)) return null;
  return { source: pattern.template.rawText ?? pattern.template.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' };
}

/** RegExp objects anywhere inside a value (iteratively; cycles and repeats visited once). */
export function regexesIn(value) {
  const found = [];
  const seen = new Set();
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (item instanceof RegExp) found.push(item);
    else if (item instanceof Map) for (const [k, v] of item) stack.push(k, v);
    else if (item instanceof Set) for (const v of item) stack.push(v);
    else for (const v of Object.values(item)) stack.push(v);
  }
  return found;
}

/**
 * The seed of recheck's fuzzing checker: fixed, so a run's verdicts are the same on every machine (with a random seed,
 * one run under heavy load once called a date pattern polynomial that 12 fixed seeds call safe).
 */
export const RECHECK_SEED = 0;
/**
 * recheck's parameters for both: a fixed seed, and the fuzzer's phases bounded by steps only (their wall-clock limits
 * off), so a loaded machine cannot turn a slow run of a safe pattern into a "vulnerable" finding.
 */
export const RECHECK_PARAMS = { timeout: 10_000, randomSeed: RECHECK_SEED, seedingTimeout: null, incubationTimeout: null, attackTimeout: null };
