// classify's shortcuts that replace a computation (issue 9, text mode): mayJudgeBySentence rules out paragraphs no
// sentence of can get a verdict (judgeSentences is then skipped), and Topic counts only the words it is asked about.
// Each is checked against what it replaces; scripts/dev/pretest-check.mts checks both on every dev-corpus paragraph.
import { describe, expect, it } from 'vitest';
import { judgeSentences, judgeText, mayJudgeBySentence, sentenceSegmenter, THRESHOLDS } from '../src/classify/index.js';
import { appealShape, holdsPleaNoun, isShareBar, mayHoldImperative, mayHoldShortCall } from '../src/classify/shape.js';
import { runSignals, type RunSignals } from '../src/classify/signals.js';
import { isContent, Topic } from '../src/classify/topic.js';
import { scanTokens } from '../src/rules/compile.js';
import { toSegment } from '../src/segment/from-text.js';
import { ARTICLE, fixture, LATER, makeContext } from './helpers.js';

const ctx = makeContext();
const segmenter = sentenceSegmenter('en');

/** What judgeSentences finds in a paragraph (with readerProse false and true), and what judging it whole finds. */
function verdicts(text: string): { bySentence: boolean; whole: boolean } {
  const signals = runSignals(text, ctx.catalog);
  const topic = new Topic([signals]);
  let bySentence = false;
  let whole = isShareBar(signals.run);
  for (const readerProse of [false, true]) {
    const judged = judgeSentences(toSegment(text, 0), signals, ctx, segmenter, readerProse, topic);
    bySentence ||= judged !== null && (judged.verdict !== null || judged.trim !== null);
    whole ||= judgeText(text, signals, readerProse) !== null;
  }
  return { bySentence, whole };
}

/** Sentences an appeal is made of without any phrase of the catalog, each by another path of judgeRun or judgeShape. */
const NO_PHRASE_APPEALS = [
  'Trending 1 Council delays vote on new stadium 2 Rain expected all weekend 3 Police name suspect',
  'ADVERTISING',
  'Story continues',
  'Follow The Herald on Instagram, TikTok and YouTube',
  'You might like',
  'Facebook Twitter WhatsApp',
  'Get it now for $5.',
  'Our reporters are there because of you.',
  'Werden Sie Förderer unserer Redaktion.',
  'Participez à notre enquête sur la rédaction.',
  'Recommended: Why rents keep rising',
  'Keep reading: Inside the fight over the new stadium',
  'Drei Monate lesen, nur einen bezahlen.',
  'Turn on alerts.',
];

/** Sentences of articles, some with a word of an appeal's business, a call verb, a price or a question. */
const ARTICLE_SENTENCES = [
  ARTICLE,
  LATER,
  'The mayor said the plan would cut costs for everyone in the district.',
  'The story was first reported by the local newspaper, which has covered the council for decades.',
  'Reporters asked the mayor whether the email had been sent, and she said it had.',
  'Make sure to keep the receipts, the clerk said.',
  'Did the council know? Records show that it did.',
  'Tickets cost $5 at the door, and the hall holds 300 people.',
  'Residents who want to comment can write to the council before March 1.',
  'This week the library opened a new reading room on the second floor.',
  'Our survey of 2 districts found 3 schools with 1 nurse each.',
  'The newsletter of the gardening club is printed once a month.',
];

