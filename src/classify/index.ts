// The classify stage: judges every block (and glued runs inside blocks) against the rule catalog and its signals.
import type { Context } from '../context.js';
import { BUDGET_CHECK_INTERVAL } from '../context.js';
import { nodeOf, type Segment } from '../segment/types.js';
import type { Category } from '../types.js';
import { internWord, matchPhrases, scanTokens, type Token, type TokenRun } from '../rules/compile.js';
import { hasRootSentenceRules, sentenceStarts } from './sentences.js';
import { appealShape, FOLLOW_IDS, holdsPleaNoun, isFollowLine, isShareBar, isShareWord, mayFollow, mayHoldImperative, mayHoldShortCall, SHARE_NETWORK_IDS } from './shape.js';
import { mayHoldAnyPitch, mayHoldPitch, pitchOf } from './pitch.js';
import { hintCategory, runSignals, type RunSignals } from './signals.js';
import { isContent as isNameWord, Topic } from './topic.js';
import { lazy } from '../lazy.js';
import { startsLower, startsLowerOrDigit, startsUpper, startsUpperOrDigit } from '../text/chars.js';

/** Decision thresholds, as named data (chosen on appeals-dev / html-dev; see CHANGELOG for the figures). */
export const THRESHOLDS = {
  /** A run this short is cruft when phrases cover at least `shortCoverage` of it ("Read more", "Advertisement"). */
  shortWords: 6,
  shortCoverage: 0.5,
  /** A one-word teaser label with a colon opens a headline of at most this many words ("Related: …"). */
  labelMaxWords: 16,
  /**
   * A run with a strong phrase and at most this many words is cruft if one more signal agrees: the reader addressed, a
   * call to action at an end, or phrases covering this share of it. At 0.15 a two-word label inside a 12-word sentence
   * of the article was enough ("Stair steppers were most popular, followed by…").
   */
  appealMaxWords: 90,
  appealCoverage: 0.25,
  /** …of a reported sentence that addresses no one and speaks for no publisher. */
  reportedCoverage: 0.4,
  /** Share of reader-address words ("you", "our") that counts as addressing the reader. */
  addressShare: 0.04,
  /** This many distinct strong phrases make a run cruft up to `denseMaxWords`. */
  denseStrongPhrases: 3,
  denseMaxWords: 250,
  /** A block is removed whole when its cruft sentences hold this share of its words. */
  wholeBlockShare: 0.6,
  /** A DOM-hinted box (class "newsletter"…) is cruft up to this many words when the text agrees. */
  hintMaxWords: 120,
  /** What stays of a trimmed block must look like article text: this many words, or end like a sentence. */
  minKeptWords: 10,
  /** A short question or exclamation next to glued cruft ("Enjoyed this story?") goes with it, up to this many words. */
  leadInMaxWords: 8,
  /** A box holding an appeal is removed whole up to this many words, if its other blocks are short. */
  boxMaxWords: 120,
  boxOtherMaxWords: 25,
  /** Cue words (weak rules) decide only in runs up to this long that report or quote no one. */
  cueMaxWords: 45,
  /**
   * A run shaped like an appeal (a call to action in the publisher's voice) needs this many distinct words of the
   * publication's business ("comments", "newsletter", "this story"), one more as a call to the reader or a call this
   * short with no one addressed (none more with a price: "hazte socio por 3 euros al mes"); up to `cueMaxWords` words.
   */
  shapeMedia: 1,
  shapeShortWords: 10,
  /** A call to action this short with one such word is a button ("Subscribe free.", "Unlock now"). */
  shapeButtonWords: 3,
  /** This many distinct cue words of one category, with the reader addressed, make a run cruft… */
  cueWithAddress: 3,
  /** …or this many without. */
  cueDense: 5,
  /** A run this short needs one cue fewer when the reader is addressed ("Have a tip? Contact our newsroom securely."). */
  cueShortWords: 12,
  /** A sentence next to a cruft sentence joins it if it carries a cue and addresses the reader or is this short… */
  joinMaxWords: 30,
  /** …or, with no cue at all, is this short and addresses the reader ("Thank you.", "Will you give today?"). */
  joinShortWords: 5,
  /**
   * The publisher's voice and the reader's both, with a word of its business, make a run this short an appeal with no
   * call in it (judgeShape; issue 5, probe sets 75-78); at 20 a columnist's "You may remember our reporting on the
   * mayor, who resigned in March…" (17 words) went.
   */
  publisherReaderWords: 14,
  /** A call to action with a sum and nothing else is a pay button up to this many words (judgeShape). */
  payCallWords: 8,
  /** …or, in the publisher's voice about its business, is at most this long (speaksForPublisher). */
  publisherJoinWords: 20,
  /**
   * A sentence with at most one appeal phrase covering under `appealCoverage` of it, or with none, is the article's when
   * this many of its content words (topic.ts) are in at least `topicParagraphs` of the page's plain paragraphs: it is
   * about the article's subject ("Stay informed about local regulations on automatic gratuities…"). Nor does such a
   * sentence join an appeal next to it.
   */
  topicWords: 2,
  topicParagraphs: 1,
} as const;

export interface Verdict {
  ruleId: string;
  category: Category;
  reason: string;
}

function describe(signals: RunSignals): string {
  const parts: string[] = [];
  const phrases = [...new Set(signals.matches.map((m) => signals.tokens.slice(m.start, m.end).map((t) => t.word).join(' ')))].slice(0, 3);
  if (phrases.length > 0) parts.push(`phrases "${phrases.join('", "')}"`);
  parts.push(`coverage ${signals.coverage.toFixed(2)}`);
  if (signals.address >= THRESHOLDS.addressShare) parts.push('addresses the reader');
  if (signals.ctaEnd) parts.push('ends in a call to action');
  if (signals.price) parts.push('mentions a price');
  return parts.join(', ');
}

function cueVerdict(signals: RunSignals, why: string): Verdict | null {
  const rule = signals.cueRule;
  if (!rule) return null;
  return {
    ruleId: rule.id,
    category: rule.category,
    reason: `${why}: ${signals.cues} ${rule.category} cue words${signals.second > 0 ? ', addresses the reader' : ''}${signals.price ? ', mentions a price' : ''}`,
  };
}

function verdictFrom(signals: RunSignals, why: string): Verdict | null {
  const match = signals.matches.find((m) => m.rule.category === signals.category) ?? signals.matches[0];
  if (!match) return null;
  return { ruleId: match.rule.id, category: match.rule.category, reason: `${why}: ${describe(signals)}` };
}

/** Judges one run of text (a block or a sentence). Returns a verdict when it is cruft. */
export function judgeRun(signals: RunSignals, readerProse = false): Verdict | null {
  const words = signals.words;
  if (words === 0) return null;
  if (isLabelledHeadline(signals)) return LABEL_VERDICT(signals);
  if (isNumberedTeasers(signals)) return verdictFrom(signals, 'a teaser label and its numbered headlines') ?? NUMBERED_TEASERS_VERDICT;
  if (words === 1 && AD_LABELS.has(signals.run.id(0))) return AD_LABEL_VERDICT;
  if (words === 2 && AD_LINES.has(`${signals.run.id(0)} ${signals.run.id(1)}`)) return AD_LABEL_VERDICT;
  // (A follow line needs a follow verb, one of the shape words: most runs have none, and are not read again for it.)
  if (signals.shapeWords && isFollowLine(signals.run) && !signals.reporting) return FOLLOW_VERDICT;
  if (words <= LIKE_HEADING_MAX_WORDS && HAS_YOU.test(signals.run.text) && LIKE_HEADING().test(signals.run.text.trim())) return LIKE_HEADING_VERDICT;
  if (signals.matches.length === 0) return judgeCues(signals, readerProse);
  if (words <= THRESHOLDS.shortWords && signals.coverage >= THRESHOLDS.shortCoverage) return verdictFrom(signals, 'short block made of cruft phrases');
  if (signals.strongPhrases >= 1 && words <= THRESHOLDS.appealMaxWords) {
    // A phrase that only opens a sentence reporting someone is a label glued to the article's sentence, which it would
    // take with it ("Sponsored content by Acme Officials said….", "View comments (8) Officials said….").
    const opens = signals.ctaStart && !(signals.reporting && signals.words > THRESHOLDS.leadInMaxWords && SENTENCE_END.test(signals.run.text.trimEnd()));
    // On a page written to the reader ("you can…", "your money") addressing the reader sets nothing apart.
    const addressed = signals.address >= THRESHOLDS.addressShare && !readerProse;
    // A sentence that reports or quotes someone needs its phrases to cover it: "…she wanted to share this moment," and
    // "…worth a digital subscription?" Doctor asks. With two phrases or more, only when it speaks to no one ("The
    // newspaper announced it would end its print edition and move to a digital subscription model.").
    const quoted = signals.reporting && (signals.strongPhrases < 2 || signals.address === 0) && SENTENCE_END.test(signals.run.text.trimEnd());
    // A reported sentence that speaks to no one and for no publisher ("The nonprofit said it would match every gift
    // made before December 31.") needs its phrases to cover more of it.
    // Words to the reader inside a quotation that opens a reported sentence ("“Join our Facebook group,” the organiser
    // told residents…") are the speaker's, not the publication's: the same coverage as a sentence that speaks to no one.
    const coverage = quoted && (signals.address === 0 || QUOTED_SPEECH().test(signals.run.text)) ? THRESHOLDS.reportedCoverage : THRESHOLDS.appealCoverage;
    // A phrase named as one item of a comma list ("…such as email campaigns, push notifications, and landing pages") is
    // a thing the sentence lists, not a call: only its coverage counts.
    const listed = signals.matches.every((m) => m.rule.strength !== 'strong' || isListItem(signals.run, m.start, m.end));
    if (signals.coverage >= coverage || (!quoted && !listed && (addressed || (signals.ctaEnd && !strandedEnd(signals)) || opens))) {
      return verdictFrom(signals, 'appeal phrase with supporting signals');
    }
  }
  if (signals.strongPhrases >= THRESHOLDS.denseStrongPhrases && words <= THRESHOLDS.denseMaxWords) return verdictFrom(signals, 'dense with appeal phrases');
  return judgeCues(signals, readerProse);
}

/** A sentence that opens with a quotation and goes on after it ("“…,” the mayor said."). */
const QUOTED_SPEECH = lazy(() => new RegExp(String.raw`^\s*["“„«][^"“”„«»]{2,}["”»],? \p{L}`, 'u'));

/** Words that join a list's last item (folded), in the catalog's languages. */
const LIST_JOINERS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en', 'of'].map(internWord));

/**
 * Tokens [start, end) of `run` are an item of a comma list: a comma on both sides, a comma and a joiner before it (the
 * last item: "…, and push notifications"), or a comma after it with a comma and a joiner further on (the first item).
 */
function isListItem(run: TokenRun, start: number, end: number): boolean {
  const text = run.text;
  const commaBefore = start > 0 && text.slice(run.end(start - 1), run.start(start)).includes(',');
  const joinedBefore = start > 1 && LIST_JOINERS.has(run.id(start - 1)) && text.slice(run.end(start - 2), run.start(start - 1)).includes(',');
  const commaAfter = end < run.count && text.slice(run.end(end - 1), run.start(end)).includes(',');
  if (joinedBefore || (commaBefore && commaAfter)) return true;
  if (!commaAfter) return false;
  for (let k = end + 1; k < run.count; k++) if (LIST_JOINERS.has(run.id(k)) && text.slice(run.end(k - 1), run.start(k)).includes(',')) return true;
  return false;
}

/**
 * A sentence that ends in its phrase's preposition ("…how many streaming services consumers will sign up for."): the
 * phrase is the sentence's verb, not a call to action at its end.
 */
function strandedEnd(signals: RunSignals): boolean {
  const last = signals.matches.find((m) => m.end >= signals.words - 1);
  if (last === undefined || !/[.!?]$/.test(signals.run.text.trimEnd())) return false;
  const word = (signals.tokens[last.end - 1] as Token).word;
  // "…to share this insight.": a phrase that ends in a determiner one word before the end of a statement has that word
  // for its object ("Would you take a moment to share this information?" asks the reader).
  return last.end === signals.words ? RUNS_ON.has(word) : last.end === signals.words - 1 && DETERMINERS.has(word) && signals.run.text.trimEnd().endsWith('.');
}

