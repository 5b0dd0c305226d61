// Dev check of classify's mayJudgeBySentence on the dev corpora: every paragraph it says no sentence of can get a
// verdict is judged sentence by sentence (and whole) anyway, with readerProse false and true, and must get none.
//   DECRUFT_DATA=/work/shared/data npx tsx scripts/dev/pretest-check.mts [text-dev,appeals-dev,html-dev,appeals-html-dev]
// Paragraphs: each text dump's blocks (segmentText), and for every case the kept blocks and the removed receipts of
// clean(), split on blank lines too, so HTML pages' paragraphs are checked as text. Also checks Topic's counts of the
// words asked about against its whole table, for every word of each case's paragraphs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { judgeSentences, judgeText, mayJudgeBySentence, sentenceSegmenter, THRESHOLDS } from '../../src/classify/index.js';
import { runSignals, type RunSignals } from '../../src/classify/signals.js';
import { isShareBar } from '../../src/classify/shape.js';
import { isContent, Topic } from '../../src/classify/topic.js';
import { createContext } from '../../src/context.js';
import { clean } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { compileCatalog } from '../../src/rules/compile.js';
import { CATALOG } from '../../src/rules/catalog/index.js';
import { segmentText, toSegment } from '../../src/segment/from-text.js';

const DATA = resolve(process.env.DECRUFT_DATA ?? '../shared/data');
const corpora = (process.argv[2] ?? 'text-dev,appeals-dev,html-dev,appeals-html-dev').split(',');
const ctx = createContext(resolveOptions({ timeoutMs: Infinity }), compileCatalog(CATALOG));
const segmenter = sentenceSegmenter('en');
let paragraphs = 0;
let skipped = 0;
let failures = 0;
let topicWords = 0;
for (const name of corpora) {
  const lines = gunzipSync(readFileSync(resolve(DATA, `${name}.jsonl.gz`))).toString('utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const c = JSON.parse(line);
    let input: string | Uint8Array = c.input;
    if (c.kind === 'html' && c.file) {
      const raw = gunzipSync(readFileSync(resolve(DATA, c.file)));
      input = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    }
    const texts = new Set<string>();
    if (typeof input === 'string' && c.kind !== 'html') for (const block of segmentText(input, ctx).blocks) texts.add(block);
    const article = await clean(input, { url: c.url || undefined, timeoutMs: Infinity });
    for (const text of [...article.blocks.map((b) => b.text), ...article.removed.map((r) => r.text)]) {
      texts.add(text);
      for (const part of text.split(/\n\s*\n/)) texts.add(part);
    }
    const list = [...texts].filter((t) => t.trim() !== '');
    const signals: RunSignals[] = list.map((t) => runSignals(t, ctx.catalog));
    const topic = new Topic(signals);
    // Topic's counts of the words asked about equal its whole table's (every word of the page asked, in two halves).
    const table = topic.build();
    const asked = [...new Set(signals.flatMap((s) => Array.from({ length: s.words }, (_, k) => s.run.word(k))))].filter(isContent);
    const counts = new Map([...topic.counted(asked.slice(0, asked.length >> 1)), ...topic.counted(asked)]);
    for (const word of asked) {
      if ((table.get(word) ?? 0) !== counts.get(word)) {
        failures++;
        console.log(`FAIL topic ${name} ${c.id}: ${word} ${table.get(word)} ≠ ${counts.get(word)}`);
      }
    }
    topicWords += asked.length;
    list.forEach((text, i) => {
      const s = signals[i] as RunSignals;
      if (s.words <= THRESHOLDS.shortWords) return;
      paragraphs++;
      if (mayJudgeBySentence(text, s)) return;
      skipped++;
      for (const readerProse of [false, true]) {
        const bySentence = judgeSentences(toSegment(text, 0), s, ctx, segmenter, readerProse, topic);
        const whole = isShareBar(s.run) || judgeText(text, s, readerProse) !== null;
        if ((bySentence !== null && (bySentence.verdict !== null || bySentence.trim !== null)) || whole) {
          failures++;
          console.log(`FAIL ${name} ${c.id} readerProse=${readerProse}: ${JSON.stringify(text.slice(0, 200))} → ${JSON.stringify(bySentence)} whole=${whole}`);
        }
      }
    });
  }
}
console.log(`Topic: ${topicWords} words counted as in the whole table`);
console.log(`${paragraphs} paragraphs of more than ${THRESHOLDS.shortWords} words, ${skipped} ruled out by mayJudgeBySentence, ${failures} of those with a verdict`);
process.exitCode = failures > 0 ? 1 : 0;
