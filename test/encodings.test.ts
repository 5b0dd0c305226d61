// Decoding raw bytes (RELIABILITY.md §5): BOM, then the `encoding` hint, then <meta charset>/http-equiv, then a
// detector, for the legacy encodings pages still use. Test bytes are made with iconv-lite's encoder (decruft itself
// decodes with @exodus/bytes, WHATWG-correct where Node's TextDecoder is not).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { Article } from '../src/types.js';

interface Case {
  encoding: string;
  lang: string;
  text: string;
  /** What the detector may report for undeclared bytes: encodings that decode this text identically. */
  detected?: string[];
}

const CASES: Case[] = [
  { encoding: 'windows-1252', lang: 'fr', text: 'Le conseil municipal a annoncé lundi un coût de 5 € par an – naïveté, œuvre et déjà-vu compris, a déclaré une habitante.' },
  { encoding: 'iso-8859-2', lang: 'pl', text: 'Rada miejska ogłosiła w poniedziałek nowe godziny otwarcia biblioteki. Wielu mieszkańców chce korzystać z niej także wieczorem, a żółta ściana zostanie odnowiona.' },
  { encoding: 'iso-8859-5', lang: 'ru', text: 'Городской совет объявил в понедельник новые часы работы библиотеки. Многие жители хотят пользоваться ею и по вечерам, сообщил чиновник.' },
  { encoding: 'iso-8859-7', lang: 'el', text: 'Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα το νέο ωράριο της βιβλιοθήκης. Πολλοί κάτοικοι θέλουν να τη χρησιμοποιούν και το βράδυ.' },
  { encoding: 'shift_jis', lang: 'ja', text: '市議会は月曜日、図書館の新しい開館時間を発表した。住民からは夜間の利用を求める声が多く、市議会でも議論が続いている。' },
  { encoding: 'gbk', lang: 'zh', text: '市议会周一宣布了图书馆新的开放时间。许多居民希望晚上也能使用图书馆，市议会也在继续讨论这个问题。', detected: ['gbk', 'gb18030'] },
  { encoding: 'euc-kr', lang: 'ko', text: '시의회는 월요일 도서관의 새로운 운영 시간을 발표했다. 많은 주민들이 저녁에도 도서관을 이용하기를 원하며 시의회에서도 논의가 계속되고 있다.' },
  { encoding: 'koi8-r', lang: 'ru', text: 'Городской совет объявил в понедельник новые часы работы библиотеки. Многие жители хотят пользоваться ею и по вечерам, сообщил чиновник.' },
];

const page = (text: string, lang: string, head = ''): string =>
  `<!doctype html><html lang="${lang}"><head>${head}<title>Library</title></head><body><article><p>${text}</p><p>${text}</p><p>${text}</p></article></body></html>`;

const encode = (html: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(html, encoding));
const codes = (a: Article): string[] => a.warnings.map((w) => w.code);
const guessed = (a: Article): Record<string, unknown> | undefined => a.warnings.find((w) => w.code === 'ENCODING_GUESSED')?.details;

describe.each(CASES)('$encoding', ({ encoding, lang, text, detected }) => {
  it('decodes a <meta charset> page and reports the encoding', async () => {
    const a = await clean(encode(page(text, lang, `<meta charset="${encoding}">`), encoding));
    expect(a.text).toContain(text);
    expect(a.source.encoding).toBe(encoding);
    expect(codes(a)).not.toContain('ENCODING_GUESSED');
  });

  it('decodes an http-equiv page', async () => {
    const a = await clean(encode(page(text, lang, `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`), encoding));
    expect(a.text).toContain(text);
    expect(a.source.encoding).toBe(encoding);
  });

  it('decodes with the encoding hint (the HTTP header) over a wrong meta', async () => {
    const a = await clean(encode(page(text, lang, '<meta charset="windows-1250">'), encoding), { encoding });
    expect(a.text).toContain(text);
    expect(a.source.encoding).toBe(encoding);
  });

  it('detects undeclared bytes and warns ENCODING_GUESSED', async () => {
    const a = await clean(encode(page(text, lang), encoding));
    expect(a.text).toContain(text);
    expect(detected ?? [encoding]).toContain(a.source.encoding);
    expect(guessed(a)).toMatchObject({ how: 'detected' });
  });
});