/** Words that need a noun after them (folded): a phrase ending in one runs on into it. */
const DETERMINERS = new Set(['this', 'these', 'that', 'those', 'the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'its']);

/** One-word labels of teasers and ads that no phrase lists alone (a phrase of one common word would match prose). */
const TEASER_LABELS = new Set(['trending', 'related', 'recommended', 'popular', 'sponsored', 'promoted', 'advertisement'].map(internWord));
/** Ad labels (folded) that are a line of their own: too common in prose to be phrases ("advertising revenue fell"). */
const AD_LABELS = new Set(['advertising', 'ad', 'ads', 'advert', 'adverts', 'advertorial', 'anzeigen', 'reklame', 'publicidade', 'advertentie', 'annonce', 'annuncio'].map(internWord));
/** A one-word ad label glued after the paragraph's last sentence ("…from the existing budget. ADVERTISING"). */
function adLabelAtEnd(signals: RunSignals): boolean {
  const last = signals.words - 1;
  if (last < 1 || !AD_LABELS.has(signals.run.id(last))) return false;
  const text = signals.run.text;
  return text.slice(signals.run.end(last)).trim() === '' && /[.!?]["”’)]?\s*$/u.test(text.slice(0, signals.run.start(last)));
}
const AD_LABEL_VERDICT: Verdict = { ruleId: 'ad.label', category: 'ad', reason: 'a line that is only an ad label ("ADVERTISING")' };
/** Two-word phrases as keys of their vocabulary ids ("12 34"), looked up with `${run.id(0)} ${run.id(1)}`. */
const pairIds = (pairs: readonly string[]): ReadonlySet<string> => new Set(pairs.map((pair) => pair.split(' ').map(internWord).join(' ')));
/** Two-word lines (folded) an ad slot leaves in the text, too common in prose to be phrases ("The story continues…"). */
const AD_LINES = pairIds(['story continues', 'article continues', 'continue reading', 'text continues', 'supported by', 'presented by', 'partner message']);
/** Two-word teaser labels (folded) before a colon and a headline: "Keep reading:", "Up next:", "Also read:". */
const TEASER_LABEL_PAIRS = pairIds(['keep reading', 'up next', 'read next', 'watch next', 'also read', 'read also', 'see also', 'must read', 'top stories', 'most read', 'more stories', 'editors picks', 'recommended reading', 'related reading', 'further reading', 'more reading', 'see more', 'editors recommend', 'further coverage', 'more coverage', 'related coverage', 'next story', 'see related', 'related topics', 'previous article', 'next article', 'previous story', 'previous post', 'next post', 'continue reading', 'sigue leyendo', 'leggi anche', 'lees ook', 'leia tambem', 'lire aussi']);
const LABEL_MAX_WORDS = 3;
/** Words that may stand before a two-word teaser label ("More top stories:", "Our editors picks:"). */
const LABEL_LEAD_WORDS = new Set(['more', 'other', 'our', 'latest'].map(internWord));
/**
 * What parts a teaser label from its headline: a colon or an arrow ("Related: …", "Related → …", "More » …"), a space,
 * then a capital (startsUpper, so that no Unicode class is compiled for an ASCII headline). The separator matches one
 * way only, so its end is where the capital must be (test/classify.test.ts checks this against `…) \p{Lu}`).
 */
export const LABEL_SEPARATOR = /^ ?(?::|→|»|›|>>?) /;
export const opensLabelSeparator = (text: string): boolean => {
  const separator = LABEL_SEPARATOR.exec(text);
  return separator !== null && startsUpper(text.slice(separator[0].length));
};
/** A label that opens with a one-word teaser label's word is at most this many words. */
const LONG_LABEL_MAX_WORDS = 6;
/** Words that place a long teaser label on the site or in time (folded): "Popular on our site this week:". */
const LABEL_PLACE_WORDS = new Set(['on', 'in', 'at', 'across', 'this', 'now', 'today', 'week', 'our', 'for', 'you'].map(internWord));
const LABEL_VERDICT = (signals: RunSignals): Verdict =>
  verdictFrom(signals, 'a teaser label and its headline') ?? { ruleId: 'related.label', category: 'related', reason: 'a teaser label and its headline' };

/**
 * A one-word teaser label, a colon (or an arrow) and a headline ("Related: Five ways to save on energy bills", "Trending: Mayor
 * unveils new bike lanes"): a short run that opens with the label and does not end like a sentence.
 */
function isLabelledHeadline(signals: RunSignals): boolean {
  if (signals.words < 3 || signals.words > THRESHOLDS.labelMaxWords || signals.reporting) return false;
  const { run } = signals;
  const { text } = run;
  const last = text.trimEnd().slice(-1);
  if (last === '.' || last === '!' || last === '?') return false;
  // The label is the words before the colon, one to LABEL_MAX_WORDS of them (more after a one-word label's word:
  // "Popular on our site this week: Why rents keep rising").
  const maxLabel = TEASER_LABELS.has(run.id(0)) && startsUpper(text) ? LONG_LABEL_MAX_WORDS : LABEL_MAX_WORDS;
  for (let k = 1; k <= maxLabel && k < signals.words - 1; k++) {
    const labelEnd = run.data[3 * k - 1] as number;
    if (!opensLabelSeparator(text.slice(labelEnd, labelEnd + 5))) continue;
    if (k === 1) return TEASER_LABELS.has(run.id(0)) || signals.matches.some((m) => m.start === 0 && m.end === 1 && (m.rule.category === 'related' || m.rule.category === 'ad'));
    // "Keep reading: Inside the fight…", "Up next: Schools brace…": a capitalized teaser label.
    if (!startsUpper(text)) return false;
    if (k === 2 && TEASER_LABEL_PAIRS.has(`${run.id(0)} ${run.id(1)}`)) return true;
    // "More top stories:", "Our related coverage:": a teaser label behind one word that only says more of it.
    if (k === 3 && LABEL_LEAD_WORDS.has(run.id(0)) && TEASER_LABEL_PAIRS.has(`${run.id(1)} ${run.id(2)}`)) return true;
    // "Popular on our site this week:", not "Popular white wine varietals:".
    if (k > LABEL_MAX_WORDS) return run.tokens.slice(1, k).some((t) => LABEL_PLACE_WORDS.has(t.id));
    return signals.matches.some((m) => m.start === 0 && m.end === k && (m.rule.category === 'related' || m.rule.category === 'ad'));
  }
  return false;
}

/**
 * A teaser section's heading that offers what the reader would like, its verb with no object, on a line of its own
 * ("You might like", "You'll also enjoy", "Stories you may like"). Not as phrases: at a sentence's end they are prose
 * ("…or what you might like.", html-dev SH); nor "love" ("Entertainment deals you'll love" heads a deals article's list).
 */
const LIKE_HEADING = lazy(() => new RegExp(String.raw`^(?:\p{L}+ ){0,2}you(?: (?:might|may|will|would|could)|['’](?:ll|d)) (?:also )?(?:like|enjoy) ?[:…]?$`, 'iu'));
/**
 * What every LIKE_HEADING match holds ("y", "o" and "u" have no other case forms, with or without the `u` flag): tested
 * first, so that V8 compiles LIKE_HEADING, an `iu` pattern with a letter class (several milliseconds), only for a short
 * run that has it (issue 9 cold start).
 */
const HAS_YOU = /you/i;
const LIKE_HEADING_MAX_WORDS = 6;
const LIKE_HEADING_VERDICT: Verdict = { ruleId: 'related.label', category: 'related', reason: 'a teaser heading ("You might like")' };
const NUMBERED_TEASERS_VERDICT: Verdict = { ruleId: 'related.label', category: 'related', reason: 'a teaser label and its numbered headlines' };
/** A numbered teaser list holds at most this many words. */
const NUMBERED_TEASERS_MAX_WORDS = 80;
/** A numbered teaser list's label is at most this many characters. */
const NUMBERED_LABEL_MAX_CHARS = 40;
/** A teaser list's label: a capitalized word, then words and spaces only. */
const NUMBERED_LABEL = lazy(() => new RegExp(String.raw`^\p{Lu}[\p{L}'’ ]*$`, 'u'));

/**
 * Where a numbered teaser list opening the text reaches its third headline (the offset after that headline's first
 * letter), or -1: a short capitalized label, then " 1 ", " 2 " and " 3 " each before a capital, with no sentence end
 * before it. (Searched with indexOf: a regular expression for it backtracks polynomially.)
 */
function numberedTeasersHead(text: string): number {
  // The first " 1 ", looked for only where it may be (most paragraphs have none, and reading them whole for it was
  // most of this function: issue 9 profile).
  const one = text.slice(0, NUMBERED_LABEL_MAX_CHARS + 3).indexOf(' 1 ');
  if (one < 1 || one > NUMBERED_LABEL_MAX_CHARS || !NUMBERED_LABEL().test(text.slice(0, one)) || !startsUpper(text.slice(one + 3, one + 4))) return -1;
  let at = one;
  for (const n of [' 2 ', ' 3 ']) {
    let next = text.indexOf(n, at + 3);
    while (next >= 0 && !startsUpper(text.slice(next + 3, next + 4))) next = text.indexOf(n, next + 1);
    if (next < 0) return -1;
    at = next;
  }
  const end = at + 4;
  return /[.!?]/.test(text.slice(0, end)) ? -1 : end;
}
/**
 * Whether a paragraph may hold a numbered teaser list (a cheap test before the sentences are judged): " 1 ", " 2 " and
 * " 3 " in it. Each is found from its digit, which indexOf finds quickly, not from its space, which is everywhere
 * (issue 9 profile: `includes(' 1 ')` read most of text mode's paragraphs space by space).
 */
export function mayHoldNumberedTeasers(text: string): boolean {
  return hasSpacedDigit(text, '1') && hasSpacedDigit(text, '2') && hasSpacedDigit(text, '3');
}

/** text.includes(` ${digit} `). */
function hasSpacedDigit(text: string, digit: string): boolean {
  for (let at = text.indexOf(digit, 1); at >= 0; at = text.indexOf(digit, at + 1)) {
    if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32) return true;
  }
  return false;
}

/**
 * Where a numbered teaser list glued before the article's sentence ends ("Trending 1 … 3 Police name suspect in
 * robbery Officials said…"), or -1: the first capitalized word after a lowercase one past the third headline's first
 * word, when a sentence of at least minKeptWords words follows.
 */
function numberedTeasersEnd(text: string, signals: RunSignals): number {
  const from = numberedTeasersHead(text);
  if (from < 0) return -1;
  const run = signals.run;
  for (let k = 1; k + THRESHOLDS.minKeptWords <= signals.words; k++) {
    if (run.start(k) < from) continue;
    const word = text.slice(run.start(k), run.end(k));
    const prev = text.slice(run.start(k - 1), run.end(k - 1));
    if (startsUpper(word) && startsLower(prev) && /^\s+$/u.test(text.slice(run.end(k - 1), run.start(k)))) return run.start(k);
  }
  return -1;
}

/**
 * A teaser widget's label and its numbered headlines, flattened into one run ("Trending 1 Council delays vote on new
 * stadium 2 Rain expected all weekend 3 Police name suspect"): no sentence ends in it, and no one is reported.
 */
function isNumberedTeasers(signals: RunSignals): boolean {
  const text = signals.run.text.trim();
  return signals.words >= 8 && signals.words <= NUMBERED_TEASERS_MAX_WORDS && numberedTeasersHead(text) > 0 && !signals.reporting && !/[.!?]/.test(text);
}

/**
 * Cue words decide a short run that reports no one: several of one category, fewer when it addresses the reader; or
 * fewer still, of any category, in a run shaped like an appeal (a call to action in the publisher's voice).
 */
function judgeCues(signals: RunSignals, readerProse = false): Verdict | null {
  const words = signals.words;
  if (signals.cues === 0 || words > THRESHOLDS.cueMaxWords || signals.reporting) return judgeShape(signals, readerProse);
  // A call to action speaks to the reader as much as "you" does ("Join the 40,000 readers who chip in…"), except on a
  // page whose own prose is written to the reader (a guide's steps are calls too).
  const addressed = signals.second > 0 || signals.address > 0 || (!readerProse && appealShape(signals.run).imperative);
  // A product's name and its pitch speak for it as "you" would ("The Evening Digest: the day in five stories, delivered…").
  const pitch = words <= THRESHOLDS.publisherJoinWords && NAMED_PITCH().test(signals.run.text);
  const need = pitch ? THRESHOLDS.cueWithAddress - 1 : addressed ? THRESHOLDS.cueWithAddress - (words <= THRESHOLDS.cueShortWords ? 1 : 0) : THRESHOLDS.cueDense;
  if (signals.cues >= need) return cueVerdict(signals, addressed ? 'appeal words addressed to the reader' : 'dense with appeal words');
  return judgeShape(signals, readerProse);
}

/**
 * A paragraph with no appeal words that may still hold a sentence shaped like an appeal or a follow line (judged
 * sentence by sentence).
 */
function mayBeShaped(signals: RunSignals): boolean {
  if (!signals.shapeWords || signals.words <= THRESHOLDS.shortWords) return false;
  const shape = appealShape(signals.run);
  return (shape.media > 0 && (shape.imperative || shape.self)) || mayFollow(signals.run);
}

/**
 * A short run shaped like an appeal: a call to action in the publisher's voice about its own business ("Tell us in the
 * comments", "Unlock this story…"), or a call to the reader (or a short one) with two of its business words ("Turn on
 * push alerts."), or a call with a price. Reporting runs never are. Its effect on appeals in new wordings:
 * `scripts/dev/appeal-probes.mts` (set 2 has no catalog phrase at all) and CHANGELOG.
 */
function judgeShape(signals: RunSignals, readerProse = false): Verdict | null {
  const words = signals.words;
  // On a page not written to the reader, a call with a sum up to a short sentence ("Become one of them for $3."). The
  // length is tested before the price: the price's pattern read nearly every character of text mode's paragraphs here
  // (issue 9 profile), where only short runs need it.
  const payWords = words <= (readerProse ? THRESHOLDS.joinShortWords : THRESHOLDS.payCallWords) && signals.price;
  const perPeriod = words <= THRESHOLDS.shapeShortWords && signals.price && PER_PERIOD.test(signals.run.text);
  if (words === 0 || words > THRESHOLDS.cueMaxWords || signals.reporting) return null;
  // An offer or a pitch told by its structure (pitch.ts): most runs have none of its words, so it is read last.
  const pitch = (): Verdict | null => pitchOf(signals.run, words, readerProse, () => appealShape(signals.run));
  if (!signals.shapeWords && !payWords && !perPeriod) return pitch();
  const shape = appealShape(signals.run);
  const second = signals.second > 0;
  const shaped =
    (shape.imperative && shape.self && shape.media >= THRESHOLDS.shapeMedia) ||
    (shape.imperative && (second || words <= THRESHOLDS.shapeShortWords) && shape.media >= THRESHOLDS.shapeMedia + 1) ||
    (shape.imperative && signals.price && shape.media >= THRESHOLDS.shapeMedia) ||
    (shape.imperative && words <= THRESHOLDS.shapeButtonWords && shape.media >= THRESHOLDS.shapeMedia) ||
    // A short call whose own verb asks for money ("Donate to the station today.", "Subscribe to our channel"); not
    // "Unlock…", which product pages open their headlines with ("Unlock the value in your data").
    (shape.verbCategory !== null && PAY_VERB_CATEGORIES.has(shape.verbCategory) && words <= THRESHOLDS.shapeShortWords && !readerProse) ||
    // The publisher speaking to the reader about its business in a short run, with no call ("Our reporters are there
    // because of you.", "…brauchen wir Ihre Hilfe."): news rarely has "we" and "you" both outside a quotation.
    // A plea's nouns only (shape.ts PLEA_NOUNS): reviews speak so of "premium" features, and a consent notice ("…on your
    // computer… our traffic") is judged with its buttons as one run (endRun).
    (shape.self && shape.reader && shape.pleaNoun && words <= THRESHOLDS.publisherReaderWords && !readerProse);
  // A short call with a sum and nothing else is a pay button ("Give $10 a month", "Subscribe for $1"), or with a sum
  // per period ("Please consider giving $5 a month.").
  const payButton = !shaped && shape.imperative && (payWords || perPeriod);
  if (payButton) {
    const category = shape.category ?? (GIVE.test(signals.run.text) ? 'donation' : 'subscription');
    return { ruleId: `${category}.shape`, category, reason: 'shaped like a pay button (a short call to action with a sum)' };
  }
  if (!shaped || !shape.category) return pitch();
  const how = [shape.imperative ? 'a call to action' : null, shape.self ? "in the publisher's voice" : null, second ? 'to the reader' : null].filter(Boolean).join(' ');
  return { ruleId: `${shape.category}.shape`, category: shape.category, reason: `shaped like an appeal (${how}), ${shape.media} words of the publication's business` };
}

/**
 * A sum per period ("$5 a month", "3 € pro Monat"): what a pledge or a plan costs, a word of the publication's
 * business in a call with a price ("Please consider giving $5 a month.").
 */
const PER_PERIOD = /\d\s?(?:[$€£¥]|eur|euros?|dollars?|pounds?)?\s?(?:a|per|each|every|\/|pro|im|par|al|ao|por|p)\.?\s?(?:month|week|year|mo|yr|monat|woche|jahr|mois|semaine|an|mes|semana|año|mese|settimana|anno|mês|maand|week|jaar)\b/iu;

/** Kinds of appeal that ask for money: a short sentence with a sum next to one is its price. */
const PAY_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['donation', 'subscription', 'paywall']);

/** Kinds of appeal whose verb alone makes a short call one (judgeShape). */
const PAY_VERB_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['donation', 'subscription']);

/** Verbs of giving that open a pay button (the rest are subscription buttons). */
const GIVE = /^\s*(?:(?:please|bitte)\s+(?:consider\s+)?)?(?:give|giving|donate|donating|chip|pitch|contribute|contributing|spende|spenden|donnez|dona|doe|doneer)\b/i;

/** Calls to action glued mid-sentence are at most this many words ("Read more", "Support Now", "Sign up here"). */
const CTA_MAX_TOKENS = 3;
/** Small words a title-case heading leaves in lowercase (folded). */
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'for', 'of', 'in', 'on', 'to', 'at', 'by', 'with', 'vs', 'from', 'your', 'my']);
/** Last words of a phrase that go on into an object (folded): a call to action ending in one is not complete. */
const RUNS_ON = new Set(['on', 'to', 'for', 'in', 'at', 'with', 'of', 'the', 'a', 'an', 'our', 'your', 'auf', 'bei', 'sur', 'en', 'su', 'em', 'op']);
/** Pronouns that follow an imperative, capitalized in German ("Unterstützen Sie"), folded. */
const IMPERATIVE_PRONOUNS = new Set(['sie', 'du', 'ihr']);
/** Articles that may open a label ("The story continues…"), folded. */
const LABEL_ARTICLES = new Set(['the', 'a', 'an', 'our']);
/** Words after which a capitalized word is a name, not a new sentence (folded). */
const NAME_BEFORE = new Set(['from', 'by', 'and', 'or', 'de', 'van', 'von', 'di', 'da', 'du', 'des', 'del', 'der']);
/** Words that open a sentence (folded), where a glued teaser headline ends. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'as', 'after', 'when', 'while', 'for', 'if', 'its', 'his', 'her', 'their', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'o', 'os', 'de', 'het', 'een']);

/**
 * A sentence (or a part of one) of a run. A sentence left whole keeps the signals computed to split it: the same
 * words as its trimmed text's, so they are not computed twice (only the token offsets differ, and judging uses words).
 */
interface Span {
  start: number;
  end: number;
  signals: RunSignals | null;
  /** A row of buttons cut off the start of the sentence after it (buttonRowEnd). */
  row?: true;
}

/** Segmenters whose language uses the root sentence rules (sentenceStarts may stand in for them). */
const ROOT_RULES = new WeakSet<Intl.Segmenter>();

/** The segmenter's sentences of `text`: from sentenceStarts when it can tell them, else from the segmenter. */
function sentencesOf(text: string, segmenter: Intl.Segmenter): Iterable<{ segment: string; index: number }> {
  const starts = ROOT_RULES.has(segmenter) ? sentenceStarts(text) : null;
  if (starts === null) return segmenter.segment(text);
  return starts.map((start, i) => ({ segment: text.slice(start, starts[i + 1] ?? text.length), index: start }));
}

/** Sentences of a run, further split around capitalized calls to action glued mid-sentence ("…story Read more Support Now From…"). */
/** An arrow closing a button and the space after it, before a capitalized word or an opening quotation mark. */
const ARROW_END = lazy(() => new RegExp(String.raw`[→⟶➜➔➝▸►]\s+(?=[\p{Lu}"“„«‘])`, 'gu'));

/** A colon between a title and its subtitle ("Tier 3: Enterprise…"). */
const TITLE_COLON = lazy(() => new RegExp(String.raw`(?<=\p{L}|\d):(?= \p{Lu})`, 'u'));
/** The words of a heading glued before a sentence: letters, digits and a title's punctuation. */
const TITLE_TEXT = lazy(() => new RegExp(String.raw`^[\p{L}\d][\p{L}\d '’&.:-]*$`, 'u'));

