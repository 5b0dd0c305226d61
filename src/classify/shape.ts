// The shape of an appeal, beyond its words: a call to action in the publisher's voice ("Tell us in the comments",
// "Unlock this story…", "Give what you can today"). Appeals in wordings no rule lists still have this shape; news
// sentences that carry the same cue words report someone and rarely speak for the publication to the reader.
import { internWord, type TokenRun } from '../rules/compile.js';
import type { Category } from '../types.js';
import { lazy } from '../lazy.js';
import { startsUpper } from '../text/chars.js';

/** Vocabulary ids of folded words: tokens are looked up by id, never read out as strings (issue 9 profile). */
const ids = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(internWord));

/** The publisher speaking (folded): "we", "us", "our" and their forms in the seven catalog languages. */
const PUBLISHER = ids([
  'we', 'us', 'our', 'ours', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nous', 'notre', 'nos',
  'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso', 'nossa', 'nossos', 'nossas', 'noi', 'nostro',
  'nostra', 'nostri', 'nostre', 'wij', 'ons', 'onze',
  // imperatives with "us" attached: "apóyanos", "sostienici"
  'apoyanos', 'ayudanos', 'sostienici', 'aiutaci', 'seguinos',
]);
/** "this story", "this site": the text speaking about itself. */
const THIS = ids(['this', 'these', 'dieser', 'diesen', 'dieses', 'diese', 'ce', 'cet', 'cette', 'este', 'esta', 'esto', 'questo', 'questa', 'deze', 'dit']);
const ARTIFACTS = ids([
  'story', 'stories', 'article', 'articles', 'piece', 'site', 'website', 'page', 'post', 'column', 'newsletter', 'content',
  'journalism', 'reporting', 'podcast', 'episode', 'newsroom', 'artikel', 'beitrag', 'seite', 'articulo', 'pagina',
  'sitio', 'artigo', 'articolo', 'sito', 'articoli', 'artigos', 'articulos', 'artikelen', 'beitrage', 'paginas', 'pagine',
  // a platform's page naming its writer ("Join Medium for free to get updates from this writer.")
  'writer', 'author',
]);
/**
 * Verbs that open a call to action (folded), imperative forms in the seven languages. Generic verbs of instructions
 * ("open", "click", "download") are left out: how-to pages are made of them.
 */
const CTA_VERBS = ids([
  // en
  'give', 'donate', 'make', 'support', 'fuel', 'subscribe', 'join', 'sign', 'register', 'unlock', 'become', 'stand', 'fund', 'pitch', 'chip',
  'help', 'consider', 'get', 'receive', 'follow', 'share', 'send', 'forward', 'tap', 'turn', 'hear', 'listen',
  'scroll', 'upgrade', 'contribute', 'rate', 'leave', 'comment', 'write',
  // issue 5 (calls no phrase lists); not "try", "add" or "power": reviews and guides open sentences with them
  'keep', 'treat', 'start', 'choose', 'jump', 'reach', 'protect', 'sustain', 'renew', 'activate', 'create', 'log',
  // de
  'unterstutzen', 'unterstutze', 'spenden', 'spende', 'abonnieren', 'abonniere', 'registrieren', 'melden', 'folgen', 'folge',
  'teilen', 'teile', 'lesen', 'lies', 'horen', 'hore', 'jetzt', 'werden', 'werde', 'sichern', 'sichere', 'testen',
  'diskutieren', 'diskutiere', 'kommentieren', 'kommentiere', 'entdecken', 'entdecke', 'hol', 'holen', 'starten', 'helfen', 'hilf', 'weiterlesen',
  // fr
  'soutenez', 'soutiens', 'abonnez', 'abonne', 'inscrivez', 'inscris', 'rejoignez', 'rejoins', 'partagez', 'partage',
  'suivez', 'ecoutez', 'donnez', 'faites', 'decouvrez', 'profitez', 'creez', 'aidez',
  // es
  'suscribete', 'suscribase', 'apoya', 'apoye', 'apoyanos', 'ayudanos', 'dona', 'unete', 'unase', 'comparte', 'comparta', 'siguenos',
  'registrate', 'hazte', 'descubre', 'escucha', 'recibe', 'colabora', 'colabore', 'apuntate', 'descarga', 'activa', 'haz', 'accede', 'disfruta', 'prueba', 'lee', 'entra', 'participa',
  // it
  'sostieni', 'sostienici', 'abbonati', 'iscriviti', 'unisciti', 'condividi', 'seguici', 'ascolta', 'leggi', 'registrati',
  'scopri', 'ricevi', 'diventa', 'aiutaci', 'prova', 'scarica', 'accedi', 'fai', 'attiva', 'contribuisci', 'partecipa', 'commenta',
  // pt
  'assine', 'apoie', 'doe', 'junte', 'compartilhe', 'siga', 'ouca', 'leia', 'cadastre', 'inscreva', 'receba', 'torne', 'ajude',
  'faca', 'contribua', 'entre', 'baixe', 'ative', 'experimente', 'aproveite', 'participe', 'comente',
  // nl
  'steun', 'doneer', 'abonneer', 'word', 'meld', 'deel', 'volg', 'luister', 'lees', 'registreer', 'ontvang', 'probeer',
  'schrijf', 'maak', 'ontdek', 'kies', 'reageer', 'geef',
]);
/**
 * Imperatives told apart by their grammar rather than listed (issue 5: appeals in wordings no list holds): a verb that
 * opens a sentence with its pronoun hyphened on ("Abonnez-vous", "Rejoignez-nous", "Cadastre-se"), a French verb in -ez
 * ("Participez à…", "Réagissez"), a Spanish verb with a stressed vowel and a pronoun glued on ("Apúntate", "Únete",
 * "Descárganos"), or a German or Dutch verb before the polite or familiar "you" in a sentence that asks nothing ("Werden
 * Sie Förderer.", "Meld je aan…"; "Werden Sie kommen?" is a question).
 */
