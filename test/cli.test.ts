// The built CLI, run as a user would: files, folders, stdin, output formats and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

describe('decruft CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'decruft-cli-'));
  writeFileSync(join(folder, 'seed.txt'), fixture('seed.txt'));
  mkdirSync(join(folder, 'nested'));
  writeFileSync(join(folder, 'nested', 'page.html'), fixture('news-with-chrome.html'));
  writeFileSync(join(folder, 'notes.md'), 'not a page');

  it('prints the clean text of a file', () => {
    const result = run([join(folder, 'seed.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(fixture('seed.expected.txt'));
  });

  it('prints JSON for a folder, recursively, pages only', () => {
    const result = run(['--format', 'json', folder]);
    expect(result.status).toBe(0);
    const articles = JSON.parse(result.stdout) as Array<{ text: string; source: { format: string } }>;
    expect(articles.map((a) => a.source.format)).toEqual(['html', 'text']);
    expect(articles[0]?.text).toContain('The harbour at Port Ellen reopened');
  });

  it('reads stdin with - and honours --text', () => {
    const result = run(['--text', '--format', 'markdown', '-'], 'Advertisement\n\nA plain paragraph that stays.');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('A plain paragraph that stays.');
  });

  it('exits 2 with a one-line message for a missing file', () => {
    const result = run([join(folder, 'missing.html')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/missing\.html/);
  });

  it('exits 2 on bad usage', () => {
    expect(run(['--format', 'pdf', folder]).status).toBe(2);
    expect(run([]).status).toBe(2);
    expect(run(['--text', '--html', folder]).status).toBe(2);
  });

  it('exits 2 for an unreadable path (a symlink loop) and for a folder without pages', () => {
    const loop = join(folder, 'loop.html');
    symlinkSync(loop, loop);
    expect(run([loop]).status).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'decruft-empty-'));
    const result = run([empty]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no pages found/);
  });
});
