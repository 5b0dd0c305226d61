// npm run lint:regex: every RegExp in src/ (literals and whatever the rule catalog compiles) checked for super-linear
// backtracking twice: eslint-plugin-regexp's no-super-linear-backtracking / no-super-linear-move, then recheck's
// checkSync (a full ReDoS analysis, several seconds, so not part of `npm test`). Exits 1 on any finding.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { checkSync } from 'recheck';
import { CATALOG } from '../src/rules/catalog/index.ts';
import { compileCatalog } from '../src/rules/compile.ts';
import { RECHECK_PARAMS, regexesIn, regexLiterals } from './regexes.mjs';

export const REGEXP_RULES = { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' };

const root = new URL('../', import.meta.url).pathname;
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { regexp }, rules: REGEXP_RULES }],
});
let failures = 0;
for (const result of await eslint.lintFiles(['src/**/*.ts'])) {
  for (const m of result.messages) {
    failures++;
    console.log(`eslint  ${result.filePath.slice(root.length)}:${m.line}  ${m.ruleId}  ${m.message}`);
  }
}

const patterns = [
  ...regexLiterals().map((r) => ({ where: `${r.file}:${r.line}`, source: r.source, flags: r.flags })),
  ...regexesIn(compileCatalog(CATALOG)).map((r) => ({ where: 'rule catalog', source: r.source, flags: r.flags })),
];
const started = Date.now();
for (const p of patterns) {
  const result = checkSync(p.source, p.flags, RECHECK_PARAMS);
  if (result.status === 'vulnerable') {
    failures++;
    console.log(`recheck ${p.where}  /${p.source.slice(0, 120)}/${p.flags}  ${result.complexity.type}  attack: ${result.attack.pattern.slice(0, 80)}`);
  } else if (result.status === 'unknown') console.log(`recheck ${p.where}  unknown (${result.error?.kind ?? 'timeout'})  /${p.source.slice(0, 120)}/`);
}
console.log(`${patterns.length} patterns (${patterns.length - regexLiterals().length} from the catalog), recheck ${Date.now() - started} ms; ${failures} finding(s)`);
process.exitCode = failures > 0 ? 1 : 0;