const HYPHENED_PRONOUN = /^-(?:vous|nous|toi|moi|se|te|nos|me)\b/iu;
/** Letters only (each test below is linear: no two quantifiers that may match the same letters). */
const LETTERS = lazy(() => new RegExp(String.raw`^\p{L}+$`, 'u'));
/** French words in -ez that are no verb. */
const NOT_FRENCH_IMPERATIVES = ids(['chez', 'assez', 'nez', 'rez']);
const STRESSED = /[áéíóú]/u;
const ENCLITIC_END = /(?:te|nos|os|se)$/u;
/** The formal or familiar "you" after a German or Dutch imperative (folded; the German "Sie" capitalized). */
const AFTER_VERB_YOU = ids(['sie', 'je', 'u']);
/** Words that open a German or Dutch sentence before "Sie"/"je" and are no verb ("Wie", "Als je…", "Hoe je…"). */
const NOT_VERBS = ids(['wie', 'was', 'wo', 'wann', 'warum', 'ob', 'wenn', 'als', 'hoe', 'wat', 'waar', 'wanneer', 'waarom', 'of', 'dat', 'die', 'dan', 'zo', 'ook', 'nu', 'hier', 'daar', 'hebt', 'heb', 'ben', 'bent', 'kunt', 'kun', 'wilt', 'wil', 'zult', 'moet', 'mag', 'haben', 'sind', 'konnen', 'mussen', 'wollen', 'mochten', 'durfen', 'sollten', 'wurden', 'hatten', 'waren', 'dort', 'da', 'so', 'denn', 'dann']);

/** Words that open a condition before a call ("If you can, …"), folded, in the seven languages. */
const IF = ids(['if', 'wenn', 'falls', 'si', 'se', 'als']);
/** "You can …", "you could …": the reader's part in a call (English only: the other languages inflect the verb). */
const YOU = ids(['you']);
const CAN = ids(['can', 'could']);
/** Verbs that call on the publisher: "Tell us", "Let us know", "Stand with us", "Back our reporting". */
const US_VERBS = ids(['tell', 'let', 'stand', 'join', 'follow', 'support', 'help', 'write', 'back']);
const US = internWord('us');
const OUR = internWord('our');
const SIE = internWord('sie');
const WITH = internWord('with');
/** Polite words before the verb of a call to action. */
const POLITE = ids(['please', 'bitte', 'svp', 'por', 'favor', 'per']);
/**
 * Punctuation that ends a sentence or a label before the next one starts ("Stand with us. Fund…", "Hint: Tell us…"):
 * what hasBreak looks for (exported for its test).
 */
export const BREAK = /[.!?:;…|—–•]/u;

/**
 * Words of the publication's own business (folded), by the kind of appeal they belong to: reader revenue, sign-ups,
 * its comments and apps. Commerce words ("call", "plan", "order") are left out: service pages are full of them.
 */