export function splitSentences(text: string, segmenter: Intl.Segmenter, ctx: Context, run: TokenRun = scanTokens(text)): Span[] {
  const spans: Span[] = [];
  for (const piece of sentencesOf(text, segmenter)) {
    if (piece.segment.trim() === '') continue;
    const start = piece.index;
    const end = start + piece.segment.length;
    // The sentence's tokens are the paragraph's between its ends (unless a word crosses one): not scanned again.
    const signals = runSignals(piece.segment, ctx.catalog, run.slice(start, end) ?? undefined);
    const cuts = new Set<number>();
    // A share bar glued before the sentence ("Tweet Share Pin Email Officials said…"): its words are capitalized too,
    // so the sentence starts at the first word that is none of them.
    const bar = shareBarLength(signals);
    // Where the sentence after the bar starts (in the paragraph), or -1.
    const barEnd = bar > 0 ? start + (signals.run.data[3 * bar + 1] as number) : -1;
    if (barEnd >= 0) cuts.add(barEnd);
    for (const m of signals.matches) {
      if (m.rule.strength !== 'strong') continue;
      // A call that starts inside a longer phrase is that phrase's word: "Do Not Sell or Share My Personal Information",
      // "Teil unseres Premium-Angebots" (no cut inside "teil unseres premium").
      if (signals.matches.some((o) => o.rule.strength === 'strong' && o.start < m.start && o.end > m.start)) continue;
      const first = signals.tokens[m.start];
      const after = signals.tokens[m.end];
      if (!first) continue;
      const firstText = piece.segment.slice(first.start, first.end);
      const short = m.end - m.start <= CTA_MAX_TOKENS;
      // Not inside a compound ("Equipment-Related Injuries"): a space before the call.
      if (short && m.start > 0 && startsUpper(firstText) && /\s/.test(piece.segment.charAt(first.start - 1))) cuts.add(start + first.start);
      // After a call to action a new run starts; after a teaser marker ("More from", "Read more:") its headline follows.
      // A call to action that ends in a preposition or a determiner ("Follow us on", "Sign up for") runs on into its
      // object ("Follow us on Instagram…"): no cut there.
      const last = signals.tokens[m.end - 1] as Token;
      // German capitalizes the formal "you" after an imperative ("Unterstützen Sie…"): no new run there.
      if (short && after && m.rule.category !== 'related' && !RUNS_ON.has(last.word) && !IMPERATIVE_PRONOUNS.has(after.word) && startsUpper(piece.segment.slice(after.start, after.end)) && startsUpper(firstText)) cuts.add(start + after.start);
      // A teaser headline glued before a sentence ("Read more: Five things to know about the budget The attorney
      // general…") ends where a lowercase word meets a capitalized sentence opener.
      let headlineEnd = -1;
      if (short && m.rule.category === 'related' && startsUpper(firstText)) {
        for (let k = m.end + 1; k < signals.words; k++) {
          const word = signals.tokens[k] as Token;
          const prev = signals.tokens[k - 1] as Token;
          const raw = piece.segment.slice(word.start, word.end);
          if (SENTENCE_OPENERS.has(word.word) && startsUpper(raw) && startsLower(piece.segment.slice(prev.start, prev.end)) && piece.segment.slice(prev.end, word.start).trim() === '') {
            headlineEnd = start + word.start;
            cuts.add(headlineEnd);
            break;
          }
        }
      }
      // A label that opens the sentence (or follows only an article: "The story continues after the advertisement"),
      // glued before the article's sentence ("Story continues below this ad Officials said…", "Read next: How the vote
      // unfolded Officials said…"): the sentence starts at the first capitalized word right after a lowercase one, when
      // a sentence of its own follows. A teaser label needs its headline (a capitalized word after it): "Read more
      // about the Mayor's plan…" is one sentence.
      const opensLabel = m.start === 0 || (m.start === 1 && LABEL_ARTICLES.has((signals.tokens[0] as Token).word) && startsUpper(piece.segment.slice((signals.tokens[0] as Token).start)));
      // A numbered list of headlines may follow ("Related stories 1 Council approves… 2 …"): its headlines open after
      // the numbers, so the sentence starts at a capitalized word after a lowercase one.
      const numbered = after !== undefined && /^\d/.test(piece.segment.slice(after.start, after.end));
      const label = opensLabel && headlineEnd < 0 && (startsUpper(firstText) || m.start === 1) && (m.rule.category !== 'related' || numbered || (after !== undefined && startsUpper(piece.segment.slice(after.start, after.end))));
      if (label && SENTENCE_END.test(piece.segment.trimEnd())) {
        let found = false;
        for (let k = m.end + 1; k < signals.words - THRESHOLDS.minKeptWords; k++) {
          const word = signals.tokens[k] as Token;
          const prev = signals.tokens[k - 1] as Token;
          // Not a name after a preposition inside the label or its headline ("The week in Westminster").
          if (startsUpper(piece.segment.slice(word.start, word.end)) && (numbered ? startsLower : startsLowerOrDigit)(piece.segment.slice(prev.start, prev.end)) && !RUNS_ON.has(prev.word) && !NAME_BEFORE.has(prev.word) && /^[)\]]? ?\s["“„«‘']?$/u.test(piece.segment.slice(prev.end, word.start))) {
            // An opening quotation mark goes with the sentence it opens.
            cuts.add(start + word.start - (/\s$/.test(piece.segment.slice(prev.end, word.start)) ? 0 : 1));
            found = true;
            break;
          }
        }
        // No headline after the label ("Most Popular Officials said…"): the sentence starts right after it. A headline
        // left in the paragraph leaks a few words; the sentence taken with the label would be lost.
        if (!found && after && startsUpper(piece.segment.slice(after.start, after.end)) && signals.words - m.end >= THRESHOLDS.minKeptWords) cuts.add(start + after.start);
        // A share label runs on over the networks it names ("Share this on Facebook or X Officials said…").
        if (!found && m.rule.category === 'social') {
          let k = m.end;
          while (k < signals.words && isShareWord(signals.run.id(k))) k++;
          const next = signals.tokens[k];
          if (k > m.end && next && startsUpper(piece.segment.slice(next.start, next.end)) && signals.words - k >= THRESHOLDS.minKeptWords) cuts.add(start + next.start);
        }
      }
    }
    // A heading of the article glued before an appeal's sentence ("4. Ask for Recommendations Want more stories like
    // this in your inbox?", "Interactive and Immersive Videos You've read 3 of 4 free articles…"): the sentence starts
    // at the capitalized word before (or at) the first strong phrase when every word before it is capitalized or a
    // heading's small word.
    const firstStrong = signals.matches.find((m) => m.rule.strength === 'strong');
    // (Not before a credit or fine-print line: the capitalized words before it are its subject, "Jane Doe contributed to…".)
    if (firstStrong && firstStrong.start >= 2 && barEnd < 0 && firstStrong.rule.category !== 'boilerplate') {
      const opener = startsUpper(piece.segment.slice((signals.tokens[firstStrong.start] as Token).start)) ? firstStrong.start : firstStrong.start - 1;
      const at = signals.tokens[opener] as Token;
      const next = signals.tokens[opener + 1];
      if (opener >= 2 && startsUpper(piece.segment.slice(at.start, at.end)) && next && startsLower(piece.segment.slice(next.start, next.end)) && !signals.reporting) {
        const head = signals.tokens.slice(0, opener);
        const titled = head.every((t) => startsUpperOrDigit(piece.segment.slice(t.start, t.end)) || HEADING_SMALL_WORDS.has(t.word));
        const headText = piece.segment.slice(0, at.start).trim();
        // A colon may part a title from its subtitle ("Tier 3: Enterprise Project Management Software"): the title
        // without it is the plain heading.
        const plain = headText.replace(/^\d{1,2}[.)]\s+/, '').replace(TITLE_COLON(), '');
        if (titled && startsUpper(plain) && TITLE_TEXT().test(headText) && !/[.!?:]$/.test(headText) && isPlainHeading(plain, runSignals(plain, ctx.catalog))) cuts.add(start + at.start);
      }
    }
    // A button's word glued to the start of the next sentence ("Subscribe Optimizing configuration settings: …"): a
    // capitalized cue word, then a capitalized word that opens a sentence of lowercase words. After other words of an
    // appeal ("…Your email address Subscribe Officials said…") when the sentence runs on to the end of the piece.
    const lastButton = signals.cues >= 2 && SENTENCE_END.test(piece.segment.trimEnd()) ? signals.words - THRESHOLDS.minKeptWords - 1 : 0;
    // Read from the run token by token (no token objects for the whole sentence: most sentences with a cue word stop
    // at the first test; issue 9 profile, text mode).
    const own = signals.run;
    for (let k = 0; k <= lastButton && signals.cues > 0 && k + 2 < signals.words; k++) {
      if (!IMPERATIVE_PRONOUNS.has(own.word(k + 1)) && startsUpper(piece.segment.slice(own.start(k + 1), own.end(k + 1))) && startsLower(piece.segment.slice(own.start(k + 2), own.end(k + 2))) && startsUpper(piece.segment.slice(own.start(k), own.end(k))) && piece.segment.slice(own.end(k), own.start(k + 1)).trim() === '') {
        const t0: Token = { word: own.word(k), start: own.start(k), end: own.end(k), id: own.id(k) };
        if (matchPhrases(ctx.catalog, [t0]).some((m) => m.rule.strength === 'weak')) {
          cuts.add(start + own.start(k + 1));
          break;
        }
      }
      // A button of two words, the second lowercase ("Already a subscriber? Sign in We get better design when…").
      if (k + 3 < signals.words && !IMPERATIVE_PRONOUNS.has(own.word(k + 2)) && startsUpper(piece.segment.slice(own.start(k), own.end(k))) && startsUpper(piece.segment.slice(own.start(k + 2), own.end(k + 2))) && startsLower(piece.segment.slice(own.start(k + 3), own.end(k + 3))) && piece.segment.slice(own.end(k + 1), own.start(k + 2)).trim() === '') {
        const pair: Token[] = [k, k + 1].map((t) => ({ word: own.word(t), start: own.start(t), end: own.end(t), id: own.id(t) }));
        if (matchPhrases(ctx.catalog, pair).some((m) => m.rule.strength === 'weak' && m.start === 0 && m.end === 2)) {
          cuts.add(start + own.start(k + 2));
          break;
        }
      }
    }
    // An arrow ends a button ("…start your free trial → Officials said…"): what follows starts a sentence of its own,
    // after an appeal's phrase (not in a guide's "If the amount > 5000 → Send premium email").
    if (signals.matches.length > 0) {
      for (const arrow of piece.segment.matchAll(ARROW_END())) {
        const at = arrow.index as number;
        if (signals.matches.some((m) => m.rule.strength === 'strong' && (signals.tokens[m.end - 1] as Token).end <= at)) cuts.add(start + at + arrow[0].length);
      }
    }
    // The share bar is one run: no cut inside it ("Tweet | Share | Pin Email" judged apart are no share bar).
    if (barEnd >= 0) for (const cut of cuts) if (cut < barEnd) cuts.delete(cut);
    // A label or a short call glued before the article's sentence with no stop between them ("Send this story to a
    // friend Officials said…", "Hear this story read aloud Officials said…"): the first capitalized word after a
    // lowercase one where what comes before is cruft on its own and what follows is a sentence of its own.
    if (cuts.size === 0) {
      const at = gluedLabelEnd(piece.segment, signals, ctx);
      if (at > 0) cuts.add(start + at);
    }
    // A numbered teaser list glued before the article's sentence ("Trending 1 … 3 Police name suspect Officials said…").
    if (cuts.size === 0 && mayHoldNumberedTeasers(piece.segment)) {
      const at = numberedTeasersEnd(piece.segment, signals);
      if (at > 0) cuts.add(start + at);
    }
    // A row of buttons glued before the article's sentence ("…our use of cookies. Accept Reject Settings Officials
    // said…", "…Tu email Apuntarme Officials said…"): its own piece, which joins the appeal before it (judgeSentences).
    // (After the last cut too: "…Tout accepter | Tout refuser | Paramétrer Officials said…".)
    let rowEnd = -1;
    const rowFrom = cuts.size === 0 ? start : Math.max(...cuts);
    const tail = rowFrom === start ? piece.segment : text.slice(rowFrom, end);
    const rowAt = buttonRowEnd(tail, rowFrom === start ? signals : runSignals(tail, ctx.catalog));
    if (rowAt > 0) cuts.add((rowEnd = rowFrom + rowAt));
    if (cuts.size === 0) {
      spans.push({ start, end, signals });
      continue;
    }
    let from = start;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      if (cut > from && text.slice(from, cut).trim() !== '') spans.push(cut === rowEnd ? { start: from, end: cut, signals: null, row: true } : { start: from, end: cut, signals: null });
      from = cut;
    }
    spans.push({ start: from, end, signals: null });
  }
  return spans;
}

/** Words that open a clause inside a sentence (folded): a phrase after one is the clause's verb, not a label's end. */
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose', 'what', 'where', 'when', 'how', 'why', 'if']);
/** Words after which a sentence goes on (folded): a label never ends in one ("Read more about what Social Media…"). */
const CLAUSE_WORDS = new Set([...RELATIVE_WORDS, 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'most', 'more', 'than', 'as', 'like', 'about', 'from', 'into', 'by']);
/**
 * The number of words of a share bar that opens the run, glued before a sentence of at least minKeptWords words that
 * starts with a capital; 0 when there is none.
 */
function shareBarLength(signals: RunSignals): number {
  const { run } = signals;
  // Token k's own text (not the rest of the run: this runs on every sentence that opens with a share word).
  const capitalized = (k: number): boolean => startsUpper(run.text.slice(run.data[3 * k + 1] as number, run.data[3 * k + 2] as number));
  let k = 0;
  while (k < signals.words && isShareWord(run.id(k)) && capitalized(k)) k++;
  if (k < 2 || signals.words - k < THRESHOLDS.minKeptWords || !capitalized(k)) return 0;
  const barEnd = run.data[3 * k - 1] as number;
  return isShareBar(run.slice(0, barEnd) ?? scanTokens(run.text.slice(0, barEnd))) ? k : 0;
}

/** Words of an appeal's buttons that name nothing of its business (folded): a row of only these is no heading. */
const BUTTON_WORDS_LIST = ['save', 'no', 'thanks', 'thank', 'you', 'maybe', 'later', 'not', 'now', 'continue', 'close', 'dismiss', 'skip', 'ok', 'okay', 'got', 'it', 'other', 'yes', 'accept', 'decline', 'reject', 'agree', 'i', 'learn', 'more', 'info', 'details', 'settings', 'manage', 'entre', 'entrar', 'login'];
const BUTTON_WORDS = new Set(BUTTON_WORDS_LIST);
/**
 * Words of the buttons and fields under an appeal, folded, in the catalog's seven languages ("Accept Reject Settings",
 * "Email Subscribe", "Je donne", "Tu email Apuntarme", "$5 $15 Custom amount"): a row of only these glued before a
 * sentence is cut off it, and joins an appeal right before it.
 */
const ROW_WORDS = new Set([
  ...BUTTON_WORDS_LIST,
  'all', 'disagree', 'allow', 'deny', 'only', 'necessary', 'preferences', 'customize', 'customise', 'options', 'information', 'subscribe', 'sign',
  'up', 'in', 'me', 'log', 'register', 'create', 'account', 'join', 'donate', 'give', 'contribute', 'support', 'us', 'submit', 'send', 'go', 'play',
  'watch', 'listen', 'print', 'share', 'email', 'e', 'mail', 'address', 'enter', 'your', 'custom', 'amount', 'monthly', 'once', 'one', 'time', 'view',
  'see', 'offer', 'offers', 'plans', 'get', 'started', 'try', 'free', 'start', 'trial', 'upgrade', 'download', 'install', 'claim', 'unlock', 'today',
  'tip', 'here', 'subscriber', 'member', 'already', 'a', 'an', 'or', 'on', 'the', 'google', 'app', 'store',
  // de
  'akzeptieren', 'alle', 'ablehnen', 'zustimmen', 'einstellungen', 'anpassen', 'anmelden', 'abmelden', 'abonnieren', 'registrieren', 'einloggen',
  'spenden', 'unterstutzen', 'senden', 'absenden', 'weiter', 'schliessen', 'jetzt', 'mehr', 'erfahren', 'adresse', 'ihre', 'testen', 'abo',
  // an offer's button in the six other languages ("Angebot sichern", "Voir l'offre", "Bekijk aanbod")
  'angebot', 'sichern', 'offre', 'oferta', 'ofertas', 'offerta', 'aanbod', 'bekijk',
  // fr
  'accepter', 'tout', 'refuser', 'parametrer', 'parametres', 'personnaliser', 'continuer', 'fermer', 'inscrire', 's', 'je', 'm', 'connecter', 'se',
  'abonne', 'donne', 'valider', 'envoyer', 'votre', 'courriel', 'don', 'faire', 'un', 'compte', 'creer',
  // es
  'aceptar', 'rechazar', 'configurar', 'ajustes', 'suscribirse', 'suscribete', 'registrarse', 'registrate', 'iniciar', 'sesion', 'enviar', 'apuntarme',
  'colaborar', 'donar', 'tu', 'correo', 'electronico', 'ya', 'soy', 'suscriptor',
  // it
  'accetta', 'accetto', 'rifiuta', 'personalizza', 'impostazioni', 'iscriviti', 'accedi', 'registrati', 'invia', 'dona', 'sostienici', 'la', 'tua',
  'abbonati', 'chiudi',
  // pt
  'aceitar', 'recusar', 'assinar', 'cadastrar', 'inscrever', 'contribuir', 'doar', 'seu', 'sua', 'fechar', 'ja', 'sou', 'assinante',
  // nl
  'accepteren', 'weigeren', 'instellingen', 'aanmelden', 'inschrijven', 'inloggen', 'registreren', 'doneren', 'versturen', 'verzenden', 'mailadres',
  'uw', 'abonneer', 'sluiten',
]);
/** Words that open a sentence, not a row of buttons ("The EV3 is…", "In March…"). */
const ROW_NO_START = new Set(['the', 'a', 'an', 'in', 'on', 'or', 'it', 'i', 'one', 'up', 'us', 'me']);
/** Words a row of buttons never ends on: they run on into what follows ("Maybe a FitBit is…", "Enter your Email…"). */
const ROW_NO_END = new Set(['a', 'an', 'the', 'la', 'un', 'tu', 'je', 'se', 's', 'm', 'e', 'or', 'on', 'your', 'votre', 'seu', 'sua', 'ihre', 'uw', 'tua']);
/** A button row glued before a sentence is at most this many words. */
const ROW_MAX_WORDS = 6;
/** Row words that, capitalized, open a sentence rather than go on the row ("In March…", "A new…"). */
const ROW_SMALL_WORDS = new Set(['a', 'an', 'in', 'on', 'the', 'or', 'up', 'me', 'us', 'it', 'i', 'one', 'la', 'un', 'tu', 'je', 'se', 's', 'm', 'e']);

/**
 * Where a row of buttons opening the sentence ends (an offset in `text`), or -1: at most ROW_MAX_WORDS words, the
 * first capitalized or a sum, every one a ROW_WORDS word or a sum's number, then a capitalized word and a lowercase
 * one that open a sentence of at least minKeptWords words.
 */
