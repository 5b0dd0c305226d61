// Collects <meta>, <link rel>, <title> and <html lang> from a parsed page into one lookup.
import type { AnyNode, Document, Element } from 'domhandler';
import { attr, isElement, rawText, walk } from '../html/dom.js';
import { collapseWhitespace } from '../text/normalize.js';

export interface MetaTags {
  /** Lowercased name/property/itemprop/http-equiv → contents, in page order. */
  meta: Map<string, string[]>;
  /** Lowercased rel → hrefs. */
  links: Map<string, string[]>;
  title: string | null;
  htmlLang: string | null;
  /** `<base href>`, when present. */
  baseHref: string | null;
  /** `<time datetime>` values in page order (with whether they sit in the head of an article). */
  times: string[];
}

const add = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Values at most this long are kept; longer ones are junk or hostile. */
const MAX_VALUE = 4096;

export function readMetaTags(document: Document): MetaTags {
  const meta = new Map<string, string[]>();
  const links = new Map<string, string[]>();
  const times: string[] = [];
  let title: string | null = null;
  let htmlLang: string | null = null;
  let baseHref: string | null = null;
  walk(document, (node: AnyNode) => {
    if (!isElement(node)) return true;
    const el: Element = node;
    switch (el.name) {
      case 'html':
        htmlLang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      case 'meta': {
        const content = attr(el, 'content');
        if (content === null || content.length > MAX_VALUE) break;
        for (const keyAttr of ['name', 'property', 'itemprop', 'http-equiv']) {
          const key = attr(el, keyAttr);
          if (key) for (const k of key.toLowerCase().split(/\s+/)) if (k) add(meta, k, content.trim());
        }
        break;
      }
      case 'link': {
        const rel = attr(el, 'rel');
        const href = attr(el, 'href');
        if (rel && href && href.length <= MAX_VALUE) for (const r of rel.toLowerCase().split(/\s+/)) if (r) add(links, r, href.trim());
        break;
      }
      case 'base':
        baseHref ??= attr(el, 'href');
        break;
      case 'title':
        if (title === null && el.parent && isElement(el.parent) && el.parent.name !== 'svg') title = collapseWhitespace(rawText(el)).trim();
        return false;
      case 'time': {
        const datetime = attr(el, 'datetime');
        if (datetime && datetime.length < 64) times.push(datetime.trim());
        break;
      }
      case 'script':
      case 'style':
        return false;
    }
    return true;
  });
  return { meta, links, title, htmlLang, baseHref, times };
}

/** First non-empty value among the keys, in key order. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.meta.get(key)?.find((v) => v.trim() !== '');
    if (value !== undefined) return value.trim();
  }
  return null;
}
