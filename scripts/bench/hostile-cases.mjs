// The hostile inputs of `npm run bench:hostile`, built in memory (repeat/join, no files), with the budgets the
// matching vectors of RELIABILITY.md's reliability/vectors.json set for default options on a 2-core machine.

const SENTENCE = 'The harbour renovation will cost the city four million euros over three years, the council said on Monday.';
const HEAD = '<!doctype html><html><head><meta charset="utf-8"><title>Hostile page</title></head><body>';
const TAIL = '</body></html>';

function articleParagraphs(count) {
  const parts = new Array(count);
  for (let i = 0; i < count; i++) {
    parts[i] = i % 40 === 0
      ? `<h2>Section ${i / 40}: the harbour works</h2>`
      : `<p>Paragraph ${i}: ${SENTENCE} Residents of district ${i % 97} asked about <a href="/news/${i}">the schedule</a> and the cost of the new quay.</p>`;
  }
  return parts;
}

/** The generator grammar of vectors.json (RELIABILITY §9), built with repeat/join; refuses more than 64 MiB. */
export function generate(g) {
  let out;
  if (typeof g === 'string') out = g;
  else if ('seq' in g) out = g.seq.map(generate).join('');
  else if ('repeat' in g) out = (g.prefix === undefined ? '' : generate(g.prefix)) + generate(g.repeat).repeat(g.times) + (g.then === undefined ? '' : generate(g.then));
  else if ('cycle' in g) {
    const whole = Math.floor(g.times / g.cycle.length);
    out = g.cycle.join('').repeat(whole) + g.cycle.slice(0, g.times - whole * g.cycle.length).join('');
  } else {
    const parts = g.indexed.split('{i}');
    const items = new Array(g.times);
    for (let i = 0; i < g.times; i++) items[i] = parts.join(String((g.from ?? 0) + i));
    out = items.join('');
  }
  if (out.length > 64 * 1024 * 1024) throw new Error('generator output over 64 MiB');
  return out;
}

/**
 * Every pathological vector of the shared vectors.json, as cases with the vector's own budget (RELIABILITY §8.4: each
 * runs in a fresh process). `npm test` checks the ones up to 1 MB untimed and leaves the larger ones to the bench only.
 */
export async function vectorCases() {
  const { readFileSync, existsSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const file = resolve(root, process.env.DECRUFT_SHARED ?? '../shared', 'reliability/vectors.json');
  if (!existsSync(file)) return {};
  const cases = {};
  for (const v of JSON.parse(readFileSync(file, 'utf8'))) {
    if (v.category !== 'pathological' || v.expect.maxMs === undefined) continue;
    cases[`vector:${v.id}`] = {
      label: `vector ${v.id}`,
      build: () => (typeof v.input === 'string' ? v.input : generate(v.input.generator)),
      options: { ...(v.options ?? {}), format: v.mode === 'text' ? 'text' : 'html' },
      warnings: v.expect.warnings ?? [],
      budget: { ms: v.expect.maxMs, mb: v.expect.maxHeapMB },
      budgetFrom: v.id,
    };
  }
  return cases;
}

/** name → { build(): string, budget: { ms, mb }, budgetFrom } */
export const CASES = {
  'depth-100k': {
    label: '100k-deep nesting (`<div>`×100k, closed)',
    build: () => `${HEAD}${'<div>'.repeat(100_000)}<p>${SENTENCE}</p>${'</div>'.repeat(100_000)}${TAIL}`,
    budget: { ms: 2000, mb: 320 },
    budgetFrom: 'pathological-depth-div-100k-closed',
  },
  'page-50mb': {
    label: '50 MB article page',
    build: () => {
      const paragraphs = articleParagraphs(2_000);
      const block = paragraphs.join('\n');
      const times = Math.ceil((50 * 1024 * 1024) / block.length);
      return `${HEAD}<header><nav><a href="/">Home</a></nav></header><article><h1>Harbour renovation</h1>${block.repeat(times)}</article>${TAIL}`;
    },
    budget: { ms: 8000, mb: 1024 },
    budgetFrom: 'pathological-size-50mb-paragraphs',
  },
  'line-5mb': {
    label: '5 MB on a single line',
    build: () => `${HEAD}<article>${articleParagraphs(24_000).join('')}</article>${TAIL}`,
    budget: { ms: 3500, mb: 512 },
    budgetFrom: 'pathological-size-5mb-single-line',
  },
  'attrs-1m': {
    label: '1M attributes on one element',
    build: () => {
      const attributes = new Array(1_000_000);
      for (let i = 0; i < attributes.length; i++) attributes[i] = `a${i}="1"`;
      return `${HEAD}<article><p ${attributes.join(' ')}>${SENTENCE}</p></article>${TAIL}`;
    },
    budget: { ms: 6000, mb: 832 },
    budgetFrom: 'pathological-attrs-1m-distinct',
  },
  'table-200k': {
    label: 'table, 10k rows × 20 cells (200k cells)',
    build: () => {
      const rows = new Array(10_000);
      for (let r = 0; r < rows.length; r++) {
        const cells = new Array(20);
        for (let c = 0; c < 20; c++) cells[c] = `<td>r${r}c${c}</td>`;
        rows[r] = `<tr>${cells.join('')}</tr>`;
      }
      return `${HEAD}<article><p>${SENTENCE}</p><table>${rows.join('')}</table></article>${TAIL}`;
    },
    // The vector is 10k × 100 (1M cells, 10 MB); its budget is an upper bound for this smaller table.
    budget: { ms: 5500, mb: 704 },
    budgetFrom: 'pathological-table-10k-rows-100-cols',
  },
};