describe('UTF-16', () => {
  const text = 'Grüße aus Köln: der Rat hat am Montag die neuen Öffnungszeiten der Bibliothek beschlossen — 5 € im Jahr.';
  const withBom = (encoding: 'utf-16le' | 'utf-16be'): Uint8Array => {
    const body = encode(page(text, 'de'), encoding);
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    return Uint8Array.from([...bom, ...body]);
  };

  it.each(['utf-16le', 'utf-16be'] as const)('%s with a BOM', async (encoding) => {
    const a = await clean(withBom(encoding));
    expect(a.text).toContain(text);
    expect(a.source.encoding).toBe(encoding);
    expect(codes(a)).not.toContain('ENCODING_GUESSED');
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s without a BOM is recognized by its NUL bytes, not taken for binary', async (encoding) => {
    const a = await clean(encode(page(text, 'de'), encoding));
    expect(a.text).toContain(text);
    expect(a.source.encoding).toBe(encoding);
    expect(codes(a)).not.toContain('BINARY_INPUT');
    expect(guessed(a)).toMatchObject({ how: 'detected' });
  });
});

describe('decoding rules', () => {
  it('decodes windows-1252 0x80–0x9F as the WHATWG table (€, –, œ), not as C1 controls', async () => {
    const a = await clean(Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>5 '), 0x80, 0x20, 0x96, 0x20, 0x9c, ...Buffer.from('uvre</p>')]));
    expect(a.text).toBe('5 € – œuvre');
  });

  it('maps iso-8859-1 and us-ascii labels to windows-1252', async () => {
    for (const label of ['iso-8859-1', 'us-ascii', 'latin1']) {
      const a = await clean(Uint8Array.from([...Buffer.from(`<meta charset="${label}"><p>`), 0x80, ...Buffer.from(' cost</p>')]));
      expect(a.source.encoding).toBe('windows-1252');
      expect(a.text).toBe('€ cost');
    }
  });

  it('treats a utf-16 label in a meta as utf-8, and x-user-defined as windows-1252', async () => {
    expect((await clean(Buffer.from('<meta charset="utf-16"><p>Köln</p>'))).source.encoding).toBe('utf-8');
    expect((await clean(Buffer.from('<meta charset="x-user-defined"><p>plain</p>'))).source.encoding).toBe('windows-1252');
  });

  it('decodes as UTF-8 when a legacy declaration meets valid multibyte UTF-8, and says so', async () => {
    const a = await clean(Buffer.from('<meta charset="iso-8859-1"><p>Grüße aus Köln</p>'));
    expect(a.text).toBe('Grüße aus Köln');
    expect(a.source.encoding).toBe('utf-8');
    expect(guessed(a)).toMatchObject({ how: 'detected', declared: 'windows-1252' });
  });

  it('keeps damaged UTF-8 as UTF-8 with DECODE_REPLACED (a cut last character)', async () => {
    const a = await clean(Uint8Array.from([...Buffer.from('<meta charset="utf-8"><p>Grüße aus Köln, café '), 0xc3]));
    expect(a.source.encoding).toBe('utf-8');
    expect(a.text).toContain('Grüße aus Köln');
    expect(codes(a)).toContain('DECODE_REPLACED');
  });

  it('assumes UTF-8 for undeclared ASCII and says how it chose', async () => {
    const a = await clean(Buffer.from('<p>Plain ASCII words only.</p>'));
    expect(a.source.encoding).toBe('utf-8');
    expect(guessed(a)).toMatchObject({ how: 'default' });
  });

  it('ignores a meta charset in string input (already decoded)', async () => {
    const a = await clean('<meta charset="shift_jis"><p>Grüße</p>');
    expect(a.source.encoding).toBeNull();
    expect(a.text).toBe('Grüße');
  });

  it('never decodes UTF-7 (it would turn +ADw-script+AD4- into <script>)', async () => {
    await expect(clean(Buffer.from('<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>'), { encoding: 'utf-7' })).rejects.toMatchObject({ code: 'UNSUPPORTED_ENCODING' });
    const a = await clean(Buffer.from('<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)</p>'));
    expect(a.html).not.toContain('<script');
    expect(a.text).toContain('+ADw-script+AD4-');
  });
});
