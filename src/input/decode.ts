// Input → string: validates the input type, caps its size, sniffs binaries and decodes bytes (RELIABILITY.md §5).
import type { Context } from '../context.js';
import { DecruftError } from '../errors.js';
import { once } from '../lazy.js';
import { prescan } from './prescan.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding name, or null for string input. */
  encoding: string | null;
  bytes: number;
}

/** Encodings whose tables @exodus/bytes keeps out of its lite build; loaded only when a page needs them. */
const MULTI_BYTE = new Set(['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);
/** Share of control bytes in the first 4 KiB above which bytes are treated as binary (§3 BINARY_INPUT). */
const BINARY_CONTROL_SHARE = 0.1;
const BINARY_SNIFF_BYTES = 4096;

const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input !== 'object') return typeof input;
  try {
    return (input as { constructor?: { name?: unknown } }).constructor?.name?.toString() ?? 'an object';
  } catch {
    return 'an object';
  }
}

/** Turns any accepted input into a byte view or a string; throws INVALID_INPUT for anything else. */
export function readInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string') return input;
  try {
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } catch (cause) {
    throw new DecruftError('INVALID_INPUT', 'input is a detached or unreadable buffer', { cause });
  }
  let hint = '';
  if (input !== null && typeof input === 'object') {
    if (typeof (input as { then?: unknown }).then === 'function') hint = ' (did you forget `await`?)';
    const name = typeName(input);
    if (name === 'Response' || name === 'Blob' || name === 'File' || name === 'ReadableStream' || name === 'Readable' || name === 'IncomingMessage') {
      hint = ' (read it first: `await res.text()` or `await res.arrayBuffer()`)';
    }
  }
  throw new DecruftError('INVALID_INPUT', `input must be a string or bytes (Uint8Array, Buffer, ArrayBuffer), got ${typeName(input)}${hint}`, {
    details: { type: typeName(input) },
  });
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) if (magic.bytes.every((b, i) => bytes[i] === b)) return magic.name;
  const sample = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return sample > 0 && controls / sample > BINARY_CONTROL_SHARE && getBOMEncoding(bytes)?.startsWith('utf-16') !== true ? 'control bytes' : null;
}

/** Cuts a string at `max` units, on a code-point boundary and before the last `<` (so no tag is cut in half). */
function capString(text: string, max: number): string {
  let end = max;
  if (end > 0 && end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  const lastTag = text.lastIndexOf('<', end - 1);
  if (lastTag > 0 && end - lastTag < 4096) end = lastTag;
  return text.slice(0, end);
}

/** Cuts bytes at `max`, on a UTF-8 sequence boundary and before the last `<`. */
function capBytes(bytes: Uint8Array, max: number): Uint8Array {
  let end = max;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  for (let i = end - 1; i > 0 && end - i < 4096; i--) {
    if (bytes[i] === 0x3c) {
      end = i;
      break;
    }
  }
  return bytes.subarray(0, end);
}

function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  let multibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) { i++; continue; }
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (length === 0 || (length === 3 && b > 0xef)) return false;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    multibyte = true;
    i += length;
  }
  return multibyte;
}

/**
 * The legacy multibyte decoders. `encoding-browser.js` is @exodus/bytes' full decoder in Node (whose own TextDecoder
 * gets legacy encodings wrong, RELIABILITY.md §5) and the platform's TextDecoder in browser and worker bundles, which
 * decode every WHATWG encoding: the 80 KiB of tables stay out of edge bundles (issue 9). dist imports it as a package,
 * so each bundler resolves it with its own conditions.
 */
const loadFullDecoder = once(() => import('@exodus/bytes/encoding-browser.js'));
/**
 * @exodus/bytes' lite decoder: the single-byte encodings (windows-1252, ISO-8859-x, KOI8…) and UTF-16, loaded with the
 * first page in one of them. Its tables were about 5 KiB gzip of the bundle at import that a UTF-8 page never reads
 * (issue 9 bundle budget; src/input/labels.ts).
 */
const loadLiteDecoder = once(() => import('@exodus/bytes/encoding-lite.js'));
const loadDetector = once(() => import('./detect-charset.js'));
/** UTF-8 goes to the platform's TextDecoder, the Encoding Standard's own decoder in Node, workers and browsers. */
let utf8Decoder: TextDecoder | undefined;

async function decodeWith(encoding: string, bytes: Uint8Array): Promise<string> {
  if (encoding === 'utf-8') return (utf8Decoder ??= new TextDecoder('utf-8')).decode(bytes);
  const { TextDecoder: Decoder } = MULTI_BYTE.has(encoding) ? await loadFullDecoder() : await loadLiteDecoder();
  return new Decoder(encoding).decode(bytes);
}

/** The encoding a byte order mark names (the Encoding Standard's BOM sniff), or null. */
function getBOMEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

async function detectEncoding(bytes: Uint8Array): Promise<string | null> {
  const { detect } = await loadDetector();
  return detect(bytes);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/**
 * How UTF-8-like the bytes are: well-formed multibyte sequences, and high bytes outside any UTF-8-shaped sequence
 * (a lead byte followed by the right number of continuation bytes, range checks aside, or cut off at the very end).
 * Encoded surrogates and a truncated last character are UTF-8 damage; a run of Latin-1 letters is not UTF-8 at all.
 */
function utf8Shape(bytes: Uint8Array): { valid: number; foreign: number } {
  let valid = 0;
  let foreign = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) { i++; continue; }
    const length = b >= 0xc0 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf7 ? 4 : 0;
    let k = 1;
    while (length > 0 && k < length && i + k < bytes.length && ((bytes[i + k] as number) & 0xc0) === 0x80) k++;
    if (length > 0 && (k === length || i + k === bytes.length)) {
      if (k === length && b >= 0xc2 && b <= 0xf4 && !(b === 0xed && (bytes[i + 1] as number) >= 0xa0)) valid++;
      i += k;
    } else {
      foreign++;
      i++;
    }
  }
  return { valid, foreign };
}

