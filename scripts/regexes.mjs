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
    const constants = stringConstants(sourceFile);
    const stack = [sourceFile];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        found.push({ file, line: line + 1, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      const built = rawRegExp(node, constants);
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
 * The file's top-level `const NAME = String.raw`…`` and `const NAME = '…'`: the pieces a pattern may be built from,
 * each as the text the pattern sees (raw for String.raw, cooked for a string literal). Later constants may use
 * earlier ones.
 * @returns {Map<string, string>}
 */
function stringConstants(sourceFile) {
  const constants = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const value = patternText(declaration.initializer, constants);
      if (value !== null) constants.set(declaration.name.text, value);
    }
  }
  return constants;
}

/**
 * The text of a pattern expression made only of string pieces this file declares: `String.raw` templates (with
 * `${CONSTANT}` substitutions), plain templates and string literals, or a constant's name. Anything else: null.
 * @returns {string | null}
 */
function patternText(node, constants) {
  if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  const raw = ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw';
  const template = raw ? node.template : node;
  const piece = (literal) => (raw ? (literal.rawText ?? literal.text) : literal.text);
  if (ts.isNoSubstitutionTemplateLiteral(template)) return raw ? piece(template) : null;
  if (!ts.isTemplateExpression(template)) return null;
  let text = piece(template.head);
  for (const span of template.templateSpans) {
    const value = patternText(span.expression, constants);
    if (value === null) return null;
    text += value + piece(span.literal);
  }
  return text;
}

/**
 * `new RegExp(pattern, 'flags')` whose pattern is built from string pieces of the same file (`String.raw` templates and
 * the constants they substitute): a literal written so that V8 builds it on first use (src/lazy.ts), or shared between
 * two patterns, read as the literal it stands for.
 * @returns {{ source: string, flags: string } | null}
 */
function rawRegExp(node, constants) {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'RegExp') return null;
  const [pattern, flags] = node.arguments ?? [];
  if (!pattern) return null;
  const source = patternText(pattern, constants);
  if (source === null) return null;
  return { source, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' };
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
