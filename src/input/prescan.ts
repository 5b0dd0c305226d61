// The HTML Standard's "prescan a byte stream to determine its encoding" over the first 1024 bytes.
import { normalizeEncoding } from './labels.js';

/** The spec looks at no more than this many bytes. */
export const PRESCAN_BYTES = 1024;

const isSpace = (b: number | undefined): boolean => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isAlpha = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

function startsWithAt(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (lower(bytes[at + i] ?? 0) !== ascii.charCodeAt(i)) return false;
  return true;
}

interface Attribute {
  name: string;
  value: string;
  next: number;
}

/** "Get an attribute" from the spec: returns null at the end of the tag. */
function getAttribute(bytes: Uint8Array, start: number, end: number): Attribute | null {
  let i = start;
  while (i < end && (isSpace(bytes[i]) || bytes[i] === 0x2f)) i++;
  if (i >= end || bytes[i] === 0x3e) return null;
  const name: number[] = [];
  const value: number[] = [];
  for (;;) {
    if (i >= end) return null;
    const b = bytes[i] as number;
    if (b === 0x3d && name.length > 0) { i++; break; }
    if (isSpace(b)) {
      while (i < end && isSpace(bytes[i])) i++;
      if (bytes[i] !== 0x3d) return { name: String.fromCharCode(...name), value: '', next: i };
      i++;
      break;
    }
    if (b === 0x2f || b === 0x3e) return { name: String.fromCharCode(...name), value: '', next: i };
    name.push(lower(b));
    i++;
  }
  while (i < end && isSpace(bytes[i])) i++;
  const quote = bytes[i];
  if (quote === 0x22 || quote === 0x27) {
    i++;
    while (i < end && bytes[i] !== quote) value.push(lower(bytes[i++] as number));
    return i >= end ? null : { name: String.fromCharCode(...name), value: String.fromCharCode(...value), next: i + 1 };
  }
  if (quote === 0x3e) return { name: String.fromCharCode(...name), value: '', next: i };
  while (i < end && !isSpace(bytes[i]) && bytes[i] !== 0x3e) value.push(lower(bytes[i++] as number));
  return i >= end ? null : { name: String.fromCharCode(...name), value: String.fromCharCode(...value), next: i };
}

/** "Extract a character encoding from a meta element" (the content attribute of http-equiv). */
export function charsetFromContent(content: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!match) return null;
  const label = match[1] ?? match[2] ?? match[3];
  return label === undefined ? null : label;
}

/** Maps the labels a meta may not use (UTF-16, x-user-defined) the way the spec says. */
function metaEncoding(label: string): string | null {
  const name = normalizeEncoding(label);
  if (name === null || name === 'replacement') return name === null ? null : 'replacement';
  if (name.startsWith('utf-16')) return 'utf-8';
  if (name === 'x-user-defined') return 'windows-1252';
  return name;
}

/** Comments do not use up the 1024 bytes (as in browsers and html5lib's encoding tests), up to this many bytes. */
export const PRESCAN_MAX_BYTES = 64 * 1024;

/** Returns the WHATWG encoding name a meta declares in the first 1024 bytes (comments not counted), or null. */
export function prescan(bytes: Uint8Array): string | null {
  const limit = Math.min(bytes.length, PRESCAN_MAX_BYTES);
  let end = Math.min(bytes.length, PRESCAN_BYTES);
  let i = 0;
  while (i < end) {
    if (startsWithAt(bytes, i, '<!--')) {
      const close = findSequence(bytes, i + 2, limit, '-->');
      if (close < 0) return null;
      end = Math.min(limit, end + (close + 3 - i));
      i = close + 3;
      continue;
    }
    if (startsWithAt(bytes, i, '<meta') && (isSpace(bytes[i + 5]) || bytes[i + 5] === 0x2f)) {
      const found = scanMeta(bytes, i + 6, end);
      if (found.encoding !== null) return found.encoding;
      i = found.next;
      continue;
    }
    if (bytes[i] === 0x3c && (isAlpha(bytes[i + 1]) || (bytes[i + 1] === 0x2f && isAlpha(bytes[i + 2])))) {
      i += bytes[i + 1] === 0x2f ? 3 : 2;
      while (i < end && !isSpace(bytes[i]) && bytes[i] !== 0x3e) i++;
      for (;;) {
        const attribute = getAttribute(bytes, i, end);
        if (attribute === null) break;
        i = attribute.next;
      }
      while (i < end && bytes[i] !== 0x3e) i++;
      i++;
      continue;
    }
    if (bytes[i] === 0x3c && (bytes[i + 1] === 0x21 || bytes[i + 1] === 0x2f || bytes[i + 1] === 0x3f)) {
      while (i < end && bytes[i] !== 0x3e) i++;
      i++;
      continue;
    }
    i++;
  }
  return null;
}

function findSequence(bytes: Uint8Array, from: number, end: number, ascii: string): number {
  for (let i = from; i + ascii.length <= end; i++) if (startsWithAt(bytes, i, ascii)) return i;
  return -1;
}

function scanMeta(bytes: Uint8Array, start: number, end: number): { encoding: string | null; next: number } {
  const names = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let i = start;
  for (;;) {
    const attribute = getAttribute(bytes, i, end);
    if (attribute === null) break;
    i = attribute.next;
    if (names.has(attribute.name)) continue;
    names.add(attribute.name);
    if (attribute.name === 'http-equiv') {
      if (attribute.value === 'content-type') gotPragma = true;
    } else if (attribute.name === 'content') {
      const label = charsetFromContent(attribute.value);
      if (label !== null && charset === null) {
        charset = metaEncoding(label);
        needPragma = true;
      }
    } else if (attribute.name === 'charset') {
      charset = metaEncoding(attribute.value);
      needPragma = false;
    }
  }
  const next = i + 1;
  if (needPragma === null || (needPragma && !gotPragma) || charset === null) return { encoding: null, next };
  return { encoding: charset, next };
}