const MEDIA_WORDS = new Map<number, Category>();
const media = (category: Category, words: readonly string[]): void => {
  for (const word of words) MEDIA_WORDS.set(internWord(word), category);
};
media('donation', [
  'donate', 'donation', 'donations', 'contribution', 'contributions', 'contribute', 'journalism', 'journalists', 'newsroom', 'reporting',
  'independent', 'nonprofit', 'supporters', 'patrons', 'donors', 'donor', 'spenden', 'spende', 'journalismus', 'redaktion',
  'journalisme', 'redaction', 'donacion', 'periodismo', 'redaccion', 'doacao', 'jornalismo', 'redacao', 'donazione', 'giornalismo',
  'redazione', 'donatie', 'journalistiek', 'redactie', 'contribuicao', 'contribucion', 'contributo', 'bijdrage',
  'fundraiser', 'fundraising', 'pledge', 'backers', 'supporter', 'reporter', 'reporters', 'investigations', 'investigation', 'fund', 'editors',
  'independants', 'independante', 'independantes', 'independientes', 'indipendente', 'indipendenti', 'unabhangig', 'unabhangige', 'unabhangigen',
  'onafhankelijk', 'onafhankelijke', 'independentes',
  // issue 5: the readers who pay and what they give, in the seven languages
  'patron', 'sustaining', 'generosity', 'byline', 'newsrooms', 'lecteurs', 'lectores', 'lettori', 'leitores', 'lezers', 'leser',
  'forderer', 'unterstutzung', 'soutien', 'apoyo', 'sostegno', 'apoio', 'cagnotte', 'aportacion', 'werbefrei', 'ad-free', 'adfree',
]);
media('paywall', ['subscriber', 'subscribers', 'paywall', 'paywalls', 'unlock', 'premium', 'member', 'members', 'membership', 'memberships', 'abonnenten', 'abonnes', 'suscriptores', 'assinantes', 'abbonati', 'abonnees', 'leden',
  'mitglied', 'mitglieder', 'mitgliedschaft', 'membre', 'membres', 'socio', 'socios', 'socia', 'socias', 'lid', 'lidmaatschap', 'assinante', 'suscriptor', 'abbonato',
  // issue 5: a wall's profile, trial and unlimited reading (not the English "unlimited": deals pages sell it, "Get … Unlimited for $1";
  // nor "account": guides say "Create and log in to your developer account")
  'trial', 'login', 'members-only', 'weiterlesen', 'weiterzulesen', 'profile', 'abonnee',
  'leyendo', 'lendo', 'illimitato', 'ilimitado', 'illimite', 'unbegrenzt', 'onbeperkt', 'proefabonnement', 'probeabo']);
media('subscription', ['subscribe', 'subscription', 'subscriptions', 'print', 'edition', 'abo', 'abonnement', 'suscripcion', 'assinatura', 'abbonamento']);
media('newsletter', ['newsletter', 'newsletters', 'inbox', 'email', 'emailed', 'updates', 'headlines', 'briefing', 'digest', 'alerts', 'push', 'boletin', 'nieuwsbrief', 'mailbox', 'correo', 'mailing',
  'postfach', 'e-mail', 'rassegna', 'casella', 'spam', 'unsubscribe', 'dispatch',
  // helper-63 (probe set 84): headlines in Portuguese, and the messenger they are sent by
  'manchetes', 'whatsapp']);
media('chrome', ['comments', 'comment', 'app', 'apps', 'aloud', 'notifications', 'podcast', 'kommentare', 'commentaires', 'comentarios', 'commenti', 'reacties',
  'conversation', 'discussion', 'audio', 'listen', 'application', 'aplicacion', 'applicazione', 'aplicativo', 'diskussion', 'podcasts']);
media('social', ['tweet', 'forward', 'teilen', 'partager', 'compartir', 'compartilhar', 'condividi', 'delen']);
media('cookie', ['cookies', 'privacy', 'consent', 'datenschutz', 'confidentialite', 'privacidad', 'privacidade']);
media('related', ['story', 'stories', 'article', 'articles', 'coverage', 'recommended', 'trending', 'articoli', 'artigos', 'articulos', 'artikelen']);

