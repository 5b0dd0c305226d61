// A legacy multibyte page as the first one a process decodes. @exodus/bytes' lite decoder refuses the multibyte
// encodings until its full build has been imported once; decruft imports it for the encodings it lists, so an encoding
// missing from that list decoded only after another page had loaded it (EUC-KR first threw INTERNAL). Each case runs in
// a fresh Node process on the built package (npm test builds first): in one process the first case would hide the rest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), 'decruft-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every WHATWG multibyte legacy encoding, with a line of text it can write. */
const CASES = [
  { encoding: 'euc-kr', text: '시의회는 월요일 도서관의 새로운 운영 시간을 발표했다. 많은 주민들이 저녁에도 도서관을 이용하기를 원한다.' },
  { encoding: 'shift_jis', text: '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多い。' },
  { encoding: 'euc-jp', text: '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多い。' },
  { encoding: 'iso-2022-jp', text: '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多い。' },
  { encoding: 'gbk', text: '市议会周一宣布了图书馆新的开放时间。许多居民希望晚上也能使用图书馆。' },
  { encoding: 'gb18030', text: '市议会周一宣布了图书馆新的开放时间。许多居民希望晚上也能使用图书馆。' },
  { encoding: 'big5', text: '市議會週一宣布了圖書館新的開放時間。許多居民希望晚上也能使用圖書館。' },
];

const PROBE = `
import { readFileSync } from 'node:fs';
const { clean } = await import(process.argv[1]);
try {
  const a = await clean(new Uint8Array(readFileSync(process.argv[2])));
  console.log(JSON.stringify({ encoding: a.source.encoding, text: a.text }));
} catch (error) {
  console.log(JSON.stringify({ threw: error.code ?? String(error) }));
}
`;

/**
 * iconv-lite has no ISO-2022-JP encoder: text of JIS X 0208 characters only is its EUC-JP bytes less 0x80 each, between
 * the escapes that switch to JIS X 0208 and back to ASCII.
 */
const iso2022jp = (text: string): Buffer => Buffer.concat([Buffer.from([0x1b, 0x24, 0x42]), Buffer.from(iconv.encode(text, 'euc-jp').map((b) => b - 0x80)), Buffer.from([0x1b, 0x28, 0x42])]);
const encode = (encoding: string, text: string): Buffer => {
  const head = `<!doctype html><html><head><meta charset="${encoding}"><title>Library</title></head><body><article>`;
  const paragraph = encoding === 'iso-2022-jp' ? Buffer.concat([Buffer.from('<p>'), iso2022jp(text), Buffer.from('</p>')]) : iconv.encode(`<p>${text}</p>`, encoding);
  return Buffer.concat([Buffer.from(head), paragraph, paragraph, Buffer.from('</article></body></html>')]);
};

describe('a legacy multibyte page decoded first in a fresh process', () => {
  it.each(CASES)('$encoding, declared in a <meta charset>', ({ encoding, text }) => {
    const file = join(dir, `${encoding}.html`);
    writeFileSync(file, encode(encoding, text));
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, DIST, file], { encoding: 'utf8' }));
    expect(out.threw).toBeUndefined();
    expect(out.encoding).toBe(encoding);
    expect(out.text).toContain(text);
  });
});