function buttonRowEnd(text: string, signals: RunSignals): number {
  const words = signals.words;
  if (words < THRESHOLDS.minKeptWords + 1 || !SENTENCE_END.test(text.trimEnd())) return -1;
  const run = signals.run;
  const raw = (k: number): string => text.slice(run.start(k), run.end(k));
  const sum = (k: number): boolean => /^\d+$/.test(run.word(k)) && /[$€£]$/u.test(text.slice(0, run.start(k)));
  if (!(startsUpper(raw(0)) || sum(0)) || ROW_NO_START.has(run.word(0))) return -1;
  for (let k = 0; k < ROW_MAX_WORDS && k + THRESHOLDS.minKeptWords < words; k++) {
    if (!ROW_WORDS.has(run.word(k)) && !sum(k)) return -1;
    const next = k + 1;
    const gap = text.slice(run.end(k), run.start(next));
    // The same word goes on ("E-Mail", "m'abonne").
    if (/^[-'’]$/u.test(gap)) continue;
    if (!/^\s+(?:[$€£]|["“„«‘'])?$/u.test(gap)) return -1;
    // A capitalized small word opens the sentence ("In March…"); a lowercase one or a button's word goes on the row.
    const opener = raw(next);
    const goesOn = sum(next) || (ROW_WORDS.has(run.word(next)) && (!startsUpper(opener) || !ROW_SMALL_WORDS.has(run.word(next))));
    if (goesOn) continue;
    // The opener and a lowercase word after it with only a space between ("Officials said"), no phrase across the cut
    // ("All Access: the daily e-edition…").
    const opens = startsUpper(opener) && startsLower(raw(next + 1)) && /^\s+$/u.test(text.slice(run.end(next), run.start(next + 1)));
    if (opens && !/[$€£]$/u.test(gap) && !ROW_NO_END.has(run.word(k)) && !signals.matches.some((m) => m.start < next && m.end > next)) return run.start(next) - (/["“„«‘']$/u.test(gap) ? 1 : 0);
    return -1;
  }
  return -1;
}

/** A label glued before a sentence is at most this many words. */
const GLUED_LABEL_MAX_WORDS = 12;


/**
 * startsUpper(text.slice(start, end)) without the slice for an ASCII first character, told by its code (gluedLabelEnd tests up to a
 * dozen words of nearly every sentence judged: a slice and a pattern each, issue 9 profile).
 */
export function opensUpper(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  return start < end && code < 128 ? code >= 65 && code <= 90 : startsUpper(text.slice(start, end));
}

/** startsLowerOrDigit(text.slice(start, end)), the same way. */
export function opensLowerOrDigit(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  return start < end && code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : startsLowerOrDigit(text.slice(start, end));
}

/**
 * Where a label or call glued before the sentence ends (an offset in `text`), or -1: at the first capitalized word
 * after a lowercase one within GLUED_LABEL_MAX_WORDS, when the words before it are judged cruft alone and the rest is a
 * sentence of at least minKeptWords words that is not.
 */
function gluedLabelEnd(text: string, signals: RunSignals, ctx: Context): number {
  const words = signals.words;
  if (words < THRESHOLDS.minKeptWords + 2 || !SENTENCE_END.test(text.trimEnd())) return -1;
  // The run's offsets and folded words, read token by token: this runs for nearly every sentence judged, and making
  // token objects for all of its words to look at the first dozen was most of its cost (issue 9 profile, text mode).
  const run = signals.run;
  // A comma is inside a sentence ("Former President Obama, the most popular Democrat…"): no label has one.
  const comma = text.indexOf(',');
  for (let k = 2; k <= GLUED_LABEL_MAX_WORDS && k <= words - THRESHOLDS.minKeptWords; k++) {
    const wordStart = run.start(k);
    const prevStart = run.start(k - 1);
    const prevEnd = run.end(k - 1);
    if (comma >= 0 && comma < wordStart) return -1;
    if (!opensUpper(text, wordStart, run.end(k)) || !opensLowerOrDigit(text, prevStart, prevEnd)) continue;
    const prevWord = run.word(k - 1);
    // A word that runs on ("like", "to") ends no label, unless an appeal phrase ends there ("More stories you may like")
    // with no relative word before it ("Fans who follow us on Instagram have…" is one sentence).
    const ending = signals.matches.find((m) => m.end === k && m.rule.strength === 'strong');
    const phraseEnds = ending !== undefined && !Array.from({ length: ending.start }, (_, j) => run.word(j)).some((w) => RELATIVE_WORDS.has(w));
    if ((NAME_BEFORE.has(prevWord) || RUNS_ON.has(prevWord) || CLAUSE_WORDS.has(prevWord)) && !phraseEnds) continue;
    if (!/^[)\]]? ?\s$/u.test(text.slice(prevEnd, wordStart))) continue;
    const head = runSignals(text.slice(0, wordStart), ctx.catalog);
    if (!judgeRun(head)) continue;
    const rest = text.slice(wordStart);
    return judgeRun(runSignals(rest, ctx.catalog)) ? -1 : wordStart;
  }
  return -1;
}

interface Cut {
  verdict: Verdict;
  text: string;
}

export interface Judged {
  segment: Segment;
  verdict: Verdict | null;
  signals: RunSignals;
  /** Glued cruft cut from the start or end of the block, and the text that stays. */
  trim: { text: string; cuts: Cut[] } | null;
}

function remove(ctx: Context, verdict: Verdict, text: string): void {
  ctx.remove({ ruleId: verdict.ruleId, category: verdict.category, reason: verdict.reason, stage: 'classify', text });
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;
const SENTENCE_END = /[.!?…:;"”’»)\]]$/u;
/** A call that ends on "to" and one verb, with no stop: its sentence runs on past the cut (English; other languages inflect). */
const RUNS_ON_CALL = lazy(() => new RegExp(String.raw`\bto\s+\p{Ll}+$`, 'u'));
/** Words that make a short lead-in question about the publication itself ("Enjoyed this story?"). */
const LEAD_IN_WORDS = new Set([
  'story', 'stories', 'article', 'articles', 'journalism', 'reporting', 'newsletter', 'coverage', 'content', 'read', 'reading', 'news', 'inbox', 'updates',
  // de, fr, es, it, pt, nl (folded)
  'artikel', 'beitrag', 'bericht', 'lesen', 'nachrichten', 'lire', 'actualite', 'articulo', 'noticia', 'noticias', 'leer', 'articolo', 'notizia',
  'notizie', 'leggere', 'artigo', 'reportagem', 'materia', 'ler', 'nieuws', 'lezen',
  // greetings that open an appeal ("Hi! To read this story, please sign in…")
  'hi', 'hello', 'hey', 'hallo', 'bonjour', 'salut', 'hola', 'ciao', 'ola', 'hoi',
]);

/**
 * First words (folded) of an English question that drops its "you" ("Want more stories like this?", "Found this
 * useful?", "Prefer to listen?"): it asks the reader as "Do you…?" would. The other catalog languages keep the pronoun.
 */
const ELLIPTIC_OPENERS = new Set(
  ['want', 'wanna', 'like', 'liked', 'love', 'loved', 'enjoy', 'enjoyed', 'enjoying', 'found', 'find', 'prefer', 'need', 'looking', 'interested', 'curious', 'appreciate', 'appreciated', 'value', 'valued', 'fancy', 'missed', 'got', 'have', 'know'].map(internWord),
);

/** A question this short is a teaser's hook whatever it says (isLeadIn). */
const LEAD_IN_HOOK_WORDS = 2;

/** A short question or exclamation that introduces glued cruft next to it. */
function isLeadIn(piece: string, signals: RunSignals): boolean {
  if (!/[?!]$/.test(piece) || wordCount(piece) > THRESHOLDS.leadInMaxWords) return false;
  // A question of two words is a teaser's hook whatever it says ("Love food?", "Sound familiar?"); "Good luck!" is not.
  if (signals.words <= LEAD_IN_HOOK_WORDS && piece.endsWith('?') && !signals.reporting) return true;
  if (piece.endsWith('?') && !signals.reporting && ELLIPTIC_OPENERS.has(signals.run.id(0))) return true;
  return signals.matches.length > 0 || (signals.address > 0 && !closingExclamation(piece, signals)) || signals.tokens.some((t) => LEAD_IN_WORDS.has(t.word));
}

/**
 * An exclamation with no appeal words and no lead-in words, however it speaks to the reader or for the writer: the
 * article's closing line ("I hope this was handy for you!", "We're still learning and experimenting!"), not an appeal's.
 */
function closingExclamation(piece: string, signals: RunSignals): boolean {
  return piece.endsWith('!') && signals.cues === 0 && signals.matches.length === 0 && !signals.tokens.some((t) => LEAD_IN_WORDS.has(t.word));
}

/** Closers of appeals that carry no cue word. */
const CLOSERS = new Set(['thank you', 'thanks', 'thanks for reading', 'thank you for reading', 'danke', 'vielen dank', 'merci', 'gracias', 'obrigado', 'obrigada', 'grazie', 'bedankt', 'dank je', 'welcome back', 'willkommen zuruck', 'bon retour', 'bienvenido de nuevo', 'bentornato', 'welkom terug', 'join them', 'join us', 'join them today', 'join us today', 'make it happen', 'be one of them', 'become one of them']);

/** "Free" (folded), the last word of an appeal's short reassurance ("It's free.", "Es ist kostenlos."). */
const FREE = new Set(['free', 'kostenlos', 'gratis', 'gratuit', 'gratuite', 'gratuito', 'gratuita', 'gratuitamente'].map(internWord));

/**
 * A short line ending in "free" ("It's free."), or a sentence opening with it ("Free, every Tuesday."), between an appeal's parts: it joins and passes the appeal on. (Not a
 * short line with a sum: guides glue "Pricing: Typically $1,000+." to their paragraphs; nor a label with no stop.)
 */
const isFreeLine = (signals: RunSignals): boolean =>
  signals.words <= THRESHOLDS.joinShortWords && !signals.reporting && (FREE.has(signals.run.id(signals.words - 1)) || (FREE.has(signals.run.id(0)) && SENTENCE_END.test(signals.run.text.trimEnd())));

/**
 * A name of two to four capitalized words and a colon opening a line, its pitch in lowercase ("The Morning Brief: the
 * news you need…"); not a label before a sentence ("Hot Deal: One of the first questions you might have…").
 */
const NAMED_PITCH = lazy(() => new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}'’&-]*\s+){1,3}\p{Lu}[\p{L}\p{N}'’&-]*:\s+\p{Ll}`, 'u'));

/** A domain after an "@": an email address in a line (hasEmailAddress). */
const AFTER_AT = /^[\w-]+\.[a-z]{2,}/i;
const hasEmailAddress = (text: string): boolean => {
  const at = text.indexOf('@');
  return at > 0 && /\w/.test(text.charAt(at - 1)) && AFTER_AT.test(text.slice(at + 1));
};

/** First words of a thank-you (folded): "Thanks for reading to the end." */
const THANKS = new Set(['thanks', 'thank', 'danke', 'merci', 'gracias', 'obrigado', 'obrigada', 'grazie', 'bedankt'].map(internWord));

const hasAppealWords = (signals: RunSignals): boolean => signals.cues > 0 || signals.matches.length > 0;

/** The run has a word of the publisher's voice ("we", "our"): more address words than second-person ones. */
const speaksAsPublisher = (signals: RunSignals): boolean => signals.address > signals.second;

/** The run says "you", or its reader-address and publisher words reach the address share. */
const speaksToReader = (signals: RunSignals): boolean => signals.second > 0 || signals.address >= THRESHOLDS.addressShare;

/**
 * A sentence that belongs with a cruft sentence next to it: part of the same appeal, not article text. (judgeSentences
 * also lets in one that speaksForPublisher, computed once per piece.)
 */
function joinsAppeal(signals: RunSignals): boolean {
  const words = signals.words;
  if (words === 0 || signals.reporting) return false;
  const addressed = speaksToReader(signals);
  // A phrase of one word joins only a short line: "…and share options for every budget." is the article's.
  if (signals.matches.some((m) => m.end - m.start >= 2 || words <= THRESHOLDS.shortWords) && words <= THRESHOLDS.joinMaxWords) return true;
  if (signals.cues > 0 && words <= THRESHOLDS.joinMaxWords && (addressed || words <= THRESHOLDS.cueShortWords)) return true;
  if (words <= THRESHOLDS.joinShortWords && (addressed || CLOSERS.has(signals.tokens.map((t) => t.word).join(' ')))) return true;
  if (isFreeLine(signals)) return true;
  // A product's name and its pitch to the reader: "The Morning Brief: the news you need in five minutes."
  if (words <= THRESHOLDS.publisherJoinWords && signals.second > 0 && NAMED_PITCH().test(signals.run.text)) return true;
  // Where to write to: "Send it to tips@example.com."
  if (words <= THRESHOLDS.shapeShortWords && hasEmailAddress(signals.run.text)) return true;
  // "Thanks for reading to the end.": a short thank-you opens or closes an appeal.
  return words <= THRESHOLDS.leadInMaxWords && THANKS.has(signals.run.id(0));
}

/**
 * A sentence in the publisher's voice about its own business, reporting no one: part of an appeal next to it, and it
 * passes the appeal on ("Our reporters spent six months on this investigation.", "If everyone who read it gave just $5,
 * we could fund the next one."). A sum alone is not enough: "we've hand-picked the best machines under $500". Nor is
 * a sentence that only opens with a call to action: how-to pages glue "Join local networking groups." to a paragraph.
 */
function speaksForPublisher(signals: RunSignals): boolean {
  if (signals.reporting || signals.words > THRESHOLDS.publisherJoinWords || (!signals.shapeWords && signals.cues === 0)) return false;
  const shape = appealShape(signals.run);
  return shape.self && ((shape.media > 0 && shape.category !== 'related') || signals.cues > 0);
}

/**
 * True when the sentences without a verdict speak for the publisher ("we", "our") about its own business ("the story",
 * "journalism") and report no one: an appeal's body, not a company blog's "we offer our clients…".
 */
function publisherMiddle(verdicts: readonly (Verdict | null)[], pieceSignals: readonly RunSignals[]): boolean {
  let self = false;
  let media = false;
  for (let i = 0; i < verdicts.length; i++) {
    if (verdicts[i]) continue;
    const piece = pieceSignals[i] as RunSignals;
    if (piece.reporting) return false;
    const shape = appealShape(piece.run);
    self ||= shape.self;
    media ||= shape.media > 0;
  }
  return self && media;
}

/** A box read as one paragraph (classify) holds at most this many words, in at most this many blocks. */
const BOX_AS_ONE_MAX_WORDS = 60;
const BOX_AS_ONE_MAX_BLOCKS = 4;

/**
 * An inset (Segment.inset: a box set into the article's text) of at most this many words is one thing: a pull quote,
 * a fact box, an appeal. (The appeals set mid-article in appeals-html-dev are 13 to 45 words with their buttons.)
 */
const INSET_MAX_WORDS = 60;
/** The appeals' categories: a label cut off a box's text ("See also", "Related:") leaves the box's own text. */
const APPEALS = new Set<Category>(['donation', 'paywall', 'newsletter', 'subscription']);
/** A button's label (four words at most, no stop) glued after the inset's last sentence ("…for everybody. Pitch in"). */
const BUTTON_TAIL = lazy(() => new RegExp(String.raw`[.!?]["”’)]?\s+\p{Lu}[^.!?:;,"“”()]{0,40}$`, 'u'));

/**
 * Appeal boxes set into the article's text (Segment.inset), made of paragraphs and headings (a box with a list or a
 * table is another widget) and short. The article's own paragraphs are the inset's siblings, not in it, so:
 * - when a sentence of the inset was cut as an appeal, the rest of it is the rest of the appeal, not article text glued
 *   to it ("Our year-end drive ends Friday." went; "Gifts made now will be matched dollar for dollar. Double my gift"
 *   is the same box's);
 * - an inset no rule judged whose text is one paragraph about the publication ("these articles", "this analysis"),
 *   reporting or quoting no one, is an appeal when it ends in a button (a label glued after its last sentence or a
 *   link of its own under it: "…Please consider pitching in. Pitch in") and addresses the reader, names a price or has
 *   an appeal word, or when it calls the reader to act with an appeal word ("Consider chipping in this month."). The
 *   article's own boxes (an editor's note, a pull quote) call no one; a product card holds more than one paragraph.
 */
function cutInsets(judged: readonly Judged[]): void {
  for (const members of groupJudged(judged, (j) => j.segment.inset).values()) {
    if (members.some((m) => m.segment.type === 'list' || m.segment.type === 'table') || members.reduce((n, m) => n + m.signals.words, 0) > INSET_MAX_WORDS) continue;
    const verdict = members.find((m) => m.segment.type === 'paragraph')?.trim?.cuts.find((c) => APPEALS.has(c.verdict.category))?.verdict ?? insetAppeal(members);
    if (verdict) spreadVerdict(members, verdict, 'in an inset');
  }
}

/** The judged blocks grouped by `keyOf` (a box, an inset), in document order; a block whose key is undefined is in no group. */
function groupJudged(judged: readonly Judged[], keyOf: (j: Judged) => number | undefined): Map<number, Judged[]> {
  const groups = new Map<number, Judged[]>();
  for (const j of judged) {
    const key = keyOf(j);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(j);
    else groups.set(key, [j]);
  }
  return groups;
}

/** Every member of a box or inset not judged yet goes with `verdict`, its reason led by `why`. */
function spreadVerdict(members: readonly Judged[], verdict: Verdict, why: string): void {
  for (const m of members) {
    if (m.verdict) continue;
    m.verdict = { ...verdict, reason: `${why}: ${verdict.reason}` };
    m.trim = null;
  }
}

/** The inset's verdict as an appeal no rule judged (cutInsets), or null. */
function insetAppeal(members: readonly Judged[]): Verdict | null {
  const last = members[members.length - 1] as Judged;
  // A button of its own: a short link under the text ("Subscribe", "Sign up").
  const button = members.length > 1 && last.signals.words <= 4 && last.segment.linkDensity >= 0.5;
  const prose = members.filter((m) => m.segment.type === 'paragraph' && !m.verdict && !(button && m === last));
  const signals = prose[0]?.signals;
  if (prose.length !== 1 || !signals || signals.reporting || !signals.shapeWords || members.some((m) => m.trim)) return null;
  const appealWords = signals.cues > 0 || signals.matches.length > 0;
  const shape = appealShape(signals.run);
  const tail = BUTTON_TAIL().exec(signals.run.text.trimEnd())?.[0];
  if (button || (tail && wordCount(tail) <= 5) ? !(signals.address > 0 || signals.price || appealWords) : !(shape.imperative && appealWords)) return null;
  const category = signals.category ?? signals.cueRule?.category ?? shape.category ?? (signals.price ? 'subscription' : null);
  // Widget chrome ("Download the PDF to print your own checklist!" over its link) is the article's own box.
  return category && category !== 'chrome' ? { ruleId: `${category}.inset`, category, reason: 'shaped like an appeal' } : null;
}

/** A heading this short that speaks to the reader or for the publisher heads the appeal under it in its box. */
const BOX_HEADING_MAX_WORDS = 12;

/**
 * A box whose appeal no phrase names (caught by cue words or its shape) takes its heading with it when the heading
 * speaks to the reader, for the publisher or with appeal words ("You've hit your limit of free stories.").
 */
function boxHeading(members: readonly Judged[]): void {
  const appeal = members.find((m) => m.verdict && m.verdict.category !== 'related' && m.segment.type === 'paragraph');
  if (!appeal?.verdict) return;
  for (const m of members) {
    if (m.verdict || m.segment.type !== 'heading' || m.signals.words > BOX_HEADING_MAX_WORDS || m.signals.reporting) continue;
    if (m.signals.cues > 0 || m.signals.second > 0 || appealShape(m.signals.run).self) {
      m.verdict = { ...appeal.verdict, reason: `the heading of: ${appeal.verdict.reason}` };
      m.trim = null;
    }
  }
}

/** True when a sentence with a verdict sits between two without one. */
function cruftBetween(verdicts: readonly (Verdict | null)[]): boolean {
  const first = verdicts.findIndex((v) => v === null);
  const last = verdicts.findLastIndex((v) => v === null);
  for (let i = first + 1; i < last; i++) if (verdicts[i]) return true;
  return false;
}

/**
 * Judges a multi-sentence paragraph sentence by sentence: cruft through most of it removes it whole;
 * cruft only at its start or end is cut off (glued appeals); cruft in its middle stays (news quoting an appeal).
 */
/** What PRICE (signals.ts) cannot match without: a currency sign or the start of a currency's word, with its flags. */
const PRICE_MARKS = /[$€£¥]|eur|usd|dollar|pound/i;
/** What LIKE_HEADING cannot match without (besides HAS_YOU), with its flags. */
const LIKE_WORDS = /like|enjoy/iu;
/**
 * What mayJudgeBySentence reads of a token, as bits by vocabulary id (one array read per token; Set look-ups per token
 * cost more than the sentences they spared): a word that alone may make a verdict (a one-word teaser or ad label, a
 * follow verb), the first word of a two-word label (TEASER_LABEL_PAIRS, AD_LINES), a share-bar word.
 */
const LONE_LABEL = 1;
const PAIR_FIRST = 2;
const SHARE_NETWORK = 4;
const PRETEST_BITS = (() => {
  const listed: Array<[number, number]> = [];
  for (const id of [...TEASER_LABELS, ...AD_LABELS, ...FOLLOW_IDS]) listed.push([id, LONE_LABEL]);
  for (const pair of [...TEASER_LABEL_PAIRS, ...AD_LINES]) listed.push([Number(pair.split(' ')[0]), PAIR_FIRST]);
  for (const id of SHARE_NETWORK_IDS) listed.push([id, SHARE_NETWORK]);
  const bits = new Uint8Array(Math.max(...listed.map(([id]) => id)) + 1);
  for (const [id, bit] of listed) bits[id] = (bits[id] as number) | bit;
  return bits;
})();
/** Bits of the single-digit tokens a numbered teaser list needs (" 1 ", " 2 ", " 3 ": numberedTeasersHead). */
const DIGIT_ONE = 1;
const DIGIT_TWO = 2;
const DIGIT_THREE = 4;

/**
 * Whether judgeSentences may find a verdict in a paragraph: false only when none of its sentences, pairs or runs of
 * sentences can get one, so that it would answer null or no verdict and no trim (issue 9 profile, text mode: 9,048
 * text-dev paragraphs were judged sentence by sentence, 350 with a verdict; most were let in by one cue word).
 *
 * Every run judgeSentences judges (a sentence, a part of one cut by splitSentences, two or more of them joined by a
 * space) is a range of the paragraph's tokens: sentences and cuts start at a token's start or after a character that
 * is no letter or digit, so no token crosses them, and a token is folded and looked up by itself. Phrase matching is
 * context-free but for a `#` number's thousands group ("80,000"), which reads the characters between two of the run's
 * tokens (a space where two pieces are joined: no thousands separator). So a run's phrase matches are the paragraph's
 * that lie in it, its cue words a subset of the paragraph's, and its appeal shape's words (business words, "this
 * story", "your help", plea nouns) the paragraph's. Each test below rules out every path to a verdict it names:
 *
 * - no strong phrase and at most one cue word: judgeRun's phrase paths, and judgeCues's cue verdict (it needs two or more);
 * - no plea noun: judgeShape's publisher-and-reader plea; no imperative anywhere (mayHoldImperative), or else no
 *   currency mark (PRICE, and PER_PERIOD tested only with it) and no business word, or one business word without the
 *   publisher's voice ("we", "this story") and in no short call (mayHoldShortCall): its shaped calls and pay buttons
 *   (each needs the publisher's voice, two business words, a price, a call of at most three words or a call verb that
 *   names the business);
 * - no business word, or no "we" or "this story", or no "?": leadInOffer (a question, then the publisher's offer, its
 *   category from those words);
 * - no word pitchOf needs and no combining mark (mayHoldAnyPitch): judgeShape's pitch;
 * - no teaser label opening a label (TEASER_LABELS, TEASER_LABEL_PAIRS): isLabelledHeadline without a phrase;
 * - not all of the tokens "1", "2", "3": isNumberedTeasers (" 1 " in a run is such a token of the paragraph);
 * - no ad label word or two-word ad line, no follow verb, not "you" with "like" or "enjoy", under two share-bar words:
 *   judgeRun's ad labels, follow lines and like headings, and isShareBar.
 *
 * judgeText then answers null for every run, so do pairVerdict and endRun (judgeText of joined pieces), and
 * judgeSentences finds no verdict. When it would answer null (one sentence), classify judges the block whole: also no
 * verdict under these tests (the block is a range of itself), nor MARKUP_ONLY, nor a hint when it has none.
 * test/classify-pretest.test.ts checks the claim on crafted paragraphs and on every paragraph of the dev corpora.
 */
export function mayJudgeBySentence(text: string, signals: RunSignals): boolean {
  if (signals.matches.length > 0 || signals.cues > 1) return true;
  const { run } = signals;
  // The shape first (what lets most paragraphs in), read (its words counted) only when an imperative or a "?" may make
  // one of its words count.
  const imperative = mayHoldImperative(run);
  const question = text.includes('?');
  if (imperative || question) {
    const shape = appealShape(run);
    if (shape.pleaNoun) return true;
    // A lead-in question before the publisher's offer: a "?" and the publisher's voice with a business word.
    if (question && shape.self && shape.media > 0) return true;
    // Without an imperative judgeShape has no shaped call and no pay button; with one, a price, or a business word in
    // the publisher's voice, or two of them, or one in a short call.
    if (imperative && (PRICE_MARKS.test(text) || (shape.media > 0 && (shape.self || shape.media > 1 || mayHoldShortCall(run))))) return true;
  } else if (holdsPleaNoun(run)) return true;
  const { data, count } = run;
  let digits = 0;
  let networks = 0;
  for (let i = 0; i < count; i++) {
    const id = data[3 * i] as number;
    const bits = id >= 0 && id < PRETEST_BITS.length ? (PRETEST_BITS[id] as number) : 0;
    if (bits !== 0) {
      if ((bits & LONE_LABEL) !== 0) return true;
      if ((bits & PAIR_FIRST) !== 0 && i + 1 < count) {
        const pair = `${id} ${data[3 * i + 3] as number}`;
        if (TEASER_LABEL_PAIRS.has(pair) || AD_LINES.has(pair)) return true;
      }
      if ((bits & SHARE_NETWORK) !== 0 && ++networks >= 2) return true;
    }
    const start = data[3 * i + 1] as number;
    if ((data[3 * i + 2] as number) - start === 1) {
      const code = text.charCodeAt(start);
      if (code === 49) digits |= DIGIT_ONE;
      else if (code === 50) digits |= DIGIT_TWO;
      else if (code === 51) digits |= DIGIT_THREE;
    }
  }
  if (digits === (DIGIT_ONE | DIGIT_TWO | DIGIT_THREE)) return true;
  return (HAS_YOU.test(text) && LIKE_WORDS.test(text)) || MARKUP_ONLY.test(text) || mayHoldAnyPitch(run);
}

/** Judges a paragraph sentence by sentence (exported for mayJudgeBySentence's test). */
export function judgeSentences(segment: Segment, signals: RunSignals, ctx: Context, segmenter: Intl.Segmenter, readerProse: boolean, topic: Topic): Pick<Judged, 'verdict' | 'trim'> | null {
  const text = segment.text;
  const spans = splitSentences(text, segmenter, ctx, signals.run);
  if (spans.length < 2) return null;
  const pieces = spans.map((span) => text.slice(span.start, span.end).trim());
  const pieceSignals = pieces.map((piece, i) => spans[i]?.signals ?? runSignals(piece, ctx.catalog));
  const raw = pieceSignals.map((s, i) => (isShareBar(s.run) ? SHARE_BAR_VERDICT : judgeText(pieces[i] as string, s, readerProse)));
  // A sentence about the article's subject that does not speak for the publisher ("we", "our"), computed once when
  // asked: a weak verdict on it goes, it is judged with no neighbor, and it joins no appeal. Text mode only: in HTML an
  // appeal has its own element, and one that names the page's subject is the site's own box ("Get our best recipes…").
  const topical: Array<boolean | undefined> = [];
  const onTopic = (i: number): boolean => (topical[i] ??= segment.el === undefined && !speaksAsPublisher(pieceSignals[i] as RunSignals) && topic.shared(pieceSignals[i] as RunSignals, signals, THRESHOLDS.topicParagraphs) >= THRESHOLDS.topicWords);
  // A sentence whose object the paragraph goes on to name (capitalized words past its first phrase that a later sentence
  // of the article, one that would join no appeal, names too: "Sign up for 4 months of Amazon Music Unlimited for just
  // $1. … Amazon Music Unlimited works like the paid versions of…") is the article describing that thing, whatever its
  // phrases cover: an appeal names its own publication, not what the paragraph goes on about. (Names only before it do
  // not count: a credit line "…produced by The Hechinger Report. Sign up for other Hechinger newsletters.")
  const namedLater = (i: number): boolean => {
    const s = pieceSignals[i] as RunSignals;
    if (segment.el !== undefined || s.reporting || !/[.!?]$/.test(pieces[i] as string) || speaksAsPublisher(s)) return false;
    const piece = pieces[i] as string;
    // Past the sentence's first phrase: its object, not a heading glued before it ("Short Term Check-ups for Your Vehicle
    // You've read 3 of 4 free articles…").
    const names = new Set<string>();
    for (let k = Math.max(1, s.matches[0]?.end ?? 1); k < s.words; k++) {
      if (startsUpper(piece.slice(s.run.start(k), s.run.end(k))) && isNameWord(s.run.word(k))) names.add(s.run.word(k));
    }
    if (names.size < THRESHOLDS.topicWords) return false;
    for (let j = i + 1; j < pieces.length; j++) {
      const later = pieceSignals[j] as RunSignals;
      if (raw[j] !== null || speaksAsPublisher(later) || joinsAppeal(later)) continue;
      const found = new Set<string>();
      for (let k = 0; k < later.words; k++) if (names.has(later.run.word(k))) found.add(later.run.word(k));
      if (found.size >= THRESHOLDS.topicWords) return true;
    }
    return false;
  };
  // A comments prompt in the first person singular closing a paragraph that speaks so throughout ("I wrote down every
  // failure… If I got something wrong, please leave a comment!") is the author's own invitation, part of the post; a
  // publisher's prompt glued to the article is not in the voice of the article's sentences. (Text mode.)
  const authorsOwn = (i: number): boolean => {
    if (segment.el !== undefined || !firstSingular(pieceSignals[i] as RunSignals)) return false;
    let others = 0;
    for (let j = 0; j < pieces.length; j++) if (j !== i && raw[j] === null && firstSingular(pieceSignals[j] as RunSignals)) others++;
    return others >= AUTHOR_VOICE_SENTENCES;
  };
  const cleared = raw.map((verdict, i) => {
    const s = pieceSignals[i] as RunSignals;
    if (verdict === null || verdict === SHARE_BAR_VERDICT) return false;
    return (s.strongPhrases <= 1 && s.coverage < THRESHOLDS.appealCoverage && onTopic(i)) || (verdict.category !== 'related' && namedLater(i)) || (verdict.category === 'comments' && authorsOwn(i));
  });
  cleared.forEach((clear, i) => {
    if (clear) raw[i] = null;
  });
  // Two neighbouring sentences without a verdict, at most PAIR_MAX_WORDS words together, are judged as one: an appeal
  // together though neither is alone ("Nonprofit news isn't free. Our reporters depend on your generosity."), or a
  // lead-in question and the publisher offering its own product ("Want more stories about science? Our Lab Notes
  // newsletter arrives every Tuesday.").
  const pairVerdict = (i: number, a: RunSignals, b: RunSignals): Verdict | null => {
    if (a.reporting || b.reporting) return null;
    // Two questions are the article asking ("So why did no trial convert? Why could we not sell it?").
    if ((pieces[i] as string).endsWith('?') && (pieces[i + 1] as string).endsWith('?')) return null;
    const pair = `${pieces[i] as string} ${pieces[i + 1] as string}`;
    if (a.cues + b.cues < 2) {
      // Without appeal words, only a plea for donations shaped as one: the publisher about its newsroom and a call
      // ("We are a team of 12 reporters covering a state of 6 million people. Help us hire the 13th.").
      if (readerProse || (!a.shapeWords && !b.shapeWords)) return null;
      const shaped = judgeShape(runSignals(pair, ctx.catalog));
      return shaped?.category === 'donation' ? { ...shaped, reason: `two sentences together: ${shaped.reason}` } : null;
    }
    const verdict = judgeText(pair, runSignals(pair, ctx.catalog), readerProse);
    // Only a plea for the publication's revenue: apps, downloads and stores are what tech pages are about.
    return verdict && READER_REVENUE.has(verdict.category) ? { ...verdict, reason: `two sentences together: ${verdict.reason}` } : null;
  };
  const leadInOffer = (i: number, a: RunSignals, b: RunSignals): Verdict | null => {
    // Not a bare "Why?": the question says what it leads in to.
    if (readerProse || !(pieces[i] as string).endsWith('?') || a.words <= LEAD_IN_HOOK_WORDS || !isLeadIn(pieces[i] as string, a) || !speaksForPublisher(b)) return null;
    const { category } = appealShape(b.run);
    return category && READER_REVENUE.has(category) ? { ruleId: `${category}.shape`, category, reason: 'a lead-in question and the publisher offering its own product' } : null;
  };
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (raw[i] || raw[i + 1] || cleared[i] || cleared[i + 1]) continue;
    const a = pieceSignals[i] as RunSignals;
    const b = pieceSignals[i + 1] as RunSignals;
    if (a.words + b.words > PAIR_MAX_WORDS) continue;
    const verdict = pairVerdict(i, a, b) ?? leadInOffer(i, a, b);
    if (verdict) raw[i] = raw[i + 1] = verdict;
  }
  // Sentences at the block's start or end that are an appeal only together, judged as one from the outermost pair
  // inwards (the shortest run that is one wins): each short, to the reader, with appeal words or a button row, none
  // reporting ("This website stores cookies… You can change your mind at any time. Accept Reject Settings").
  if (!readerProse && !raw.some((v) => v !== null) && !cleared.includes(true)) endRun(pieces, pieceSignals, raw, ctx);
  const verdicts = raw.map((verdict) => (verdict && !ctx.options.keep.has(verdict.category) ? verdict : null));
  // A title-case heading of the article between appeals or next to one joins none of them (computed once, when asked).
  const titles: Array<boolean | undefined> = [];
  const titleAt = (i: number): boolean => (titles[i] ??= raw[i] === null && isGluedTitle(pieces[i] as string, pieceSignals[i] as RunSignals));
  // Every step below passes on a verdict a piece already has: without one, the paragraph stays whole (most do; issue 9
  // profile: counting their words and the steps' checks for nothing were a twentieth of text mode's classify).
  if (!verdicts.some((verdict) => verdict !== null)) return { verdict: null, trim: null };
  // A sentence of a category the caller keeps never joins a neighbor's verdict.
  // A lead-in question ("Enjoying this article?") joins the appeal it introduces, wherever the appeal sits.
  // Whether a piece speaks for the publisher, computed once (it reads the piece's shape): it joins and carries on.
  const speaks: Array<boolean | undefined> = [];
  const speaksAt = (i: number): boolean => (speaks[i] ??= speaksForPublisher(pieceSignals[i] as RunSignals));
  // The article's own aside pointing to further reading ("(Read more about … in a recent blog post.)") joins nothing.
  const reference = (i: number): boolean => PARENTHETICAL.test(pieces[i] as string) && isReferenceSentence(pieces[i] as string, pieceSignals[i] as RunSignals);
  const joinable = (i: number): boolean =>
    raw[i] === null && (joinsAppeal(pieceSignals[i] as RunSignals) || isLeadIn(pieces[i] as string, pieceSignals[i] as RunSignals) || speaksAt(i) || mottoLead(i)) && !reference(i) && !onTopic(i);
  // The block's first sentence, a short general claim about the publication's business with no one and nothing named
  // in it, heads the plea for its revenue that follows ("Here's the thing: advertising no longer pays for local
  // reporting. … Become a member today.").
  const mottoLead = (i: number): boolean => {
    const after = verdicts[i + 1];
    return i === 0 && !readerProse && after !== null && after !== undefined && READER_REVENUE.has(after.category) && isMotto(pieces[i] as string, pieceSignals[i] as RunSignals);
  };
  // Sentences of the same appeal next to a cruft sentence join it, one pass each way: a joined sentence passes
  // the verdict on only when it carries a cue itself (a chain of appeal words, not of any short sentence).
  const carries = verdicts.map((v) => v !== null);
  const carriesOn = (i: number): boolean => {
    const piece = pieceSignals[i] as RunSignals;
    return hasAppealWords(piece) || isLeadIn(pieces[i] as string, piece) || speaksAt(i) || isFreeLine(piece);
  };
  // A question after an appeal asks of what follows it (the article's "What is your favorite…?"), unless it has
  // appeal words itself or closes the appeal ("…500 new supporters by Friday. Will you be one of them?").
  // A call that runs on ("Sign up for") and the name and pitch of its object ("Morning Edition: a quick look at…").
  const objectOfCall = (i: number): boolean => {
    const prev = pieceSignals[i - 1] as RunSignals;
    return prev.words > 0 && RUNS_ON.has((prev.tokens[prev.words - 1] as Token).word) && NAMED_PITCH().test(pieces[i] as string) && (pieceSignals[i] as RunSignals).words <= THRESHOLDS.publisherJoinWords;
  };
  // A short call with appeal words after a question ("…subscribers only. Already paying? | Sign in here."): the
  // question asks of it, not of the article.
  const callAfter = (i: number): boolean => {
    const next = pieceSignals[i + 1] as RunSignals;
    return hasAppealWords(next) && next.words <= THRESHOLDS.shapeShortWords && joinsAppeal(next);
  };
  const joinsBefore = (i: number): boolean =>
    raw[i] === null &&
    !reference(i) &&
    !onTopic(i) &&
    (joinsAppeal(pieceSignals[i] as RunSignals) ||
      objectOfCall(i) ||
      speaksAt(i) ||
      ((i === pieces.length - 1 || raw[i + 1] !== null || hasAppealWords(pieceSignals[i] as RunSignals) || callAfter(i)) && isLeadIn(pieces[i] as string, pieceSignals[i] as RunSignals)));
  // A short sentence with a sum next to an offer or a plea is its price ("Digital access for $1 for 6 months."), on a
  // page not written to the reader (reviews and guides price what they discuss: "The router starts at $170.").
  const priceOf = (i: number, verdict: Verdict): boolean => {
    const piece = pieceSignals[i] as RunSignals;
    return !readerProse && raw[i] === null && PAY_CATEGORIES.has(verdict.category) && piece.words <= THRESHOLDS.cueShortWords && !piece.reporting && piece.price;
  };
  for (let i = 1; i < pieces.length; i++) {
    const before = verdicts[i - 1];
    if (verdicts[i] || !before || !carries[i - 1]) continue;
    // A row of buttons cut off the sentence after it (splitSentences) is the appeal's ("…Accept Reject Settings").
    if (raw[i] === null && spans[i]?.row === true) {
      verdicts[i] = { ...before, reason: `the button row of: ${before.reason}` };
      carries[i] = false;
      continue;
    }
    if (titleAt(i)) continue;
    const price = priceOf(i, before);
    if (joinsBefore(i) || price) {
      verdicts[i] = { ...before, reason: `next to: ${before.reason}` };
      // An offer's prices pass it on to the next price ("…for $1 for 6 months. Renews at $12 a month.").
      carries[i] = carriesOn(i) || price;
    }
  }
  for (let i = pieces.length - 2; i >= 0; i--) {
    const after = verdicts[i + 1];
    if (verdicts[i] || !after || titleAt(i)) continue;
    // Short lines of a plea lead in to its call for donations, on a page not written to the reader, whatever the
    // sentence after them joined by. (Not before a paywall: "Hey, at least we're getting there." was an article's.)
    const plea = !readerProse && raw[i] === null && after.category === 'donation' && isPleaLine(pieces[i] as string, pieceSignals[i] as RunSignals);
    // A short call opening the block right before an appeal for money or sign-ups is its opening line ("Keep up with
    // the city council. Our civic newsletter explains every vote…"), on a page not written to the reader: how-to pages
    // are made of such calls. Only the block's first: after an article's sentence it is the article's ("…approved it
    // by a narrow vote. Join local networking groups. Want more stories like this…?").
    const callLead = i === 0 && !readerProse && raw[i] === null && carries[i + 1] === true && LEAD_CATEGORIES.has(after.category) && isCallLead(pieces[i] as string, pieceSignals[i] as RunSignals);
    // A lead-in question opening the block introduces the appeal after it, however that appeal's lines joined
    // ("Like what you read? Our Sunday letter has more. Subscribe The council…").
    const leadQuestion = i === 0 && raw[0] === null && (pieces[0] as string).endsWith('?') && isLeadIn(pieces[0] as string, pieceSignals[0] as RunSignals);
    // A word or two opening the block, cut off a call that starts with a capital on the same line ("Jetzt |
    // Newsletter abonnieren…"), is that call's (one on a line of its own is a heading).
    const leadFragment =
      i === 0 && raw[0] === null && (pieceSignals[0] as RunSignals).words <= LEAD_FRAGMENT_WORDS && !SENTENCE_END.test(pieces[0] as string) && !(pieceSignals[0] as RunSignals).reporting && !text.slice(0, (spans[1] as { start: number }).start).includes('\n');
    if (leadFragment) {
      verdicts[0] = { ...after, reason: `next to: ${after.reason}` };
      continue;
    }
    if (!carries[i + 1] && !plea && !leadQuestion) continue;
    const price = priceOf(i, after);
    if (joinable(i) || price || plea || callLead) {
      verdicts[i] = { ...after, reason: `next to: ${after.reason}` };
      carries[i] = carriesOn(i) || price || plea;
    }
  }
  // A few words between two cruft pieces belong to them ("Already have an account? Log in here. New here? Register…"),
  // and so does a sentence with appeal words between two pieces of one appeal ("…the reporting you just read? Most
  // readers don't, which is why the few who do matter so much. Give once or monthly.").
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieceSignals[i] as RunSignals;
    const before = verdicts[i - 1];
    const after = verdicts[i + 1];
    if (verdicts[i] || !before || !after || piece.reporting || titleAt(i)) continue;
    const short = piece.words <= THRESHOLDS.joinShortWords;
    // …or that speaks to the reader or for the publisher ("…Reader-funded. That is how we want to stay. Can we count on you?").
    const addressed = speaksToReader(piece);
    const sameAppeal = before.category === after.category && piece.words <= THRESHOLDS.joinMaxWords && (hasAppealWords(piece) || (addressed && piece.words <= THRESHOLDS.cueShortWords));
    if (short || sameAppeal) verdicts[i] = { ...before, reason: `between: ${before.reason}` };
  }
  // The block's last piece, a few words with no sentence end right after cruft, is that appeal's button row
  // ("Sign me up", "$10 $25 $50 Other").
  const end = pieces.length - 1;
  const before = verdicts[end - 1];
  const endSignals = pieceSignals[end] as RunSignals;
  // …unless it is a heading of the article the appeal was glued before ("…Sign up here. Conclusion").
  const headingEnd = verdicts.every((v, i) => i === end || v !== null) && /[.!?]$/.test(pieces[end - 1] as string) && (isPlainHeading(pieces[end] as string, endSignals) || titleAt(end));
  if (!verdicts[end] && before && raw[end] === null && endSignals.words <= THRESHOLDS.joinShortWords && !SENTENCE_END.test(pieces[end] as string) && !headingEnd) {
    verdicts[end] = { ...before, reason: `the button row of: ${before.reason}` };
  } else if (!verdicts[end] && before && endSignals.words <= THRESHOLDS.joinShortWords && !endSignals.reporting && (CLOSING_LINE().test(pieces[end] as string) || (endSignals.price && SENTENCE_END.test(pieces[end] as string)))) {
    // A few words closing the block right after an appeal are its last line ("It is free.", "Comments are moderated.",
    // "Offer: 3 months for $3.").
    verdicts[end] = { ...before, reason: `the closing line of: ${before.reason}` };
  } else if (!verdicts[end] && !titleAt(end) && (hasAppealWords(endSignals) || isNowButton(endSignals) || (!SENTENCE_END.test(pieces[end] as string) && (!isPlainHeading(pieces[end] as string, endSignals) || (pieces[end - 1] as string).trimEnd().endsWith('?'))))) {
    // A few short lines closing the block after an appeal, the last with appeal words, a call ending in "now" or
    // "today" or a button row (no heading; nor after a question, which a button answers: "Will you join them this
    // year? Yes, I will give"), are its own ("…Already a member? Log in. Not yet? Join today.").
    let from = end;
    while (from > 0 && end - from < CLOSING_LINES && !verdicts[from] && isShortLine(pieceSignals[from] as RunSignals)) from--;
    const appeal = verdicts[from];
    if (appeal && from < end && verdicts.slice(from + 1).every((v) => v === null) && pieceSignals.slice(from + 1).every(isShortLine)) {
      for (let i = from + 1; i <= end; i++) verdicts[i] = { ...appeal, reason: `the closing lines of: ${appeal.reason}` };
    }
  }
  const topicLine = topicLineAfterButton(pieces, pieceSignals, raw, verdicts, onTopic);
  if (topicLine) return { verdict: null, trim: topicLine };
  if (!readerProse) pleaBlock(text, pieces, pieceSignals, verdicts, ctx);
  // Text mode only: in HTML an appeal has its own element, and a block holding more is a quotation or a caption.
  if (!readerProse && segment.el === undefined) widenCut(pieces, pieceSignals, verdicts, ctx);
  let cruftWords = 0;
  let allWords = 0;
  pieces.forEach((piece, i) => {
    const n = wordCount(piece);
    allWords += n;
    if (verdicts[i]) cruftWords += n;
  });
  const firstVerdict = verdicts.find((v) => v !== null);
  if (!firstVerdict) return { verdict: null, trim: null };
  const bothEnds = verdicts[0] !== null && verdicts[verdicts.length - 1] !== null;
  // The sentences kept if the cruft at the block's ends is cut: [first, last].
  let first = 0;
  while (first < pieces.length && verdicts[first]) first++;
  let last = pieces.length - 1;
  while (last > first && verdicts[last]) last--;
  // Cruft glued to one end of sentences of the article (a heading-question or a closing line before an appeal) is
  // cut off, however long the appeal.
  let gluedToSentence = !bothEnds && first <= last;
  for (let i = first; gluedToSentence && i <= last; i++) gluedToSentence = !verdicts[i] && SENTENCE_END.test(pieces[i] as string);
  // An appeal that ends like a sentence glued before a heading of the article ("…Sign up here. Conclusion"): the
  // heading (headingEnd, kept from being the appeal's button row above) is the block's rest.
  const headingAfterCut = headingEnd && !verdicts[end];
  gluedToSentence ||= headingAfterCut;
  // All that is left is one title-case heading of the article, the appeals glued around it (or before or after it):
  // the heading stays ("Want more stories…? Sign up here. Trends in Catering Services Most read 1 …").
  const titleLeft = first === last && titleAt(first);
  gluedToSentence ||= titleLeft;
  // Appeal phrases at both ends and in between make one long appeal (the seed's); so do phrases at both ends of a
  // middle in the publisher's voice no longer than they are ("we need reporters on the ground"). Two appeals glued to both ends of a paragraph
  // with no appeal between them leave its middle.
  const oneAppeal =
    bothEnds &&
    !titleLeft &&
    signals.strongPhrases >= THRESHOLDS.denseStrongPhrases &&
    (allWords - cruftWords <= THRESHOLDS.boxOtherMaxWords || cruftBetween(verdicts) || (cruftWords * 2 >= allWords && publisherMiddle(verdicts, pieceSignals)));
  // A title-case heading of the article opening the block, the appeal glued after it ("4. Ask for Recommendations Want
  // more stories like this in your inbox? Sign up here."), stays however short.
  const leadText = first === 0 && last < pieces.length - 1 && verdicts.slice(last + 1).every((v) => v !== null) ? text.slice(0, (spans[last] as { end: number }).end).trim() : '';
  const titleLead = leadText !== '' && isTitleHeading(leadText, runSignals(leadText, ctx.catalog), ctx);
  gluedToSentence ||= titleLead;
  if ((cruftWords / allWords >= THRESHOLDS.wholeBlockShare && !gluedToSentence) || oneAppeal) {
    return { verdict: { ...firstVerdict, reason: `most of the block is cruft: ${firstVerdict.reason}` }, trim: null };
  }
  if (first === 0 && last === pieces.length - 1) return { verdict: null, trim: null };
  // Lead-ins next to a cut ("Enjoyed this story?") go with it.
  if (first > 0 && first < last && hasAppealWords(pieceSignals[first] as RunSignals) && isLeadIn(pieces[first] as string, pieceSignals[first] as RunSignals)) {
    verdicts[first] = verdicts[first - 1] as Verdict;
    first++;
  }
  if (last < pieces.length - 1 && last > first && isLeadIn(pieces[last] as string, pieceSignals[last] as RunSignals)) {
    verdicts[last] = verdicts[last + 1] as Verdict;
    last--;
  }
  // A call cut before the block's one remaining sentence that ends on "to" and a verb ("Sign up to our newsletter to
  // enjoy | New York on a budget.", "Sign up now to explore | SSW's features…") runs on into it: a capitalized name
  // opened no sentence there, and the fragment left is the call's. The block goes whole.
  if (first > 0 && first === last && SENTENCE_END.test((pieces[first] as string).trimEnd()) && RUNS_ON_CALL().test((pieces[first - 1] as string).trimEnd())) {
    return { verdict: { ...firstVerdict, reason: `a call running on into the rest of the block: ${firstVerdict.reason}` }, trim: null };
  }
  const cuts: Cut[] = [];
  for (let i = 0; i < pieces.length; i++) if (i < first || i > last) cuts.push({ verdict: verdicts[i] as Verdict, text: pieces[i] as string });
  const kept = text.slice((spans[first] as { start: number }).start, (spans[last] as { end: number }).end).trim();
  // A remainder that is neither long nor a sentence is a teaser's headline or a button row: the block goes whole.
  // …unless it opens the block as a heading of the article with an appeal glued after it ("Growth of the market Dear
  // reader, …", "What to Expect Share Tweet Pin Email").
  const keptSignals = first === last ? (pieceSignals[first] as RunSignals) : runSignals(kept, ctx.catalog);
  const headingBeforeCut = first === 0 && (isPlainHeading(kept, keptSignals) || isTitleHeading(kept, keptSignals, ctx) || isGluedTitle(kept, keptSignals));
  if (wordCount(kept) < THRESHOLDS.minKeptWords && !SENTENCE_END.test(kept) && !headingAfterCut && !headingBeforeCut && !titleLeft) {
    return { verdict: { ...firstVerdict, reason: `cruft with a non-sentence remainder: ${firstVerdict.reason}` }, trim: null };
  }
  return { verdict: null, trim: { text: kept, cuts } };
}

/**
 * An appeal whose every sentence went, closing on a bare teaser button glued before a line of the article that no stop
 * ends ("…makes all the difference. Read more Empty the compost bins every Friday"): when the line is about the
 * article's subject (onTopic), the button goes with the appeal and the line stays. (A headline after the button that
 * the article does not share words with is a teaser's, and goes with the block.)
 */
function topicLineAfterButton(pieces: readonly string[], pieceSignals: readonly RunSignals[], raw: readonly (Verdict | null)[], verdicts: readonly (Verdict | null)[], onTopic: (i: number) => boolean): Judged['trim'] {
  const end = pieces.length - 1;
  const before = verdicts[end - 1];
  const line = pieceSignals[end] as RunSignals;
  const button = line.matches[0];
  if (end < 1 || !before || raw[end] !== null || verdicts[end] !== null || line.matches.length !== 1 || line.cues > 1 || line.reporting || !button) return null;
  if (button.start !== 0 || button.rule.category !== 'related' || button.end > CTA_MAX_TOKENS || line.words - button.end < TOPIC_LINE_MIN_WORDS) return null;
  if (!verdicts.every((v, i) => i === end || v !== null) || !SENTENCE_END.test(pieces[end - 1] as string)) return null;
  // A bare button: a space (no colon or arrow of a teaser label) and a capital after it.
  const piece = pieces[end] as string;
  const restStart = line.run.start(button.end);
  if (piece.slice(line.run.end(button.end - 1), restStart).trim() !== '' || !startsUpper(piece.slice(restStart)) || !onTopic(end)) return null;
  const cuts: Cut[] = pieces.slice(0, end).map((text, i) => ({ verdict: verdicts[i] as Verdict, text }));
  cuts.push({ verdict: { ...before, reason: `the closing button of: ${before.reason}` }, text: piece.slice(0, restStart).trim() });
  return { text: piece.slice(restStart).trim(), cuts };
}
/** The line after such a button is at least this many words. */
const TOPIC_LINE_MIN_WORDS = 3;

/** First-person singular words (folded), in the catalog's languages: a writer speaking for themself. */
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', 'ich', 'mein', 'meine', 'moi', 'mon', 'ma', 'mes', 'yo', 'io', 'eu', 'meu', 'minha', 'ik', 'mijn'].map(internWord));
const firstSingular = (signals: RunSignals): boolean => {
  for (let k = 0; k < signals.words; k++) if (FIRST_SINGULAR.has(signals.run.id(k))) return true;
  return false;
};
/** Other sentences of the paragraph in the first person singular that make it the author's own voice. */
const AUTHOR_VOICE_SENTENCES = 2;

/** A closing line: a capitalized sentence with no number but a duration ("It is free.", "It takes 30 seconds."). */
const CLOSING_LINE = lazy(() => new RegExp(String.raw`^\p{Lu}(?:[^\d]|\d+ ?(?:seconds?|secs?|minutes?|mins?)\b)*[.!]$`, 'u'));
/** A fragment opening the block before a call is at most this many words. */
const LEAD_FRAGMENT_WORDS = 2;
/** An appeal's closing lines after it at the block's end are at most this many. */
const CLOSING_LINES = 3;
/**
 * A line of a few words that reports no one, or a short question (an appeal's "Will you join them this year?" before
 * its button, as long as a lead-in question).
 */
const isShortLine = (signals: RunSignals): boolean =>
  !signals.reporting && (signals.words <= THRESHOLDS.joinShortWords || (signals.words <= THRESHOLDS.leadInMaxWords && signals.run.text.trimEnd().endsWith('?')));

/** The verdict on sentences judged together, when it is of a kind `accept` takes and the caller does not keep. */
function togetherVerdict(run: string, ctx: Context, accept: (category: Category) => boolean): Verdict | null {
  const verdict = judgeText(run, runSignals(run, ctx.catalog));
  return verdict && accept(verdict.category) && !ctx.options.keep.has(verdict.category) ? verdict : null;
}
/** An appeal for the publication's revenue or a consent notice. */
const revenueOrConsent = (category: Category): boolean => READER_REVENUE.has(category) || category === 'cookie';

/** A block that is one plea with its button is at most this many words. */
const PLEA_BLOCK_MAX_WORDS = 45;
/** Each of its lines before the button is at most this many words. */
const PLEA_BLOCK_LINE_WORDS = 20;
/** Pleas that end a block with their button: for gifts and for paying to read (sign-ups end service pages' paragraphs: "…without lifting a finger. Sign up for Acme today."). */
const PLEA_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['donation', 'paywall']);
/** A capital past the first word but after a colon or a stop: a name, in a line that should name no one. */
const INNER_CAPITAL = lazy(() => new RegExp(String.raw`(?<![:.!?]\s)(?<=\s)\p{Lu}`, 'u'));

/**
 * A short block of plain lines that ends in a call for gifts or to pay to read is that plea whole ("Independent
 * media is an endangered species. Protect it. Make a contribution"): its other lines report, quote, name and number
 * nothing, each speaks to the reader, for the publisher, of its business or calls on the reader, and the block judged
 * whole is such an appeal.
 */
function pleaBlock(text: string, pieces: readonly string[], pieceSignals: readonly RunSignals[], verdicts: (Verdict | null)[], ctx: Context): void {
  const last = verdicts[verdicts.length - 1];
  if (!last || !PLEA_CATEGORIES.has(last.category) || verdicts.every((v) => v !== null)) return;
  let words = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieceSignals[i] as RunSignals;
    words += piece.words;
    if (words > PLEA_BLOCK_MAX_WORDS) return;
    if (verdicts[i]) continue;
    if (piece.reporting || piece.words > PLEA_BLOCK_LINE_WORDS || /[\d"“”«»]/u.test(pieces[i] as string)) return;
    // No name: no capital past the first word but after a stop or a colon.
    if (INNER_CAPITAL().test((pieces[i] as string).slice(1))) return;
    // A line of the plea speaks to the reader or for the publisher, of its business, or calls on the reader.
    const shape = appealShape(piece.run);
    if (piece.second === 0 && !shape.self && shape.media === 0 && !shape.imperative) return;
  }
  if (!togetherVerdict(text, ctx, (category) => PLEA_CATEGORIES.has(category))) return;
  for (let i = 0; i < verdicts.length; i++) verdicts[i] ??= { ...last, reason: `one plea with its call: ${last.reason}` };
}

/**
 * Widens a cut at the block's end (then at its start) over the sentences next to it that are an appeal together with
 * it: each appeal-like (to the reader, appeal words, a button row) and reporting no one, the run at most `cueMaxWords`
 * words, judged whole as a call for the publication's revenue or a consent notice ("Our subscribers move faster. Try
 * us for 30 days at no cost. | Start free trial"). The longest such run wins.
 */
function widenCut(pieces: readonly string[], pieceSignals: readonly RunSignals[], verdicts: (Verdict | null)[], ctx: Context): void {
  const n = pieces.length;
  const widen = (from: number, to: number, step: number): void => {
    // from: the sentence next to the cut; to: the cut's far end; step: -1 at the end, +1 at the start.
    let words = 0;
    for (let i = to; i !== from; i += step) words += (pieceSignals[i] as RunSignals).words;
    let best = -1;
    let bestVerdict: Verdict | null = null;
    for (let i = from; i >= 0 && i < n && verdicts[i] === null; i += step) {
      const piece = pieceSignals[i] as RunSignals;
      words += piece.words;
      // Each a short line: an article's sentence next to an appeal speaks to the reader too, at greater length.
      if (words > THRESHOLDS.cueMaxWords || piece.words > (hasAppealWords(piece) ? THRESHOLDS.cueShortWords : THRESHOLDS.shapeShortWords) || !appealish(pieces[i] as string, piece)) break;
      // After an appeal for revenue at the block's start, a sentence in the publisher's voice alone may be the
      // article's opening ("Our brains hum with electricity."): the widened cut does not end on one (it may pass one
      // on its way to a button row). A consent notice's may ("We value your privacy. We and 143 vendors use data…").
      const plainStatement = step > 0 && piece.second === 0 && !hasAppealWords(piece) && SENTENCE_END.test(pieces[i] as string);
      // Nor the article's closing exclamation before an appeal at the block's end.
      if (step < 0 && closingExclamation(pieces[i] as string, piece)) break;
      // Not a question after the appeal (the article's, asking of what follows) nor the article's heading after it.
      if (step > 0 && ((pieces[i] as string).endsWith('?') || isPlainHeading(pieces[i] as string, piece))) break;
      // Nor a title-case heading of the article opening the block before the appeal ("Ask for Recommendations | Want
      // more stories…").
      if (step < 0 && (i === 0 || (i === 1 && /^\d{1,2}[.)]$/.test(pieces[0] as string))) && isTitleHeading(pieces[i] as string, piece, ctx)) break;
      const run = step < 0 ? pieces.slice(i, to + 1).join(' ') : pieces.slice(to, i + 1).join(' ');
      const verdict = togetherVerdict(run, ctx, (category) => (READER_REVENUE.has(category) && !plainStatement) || category === 'cookie');
      if (verdict) {
        best = i;
        bestVerdict = verdict;
      }
    }
    if (!bestVerdict) return;
    for (let i = from; i !== best + step; i += step) verdicts[i] = { ...bestVerdict, reason: `sentences together: ${bestVerdict.reason}` };
  };
  if (verdicts[n - 1]) {
    let start = n - 1;
    while (start > 0 && verdicts[start - 1]) start--;
    if (start > 0) widen(start - 1, n - 1, -1);
  }
  if (verdicts[0]) {
    let end = 0;
    while (end < n - 1 && verdicts[end + 1]) end++;
    if (end < n - 1) widen(end + 1, 0, 1);
  } else {
    leadingAppeal(pieces, pieceSignals, verdicts, ctx);
  }
}

/**
 * An appeal glued before the article's first sentence whose opening sentences no rule names ("We are a small team
 * with a big beat. A gift of any amount helps us cover it. Donate The council…"): the sentences before the block's
 * first cut, each a sentence to the reader, for the publisher or with appeal words and reporting no one, are the appeal's when they and the cut judged together are an
 * appeal for revenue or a consent notice, at most `cueMaxWords` words, and article text follows the cut.
 */
function leadingAppeal(pieces: readonly string[], pieceSignals: readonly RunSignals[], verdicts: (Verdict | null)[], ctx: Context): void {
  const first = verdicts.findIndex((v) => v !== null);
  if (first <= 0) return;
  let last = first;
  while (last < pieces.length - 1 && verdicts[last + 1]) last++;
  if (last === pieces.length - 1) return;
  let words = 0;
  for (let i = 0; i <= last; i++) {
    const piece = pieceSignals[i] as RunSignals;
    words += piece.words;
    if (words > THRESHOLDS.cueMaxWords) return;
    // Each a sentence (a heading or label glued there is the article's), to the reader, for the publisher or with appeal words.
    if (i < first && (piece.words > PLEA_BLOCK_LINE_WORDS || piece.reporting || !SENTENCE_END.test(pieces[i] as string) || !(hasAppealWords(piece) || piece.address > 0))) return;
  }
  const verdict = togetherVerdict(pieces.slice(0, last + 1).join(' '), ctx, revenueOrConsent);
  if (!verdict) return;
  for (let i = 0; i < first; i++) verdicts[i] = { ...verdict, reason: `sentences together: ${verdict.reason}` };
}

/** True when a sentence may be part of an appeal judged with its neighbours: it speaks to the reader, carries appeal words or is a button row. */
function appealish(piece: string, signals: RunSignals): boolean {
  if (signals.reporting || signals.words === 0) return false;
  return signals.cues > 0 || signals.matches.length > 0 || signals.second > 0 || signals.address > 0 || !SENTENCE_END.test(piece);
}

/**
 * Judges the sentences at a block's end (then at its start) together, two or more, up to `cueMaxWords` words and
 * ending in a button row (words with no sentence end: "Accept Reject Settings"), when no sentence has a verdict alone
 * or in a pair: the shortest run that is an appeal for the publication's revenue or a consent notice takes the
 * verdict. (Without the button row, a course page's welcome to the reader and an article's two questions went.)
 */
function endRun(pieces: readonly string[], pieceSignals: readonly RunSignals[], raw: (Verdict | null)[], ctx: Context): void {
  const n = pieces.length;
  const tryRun = (from: number, to: number): boolean => {
    const text = pieces.slice(from, to + 1).join(' ');
    const verdict = judgeText(text, runSignals(text, ctx.catalog));
    if (!verdict || !(READER_REVENUE.has(verdict.category) || verdict.category === 'cookie')) return false;
    for (let i = from; i <= to; i++) raw[i] = { ...verdict, reason: `sentences together: ${verdict.reason}` };
    return true;
  };
  const buttons = (i: number): boolean => !SENTENCE_END.test(pieces[i] as string) && appealish(pieces[i] as string, pieceSignals[i] as RunSignals);
  let words = (pieceSignals[n - 1] as RunSignals).words;
  if (buttons(n - 1)) {
    for (let from = n - 2; from >= 0; from--) {
      const piece = pieceSignals[from] as RunSignals;
      words += piece.words;
      if (words > THRESHOLDS.cueMaxWords || !appealish(pieces[from] as string, piece)) break;
      if (tryRun(from, n - 1)) return;
    }
  }
  words = (pieceSignals[0] as RunSignals).words;
  if (!appealish(pieces[0] as string, pieceSignals[0] as RunSignals)) return;
  for (let to = 1; to < n - 1; to++) {
    const piece = pieceSignals[to] as RunSignals;
    words += piece.words;
    if (words > THRESHOLDS.cueMaxWords || !appealish(pieces[to] as string, piece)) break;
    if (buttons(to) && tryRun(0, to)) return;
  }
}

/** Words a label runs on with to a name ("Sponsored by", "Presented by", "von", "par"), folded. */
const HEADING_RUNS_ON = new Set(['by', 'from', 'von', 'par', 'por', 'da', 'door', 'de', 'and', 'or']);
/** A word a phrase runs on with: a heading glued to an appeal neither ends nor starts with one, nor follows one. */
const runsOn = (word: string): boolean => RUNS_ON.has(word) || HEADING_RUNS_ON.has(word);
/** Verbs a sentence's start ends on before its rest ("Our best work is | Subscribe to read it"), folded. */
const HEADING_VERB_ENDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'ist', 'sind', 'war', 'hat', 'est', 'sont', 'es', 'son', 'e', 'sono', 'zijn', 'heeft']);
/** Words of widgets and their buttons, folded: a remainder with one is the widget's, not a heading. */
const WIDGET_WORDS = new Set(['skip', 'tweet', 'like', 'pin', 'share', 'clicking', 'click', 'tap', 'print', 'menu', 'close', 'login', 'sign']);
/** Letters, digits, spaces and the marks inside words: what a heading glued to an appeal is made of. */
const HEADING_WORDS = lazy(() => new RegExp(String.raw`^[\p{L}\p{N}][\p{L}\p{N} '’&-]*$`, 'u'));
/** A heading glued to an appeal is at most this many words. */
const GLUED_HEADING_MAX_WORDS = 9;

/**
 * A heading of the article glued to an appeal in one block with no stop between them ("Advertisement Updates", "Share
 * this article Facebook Twitter Email Copy link Key Points", "The Rundown Subscribe to continue reading. …"): the words
 * before the block's first appeal phrase, or after its last, stay when they read as a plain heading. Not after a
 * teaser label (the headline is the teaser's), nor in a block only a container's hint judged.
 */
function gluedHeading(segment: Segment, signals: RunSignals, verdict: Verdict, ctx: Context): Judged['trim'] {
  if (segment.type !== 'paragraph' || verdict.category === 'related' || verdict.ruleId.endsWith('.dom-hint') || signals.matches.length === 0) return null;
  const data = signals.run.data;
  let first = signals.words;
  let last = 0;
  for (const m of signals.matches) {
    first = Math.min(first, m.start);
    last = Math.max(last, m.end);
  }
  const text = segment.text;
  // `cutEnd`: the appeal's last word when the heading comes after it (what a label would run on with), else ''.
  const keep = (part: string, cut: string, cutEnd: string): Judged['trim'] => {
    const heading = part.trim();
    // Words only (no comma or bullet: "The best of our coverage, straight to your inbox…"), and the appeal starts
    // as a phrase of its own ("Scroll down to continue reading" is one call, not a heading and a call).
    if (!heading || !HEADING_WORDS().test(heading) || !startsUpper(cut.trim())) return null;
    // Two words or more, to no one ("Sie haben Ihr" is a sentence's start), and not what a label runs on to
    // ("Sponsored by Acme Bank", "Tweet Share Pin Email Print").
    const headingSignals = runSignals(heading, ctx.catalog);
    if (headingSignals.words < 2 || headingSignals.address > 0 || headingSignals.second > 0 || runsOn(cutEnd)) return null;
    const headingEnd = (headingSignals.tokens[headingSignals.words - 1] as Token).word;
    const headingStart = (headingSignals.tokens[0] as Token).word;
    // Nor a phrase cut in two ("The rest of | The rest of this article…", "By clicking | Sign Me Up, you confirm…"),
    // nor a widget's words ("Like Tweet | Pin it Email", "Skip to main content | Skip to footer content").
    // ("The Rundown" may start with "the").
    if (HEADING_VERB_ENDS.has(headingEnd) || runsOn(headingEnd) || (runsOn(headingStart) && headingStart !== 'the')) return null;
    if (headingSignals.tokens.some((t) => IMPERATIVE_PRONOUNS.has(t.word) || WIDGET_WORDS.has(t.word)) || !isPlainHeading(heading, headingSignals)) return null;
    return { text: heading, cuts: [{ verdict: { ...verdict, reason: `glued to a heading: ${verdict.reason}` }, text: cut.trim() }] };
  };
  if (first > 0 && first <= GLUED_HEADING_MAX_WORDS) {
    const at = data[3 * first + 1] as number;
    const kept = keep(text.slice(0, at), text.slice(at), '');
    if (kept) return kept;
  }
  if (last > 0 && last < signals.words && signals.words - last <= GLUED_HEADING_MAX_WORDS) {
    const at = data[3 * last - 1] as number;
    return keep(text.slice(at), text.slice(0, at), (signals.tokens[last - 1] as Token).word);
  }
  return null;
}

/** A general claim heading an appeal is at most this many words. */
const MOTTO_MAX_WORDS = 14;
/** A short line of a plea before its call is at most this many words ("No billionaire signs our checks. You do."). */
const PLEA_LINE_MAX_WORDS = 8;
/** A line of a plea that only addresses the reader is at most this many words ("You do.", "Only you can."). */
const PLEA_REPLY_WORDS = 3;

/**
 * A short line of a plea: a statement of a few words in the publisher's voice or about the publication's business,
 * with no reporting verb, number, quote or name ("Local reporting is disappearing.", "No billionaire signs our
 * checks."). It joins the call for donations right after it.
 */
function isPleaLine(text: string, signals: RunSignals): boolean {
  if (!isPlainStatement(text, signals, PLEA_LINE_MAX_WORDS)) return false;
  // The reader alone only in a few words or a thank-you ("You do.", "Here it is not, thanks to you."): newsletters' own
  // sentences promise the reader things ("You will draft faster.").
  if (signals.second > 0 && (signals.words <= PLEA_REPLY_WORDS || signals.tokens.some((_, i) => THANKS.has(signals.run.id(i))))) return true;
  const shape = appealShape(signals.run);
  return shape.self || shape.media > 0;
}

/** Kinds of appeal a short call opens (isCallLead). */
const LEAD_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['donation', 'subscription', 'paywall', 'newsletter']);
/** A call that opens an appeal has at most this many words. */
const CALL_LEAD_MAX_WORDS = 8;

/** A short sentence that opens with a call to action and names no one, reports no one, quotes no one, holds no number. */
function isCallLead(text: string, signals: RunSignals): boolean {
  return isPlainStatement(text, signals, CALL_LEAD_MAX_WORDS) && appealShape(signals.run).imperative;
}

/**
 * A short general claim about the publication's business: a statement with a word of that business ("reporting",
 * "journalism"), no reporting verb, no number, no quote and no name (no capital past its first word but after a colon).
 */
function isMotto(text: string, signals: RunSignals): boolean {
  return isPlainStatement(text, signals, MOTTO_MAX_WORDS) && signals.shapeWords && appealShape(signals.run).media > 0;
}

/**
 * A statement of at most `maxWords` words that names and reports no one: it ends in a full stop or an exclamation
 * mark, with no reporting verb, number or quote, and no capital past its first word but after a colon or a stop.
 */
function isPlainStatement(text: string, signals: RunSignals, maxWords: number): boolean {
  if (signals.reporting || signals.words > maxWords || !/[.!]$/.test(text) || /[\d"“”«»]/u.test(text)) return false;
  return !INNER_CAPITAL().test(text.slice(1));
}

/** Two sentences judged together have at most this many words. */
const PAIR_MAX_WORDS = 25;
/** Kinds of appeal for the publication's revenue. */
const READER_REVENUE: ReadonlySet<Category> = new Set<Category>(['donation', 'paywall', 'subscription', 'newsletter']);

/** A plain heading in title case of two words or more ("Ask for Recommendations", "4. Interactive and Immersive Videos"). */
function isTitleHeading(text: string, signals: RunSignals, ctx: Context): boolean {
  const heading = text.replace(/^\d{1,2}[.)]\s+/, '');
  if (signals.words < 2 || !isPlainHeading(heading, heading === text ? signals : runSignals(heading, ctx.catalog))) return false;
  return heading.split(/\s+/).every((word) => startsUpperOrDigit(word) || HEADING_SMALL_WORDS.has(word.toLowerCase()));
}

/** A glued title heading of the article with an imperative verb is at least this many words ("Teach Your Puppy To Stay"). */
const IMPERATIVE_TITLE_WORDS = 3;

/**
 * A heading of the article in title case that an appeal was glued next to ("Trends in Catering Services", "Advance Your
 * Cybersecurity"): two words or more, every one capitalized or a heading's small word, no sentence end, no appeal words
 * and no button's words. Unlike isTitleHeading it may open with a verb (how-to headings do) when it is three words or
 * more; a call that is one has appeal words ("Support Our Newsroom") or is a button ("Maybe Later", "Switch Now").
 */
function isGluedTitle(text: string, signals: RunSignals): boolean {
  const heading = text.replace(/^\d{1,2}(?:\.\d{1,2})?[.)]?\s+/, '');
  // A colon may part a title from its subtitle ("The Elder Scrolls: Betrayal of the Second Era"), not end it.
  if (signals.words < 2 || signals.words >= THRESHOLDS.minKeptWords || !startsUpper(heading) || /[.!?…]|[:;]$|[:;].*[:;]/u.test(heading)) return false;
  if (hasAppealWords(signals) || signals.reporting || isShareBar(signals.run) || isNowButton(signals) || signals.tokens.every((t) => BUTTON_WORDS.has(t.word))) return false;
  if (signals.words < IMPERATIVE_TITLE_WORDS && appealShape(signals.run).imperative) return false;
  return heading.split(/\s+/).every((word) => startsUpperOrDigit(word.charCodeAt(0) === 0x28 ? word.slice(1) : word) || HEADING_SMALL_WORDS.has(word.toLowerCase()));
}

/** A heading's text: capitalized, short, no sentence end, no appeal words and no call to action ("Conclusion"). */
function isPlainHeading(text: string, signals: RunSignals): boolean {
  if (!startsUpper(text) || /[.!?…:;]/u.test(text) || wordCount(text) >= THRESHOLDS.minKeptWords) return false;
  if (hasAppealWords(signals) || signals.reporting || appealShape(signals.run).imperative || isShareBar(signals.run)) return false;
  // A button's call ends in "now" or "today" ("Switch now", "Start today"): no heading of an article.
  if (isNowButton(signals)) return false;
  return !signals.tokens.every((t) => BUTTON_WORDS.has(t.word));
}

/** "Now" and "today" (folded) in the seven catalog languages: the last word of a button's call. */
const NOW = new Set(['now', 'today', 'jetzt', 'heute', 'maintenant', 'ahora', 'hoy', 'ora', 'oggi', 'agora', 'hoje', 'nu', 'vandaag'].map(internWord));
/** A button's call ending in "now" is at most this many words ("Switch now", "Start my trial today"). */
const NOW_BUTTON_WORDS = 4;
/** A call of a few words ending in "now" or "today" ("Switch now", "Join today"): a button. */
const isNowButton = (signals: RunSignals): boolean => signals.words > 0 && signals.words <= NOW_BUTTON_WORDS && NOW.has(signals.run.id(signals.words - 1));


/** A sentence in parentheses: the author's aside. */
const PARENTHETICAL = /^\(.*\)[.!?]?$/su;

/** Fewer words than this make a "Read more …" line a teaser or a button, not a sentence of the article. */
const REFERENCE_MIN_WORDS = 4;

/** "Here" (folded) in the catalog's languages: the word a sentence points at the article's own link with. */
const HERE = new Set(['here', 'hier', 'ici', 'aqui', 'qui'].map(internWord));

/**
 * A three-word sentence ending in "here" and a full stop ("Read more here."): it points at a link in the article's text,
 * as a longer reference sentence does; a teaser's button says no "here" ("Read more", "Read more »").
 */
const pointsHere = (text: string, signals: RunSignals): boolean =>
  signals.words === REFERENCE_MIN_WORDS - 1 && HERE.has(signals.run.id(signals.words - 1)) && text.trimEnd().endsWith('.');

/**
 * A sentence of the article that points to further reading ("Read more about digital therapeutics in a recent APA
 * blog post.", "You can read more about the findings here."): the related phrase runs on into lowercase words and the
 * sentence ends like one. A teaser is a label or a headline ("Read more: Five things to know…", "Read more").
 */
function isReferenceSentence(text: string, signals: RunSignals): boolean {
  if (signals.matches.length === 0 || (signals.words < REFERENCE_MIN_WORDS && !pointsHere(text, signals)) || !SENTENCE_END.test(text.trimEnd()) || signals.matches.some((m) => m.rule.category !== 'related')) return false;
  return signals.matches.every((m) => {
    const next = signals.tokens[m.end];
    const last = signals.tokens[m.end - 1];
    return next !== undefined && last !== undefined && text.slice(last.end, next.start).trim() === '' && startsLower(text.slice(next.start, next.end));
  });
}

/** A salutation to the reader that ends in a colon, on its own. */
const SALUTATION = /^dear\s+readers?\s*:$/iu;

/** judgeRun, less the sentences of the article that point to further reading. */
export function judgeText(text: string, signals: RunSignals, readerProse = false): Verdict | null {
  const verdict = judgeRun(signals, readerProse);
  // A salutation and a colon open an advice column's reply ("Dear Reader: We're both parents ourselves…"); an appeal's
  // runs on after a comma ("Dear reader, we'll get right to it…").
  if (verdict && SALUTATION.test(text.trim())) return null;
  return verdict?.category === 'related' && (isReferenceSentence(text, signals) || isProseQuestion(text, signals)) ? judgeShape(signals, readerProse) : verdict;
}

/**
 * A question of the article whose teaser words are part of its prose, in lowercase ("Which native ad units are the
 * most popular?"): a teaser's label is capitalized and asks nothing.
 */
function isProseQuestion(text: string, signals: RunSignals): boolean {
  if (!text.trimEnd().endsWith('?') || signals.words < REFERENCE_MIN_WORDS || signals.matches.some((m) => m.rule.category !== 'related')) return false;
  return signals.matches.every((m) => m.start > 0 && startsLower(text.slice((signals.tokens[m.start] as Token).start)));
}

/**
 * A paragraph that is nothing but HTML tags as text: markup a page escaped by mistake or a scraper's noscript residue
 * (`<img height="1" width="1" src="…pixel…">`), never article prose. Code blocks are never judged by it.
 */
const MARKUP_ONLY = /^(?:<\/?[a-z][a-z\d:-]*(?:\s[^<>]*)?>\s*)+$/i;
const MARKUP_VERDICT: Verdict = { ruleId: 'chrome.markup-residue', category: 'chrome', reason: 'a paragraph that is only HTML tags shown as text (escaped markup, a tracking pixel)' };
const FOLLOW_VERDICT: Verdict = { ruleId: 'social.follow-line', category: 'social', reason: 'a follow line (two networks or more) or button ("Follow" and a name)' };
const SHARE_BAR_VERDICT: Verdict = { ruleId: 'social.share-bar', category: 'social', reason: 'a line made only of network names and share actions (a share bar)' };

/**
 * Sentence segmenters by language: creating one costs about as much as classifying a short page (issue 9 profile).
 * Pages name their language, so the cache is capped: a batch of odd tags cannot grow it without bound.
 */
const SEGMENTERS = new Map<string, Intl.Segmenter>();
const MAX_CACHED_SEGMENTERS = 64;
export function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = SEGMENTERS.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    if (hasRootSentenceRules(segmenter.resolvedOptions().locale)) ROOT_RULES.add(segmenter);
    if (SEGMENTERS.size < MAX_CACHED_SEGMENTERS) SEGMENTERS.set(lang, segmenter);
  }
  return segmenter;
}