/** The reader addressed (folded): "you" and its forms; the German polite forms are told by their capital (see `reader`). */
const READER = ids([
  // Not "ton", "ta", "tes": English words too ("a ton of").
  'you', 'your', 'yours', 'yourself', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'vous', 'votre', 'vos', 'tu',
  'usted', 'ustedes', 'tus', 'tuo', 'tua', 'tuoi', 'voi', 'vostro', 'vostra', 'voce', 'voces', 'seu', 'sua', 'jij', 'jouw', 'uw',
]);
/** German polite "you" (folded), second person only when capitalized inside a sentence ("brauchen wir Ihre Hilfe"). */
const POLITE_YOU = ids(['sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihnen']);
/** The reader's possessive before what the reader gives ("your help", "Ihre Hilfe", "votre soutien"), folded. */
const READER_POSSESSIVE = ids(['your', 'ihre', 'ihrer', 'deine', 'deiner', 'votre', 'tu', 'su', 'tuo', 'tua', 'vostro', 'vostra', 'seu', 'sua', 'jouw', 'uw', 'je']);
/** What a reader gives a publication (folded nouns): with the reader's possessive a word of its business. */
const READER_GIFTS = ids(['help', 'support', 'generosity', 'gift', 'contribution', 'hilfe', 'unterstutzung', 'aide', 'soutien', 'ayuda', 'apoyo', 'aiuto', 'sostegno', 'ajuda', 'apoio', 'hulp', 'steun', 'bijdrage']);

/**
 * Nouns of a plea for the newsroom's money (folded): with the publisher's voice and the reader's they make a short run
 * a plea with no call in it. No verbs ("If you contribute to the ecosystem, we will…") and no adjectives ("based on
 * our independent editorial review", an affiliate disclosure's).
 */
const PLEA_NOUNS = ids([
  'journalism', 'journalists', 'newsroom', 'reporting', 'reporters', 'donation', 'donations', 'contribution', 'contributions',
  'supporters', 'donors', 'patrons', 'fundraiser', 'fundraising', 'generosity', 'journalismus', 'redaktion', 'journalisme', 'redaction',
  'periodismo', 'redaccion', 'jornalismo', 'redacao', 'giornalismo', 'redazione', 'journalistiek', 'redactie', 'donacion', 'doacao',
  'donazione', 'donatie', 'contributo', 'contribuicao', 'contribucion', 'bijdrage', 'forderer', 'unterstutzung', 'soutien', 'apoyo',
  'sostegno', 'apoio', 'cagnotte', 'aportacion',
]);

export interface AppealShape {
  /** The publisher speaks ("we", "our") or the text names itself ("this story"). */
  self: boolean;
  /** A sentence of the run opens with a call-to-action verb ("please" before it allowed). */
  imperative: boolean;
  /** The reader is addressed ("you", "votre", a capitalized "Ihre" inside a sentence). */
  reader: boolean;
  /** A noun of a plea for the newsroom's money, or the reader's help or gift ("your help", "Ihre Hilfe"). */
  pleaNoun: boolean;
  /** Distinct words of the publication's business in the run. */
  media: number;
  /** The kind of appeal most of those words belong to. */
  category: Category | null;
  /**
   * The kind of reader revenue the call's own verb names ("Donate to the station today.", "Subscribe for the full
   * story."), or null: the verb is the appeal's business word.
   */
  verbCategory: Category | null;
}

/** Each listed word's lists as bits, by vocabulary id: one array read per token (most tokens are in none). */
const PUBLISHER_BIT = 1;
const THIS_BIT = 2;
const ARTIFACT_BIT = 4;
const CTA_BIT = 8;
const US_VERB_BIT = 16;
const POLITE_BIT = 32;
const MEDIA_BIT = 64;
/** The bits above: a token with none of them is passed over once its reader and plea words are read. */
const BUSINESS_BITS = 127;
/** Words of the reader and of a plea (READER, POLITE_YOU, READER_POSSESSIVE, PLEA_NOUNS), read from the same array. */
const READER_BIT = 128;
const POLITE_YOU_BIT = 256;
const READER_POSSESSIVE_BIT = 512;
const PLEA_NOUN_BIT = 1024;
const BIT_SETS = [
  [PUBLISHER, PUBLISHER_BIT], [THIS, THIS_BIT], [ARTIFACTS, ARTIFACT_BIT], [CTA_VERBS, CTA_BIT], [US_VERBS, US_VERB_BIT], [POLITE, POLITE_BIT], [new Set(MEDIA_WORDS.keys()), MEDIA_BIT],
  [READER, READER_BIT], [POLITE_YOU, POLITE_YOU_BIT], [READER_POSSESSIVE, READER_POSSESSIVE_BIT], [PLEA_NOUNS, PLEA_NOUN_BIT],
] as const;
const BITS = new Uint16Array(Math.max(...BIT_SETS.flatMap(([set]) => [...set])) + 1);
for (const [set, bit] of BIT_SETS) for (const id of set) BITS[id] = (BITS[id] as number) | bit;
/** Verbs that open a follow line (folded), in the seven catalog languages (isFollowLine). */
const FOLLOW = ids(['follow', 'folgen', 'folge', 'suivez', 'siguenos', 'sigue', 'seguici', 'segui', 'siga', 'sigam', 'volg']);
/**
 * Ids of the words without which no run is shaped like an appeal (its business words and "this") or holds a follow
 * line: a paragraph with none of them is never judged sentence by sentence for its shape.
 */
