// The report's stylesheet: readable pages, removed blocks highlighted by category, the bar chart. No external assets.
import { CATEGORY_COLORS } from './hast.js';

const BASE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #f6f6f4; }
header, main, footer { max-width: 980px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 24px; margin: 8px 0; }
h2 { font-size: 18px; margin: 0 0 4px; word-break: break-all; }
h2 a { color: #888; text-decoration: none; margin-right: 6px; }
.totals { margin: 4px 0 12px; color: #444; }
.chart { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; }
.chart h3 { margin: 0 0 8px; font-size: 15px; }
.bar { display: grid; grid-template-columns: 110px 1fr 70px; align-items: center; gap: 8px; margin: 3px 0; }
.bar .track { background: #f0f0f0; height: 16px; border-radius: 3px; overflow: hidden; }
.bar .fill { display: block; height: 100%; }
.bar .n { text-align: right; font-variant-numeric: tabular-nums; }
table.index { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: 12px; background: #fff; font-size: 13px; }
table.index th, table.index td { border-bottom: 1px solid #e5e5e5; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.index th:nth-child(1) { width: 36%; } table.index th:nth-child(2) { width: 30%; } table.index th:nth-child(3) { width: 9%; }
table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
.page { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 16px 20px; margin: 18px 0; }
.meta, .warnings, .empty { color: #555; font-size: 13px; margin: 0 0 10px; }
.warnings { color: #8a5300; }
.kept { padding: 0 12px; border-left: 4px solid transparent; }
.kept img { max-width: 100%; }
.kept pre { overflow-x: auto; background: #f4f4f4; padding: 8px; }
.kept table { border-collapse: collapse; }
.kept th, .kept td { border: 1px solid #ddd; padding: 2px 6px; }
.removed { margin: 8px 0; padding: 6px 12px; border-left: 6px solid #999; border-radius: 0 4px 4px 0; font-size: 13px; }
.removed p { margin: 2px 0; }
.removed .tag .cat { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.removed .tag code { background: rgba(255,255,255,.7); padding: 0 4px; border-radius: 3px; }
.removed .tag .stage { color: #666; }
.removed .why { color: #444; font-style: italic; }
.removed .text { white-space: pre-wrap; color: #333; }
.removed details summary { cursor: pointer; color: #555; }
.failures li { margin: 2px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12px; margin-top: 8px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; background: var(--c); }
`;

/** The whole stylesheet: the base plus one rule per category colour. */
export function reportCss(): string {
  const categories = Object.entries(CATEGORY_COLORS)
    .map(([category, [border, background]]) => `.c-${category} { border-left-color: ${border}; background: ${background}; --c: ${border}; }\n.fill.c-${category} { background: ${border}; }`)
    .join('\n');
  return `${BASE}${categories}\n`;
}
