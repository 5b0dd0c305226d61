// Dev helper: how the HTML locator saw a page: every block with its score, furniture, element id and hints, the best
// run (R) and the chosen container (C).  npx tsx scripts/dev/blocks.mts FILE|CASE_ID [--all]
// A case id (sh-…, wcxb-…, html-appeal-…) is read from $DECRUFT_DATA (default ../shared/data).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createContext } from '../../src/context.js';
import { parse } from '../../src/html/parse.js';
import { prepare } from '../../src/html/prepare.js';
import { readMetadata } from '../../src/metadata/index.js';
import { locateBlocks, pageKindOf, type LocateTrace } from '../../src/locate/blocks.js';
import { resolveOptions } from '../../src/options.js';
import { compileCatalog } from '../../src/rules/compile.js';
import { CATALOG } from '../../src/rules/catalog/index.js';
import { segmentHtml } from '../../src/segment/from-html.js';
import { isElement } from '../../src/html/dom.js';

const DATA = process.env.DECRUFT_DATA ?? '../shared/data';
const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: blocks.mts FILE|CASE_ID');
let html: string;
let url: string | null = null;
if (/^(sh|wcxb|html-appeal)-/.test(target)) {
  const corpus = target.startsWith('html-appeal') ? 'appeals-html-dev' : 'html-dev';
  const line = gunzipSync(readFileSync(`${DATA}/${corpus}.jsonl.gz`)).toString('utf8').split('\n').find((l) => l.includes(`"id": "${target}"`) || l.includes(`"id":"${target}"`));
  if (!line) throw new Error(`no case ${target}`);
  const c = JSON.parse(line);
  url = c.url ?? null;
  html = c.input ?? gunzipSync(readFileSync(`${DATA}/${c.file}`)).toString('utf8');
} else html = readFileSync(target, 'utf8');
const options = resolveOptions({});
const ctx = createContext(options, compileCatalog(CATALOG));
const page = await parse(html, ctx);
const metadata = await readMetadata(page.document, url, null);
const prepared = prepare(page.document, ctx);
const body = (isElement(prepared.body as never) ? [prepared.body] : (prepared.body as unknown as { children: never[] }).children.filter(isElement)) as never[];
const tree = { parent: [] as number[] };
const segments = segmentHtml(body, ctx, { baseUrl: metadata.baseUrl, allowDataImages: false, tree });
const trace: LocateTrace = {};
locateBlocks(segments, ctx, tree.parent, trace, pageKindOf([url, metadata.canonicalUrl], metadata.product));
const [rs, re] = trace.run!;
console.log('run', trace.run, 'container', trace.container);
segments.forEach((s, i) => {
  const inC = trace.container && s.el !== undefined && s.el >= trace.container[0] && s.el <= trace.container[1];
  const mark = `${i >= rs && i < re ? 'R' : ' '}${inC ? 'C' : ' '}`;
  console.log(`${mark} ${String(i).padStart(4)} el${String(s.el).padStart(5)} ${trace.scores![i]!.toFixed(1).padStart(7)} ${(trace.furniture![i] ?? '').padEnd(8)} ${s.type.slice(0, 4)} ld${s.linkDensity.toFixed(2)} [${(s.near ?? '').slice(0, process.argv.includes('--hints') ? 400 : 40)}]${process.argv.includes('--hints') ? ' {' + s.hints + '}' + (s.lead ? ' <' + s.lead + '>' : '') : ''} ${s.text.replace(/\s+/g, ' ').slice(0, 90)}`);
});