export const SHAPE_WORD_IDS: readonly number[] = [...MEDIA_WORDS.keys(), ...THIS, ...FOLLOW];

/** Whether text[from, to) holds a character of BREAK (a loop: a slice and a pattern per token was most of appealShape). */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    // . ! ? : ; | and … — – •
    if (code < 128 ? code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 124 : code === 0x2026 || code === 0x2014 || code === 0x2013 || code === 0x2022) return true;
  }
  return false;
}

/** The shape signals of a run, from its tokens (vocabulary ids with offsets into the run's text). */
export function appealShape(run: TokenRun): AppealShape {
  // Computed once per run (kept on it): a paragraph's shape is read by mayBeShaped, then again by judgeCues and
  // judgeShape, and a sentence's by several joins (issue 9 profile, text mode). The shape is read, never changed.
  return (run.shape ??= readShape(run)) as AppealShape;
}

/** What ENCLITIC_END matches at the end of a folded word (folding keeps ASCII letters). */
const FOLDED_ENCLITIC_END = /(?:te|nos|os|se)$/;

/**
 * Whether token i may make appealShape find an imperative in a run of this run's tokens that holds it (a sentence of
 * it, or sentences joined), wherever that run starts: a listed call verb, a verb addressed to "us" ("Tell us"), or a
 * word grammarImperative could take (a hyphen after it, an ending in -ez, a folded ending of a Spanish enclitic on a
 * word with an accent, a capitalized word before "Sie", "je" or "u"). (classify's mayJudgeBySentence.)
 */
function mayCallAt(run: TokenRun, i: number): boolean {
  const { text, data, count } = run;
  const id = data[3 * i] as number;
  const bits = id >= 0 && id < BITS.length ? (BITS[id] as number) : 0;
  if ((bits & CTA_BIT) !== 0) return true;
  const next = i + 1 < count ? (data[3 * i + 3] as number) : -2;
  if ((bits & US_VERB_BIT) !== 0 && (next === US || next === OUR || next === WITH)) return true;
  const start = data[3 * i + 1] as number;
  const end = data[3 * i + 2] as number;
  if (text.charCodeAt(end) === 45) return true;
  // "…ez" in any case (lowercased by grammarImperative; its length is not tested here: "İ" lowercases to two).
  if (end - start >= 2 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 122) return true;
  const folded = run.foldedWord(i);
  if (folded !== undefined && FOLDED_ENCLITIC_END.test(folded)) return true;
  return AFTER_VERB_YOU.has(next) && /^\p{Lu}/u.test(text.slice(start, end));
}

/** Whether appealShape may find an imperative in some run of this run's tokens (mayCallAt at any token). */
export function mayHoldImperative(run: TokenRun): boolean {
  for (let i = 0; i < run.count; i++) if (mayCallAt(run, i)) return true;
  return false;
}

/**
 * Whether some run of this run's tokens may be a short call with one word of the publication's business that
 * judgeShape takes without the publisher's voice: a call verb that is itself such a word ("Subscribe", "Donate": its
 * verbCategory), or a call of at most THRESHOLDS.shapeButtonWords (3) words, so a business word within two tokens of a
 * token mayCallAt ("Unlock now", "Get the app"). (classify's mayJudgeBySentence, for a run with one business word.)
 */
export function mayHoldShortCall(run: TokenRun): boolean {
  const { data, count } = run;
  for (let i = 0; i < count; i++) {
    const id = data[3 * i] as number;
    const bits = id >= 0 && id < BITS.length ? (BITS[id] as number) : 0;
    if ((bits & MEDIA_BIT) === 0) continue;
    if ((bits & CTA_BIT) !== 0) return true;
    for (let k = Math.max(0, i - 2); k <= i + 2 && k < count; k++) if (mayCallAt(run, k)) return true;
  }
  return false;
}

