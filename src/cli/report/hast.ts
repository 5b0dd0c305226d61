// Building blocks for the report's own markup: hast elements whose text is escaped when serialized.
import type { Element, ElementContent, Properties } from 'hast';

/** An element; strings become text nodes, so page text can never become markup. */
export function h(tagName: string, properties: Properties, children: ReadonlyArray<ElementContent | string | null> = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.filter((c): c is ElementContent | string => c !== null).map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
  };
}

/**
 * HTML that `renderHtml` produced (the article sanitizer's output) placed as is. The only raw HTML in the report:
 * serializing needs `allowDangerousHtml`, which lets through just these nodes.
 */
export function sanitizedHtml(html: string): ElementContent {
  return { type: 'raw', value: html };
}

/** The category palette: a strong border and a light background per kind of cruft (also the chart's bar colours). */
export const CATEGORY_COLORS: Readonly<Record<string, readonly [border: string, background: string]>> = {
  donation: ['#c62828', '#fde4e4'],
  paywall: ['#6a1b9a', '#f1e3f8'],
  newsletter: ['#00796b', '#dcf3ef'],
  subscription: ['#1565c0', '#e0ecfb'],
  cookie: ['#8d6e63', '#f3ebe7'],
  ad: ['#ef6c00', '#fff0de'],
  social: ['#d81b60', '#fde6ef'],
  related: ['#2e7d32', '#e4f3e4'],
  navigation: ['#546e7a', '#e9eef1'],
  comments: ['#00838f', '#ddf2f4'],
  chrome: ['#757575', '#eeeeee'],
  duplicate: ['#5d4037', '#efe8e5'],
  boilerplate: ['#37474f', '#e6eaec'],
};