/** "Related", folded: a teaser widget's label. */
const RELATED_LABEL = internWord('related');
/** A block of "Label: headline" lines: every line opens with a teaser label and a colon ("Read more: …"). */
const LINK_LINE = lazy(() => new RegExp(String.raw`^\P{L}{0,3}\p{L}[\p{L} ']{1,20}: \S`, 'u'));
function isLinkLines(j: Judged): boolean {
  if (j.verdict?.category !== 'related' || j.trim) return false;
  // The teaser phrase is the label: it opens the block and the colon follows it.
  const { run } = j.signals;
  const label = j.signals.matches.find((m) => m.start === 0 && m.rule.category === 'related');
  if (!label || !/^ ?:/.test(run.text.slice(run.data[3 * label.end - 1] as number))) return false;
  // In HTML, "Related:" alone is a teaser widget's label, not an author's pointer (html-dev outputs: 18 such lines, one
  // in a truth). A text dump keeps the rule: its seeds are truth paragraphs, and two of them are such lines.
  if (j.segment.el !== undefined && label.end === 1 && run.id(0) === RELATED_LABEL) return false;
  return j.segment.text.split('\n').every((line) => LINK_LINE().test(line.trim()) && !SENTENCE_END.test(line.trim()) && wordCount(line) <= THRESHOLDS.labelMaxWords);
}