/** appealShape(run).pleaNoun, read without the rest of the shape (classify's mayJudgeBySentence). */
export function holdsPleaNoun(run: TokenRun): boolean {
  const { data, count } = run;
  for (let i = 0; i < count; i++) {
    const id = data[3 * i] as number;
    const bits = id >= 0 && id < BITS.length ? (BITS[id] as number) : 0;
    if ((bits & PLEA_NOUN_BIT) !== 0) return true;
    if ((bits & READER_POSSESSIVE_BIT) !== 0 && i + 1 < count && READER_GIFTS.has(data[3 * i + 3] as number)) return true;
  }
  return false;
}

function readShape(run: TokenRun): AppealShape {
  const { text, data, count } = run;
  const id = (i: number): number => (i >= 0 && i < count ? (data[3 * i] as number) : -2);
  const bits = (i: number): number => {
    const word = id(i);
    return word >= 0 && word < BITS.length ? (BITS[word] as number) : 0;
  };
  /** Token i opens a sentence or a label's sentence (nothing but a stop before it). */
  const opens = (i: number): boolean => i === 0 || hasBreak(text, data[3 * i - 1] as number, data[3 * i + 1] as number);
  /** "If our reporting matters to you, back it…": the verb opens the main clause after a condition and a comma. */
  const afterCondition = (i: number): boolean => {
    if (i < 2 || !/,\s*$/.test(text.slice(data[3 * i - 2] as number, data[3 * i + 1] as number))) return false;
    let j = i - 1;
    while (j > 0 && !opens(j)) j--;
    return IF.has(id(j));
  };
  /** Token i is an imperative by its grammar (see HYPHENED_PRONOUN): read from its own text and what follows it. */
  const grammarImperative = (i: number): boolean => {
    const start = data[3 * i + 1] as number;
    const end = data[3 * i + 2] as number;
    const raw = text.slice(start, end);
    if (HYPHENED_PRONOUN.test(text.slice(end, end + 6))) return true;
    const lower = raw.toLowerCase();
    const word = lower.length >= 5 && LETTERS().test(lower);
    if (word && lower.endsWith('ez') && !NOT_FRENCH_IMPERATIVES.has(id(i))) return true;
    if (word && STRESSED.test(lower) && ENCLITIC_END.test(lower)) return true;
    if (i + 1 >= count || !AFTER_VERB_YOU.has(id(i + 1)) || NOT_VERBS.has(id(i)) || !startsUpper(raw)) return false;
    // German capitalizes the polite "Sie" (lowercase "sie" is "they"/"she"); Dutch "je"/"u" are lowercase.
    const pronoun = text.slice(data[3 * i + 4] as number, data[3 * i + 5] as number);
    if (id(i + 1) === SIE && pronoun !== 'Sie') return false;
    // A question asks, it does not call: the sentence runs to its stop without a question mark.
    const rest = text.slice(end);
    const stop = rest.search(/[.!?]/u);
    return stop < 0 || rest.charAt(stop) !== '?';
  };
  /** "You can help keep our coverage open": a call in the form of what the reader can do. */
  const afterYouCan = (i: number): boolean => i >= 2 && CAN.has(id(i - 1)) && YOU.has(id(i - 2)) && opens(i - 2);
  let self = false;
  let imperative = false;
  let verbCategory: Category | null = null;
  let names = false;
  let seen: Set<number> | null = null;
  let byCategory: Map<Category, number> | null = null;
  let reader = false;
  /** "your help", "Ihre Hilfe": what the reader gives, a word of the business once. */
  let plea = false;
  let pleaNoun = false;
  for (let i = 0; i < count; i++) {
    const all = bits(i);
    if (!reader && ((all & READER_BIT) !== 0 || ((all & POLITE_YOU_BIT) !== 0 && !opens(i) && startsUpper(text.slice(data[3 * i + 1] as number, data[3 * i + 2] as number))))) reader = true;
    if (!plea && (all & READER_POSSESSIVE_BIT) !== 0 && READER_GIFTS.has(id(i + 1))) plea = true;
    if (!pleaNoun && (all & PLEA_NOUN_BIT) !== 0) pleaNoun = true;
    const b = all & BUSINESS_BITS;
    // A verb no list holds opens a call by its grammar; verbs that are listed are judged below.
    if (!imperative && (b & CTA_BIT) === 0 && opens(i) && grammarImperative(i)) imperative = true;
    if (b === 0) continue;
    const namesItself = (b & THIS_BIT) !== 0 && (bits(i + 1) & ARTIFACT_BIT) !== 0;
    if ((b & PUBLISHER_BIT) !== 0 || namesItself) self = true;
    // "this story", "this column": the publication's own product, a word of its business too.
    if (namesItself) names = true;
    // "Tell us", "Let us know", "Stand with us": a verb addressed to the publisher opens a call wherever it stands.
    if (!imperative && (b & US_VERB_BIT) !== 0 && (id(i + 1) === US || id(i + 1) === OUR || (id(i + 1) === WITH && id(i + 2) === US))) imperative = opens(i);
    // "Please consider…", "Bitte unterstützen Sie…": the verb after a polite word opens the call.
    if (!imperative && (b & CTA_BIT) !== 0) {
      imperative = i >= 1 && (bits(i - 1) & POLITE_BIT) !== 0 ? opens(i - 1) : opens(i) || afterCondition(i) || afterYouCan(i);
      // Not a word of code ("mu.Unlock()"): the verb stands after a space.
      if (imperative && (b & MEDIA_BIT) !== 0 && (i === 0 || /\s$/.test(text.slice(data[3 * i - 1] as number, data[3 * i + 1] as number)))) verbCategory = MEDIA_WORDS.get(id(i)) ?? null;
    }
    if ((b & MEDIA_BIT) !== 0) {
      const word = id(i);
      seen ??= new Set();
      if (!seen.has(word)) {
        seen.add(word);
        const category = MEDIA_WORDS.get(word) as Category;
        byCategory ??= new Map();
        byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      }
    }
  }
  if (names) {
    byCategory ??= new Map();
    byCategory.set('related', (byCategory.get('related') ?? 0) + 1);
  }
  if (plea) {
    byCategory ??= new Map();
    byCategory.set('donation', (byCategory.get('donation') ?? 0) + 1);
  }
  let category: Category | null = null;
  let best = 0;
  // "Story" and "article" name the kind only when no other kind's word is there ("…keep our stories coming" asks for money).
  for (const [c, n] of byCategory ?? []) {
    if (n > best || (category === 'related' && n === best)) {
      best = n;
      category = c;
    }
  }
  return { self, imperative, reader, pleaNoun: pleaNoun || plea, media: (seen?.size ?? 0) + (names ? 1 : 0) + (plea ? 1 : 0), category, verbCategory };
}

