// dist/THIRD_PARTY_NOTICES.md (written by the build): every package whose code dist bundles has its license there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledPackages } from '../scripts/notices.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('third-party notices', () => {
  it('names every package bundled into dist, with its license text', () => {
    const notices = readFileSync(join(ROOT, 'dist/THIRD_PARTY_NOTICES.md'), 'utf8');
    const folders = bundledPackages(join(ROOT, 'dist'));
    // The bundled parser, entity decoders and renderers at least (a broken scan would find none).
    expect(folders).toEqual(expect.arrayContaining(['node_modules/htmlparser2', 'node_modules/entities', 'node_modules/mdast-util-to-markdown', 'node_modules/chardet']));
    const sections = notices.split(/^## /m).slice(1);
    for (const folder of folders) {
      const { name, version } = JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8')) as { name: string; version: string };
      const section = sections.find((s) => s.startsWith(`${name}@${version} `));
      expect([name, section !== undefined]).toEqual([name, true]);
      expect([name, /copyright|permission/i.test(section ?? '')]).toEqual([name, true]);
    }
  });
});