/** A further-reading heading over a list is at most this many words ("Related resources", "See also:"). */
const REFERENCE_HEADING_WORDS = 4;
/** A line of a reference list: a list item, a web address, or a title of a few words with no sentence end. */
const REFERENCE_ITEM = /^(?:[-*•–]\s+\S.*|https?:\/\/\S+|[^.!?]*[^.!?\s])$/u;
/** A title line of a reference list has at least this many words (not a button's "Read more"). */
const REFERENCE_TITLE_WORDS = 3;

/**
 * A further-reading heading of a few words on its own ("Related resources", "See also:", "Related papers") over a
 * block the article keeps that is a list of references (list items, web addresses or titles, no sentence of prose)
 * heads the article's own list: it stays with it. Over the article's prose it is a widget's label and goes.
 */
function keepReferenceHeadings(judged: Judged[]): void {
  for (let i = 0; i + 1 < judged.length; i++) {
    const j = judged[i] as Judged;
    const next = judged[i + 1] as Judged;
    if (j.verdict?.category !== 'related' || j.trim || j.verdict.ruleId.endsWith('.dom-hint') || next.verdict || next.trim) continue;
    if (j.signals.words > REFERENCE_HEADING_WORDS || !/^[^.!?]*[^.!?\s]$/u.test(j.segment.text.trim())) continue;
    const lines = next.segment.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const references = lines.length > 0 && lines.every((line) => REFERENCE_ITEM.test(line) && (/^(?:[-*•–]\s|https?:)/u.test(line) || wordCount(line) >= REFERENCE_TITLE_WORDS));
    if (references) j.verdict = null;
  }
}