/** Names of networks and share actions (folded): a line made of nothing else is a share bar, in any language. */
const SHARE_BAR = ids([
  'facebook', 'twitter', 'x', 'whatsapp', 'pinterest', 'pin', 'pint', 'linkedin', 'reddit', 'email', 'e', 'mail', 'print',
  'share', 'shares', 'tweet', 'copy', 'link', 'telegram', 'messenger', 'flipboard', 'tumblr', 'threads', 'bluesky', 'sms',
  'teilen', 'drucken', 'partager', 'imprimer', 'compartir', 'imprimir', 'compartilhar', 'baixar', 'condividi', 'stampa',
  'delen', 'afdrukken', 'mastodon', 'vk', 'line', 'viber', 'skype', 'pocket',
]);

/** Words that go on a share label ("… on Facebook or X", "via email"). */
const SHARE_JOINERS = ids(['on', 'or', 'and', 'via', 'to', 'auf', 'oder', 'und', 'sur', 'ou', 'et', 'en', 'o', 'y', 'su', 'e', 'op', 'of']);

/** A network's name, a share action or a word joining them (by vocabulary id). */
export const isShareWord = (id: number): boolean => SHARE_BAR.has(id) || SHARE_JOINERS.has(id);

/** Share-bar words that are not networks or actions alone ("e" of "e mail", "x", "line", "link"). */
const SHARE_BAR_LETTERS = ids(['e', 'x', 'line', 'link']);
/** Share actions a joiner may follow in a share bar (folded). */
const SHARE_ACTIONS = ids(['share', 'teilen', 'partager', 'compartir', 'compartilhar', 'condividi', 'delen']);

/** A short line made only of network names and share actions ("Whatsapp Facebook Pint Baixar", "Tweet Email Print"). */
export function isShareBar(run: TokenRun): boolean {
  if (run.count < 2 || run.count > 10) return false;
  let networks = 0;
  for (let i = 0; i < run.count; i++) {
    const word = run.data[3 * i] as number;
    // "Share to Facebook Share to X": a joiner between a share action and a network's name.
    if (i > 0 && i + 1 < run.count && SHARE_JOINERS.has(word) && SHARE_ACTIONS.has(run.data[3 * (i - 1)] as number) && SHARE_BAR.has(run.data[3 * (i + 1)] as number)) continue;
    if (!SHARE_BAR.has(word)) return false;
    if (!SHARE_BAR_LETTERS.has(word)) networks++;
  }
  return networks >= 2;
}