/** 7-bit bytes with ISO-2022 escape sequences (ESC $ or ESC ( ): valid ASCII, but not meant as it. */
function hasIso2022Escapes(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x1b); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(0x1b, i + 1)) {
    if (bytes[i + 1] === 0x24 || bytes[i + 1] === 0x28) return true;
  }
  return false;
}

/**
 * UTF-16 without a BOM: markup is mostly ASCII, so every other byte is NUL. Returns the byte order, or null.
 * Checked before the binary sniff, which would otherwise count those NULs as control bytes.
 */
function utf16ByNulls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (sample < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decodes bytes by BOM → encoding hint → meta prescan → detector, with the two departures of §5. */
async function decodeBytes(bytes: Uint8Array, ctx: Context): Promise<{ text: string; encoding: string }> {
  const bom = getBOMEncoding(bytes);
  if (bom !== null) return { text: await decodeWith(bom, bytes.subarray(bom === 'utf-8' ? 3 : 2)), encoding: bom };
  let how: 'hint' | 'meta' | 'default' = 'default';
  let encoding = ctx.options.encoding;
  if (encoding !== null) how = 'hint';
  else {
    const utf16 = utf16ByNulls(bytes);
    if (utf16 !== null) {
      ctx.warn('ENCODING_GUESSED', `no BOM or charset, but every other byte is NUL; decoded as ${utf16}`, { how: 'detected' });
      return { text: await decodeWith(utf16, bytes), encoding: utf16 };
    }
    encoding = prescan(bytes);
    if (encoding !== null) how = 'meta';
  }
  if (encoding !== null && encoding !== 'utf-8' && encoding !== 'replacement' && isUtf8WithMultibyte(bytes)) {
    ctx.warn('ENCODING_GUESSED', `declared ${encoding}, but the bytes are valid UTF-8; decoded as UTF-8`, { how: 'detected', declared: encoding });
    return { text: await decodeWith('utf-8', bytes), encoding: 'utf-8' };
  }
  const chosen = encoding ?? 'utf-8';
  const text = await decodeWith(chosen, bytes);
  const replaced = chosen === 'utf-8' ? countReplacements(text) : 0;
  const escaped = encoding === null && replaced === 0 && hasIso2022Escapes(bytes);
  if (replaced === 0 && !escaped) {
    if (encoding === null) ctx.warn('ENCODING_GUESSED', 'no charset declared; assumed UTF-8', { how: 'default' });
    return { text, encoding: chosen };
  }
  const shape = escaped ? null : utf8Shape(bytes);
  // Damaged UTF-8 (encoded surrogates, a cut last character, a short run of another encoding inside UTF-8 text)
  // stays UTF-8: a detector would re-decode every correct character wrongly.
  const damagedUtf8 = shape !== null && (shape.foreign === 0 || shape.valid > shape.foreign);
  const detected = damagedUtf8 ? null : await detectEncoding(bytes);
  if (detected !== null && detected !== 'utf-8') {
    ctx.warn('ENCODING_GUESSED', escaped ? `ISO-2022 escapes in undeclared bytes; detected ${detected}` : `bytes are not valid UTF-8; detected ${detected}`, { how: 'detected', declared: how === 'default' ? null : chosen });
    return { text: await decodeWith(detected, bytes), encoding: detected };
  }
  if (encoding === null) ctx.warn('ENCODING_GUESSED', 'no charset declared; assumed UTF-8', { how: 'default' });
  if (replaced > 0) ctx.warn('DECODE_REPLACED', `${replaced} invalid byte sequences were replaced with U+FFFD`, { count: replaced });
  return { text, encoding: chosen };
}

/** The decode stage: input → string, with size cap and binary sniffing. */
export async function decode(input: string | Uint8Array, ctx: Context): Promise<Decoded> {
  const max = ctx.options.maxBytes;
  if (typeof input === 'string') {
    if (input.length <= max) return { text: input, encoding: null, bytes: input.length };
    const text = capString(input, max);
    ctx.warn('SIZE_CAPPED', `input is longer than maxBytes (${max}); only the first ${text.length} units were processed`, { from: text.length, to: input.length });
    return { text, encoding: null, bytes: input.length };
  }
  const kind = ctx.options.encoding === null && getBOMEncoding(input) === null && utf16ByNulls(input) !== null ? null : binaryKind(input);
  if (kind !== null) {
    ctx.warn('BINARY_INPUT', `input looks binary (${kind}), not HTML or text`, { kind });
    return { text: '', encoding: null, bytes: input.length };
  }
  let bytes = input;
  if (bytes.length > max) {
    bytes = capBytes(bytes, max);
    ctx.warn('SIZE_CAPPED', `input is larger than maxBytes (${max}); only the first ${bytes.length} bytes were processed`, { from: bytes.length, to: input.length });
  }
  const { text, encoding } = await decodeBytes(bytes, ctx);
  return { text, encoding, bytes: input.length };
}