/**
 * Links the article itself sets between its paragraphs ("Read more: 2025 tax brackets…" after one section, "Read more:
 * Progressive tax…" after another) stay: two or more such blocks with the article's prose between them are its own
 * cross-references, which readers and benchmarks count as the article. One teaser, or a list of them in a row (a
 * related-stories box), is still removed.
 */
function keepInlineLinks(judged: Judged[]): void {
  const links: number[] = [];
  for (let i = 0; i < judged.length; i++) if (isLinkLines(judged[i] as Judged)) links.push(i);
  if (links.length < 2) return;
  const prose = (i: number): boolean => {
    const j = judged[i];
    return j !== undefined && !j.verdict && j.segment.type !== 'heading' && SENTENCE_END.test(j.segment.text.trimEnd()) && j.signals.words >= THRESHOLDS.minKeptWords;
  };
  const isLink = new Set(links);
  // A teaser repeated word for word is a widget the page repeats, not a link the article sets.
  const seen = new Map<string, number>();
  for (const at of links) {
    const text = (judged[at] as Judged).segment.text;
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  // The nearest block kept on each side: cruft removed between (an appeal set before the link) is not the article's.
  const keptNeighbor = (at: number, step: -1 | 1): number => {
    let i = at + step;
    while (judged[i]?.verdict && !isLink.has(i)) i += step;
    return i;
  };
  const apart = links.filter((at) => {
    if (seen.get((judged[at] as Judged).segment.text) !== 1) return false;
    const before = keptNeighbor(at, -1);
    const after = keptNeighbor(at, 1);
    return (prose(before) || prose(after)) && !isLink.has(before) && !isLink.has(after);
  });
  if (apart.length < 2) return;
  for (const at of apart) (judged[at] as Judged).verdict = null;
}

/**
 * A page written to the reader: at least `share` of its prose paragraphs (`minWords` or more, no appeal phrase) say
 * "you", and there are `minBlocks` of them or more.
 */
const READER_PROSE = { minWords: 15, minBlocks: 4, share: 0.5 } as const;

/** The classify stage: returns the kept segments; every removal is in ctx.removed. */
export function classify(segments: readonly Segment[], ctx: Context, lang: string | null): Segment[] {
  const judged: Judged[] = [];
  let segmenter: Intl.Segmenter | null = null;
  let budget = true;
  const allSignals = new Array<RunSignals>(segments.length);
  const inBudget = new Uint8Array(segments.length);
  let prose = 0;
  let toReader = 0;
  segments.forEach((segment, i) => {
    if (i % BUDGET_CHECK_INTERVAL === 0) budget = ctx.hasTime();
    inBudget[i] = budget ? 1 : 0;
    const text = budget ? segment.text : '';
    // The tokens the locator read, when they are this text's.
    const known = segment.tokens;
    const signals = runSignals(text, ctx.catalog, known !== undefined && known.text === text ? known : undefined);
    allSignals[i] = signals;
    if (segment.type === 'paragraph' && signals.words >= READER_PROSE.minWords && signals.matches.length === 0) {
      prose++;
      if (signals.second > 0) toReader++;
    }
  });
  // A page whose own prose speaks to the reader (a guide, a review, a blog): "you" is no sign of an appeal on it.
  const readerProse = prose >= READER_PROSE.minBlocks && toReader >= prose * READER_PROSE.share;
  const topic = new Topic(allSignals);
  segments.forEach((segment, i) => {
    budget = inBudget[i] === 1;
    const signals = allSignals[i] as RunSignals;
    const appealWords = signals.matches.length > 0 || signals.cues > 0 || (budget && (mayBeShaped(signals) || adLabelAtEnd(signals) || mayHoldNumberedTeasers(segment.text) || mayHoldPitch(signals.run)));
    // (A block with no hint that no sentence of can get a verdict is judged whole below, with the same outcome: none.)
    if (appealWords && (segment.type === 'paragraph' || segment.type === 'quote') && signals.words > THRESHOLDS.shortWords && (segment.hints !== '' || mayJudgeBySentence(segment.text, signals))) {
      segmenter ??= sentenceSegmenter(lang ?? 'en');
      const bySentence = judgeSentences(segment, signals, ctx, segmenter, readerProse, topic);
      if (bySentence) {
        const trim = bySentence.verdict && !bySentence.trim ? gluedHeading(segment, signals, bySentence.verdict, ctx) : null;
        judged.push({ segment, signals, ...(trim ? { verdict: null, trim } : bySentence) });
        return;
      }
    }
    let verdict = MARKUP_ONLY.test(segment.text) && segment.type === 'paragraph' ? MARKUP_VERDICT : isShareBar(signals.run) ? SHARE_BAR_VERDICT : judgeText(segment.text, signals, readerProse);
    if (!verdict && segment.hints !== '' && budget) {
      const hinted = hintCategory(segment.hints, ctx.catalog);
      if (hinted && signals.words <= THRESHOLDS.hintMaxWords && (signals.matches.length > 0 || segment.linkDensity > 0.5)) {
        verdict = { ruleId: `${hinted.category}.dom-hint`, category: hinted.category, reason: `container marked "${hinted.hint}" and ${describe(signals)}` };
      }
    }
    const trim = verdict && budget ? gluedHeading(segment, signals, verdict, ctx) : null;
    judged.push(trim ? { segment, verdict: null, signals, trim } : { segment, verdict, signals, trim: null });
  });

  // A box (one container) holding an appeal goes whole when it is small and the rest of it is short.
  for (const members of groupJudged(judged, (j) => j.segment.box).values()) {
    if (members.length < 2) continue;
    const appeal = members.find((m) => m.verdict && m.signals.strongPhrases > 0);
    const total = members.reduce((n, m) => n + m.signals.words, 0);
    if (!appeal?.verdict) {
      boxHeading(members);
      // A small box whose blocks are an appeal only together, read as one paragraph ("Usiamo i cookie per migliorare
      // la tua esperienza." over "Accetta Rifiuta Personalizza"; "Our journalism is paid for by readers." over "Start
      // a monthly donation."): every block of it goes when that paragraph goes whole.
      if (total <= BOX_AS_ONE_MAX_WORDS && members.length <= BOX_AS_ONE_MAX_BLOCKS && members.some((m) => !m.verdict && !m.trim) && members.some((m) => m.signals.matches.length > 0 || m.signals.cues > 0)) {
        const text = members.map((m) => m.segment.text.trim()).join(' ');
        segmenter ??= sentenceSegmenter(lang ?? 'en');
        const one = judgeSentences({ ...(members[0] as Judged).segment, type: 'paragraph', text }, runSignals(text, ctx.catalog), ctx, segmenter, readerProse, topic);
        if (one?.verdict && !one.trim) spreadVerdict(members, one.verdict, 'in the same box as');
      }
      continue;
    }
    if (total > THRESHOLDS.boxMaxWords) continue;
    if (members.every((m) => m.verdict || m.signals.words <= THRESHOLDS.boxOtherMaxWords)) spreadVerdict(members, appeal.verdict, 'in the same box as');
  }

  cutInsets(judged);

  keepInlineLinks(judged);
  keepReferenceHeadings(judged);

  const kept: Segment[] = [];
  // The last kept block when it is a heading, and the verdict of what was removed right under it: a label heading (it
  // ends in a colon) whose content all went is the title of that widget ("Like this:" over a like button, "Share
  // this:" over a share bar) when the article ends or a heading of its level or above follows. (Any heading was too
  // many: a service page's card titles over their "Read more" links are the page's.)
  let heading: Segment | null = null;
  let under: Verdict | null = null;
  const dropOrphan = (): void => {
    if (!heading || !under || kept[kept.length - 1] !== heading || !heading.text.trimEnd().endsWith(':')) return;
    kept.pop();
    remove(ctx, { ...under, reason: `the heading of: ${under.reason}` }, heading.text);
  };
  for (const { segment, verdict, trim, signals } of judged) {
    if (verdict && !ctx.options.keep.has(verdict.category)) {
      remove(ctx, verdict, segment.text);
      // (Not under a container's hint alone: what it took may be the page's own list, "Pros:" over a social widget's box.)
      if (heading && !verdict.ruleId.endsWith('.dom-hint')) under ??= verdict;
      continue;
    }
    if (segment.type === 'heading') {
      if (heading && headingDepth(segment) <= headingDepth(heading)) dropOrphan();
      heading = segment;
    } else {
      heading = null;
    }
    under = null;
    if (trim) {
      for (const cut of trim.cuts) remove(ctx, { ...cut.verdict, reason: `glued to an article paragraph: ${cut.verdict.reason}` }, cut.text);
      const paragraph = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: trim.text }] };
      kept.push({ ...segment, text: trim.text, tokens: undefined, node: segment.type === 'quote' ? { type: 'blockquote', children: [paragraph] } : paragraph });
      continue;
    }
    // Its tokens go with it: the article's word count is read from them (clean.ts).
    segment.tokens = signals.run;
    kept.push(segment);
  }
  dropOrphan();
  return kept;
}

/** A heading segment's level (1 for h1). */
const headingDepth = (segment: Segment): number => {
  const node = nodeOf(segment);
  return node.type === 'heading' ? node.depth : 1;
};