/**
 * Ids of the words a share bar needs two of (isShareBar counts them: SHARE_BAR but SHARE_BAR_LETTERS) and of the
 * follow verbs every follow line holds (isFollowLine): classify's mayJudgeBySentence reads them.
 */
export const SHARE_NETWORK_IDS: readonly number[] = [...SHARE_BAR].filter((id) => !SHARE_BAR_LETTERS.has(id));
export const FOLLOW_IDS: readonly number[] = [...FOLLOW];

/** Networks by name (folded), for "Follow … on Instagram, TikTok and YouTube". */
const NETWORKS = ids([
  'facebook', 'twitter', 'x', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'telegram', 'instagram', 'tiktok', 'youtube',
  'threads', 'bluesky', 'mastodon', 'snapchat', 'twitch', 'flipboard', 'tumblr', 'spotify', 'rss', 'podcasts', 'overcast',
  'stitcher', 'soundcloud', 'deezer', 'discord',
]);
/** A follow line has at most this many words… */
const FOLLOW_MAX_WORDS = 15;
/** …or, with the publisher after the verb ("follow us", "folgen Sie uns", "suivez-nous"), this many ("…and follow us on Facebook, Instagram and TikTok to stay up to date."). */
const FOLLOW_US_MAX_WORDS = 45;
/** A follow button names whom to follow in at most this many words ("Follow Hardtail Canada"). */
const FOLLOW_NAME_MAX_WORDS = 3;
/** A name after "follow": capitalized, of letters, digits and a name's punctuation. */
const FOLLOW_NAME = lazy(() => new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}&.' ’-]*$`, 'u'));
/**
 * Capitalized words of a heading's call that name no one ("Follow Your Heart", "Follow The Leader", "Follow Our Journey"),
 * besides the publisher's, the reader's and "this" (noName).
 */
const NO_NAME = ids(['the', 'my', 'me', 'up', 'his', 'her', 'their', 'a', 'sie', 'along']);
const noName = (id: number): boolean => NO_NAME.has(id) || PUBLISHER.has(id) || READER.has(id) || THIS.has(id);

/** Whether a run holds a follow verb and two network names or more: it may hold a follow line (judged by sentence). */
export function mayFollow(run: TokenRun): boolean {
  let follow = false;
  let networks = 0;
  for (let i = 0; i < run.count; i++) {
    const id = run.data[3 * i] as number;
    if (FOLLOW.has(id)) follow = true;
    else if (NETWORKS.has(id)) networks++;
  }
  return follow && networks >= 2;
}

/**
 * A follow line: a short line that opens with "Follow" and names two networks or more ("Follow The Herald on Instagram,
 * TikTok and YouTube"), a longer one that asks to follow "us" on two or more ("Catch up on our coverage…, and follow us
 * on Facebook and TikTok to stay up to date."), or a follow button, the verb and a name alone ("Follow Hardtail Canada").
 */
export function isFollowLine(run: TokenRun): boolean {
  const { count, data, text } = run;
  if (count < 2 || count > FOLLOW_US_MAX_WORDS) return false;
  const opens = FOLLOW.has(data[0] as number);
  // "Follow-up talks on Facebook…" is a noun, not the call.
  if (opens && text.slice(data[2] as number, data[4] as number).trim() !== '') return false;
  if (opens && count <= FOLLOW_NAME_MAX_WORDS + 1 && FOLLOW_NAME().test(text.trim())) {
    let name = true;
    for (let i = 1; i < count && name; i++) name = !noName(data[3 * i] as number) && startsUpper(text.charAt(data[3 * i + 1] as number));
    if (name) return true;
  }
  let from = opens && count <= FOLLOW_MAX_WORDS ? 0 : -1;
  for (let i = 0; from < 0 && i + 1 < count; i++) if (FOLLOW.has(data[3 * i] as number) && PUBLISHER.has(data[3 * i + 3] as number)) from = i;
  if (from < 0) return false;
  let networks = 0;
  for (let i = from + 1; i < count; i++) if (NETWORKS.has(data[3 * i] as number)) networks++;
  return networks >= 2;
}

