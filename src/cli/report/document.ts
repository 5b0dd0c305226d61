// The --report file: one self-contained HTML page (no script, no external assets) with the batch summary, a chart and every page.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { version } from '../../../package.json';
import { count, number, tally, type Totals } from '../summary.js';
import { h } from './hast.js';
import { reportCss } from './style.js';

/** Nothing the report shows is fetched: no scripts, no images, no fonts (defence in depth on top of the sanitizer). */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface ReportWriter {
  /** Appends one page's section; call in page order. */
  add(section: string): Promise<void>;
  /** Writes the finished report (summary first, then the pages) and removes the scratch file. */
  finish(totals: Totals): Promise<void>;
  /** Drops the scratch file without writing a report. */
  abort(): Promise<void>;
}


function chart(totals: Totals): Element {
  const removed = tally(totals.cleaned.map((page) => page.removed));
  const max = Math.max(1, ...removed.map(([, n]) => n));
  return h('div', { className: ['chart'] }, [
    h('h3', {}, ['Removed blocks by category']),
    ...(removed.length === 0
      ? [h('p', {}, ['Nothing was removed.'])]
      : removed.map(([category, n]) =>
          h('div', { className: ['bar'], dataCategory: category }, [
            h('span', { className: ['label'] }, [category]),
            h('span', { className: ['track'] }, [h('span', { className: ['fill', `c-${category}`], style: `width:${((100 * n) / max).toFixed(1)}%` })]),
            h('span', { className: ['n'] }, [number(n)]),
          ]),
        )),
  ]);
}

function pageIndex(totals: Totals): Element {
  const rows = totals.cleaned.map((page) => {
    const removed = tally([page.removed]);
    return h('tr', {}, [
      h('td', {}, [h('a', { href: `#page-${page.index + 1}` }, [page.file])]),
      h('td', {}, [page.title ?? '']),
      h('td', { className: ['n'] }, [number(page.words)]),
      h('td', {}, [removed.map(([category, n]) => `${category} ${n}`).join(', ')]),
    ]);
  });
  return h('table', { className: ['index'] }, [
    h('thead', {}, [h('tr', {}, [h('th', {}, ['page']), h('th', {}, ['title']), h('th', {}, ['words kept']), h('th', {}, ['removed'])])]),
    h('tbody', {}, rows),
  ]);
}

function header(totals: Totals): Element {
  const words = totals.cleaned.reduce((n, page) => n + page.words, 0);
  const removed = tally(totals.cleaned.map((page) => page.removed)).reduce((n, [, count]) => n + count, 0);
  return h('header', {}, [
    h('h1', {}, ['decruft report']),
    h('p', { className: ['totals'] }, [
      `${count(totals.pages, 'page')} · ${number(totals.cleaned.length)} cleaned · ${number(totals.failures.length)} failed · ${count(words, 'word')} kept · ${count(removed, 'block')} removed · decruft ${version}`,
    ]),
    chart(totals),
    pageIndex(totals),
  ]);
}

function failures(totals: Totals): ElementContent[] {
  if (totals.failures.length === 0) return [];
  return [h('section', { className: ['page', 'failures'] }, [
    h('h2', {}, ['Pages that failed']),
    h('ul', {}, totals.failures.map((f) => h('li', {}, [h('code', {}, [f.file]), `: ${f.message}`]))),
  ])];
}

/** Splits the document around the place where the page sections go. */
function frame(totals: Totals): { before: string; after: string } {
  const marker = 'decruft-sections';
  const html = toHtml({
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', {}, [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: ['Content-Security-Policy'], content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', {}, [`decruft report: ${count(totals.pages, 'page')}`]),
          h('style', {}, [reportCss()]),
        ]),
        h('body', {}, [header(totals), h('main', {}, [{ type: 'comment', value: marker }, ...failures(totals)])]),
      ]),
    ],
  });
  const at = html.indexOf(`<!--${marker}-->`);
  return { before: html.slice(0, at), after: html.slice(at + marker.length + 7) };
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Opens the report. Sections stream to a scratch file beside it, so a big batch never holds every page in memory;
 * the summary, known only at the end, is written first when the report is put together.
 */
export async function openReport(path: string): Promise<ReportWriter> {
  const scratch = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(scratch);
  await once(stream, 'open');
  return {
    async add(section) {
      await write(stream, `${section}\n`);
    },
    async finish(totals) {
      stream.end();
      await once(stream, 'close');
      const { before, after } = frame(totals);
      await pipeline(async function* () {
        yield before;
        yield* createReadStream(scratch);
        yield after;
      }, createWriteStream(path));
      await rm(scratch, { force: true });
    },
    async abort() {
      stream.destroy();
      await rm(scratch, { force: true });
    },
  };
}
