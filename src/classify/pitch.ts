// Offers and pitches told by their structure when no word of the business and no call is in them (issue 5): a deal
// ("Two years of full access for the price of one"), a delivery schedule ("…in your inbox every Friday"), a product
// named before its pitch ("La newsletter del mattino: …"), a sponsor's credit ("Brought to you by Acme"), an audio
// player's label ("Ouvir esta notícia (5 min)"). News that reports a deal or a newsletter names who offered it and
// when: it opens with its subject, reports someone or speaks to no one.
import { foldWord, internWord, vocabularyId, type TokenRun } from '../rules/compile.js';
import type { Category } from '../types.js';
import type { AppealShape } from './shape.js';
import { lazy } from '../lazy.js';
import { hasMark, startsLower } from '../text/chars.js';

export interface Pitch {
  category: Category;
  ruleId: string;
  reason: string;
}

/**
 * The structure of a deal, in the seven catalog languages: a share saved or off, so many for the price of fewer, half
 * price, paying for one of several.
 */
const DEAL =
  /(?:\b(?:save|spare|sparen|economisez|ahorra|risparmia|economize|bespaar)\s(?:(?:up to|bis zu|jusqu'a|hasta|fino al|ate|tot|un|el|il|le|o)\s)?\d{1,2}\s?%|\b\d{1,2}\s?%\s(?:off|korting|rabatt|de (?:reduction|remise|descuento|desconto)|di sconto)\b|\bfor the price of (?:one|two|1)\b|\bzum preis von (?:einem|einer|eins|zwei)\b|\bpour le prix d'(?:un|une)\b|\bal (?:precio|prezzo) de?i? (?:uno|una|dos|due)\b|\bpelo preco de (?:um|uma|dois)\b|\bvoor de prijs van (?:een|twee|1)\b|\bhalf (?:price|off)\b|\bhalbe[nr]? preis\b|\bmoitie prix\b|\bmitad de precio\b|\bmeta prezzo\b|\bmetade do preco\b|\bhalve prijs\b|\bnur (?:einen|eins|einer) (?:zahlen|bezahlen)\b|\bpay for (?:only )?one\b)/u;
/**
 * What a publication's deal sells: access, reading, a subscription. Not a plan, a membership or a period alone: service
 * pages sell those with the same deals ("Get 15% off our Standard plan", "save 15% on their first 12 months"), and
 * html-dev's truth keeps them.
 */
const PLAN =
  /\b(?:access|subscription|subscriptions|reading|read|abo|jahresabo|lesen|zugang|lire|acces|abonnement|leer|acceso|suscripcion|leggere|accesso|abbonamento|ler|acesso|assinatura|lezen|toegang)\b/u;
/** Words that open a sentence about someone else's deal ("The store offered 50% off…", "Her newsletter lands…"). */
const THIRD_PERSON_OPENER =
  /^(?:the|a|an|his|her|their|its|he|she|they|it|der|die|das|ein|eine|sein|seine|le|la|les|un|une|son|sa|ses|il|ils|elle|elles|el|los|las|su|sus|lo|gli|o|os|as|seu|sua|de|het|een|zijn|haar|hun)\s/u;
/** Someone else's product ("Her newsletter: …"). */
const POSSESSIVE_OPENER = /^(?:his|her|their|its|sein|seine|ihr|ihre|son|sa|ses|su|sus|suo|sua|seu|zijn|haar|hun)\s/u;
/** A deal is pitched in a short run. */
const DEAL_MAX_WORDS = 14;

/** Where a newsletter arrives: the reader's inbox or mail, in the seven catalog languages. */
const CHANNEL =
  /\b(?:inbox|e-?mail|postfach|posteingang|mailbox|boite mail|boite de reception|courriel|correo|bandeja de entrada|casella|caixa de entrada|newsletter|nieuwsbrief|boletin|brievenbus)\b/u;
/** When it arrives: a recurring day or time of day. */
const CADENCE =
  /\b(?:(?:every|each) (?:morning|evening|night|day|weekday|week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays)|jede[nrs]? (?:morgen|abend|tag|woche|monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|werktag)|(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|werktags)|chaque (?:matin|soir|jour|semaine|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|tous les (?:matins|soirs|jours|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)|cada (?:manana|tarde|noche|dia|semana|mes|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|todos los (?:dias|lunes|martes|miercoles|jueves|viernes|sabados|domingos)|ogni (?:mattina|sera|giorno|settimana|mese|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|tutt[ie] (?:i giorni|le mattine|le sere)|tod[ao]s (?:as|os) (?:manhas|noites|dias|semanas|segundas|tercas|quartas|quintas|sextas|sabados|domingos)|toda (?:manha|noite|semana|segunda|terca|quarta|quinta|sexta)|(?:elke|iedere) (?:ochtend|avond|dag|week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdag))\b/u;
/** "Free" (folded): a pitch's promise, where news would name who sends what to whom. */
const FREE = /\b(?:free|kostenlos|gratis|gratuit|gratuite|gratuito|gratuita|gratuitement|gratuitamente)\b/u;
/** The reader addressed, or the publisher speaking of its own ("Our newsletter lands…", not "The paper said our…"). */
const speaksToOrFrom = (shape: AppealShape, folded: string): boolean => shape.reader || (shape.self && !THIRD_PERSON_OPENER.test(folded));
/** A newsletter pitch is at most this many words. */
const DELIVERY_MAX_WORDS = 20;

/** A product a publication names before its pitch: a newsletter, a podcast, a briefing. */
const PRODUCT =
  /\b(?:newsletter|newsletters|nieuwsbrief|podcast|briefing|digest|boletin|rundbrief|infolettre|lettre d'information)\b/u;
/** The name before the colon is at most this many words, the pitch after it at most `NAMED_PITCH_MAX_WORDS`. */
const NAME_MAX_WORDS = 6;
const NAMED_PITCH_MAX_WORDS = 20;

/** A word of listening, in the seven catalog languages (folded). */
const LISTEN = /\b(?:listen|hear|horen|anhoren|ecouter|ecoutez|escuchar|escucha|ascolta|ascoltare|ouvir|ouca|luister|luisteren|audio)\b/u;
/** A duration closing the line, with no stop ("(5 min)", "7 minutes"): a player's label, not a sentence. */
const DURATION_END = /\(?\b\d{1,2}\s?(?:min|mins|minutes?|minuten|minutos|minuti)\)?$/u;
/** An audio prompt is at most this many words. */
const LISTEN_MAX_WORDS = 8;

/**
 * A line that is only a call to pass the article on to someone ("Tell a friend.", "Send it to them."): whole, since the
 * same words run on in news ("She did not tell a friend about it until March").
 */
const PASS_ON = String.raw`(?:tell (?:a friend|your friends|a colleague)|(?:send|forward) (?:it|this) to (?:them|a friend|someone)|pass (?:it|this) (?:on|along)|share (?:it|this) with (?:them|a friend|someone))`;
const PASS_ON_CALL = new RegExp(String.raw`\b${PASS_ON}\b`, 'u');
/** …after a short question that leads in to it, or none ("Enjoying our coverage? Tell a friend."). */
const PASS_ON_LINE = new RegExp(String.raw`^(?:[^?]{1,60}\? )?${PASS_ON}[.!]?$`, 'u');

/** The publication naming itself ("this newspaper", "diese Zeitung", "deze krant"), folded. */
const SELF_NAMED =
  /\b(?:this|diese|ce|cette|este|esta|questo|questa|deze|dit) (?:newspaper|paper|magazine|newsroom|site|website|zeitung|redaktion|journal|redaction|diario|periodico|revista|redaccion|sitio|giornale|rivista|redazione|sito|jornal|redacao|krant|tijdschrift|redactie)\b/u;
/** What it owes its existence to: without, thanks to, depending on… (folded). */
const OWES_TO =
  /\b(?:without|thanks to|depends on|relies on|belongs to|ohne|dank|dankt|sans|grace aux?|appartient a|sin|gracias a|depende de|senza|grazie ai?|sem|gracas ao?s?|zonder|dankzij)\b/u;
/** …its readers, members or subscribers (folded). */
const ITS_READERS =
  /\b(?:readers|members|subscribers|supporters|leser|leserinnen|mitglieder|abonnenten|lecteurs|abonnes|lectores|socios|suscriptores|lettori|abbonati|leitores|assinantes|lezers|leden|abonnees)\b/u;
/** A publication's plea naming itself is short. */
const SELF_PLEA_MAX_WORDS = 16;

/** A sponsor's label opening a credit line, in the seven catalog languages (folded). */
const SPONSOR_LABEL =
  /^(?:brought to you by|presented by|prasentiert von|gesponsert von|presente par|propose par|patrocinado por|presentado por|ofrecido por|offerto da|presentato da|sponsorizzato da|apresentado por|oferecido por|mogelijk gemaakt door|aangeboden door|gesponsord door|gepresenteerd door)\s/u;
/** A sponsor's name: capitalized words (and "&", "and"), up to six, an optional stop after them. */
const SPONSOR_NAME = lazy(() => new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&'’-]*(?:\s(?:&|and|und|et|y|e|en|\p{Lu}[\p{L}\p{N}&'’-]*)){0,5}\.?$`, 'u'));

/**
 * Where a comment goes, said to the reader ("…in the comments", "Deja tu opinión en los comentarios", "Drop us a
 * comment"), folded. News of comments reports who left them ("Residents left comments below the video").
 */
const COMMENT_CALL =
  /\b(?:(?:in|to) the comments?|comments? section|us a comment|(?:les|los|nos|nei|den|de|l'espace) (?:commentaires|comentarios|commenti|kommentaren|reacties))\b/u;
/**
 * A plea for the publication's survival opening a sentence ("Help keep it that way.", "Help us stay independent."):
 * help for "us", or to keep "it" going. A how-to's "Help keep your pets calm" keeps something else.
 */
const SURVIVAL_PLEA = /(?:^|[.!?] )help (?:us (?:keep|stay|remain|survive)|keep (?:it|this|us) (?:that way|going|alive|free))\b/u;
/** A comment prompt or a survival plea is at most this many words. */
const PROMPT_MAX_WORDS = 12;

/** The longest run any pitch above may be (a named pitch); longer runs are not read (most of an article's sentences). */
const PITCH_MAX_WORDS = NAME_MAX_WORDS + NAMED_PITCH_MAX_WORDS;

/**
 * Words the patterns above cannot match without, as bits by vocabulary id, so that a run whose tokens have none is not
 * read with them (issue 9 profile: the letter pattern this replaced, run on every paragraph and short run no other rule
 * judged, was a sixth of text mode, and it missed some of the patterns' words; the tokens' ids are already there). A
 * deal needs a word of PLAN and, besides a "%", one of its own; a sponsor's credit a word of its label; every other
 * pattern one of its words (a plea naming the publication: a word of ITS_READERS). `\b` is an ASCII word boundary: a word a pattern finds in the lowercase or folded text is a
 * token's folded word, or a run of ASCII letters inside a token with characters above ASCII (partBits).
 */
const PLAN_WORD = 1;
const DEAL_WORD = 2;
const PITCH_WORD = 4;
const SPONSOR_WORD = 8;
/**
 * The words of PITCH_WORD by the pattern that needs them, so that mayHoldPitch tests only the patterns whose words the
 * run holds (issue 9 profile: common ones, "help", "share", "readers", sent a paragraph through all seven).
 */
const CHANNEL_WORD = 16;
const PRODUCT_WORD = 32;
const LISTEN_WORD = 64;
const READERS_WORD = 128;
const PASS_WORD = 256;
const HELP_WORD = 512;

/** The first word of each alternative of a pattern (after each "(?:" or "|"), of two letters or more. */
const firstWords = (pattern: RegExp): string[] => pattern.source.match(/(?<=[:|])[a-z]{2,}/gu) as string[];

const WORD_SETS: Array<[string[], number]> = [
  [firstWords(PLAN), PLAN_WORD],
  // Every alternative of DEAL has a "%" or one of these.
  ['price preis prix precio prezzo preco prijs half zahlen bezahlen pay'.split(' '), DEAL_WORD],
  [[...firstWords(CHANNEL), 'email', 'mail'], PITCH_WORD | CHANNEL_WORD],
  [firstWords(PRODUCT), PITCH_WORD | PRODUCT_WORD],
  [firstWords(LISTEN), PITCH_WORD | LISTEN_WORD],
  [firstWords(ITS_READERS), PITCH_WORD | READERS_WORD],
  ['tell send forward pass share'.split(' '), PITCH_WORD | PASS_WORD],
  ['comment comments commentaires comentarios commenti kommentaren reacties'.split(' '), PITCH_WORD],
  [['help'], PITCH_WORD | HELP_WORD],
  [firstWords(SPONSOR_LABEL), SPONSOR_WORD],
];
const WORD_BITS = new Uint16Array(Math.max(...WORD_SETS.flatMap(([words]) => words.map(internWord))) + 1);
for (const [words, bit] of WORD_SETS) {
  for (const word of words) {
    const id = internWord(word);
    WORD_BITS[id] = (WORD_BITS[id] as number) | bit;
  }
}

/** The bits of a vocabulary id. */
const bitsOf = (id: number): number => (id >= 0 && id < WORD_BITS.length ? (WORD_BITS[id] as number) : 0);

/**
 * The bits of the words a pattern may find inside a token with characters above ASCII: its runs of ASCII letters and
 * digits ("access" in "éaccess": "é" is no word character to `\b`).
 */
function partBits(word: string): number {
  let bits = 0;
  for (const part of word.match(/[a-z\d]+/gu) ?? []) bits |= bitsOf(vocabularyId(part));
  return bits;
}

/**
 * Whether the tokens of a run hold the words some pattern above needs: the words its lowercase or folded text may
 * match are its tokens' folded words, or parts of those with characters above ASCII (of their folded or lowercase form).
 */
function mayMatch(run: TokenRun, alsoBits: number): boolean {
  return passes(run, runBits(run), alsoBits);
}

/**
 * The bits of the words a run's lowercase or folded text may hold (mayMatch), computed once per run and kept on it: a
 * paragraph's are read by mayHoldPitch, mayJudgeBySentence and pitchOf (issue 9 profile, text mode).
 */
export function runBits(run: TokenRun): number {
  if (run.pitchBits < 0) run.pitchBits = readBits(run);
  return run.pitchBits;
}

function readBits(run: TokenRun): number {
  const { data, count } = run;
  let bits = 0;
  for (let i = 0; i < count; i++) bits |= bitsOf(data[3 * i] as number);
  const wide = run.wideWords();
  if (wide) for (const [i, folded] of wide) bits |= partBits(folded) | partBits(run.text.slice(run.start(i), run.end(i)).toLowerCase());
  return bits;
}

/** Whether a run with these word bits may match a pattern above (a deal needs a deal's word or a "%" with its plan word). */
export const passes = (run: TokenRun, bits: number, alsoBits: number): boolean =>
  (bits & (PITCH_WORD | alsoBits)) !== 0 || ((bits & PLAN_WORD) !== 0 && ((bits & DEAL_WORD) !== 0 || run.text.includes('%')));

/**
 * The pitch a run that reports no one is shaped as, or null: `words` is its number of words, `shapeOf` reads its appeal
 * shape (who speaks to whom) when a schedule needs it.
 */
export function pitchOf(run: TokenRun, words: number, readerProse: boolean, shapeOf: () => AppealShape): Pitch | null {
  const text = run.text;
  // Folding strips a combining mark (hasMark: no letter, so it parts tokens) and joins the words around it: then the
  // tokens do not tell the folded words.
  if (words === 0 || words > PITCH_MAX_WORDS || (!mayMatch(run, SPONSOR_WORD) && !hasMark(text))) return null;
  const trimmed = text.trim();
  const folded = foldWord(trimmed); // lowercase, accents stripped: the patterns are written in folded ASCII
  const sponsor = SPONSOR_LABEL.exec(folded);
  if (sponsor && words <= sponsor[0].split(' ').length + 5 && SPONSOR_NAME().test(trimmed.slice(sponsor[0].length).trim())) {
    return { category: 'ad', ruleId: 'ad.sponsor-line', reason: "a sponsor's credit: a sponsor label and a name, nothing else" };
  }
  // "Ce journal ne peut exister sans ses lecteurs.": the publication owing itself to its readers, naming itself.
  if (words <= SELF_PLEA_MAX_WORDS && SELF_NAMED.test(folded) && OWES_TO.test(folded) && ITS_READERS.test(folded)) {
    return { category: 'donation', ruleId: 'donation.self-plea', reason: 'the publication naming itself and owing itself to its readers' };
  }
  if (PASS_ON_LINE.test(folded)) return { category: 'social', ruleId: 'social.pass-on', reason: 'a line that is only a call to pass the article on' };
  if (words <= PROMPT_MAX_WORDS) {
    if (SURVIVAL_PLEA.test(folded)) return { category: 'donation', ruleId: 'donation.survival-plea', reason: 'a plea to keep it going' };
    const shape = COMMENT_CALL.test(folded) && shapeOf();
    if (shape && (shape.reader || shape.imperative || shape.self)) return { category: 'comments', ruleId: 'chrome.comment-call', reason: 'a call to comment' };
  }
  if (words <= LISTEN_MAX_WORDS && LISTEN.test(folded) && DURATION_END.test(folded)) {
    return { category: 'chrome', ruleId: 'chrome.listen-prompt', reason: "an audio player's prompt: a word of listening and the duration, no sentence" };
  }
  // On a page written to the reader, deals and schedules are what the page is about (reviews, guides).
  if (readerProse) return null;
  if (words <= DEAL_MAX_WORDS && !THIRD_PERSON_OPENER.test(folded) && DEAL.test(folded) && PLAN.test(folded)) {
    return { category: 'subscription', ruleId: 'subscription.deal', reason: 'shaped like an offer: a deal on access or reading' };
  }
  const colon = trimmed.indexOf(': ');
  // The pitch runs on in lowercase: a capital after the colon opens a title's subtitle ("Podcast Equipment Guide: What I…").
  if (colon > 0 && words <= NAME_MAX_WORDS + NAMED_PITCH_MAX_WORDS && startsLower(trimmed.slice(colon + 2))) {
    const name = folded.slice(0, colon);
    if (!/[.!?]/u.test(name) && name.split(/\s+/u).length <= NAME_MAX_WORDS && PRODUCT.test(name) && !POSSESSIVE_OPENER.test(name)) {
      return { category: 'newsletter', ruleId: 'newsletter.named-pitch', reason: "a newsletter or podcast's name before a colon and its pitch" };
    }
  }
  if (words <= DELIVERY_MAX_WORDS && CHANNEL.test(folded) && CADENCE.test(folded) && (FREE.test(folded) || speaksToOrFrom(shapeOf(), folded))) {
    return { category: 'newsletter', ruleId: 'newsletter.delivery', reason: "shaped like a newsletter's pitch: what arrives by mail on a schedule, to the reader or from the publisher" };
  }
  return null;
}

/**
 * Whether some run of this run's tokens (a sentence of it, or two together) may be read as a pitch by pitchOf: pitchOf
 * answers null unless its run passes mayMatch or holds a combining mark, and a part of this run has a subset of its
 * tokens (their bits), its "%" and its marks (classify's mayJudgeBySentence).
 */
export const mayHoldAnyPitch = (run: TokenRun): boolean => passes(run, runBits(run), SPONSOR_WORD) || hasMark(run.text);

/**
 * Whether a paragraph with no appeal words may hold a sentence shaped as a deal, a schedule or a named pitch (then
 * judged sentence by sentence: "…the existing budget. Drei Monate lesen, nur einen bezahlen.").
 */
export function mayHoldPitch(run: TokenRun): boolean {
  const text = run.text;
  const bits = runBits(run);
  if (!passes(run, bits, 0)) return false;
  // Folded like the sentences pitchOf reads ("moitié prix"): only the few paragraphs whose tokens hold such a word get
  // here (folding every paragraph made text-dev 40% slower). Each pattern is tested only when the run holds a word it
  // needs (a deal: its plan's word, and a deal's word or a "%", as `passes` tells).
  const folded = foldWord(text);
  const deal = (bits & PLAN_WORD) !== 0 && ((bits & DEAL_WORD) !== 0 || text.includes('%'));
  return (
    (deal && DEAL.test(folded) && PLAN.test(folded)) ||
    ((bits & CHANNEL_WORD) !== 0 && CHANNEL.test(folded) && CADENCE.test(folded)) ||
    ((bits & PRODUCT_WORD) !== 0 && PRODUCT.test(folded)) ||
    ((bits & LISTEN_WORD) !== 0 && LISTEN.test(folded) && DURATION_END.test(folded)) ||
    ((bits & PASS_WORD) !== 0 && PASS_ON_CALL.test(folded)) ||
    ((bits & READERS_WORD) !== 0 && SELF_NAMED.test(folded) && OWES_TO.test(folded) && ITS_READERS.test(folded)) ||
    ((bits & HELP_WORD) !== 0 && SURVIVAL_PLEA.test(folded))
  );
}

/** The patterns mayHoldPitch tests, for its test (each tested only when the run holds a word it needs). */
export const PITCH_PATTERNS = { DEAL, PLAN, CHANNEL, CADENCE, PRODUCT, LISTEN, DURATION_END, PASS_ON_CALL, SELF_NAMED, OWES_TO, ITS_READERS, SURVIVAL_PLEA };
