// The published package: `npm pack`, unpacked into a fresh project, works from import and require and ships only dist.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The consumer project sits inside the repo so Node finds decruft's dependencies in the repo's
// node_modules: the test needs no network and no registry.
const WORK = join(ROOT, '.pack-test');
mkdirSync(WORK, { recursive: true });
const project = mkdtempSync(join(WORK, 'consumer-'));

afterAll(() => rmSync(project, { recursive: true, force: true }));

// Each type-check spawns tsc on the packed declarations: seconds on an idle machine, over 30 s on a loaded one.
describe('npm pack', { timeout: 180_000 }, () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(project, (packed[0] as { filename: string }).filename);
  const target = join(project, 'node_modules', 'decruft');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);

  it('ships dist, README, CHANGELOG and LICENSE only', () => {
    const files = (packed[0] as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(files.every((f) => /^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(f))).toBe(true);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.cjs');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/THIRD_PARTY_NOTICES.md');
    expect(readdirSync(target)).toContain('package.json');
  });

  it('works from ESM import', () => {
    writeFileSync(join(project, 'esm.mjs'), "import { clean } from 'decruft';\nconst a = await clean('<p>Hello from an ES module consumer of the package.</p>');\nconsole.log(a.text);\n");
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Hello from an ES module consumer of the package.');
  });

  it('works from CommonJS require', () => {
    writeFileSync(join(project, 'cjs.cjs'), "const { clean, DecruftError } = require('decruft');\nclean(null).catch((e) => console.log(e instanceof DecruftError, e.code));\n");
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('true INVALID_INPUT');
  });

  it('exposes decruft/readability and decruft/package.json', () => {
    writeFileSync(join(project, 'sub.mjs'), "import { readability } from 'decruft/readability';\nimport { createRequire } from 'node:module';\nconsole.log(readability.name, createRequire(import.meta.url)('decruft/package.json').version);\n");
    expect(execFileSync(process.execPath, ['sub.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('readability 0.1.0');
  });

  // TypeScript consumers type-check against the packed declarations: ESM and CJS under node16, and bundler resolution.
  // Each file also holds a deliberate misuse under @ts-expect-error, so declarations that failed to resolve (any) fail.
  const CONSUMER = `
const article = await clean('<p>Hello</p>', { format: 'html', formats: ['markdown'] });
const words: number = article.wordCount;
const blocks: Block[] = article.blocks;
const engine: Engine = readability;
// @ts-expect-error: format takes 'auto', 'html' or 'text'
await clean('x', { format: 'pdf' });
export { words, blocks, engine };
`;
  const typeCheck = (name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>, packageType?: 'module' | 'commonjs'): string => {
    const dir = join(project, `ts-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `ts-${name}`, private: true, ...(packageType ? { type: packageType } : {}) }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', types: ['node'], ...compilerOptions }, include: Object.keys(files) }));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    try {
      return execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  };

  it('type-checks an ESM consumer under moduleResolution node16', () => {
    const out = typeCheck('node16-esm', { module: 'node16', moduleResolution: 'node16' }, {
      'index.ts': `import { clean, type Block, type Engine } from 'decruft';\nimport { readability } from 'decruft/readability';\n${CONSUMER}`,
    }, 'module');
    expect(out).toBe('');
  });

  it('type-checks a CommonJS consumer under moduleResolution node16 (the require types)', () => {
    const out = typeCheck('node16-cjs', { module: 'node16', moduleResolution: 'node16' }, {
      'index.cts': `import { clean, type Block, type Engine } from 'decruft';\nimport { readability } from 'decruft/readability';\nasync function main(): Promise<unknown> {\n${CONSUMER.replace(/^export .*$/m, 'return { words, blocks, engine };')}}\nexport = main;\n`,
    }, 'commonjs');
    expect(out).toBe('');
  });

  it('type-checks a consumer under moduleResolution bundler', () => {
    const out = typeCheck('bundler', { module: 'esnext', moduleResolution: 'bundler' }, {
      'index.ts': `import { clean, type Block, type Engine } from 'decruft';\nimport { readability } from 'decruft/readability';\n${CONSUMER}`,
    }, 'module');
    expect(out).toBe('');
  });

  it('rejects misuse in a consumer (the declarations are real, not any)', () => {
    const out = typeCheck('misuse', { module: 'node16', moduleResolution: 'node16' }, {
      'index.ts': "import { clean } from 'decruft';\nconst a = await clean('x');\nconst n: string = a.wordCount;\nexport { n };\n",
    }, 'module');
    expect(out).toMatch(/error TS2322/);
  });
});
