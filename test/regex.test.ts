// No regular expression in src/ backtracks super-linearly (RELIABILITY.md §4 P7): eslint-plugin-regexp's rules and
// recheck over every literal and whatever the rule catalog compiles. `npm run lint:regex` prints the same report.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/rules/catalog/index.js';
import { compileCatalog } from '../src/rules/compile.js';
// @ts-expect-error: a plain .mjs helper shared with scripts/lint-regex.mjs, without type declarations
import { RECHECK_PARAMS, regexesIn, regexLiterals } from '../scripts/regexes.mjs';

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

const literals = (regexLiterals() as Array<{ file: string; line: number; source: string; flags: string }>).map((r): Pattern => ({ where: `${r.file}:${r.line}`, source: r.source, flags: r.flags }));
const compiled = (regexesIn(compileCatalog(CATALOG)) as RegExp[]).map((r): Pattern => ({ where: 'rule catalog', source: r.source, flags: r.flags }));

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  }],
});

describe('regular expressions', () => {
  it('finds every regex literal in src', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.some((p) => p.where.startsWith('src/text/normalize.ts'))).toBe(true);
    // and the ones built on first use from a raw string (src/lazy.ts), with their flags
    expect(literals.some((p) => p.where.startsWith('src/text/chars.ts') && p.source === '^\\p{Ll}' && p.flags === 'u')).toBe(true);
    expect(literals.some((p) => p.where.startsWith('src/metadata/meta-tags.ts') && p.source.startsWith('^\\s*(?:(?:written|') && p.flags === 'iu')).toBe(true);
    // and the ones put together from the same file's String.raw constants, each constant substituted
    const byline = literals.find((p) => p.where.startsWith('src/locate/blocks.ts') && p.source.startsWith('^(?:(?:written|posted|') && p.source.endsWith('$'));
    expect(byline?.source).toContain("by:? \\p{Lu}[\\p{L}.'’-]*");
    expect(byline?.flags).toBe('iu');
    expect(literals.some((p) => p.where.startsWith('src/metadata/byline.ts') && p.source.startsWith('\\b(?:jan(?:uary)?|') && p.source.endsWith('|updated|published|posted)\\b'))).toBe(true);
  });

  it('eslint-plugin-regexp finds no super-linear backtracking or move', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    expect(results.length).toBeGreaterThan(50);
    const findings = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId ?? ''} ${m.message}`));
    expect(findings).toEqual([]);
  });

  it('the eslint rules are live (a known quadratic pattern is flagged)', async () => {
    const [result] = await eslint.lintText('export const bad = /a\\s*:?\\s+b/;', { filePath: 'probe.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('regexp/no-super-linear-backtracking');
  });

  it('recheck finds no pattern vulnerable to ReDoS', () => {
    const vulnerable = [...literals, ...compiled].flatMap((p) => {
      const result = checkSync(p.source, p.flags, RECHECK_PARAMS);
      return result.status === 'vulnerable' ? [`${p.where} /${p.source}/${p.flags}: ${result.complexity.type}`] : [];
    });
    expect(vulnerable).toEqual([]);
  }, 180_000);

  it('recheck is live (the quadratic trim regex is flagged, also by the fuzzer bounded by steps alone)', () => {
    expect(checkSync('\\s+$', '').status).toBe('vulnerable');
    expect(checkSync('^(?:a|b)*a*a*c', '', { ...RECHECK_PARAMS, checker: 'fuzz' }).status).toBe('vulnerable');
  });
});