describe('mayJudgeBySentence', () => {
  it('lets in a paragraph for each way a sentence of it gets a verdict without a phrase of the catalog', () => {
    for (const appeal of NO_PHRASE_APPEALS) {
      const text = `${ARTICLE} ${appeal}`;
      const signals = runSignals(text, ctx.catalog);
      // The paragraph has no strong phrase and at most one cue word: the later tests are the ones that let it in.
      expect(signals.matches, text).toHaveLength(0);
      expect(signals.cues, text).toBeLessThanOrEqual(1);
      expect(verdicts(text).bySentence, text).toBe(true);
      expect(mayJudgeBySentence(text, signals), text).toBe(true);
    }
  });

  it('rules out only paragraphs whose sentences, pairs and runs get no verdict (and the block judged whole none)', () => {
    const pool = [...ARTICLE_SENTENCES, ...NO_PHRASE_APPEALS];
    let ruledOut = 0;
    let judged = 0;
    const texts: string[] = [];
    for (const a of pool) for (const b of pool) texts.push(`${a} ${b}`, `${a}\n${b}`);
    for (let i = 0; i + 2 < pool.length; i++) texts.push(pool.slice(i, i + 3).join(' '));
    for (const block of fixture('page-dump.txt').split(/\n\s*\n/)) texts.push(block);
    for (const text of texts) {
      const signals = runSignals(text, ctx.catalog);
      if (signals.words <= THRESHOLDS.shortWords) continue;
      const found = verdicts(text);
      if (mayJudgeBySentence(text, signals)) {
        judged++;
        continue;
      }
      ruledOut++;
      expect(found, text).toEqual({ bySentence: false, whole: false });
    }
    // Both kinds are there: the test is not vacuous.
    expect(ruledOut).toBeGreaterThan(50);
    expect(judged).toBeGreaterThan(50);
  });

  it("reads a plea noun as appealShape does, and an imperative wherever one of the run's sentences may open", () => {
    const texts = [...NO_PHRASE_APPEALS, ...ARTICLE_SENTENCES, 'We depend on your generosity.', 'Your help keeps us going.', 'Abonnez-vous', 'Apúntate hoy.', 'Meld je aan voor de nieuwsbrief.'];
    for (const text of texts) {
      const run = scanTokens(text);
      expect(holdsPleaNoun(run), text).toBe(appealShape(scanTokens(text)).pleaNoun);
      // Every run of the text's tokens that appealShape finds an imperative in: the text itself says it may hold one.
      for (let from = 0; from < run.count; from++) {
        const part = run.slice(run.start(from), text.length);
        if (part && appealShape(part).imperative) expect(mayHoldImperative(run), text).toBe(true);
      }
    }
    expect(mayHoldImperative(scanTokens('The mayor said the plan would cut costs.'))).toBe(false);
  });

  it('finds every short call with a business word, or a call verb that is one, that appealShape finds in a run of the tokens', () => {
    const texts = [...NO_PHRASE_APPEALS, ...ARTICLE_SENTENCES, 'Get the app.', 'Unlock now', 'The app is free. Download it.', 'Scroll down for the video.', 'Tell us what you think.'];
    let calls = 0;
    for (const text of texts) {
      const run = scanTokens(text);
      for (let from = 0; from < run.count; from++) {
        for (let to = from + 1; to <= run.count; to++) {
          const part = run.slice(run.start(from), run.end(to - 1));
          if (!part) continue;
          const shape = appealShape(part);
          if ((shape.imperative && part.count <= THRESHOLDS.shapeButtonWords && shape.media >= 1) || shape.verbCategory !== null) {
            calls++;
            expect(mayHoldShortCall(run), text).toBe(true);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(5);
    expect(mayHoldShortCall(scanTokens('Scroll down for the video.'))).toBe(false);
  });
});

describe('Topic', () => {
  it('counts the words it is asked about as its whole table does', () => {
    const paragraphs = [...ARTICLE_SENTENCES, ...NO_PHRASE_APPEALS, 'Überall in der Stadt wurden Gärten angelegt, sagte die Bürgermeisterin.', 'The GARDENS of the city, the gardens of Éire.', ...fixture('page-dump.txt').split(/\n\s*\n/)];
    const signals: RunSignals[] = paragraphs.map((p) => runSignals(p, ctx.catalog));
    const topic = new Topic(signals);
    const table = topic.build();
    const words = [...new Set(signals.flatMap((s) => Array.from({ length: s.words }, (_, k) => s.run.word(k))))].filter(isContent);
    expect(table.size).toBeGreaterThan(20);
    // Asked in two turns: the second reads only the words not counted yet.
    const first = new Map(topic.counted(words.slice(0, words.length >> 1)));
    const counts = topic.counted(words);
    for (const word of words) {
      expect(counts.get(word), word).toBe(table.get(word) ?? 0);
      if (first.has(word)) expect(first.get(word), word).toBe(counts.get(word));
    }
    // shared() reads those counts: a sentence of the page's own words shares them.
    const sentence = runSignals('The gardens of the city council were approved by the residents.', ctx.catalog);
    expect(topic.shared(sentence, sentence, 1)).toBe(new Topic(signals).shared(sentence, sentence, 1));
  });
});
