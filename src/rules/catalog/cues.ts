// Cue words: single words and short phrases that are common in appeals but also in news ("support", "subscribe",
// "newsletter"). Weak rules: a cue never removes anything alone; the classifier counts distinct cues of a run
// and needs them to agree with other signals (several cues, the reader addressed, no reporting verbs, a short run).
// Languages are mixed in one rule per category (`lang: '*'`): a cue only counts alongside the other signals anyway.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'donation.cues',
    category: 'donation',
    lang: '*',
    description: 'Words of donation asks: donate, contribution, fundraiser, supporter, independent journalism…',
    strength: 'weak',
    phrases: [
      // en
      'donate', 'donates', 'donating', 'donation', 'donations', 'donor', 'donors', 'contribute', 'contribution', 'contributions',
      'fundraiser', 'fundraising', 'supporter', 'supporters', 'patron', 'patrons', 'tax deductible', 'nonprofit', 'non profit',
      'journalism', 'newsroom', 'independence', 'fearless', 'chip', 'reader', 'readers', 'price of a coffee', 'generosity',
      'paywall', 'free for everyone', 'free to read', 'independent', 'journalists', 'member', 'members', 'costs money',
      'back us', 'value our', 'paywalls', 'backers', 'backer', 'pledge', 'pledges', 'any amount', 'our mission', 'not free',
      'pitch in', 'local news', 'add your name', 'funded by', 'people like you', 'tip jar', 'few bucks', 'only takes a minute', 'takes just two minutes', 'takes less than a minute', 'cost money', 'no shareholders', 'billionaire owner', 'few dollars', 'free for all', 'expensive', 'sustaining members', 'your help',
      // de
      'spenden', 'spende', 'spenden sie', 'unterstutzen', 'unterstutzung', 'unterstutzer', 'journalismus', 'unabhangig',
      'unabhangigen', 'leser', 'leserinnen', 'bezahlschranke',
      // fr
      'dons', 'faire un don', 'soutenir', 'soutenez', 'soutien', 'contribuer', 'journalisme', 'independant', 'independance',
      'lecteurs', 'lectrices',
      // es / pt
      'donar', 'donacion', 'donaciones', 'apoya', 'apoyar', 'apoyo', 'periodismo', 'independiente', 'lectores', 'doar', 'doacao',
      'aportacion', 'cuesta dinero', 'custa dinheiro', 'kost geld', 'kostet geld', 'coute de l argent',
      'apoie', 'apoiar', 'jornalismo', 'leitores',
      // it / nl
      'dona ora', 'donazione', 'sostieni', 'sostenere', 'sostegno', 'giornalismo', 'lettori', 'doneer', 'doneren', 'steunen',
      'journalistiek', 'onafhankelijke', 'lezers', 'your support', 'grateful', 'one off', 'regular payment', 'your gift', 'generous donor', 'fund our', 'cup of tea', 'cup of coffee', 'enough of you', 'support the people', 'like what you re reading', 'already given', 'have given', 'add your voice', 'add your support', 'before december', 'by midnight', 'until midnight', 'year end', 'end of the year', 'end of year', 'monthly contribution', 'monthly gift', 'monthly donation', 'monthly supporter', 'answer to shareholders', 'please help', 'short of our', 'our goal', 'our target', 'make this possible', 'makes this possible', 'journalism possible', 'thank you for being', 'unsere arbeit', 'im monat', 'please contribute', 'are paying', 'reading us', 'if you are able', 'however small', 'no matter how small', 'our reporters', 'our finances', 'make a difference', 'financial support', 'far from free', 'no cost to you', 'loyal readers', 'so we can continue', 'so we continue', 'so we can keep', 'can you help', 'will you help', 'can you chip in', 'owned by a billionaire', 'owned by no one', 'not owned by', 'owned by our readers', 'no ads', 'ad free', 'no advertising', 'helfen sie mit', 'frei zuganglich', 'beitrag leisten', 'unsere recherchen', 'contributo', 'il tuo contributo', 'restare liberi', 'ci permette', 'consider becoming', 'paid for by members', 'not by advertisers', 'reporting you just read', 'took weeks', 'hold local officials to account', 'to account', 'costs a lot', 'always be free', 'to produce', 'answers to readers', 'every dollar', 'you give', 'never been more needed', 'in a position to support', 'please do', 'unabhangiger', 'freiwilligen beitrag', 'helfen sie uns', 'frei zu berichten', 'braucht unterstutzung', 'patreon', 'ko fi', 'sponsoring me', 'support me', 'saved you time', 'enjoy my writing', 'costs money every month', 'keep testing', 'offrez moi', 'invitame', 'offrimi', 'me pague', 'trakteer', 'kopje koffie', 'un cafe', 'un caffe', 'um cafe', 'listener', 'listeners', 'station', 'pledge drive', 'public media', 'on the air', 'to the cause', 'gift of', 'petition', 'institutional members', 'open access', 'independientes', 'indipendenti', 'independentes', 'seguir siendo', 'rimanere', 'aiutaci', 'ajude nos', 'funded by readers', 'close the gap', 'before midnight', 'made possible by members', 'made possible by readers', 'funding them', 'funding us', 'public good', 'real money', 'finish the year', 'help us', 'clickbait', 'sell your data', 'one of the few who', 'good day to start', 'readers give', 'nicht umsonst', 'unabhangigkeit', 'notre independance', 'meme modeste', 'chaque don', 'ohne einschrankung',
    ],
    examples: ['Dear reader, this week we ask you to help protect our independence. If everyone reading this gave the price of a coffee, our fundraiser would be done in an hour.'],
    counterExamples: ['The charity relies on donations from the public to fund its work, its director said.'],
  },
  {
    id: 'paywall.cues',
    category: 'paywall',
    lang: '*',
    description: 'Words of paywalls and registration walls: subscriber, unlock, premium, free trial, sign in…',
    strength: 'weak',
    phrases: [
      'subscriber', 'subscribers', 'subscribe', 'subscription', 'subscriptions', 'unlock', 'unlimited', 'premium', 'exclusive',
      'trial', 'free trial', 'sign in', 'log in', 'login', 'membership', 'continue reading', 'keep reading', 'free articles', 'free stories', 'locked',
      'paywall', 'insider', 'register', 'limit', 'complimentary', 'members only', 'reserved',
      // de
      'abonnent', 'abonnenten', 'abo', 'abonnieren', 'anmelden', 'einloggen', 'registrieren', 'freischalten', 'weiterlesen',
      'probeabo',
      // fr / es / pt / it / nl
      'abonne', 'abonnes', 'abonnement', 'abonnez', 'connectez', 'connexion', 'inscrivez', 'suscriptor', 'suscriptores',
      'suscribete', 'suscripcion', 'assinante', 'assinantes', 'assine', 'assinatura', 'abbonato', 'abbonati', 'abbonati ora',
      'abbonamento', 'accedi', 'abonnee', 'abonnees', 'inloggen', 'lees verder', 'onbeperkt', 'it is free', 'it s free', 'takes a moment', 'only takes a moment', 'already paid', 'log in here', 'paying members', 'paying subscribers', 'subscriber edition', 'sin limites', 'primer mes', 'suscribirme', 'senza limiti', 'sem limites', 'metered', 'free reads', 'signed in', 'digital pass',
    ],
    examples: ['Already a member? Sign in to keep reading this exclusive story, or start your free trial to unlock it.'],
    counterExamples: ['Subscribers will pay more from March, the company said in a statement to investors.'],
  },
  {
    id: 'newsletter.cues',
    category: 'newsletter',
    lang: '*',
    description: 'Words of newsletter boxes: newsletter, inbox, email address, sign up, alerts, unsubscribe…',
    strength: 'weak',
    phrases: [
      'newsletter', 'newsletters', 'inbox', 'email', 'e mail', 'email address', 'sign up', 'signup', 'signing up', 'alerts',
      'unsubscribe', 'spam', 'never miss', 'mailing list', 'be the first to know', 'stay ahead', 'stay informed', 'stay up to date', 'privacy policy', 'stories like this', 'stories like it',
      'delivered', 'weekday', 'briefing', 'digest', 'updates', 'enter your', 'mailbox', 'correo', 'posta', 'brievenbus',
      // de / fr / es / pt / it / nl
      'postfach', 'abmelden', 'eintragen', 'infolettre', 'courriel', 'boletin', 'suscribirse', 'boletim', 'inscreva', 'iscriviti',
      'iscrizione', 'nieuwsbrief', 'aanmelden', 'inschrijven', 'roundup', 'round up', 'like what you re reading', 'weekly', 'miss out', 'don t want to miss', 'next edition', 'subscribed', 'lands every', 'arrives every', 'lands in your inbox', 'is free and', 'get smarter', 'minutes a day', 'join the list', 'best reads', 'morning email', 'long reads', 'every saturday', 'every sunday', 'emails are free', 'every friday', 'every monday', 'every tuesday', 'every wednesday', 'every thursday', 'summary of the day',
    ],
    examples: ['Like this story? Get the best of our coverage in your inbox every weekday. Enter your email to join.'],
    counterExamples: ['The company sent an email to staff on Monday announcing the closure, according to a copy seen by reporters.'],
  },
  {
    id: 'subscription.cues',
    category: 'subscription',
    lang: '*',
    description: 'Words of subscription upsells: upgrade, save, discount, print edition, per month…',
    strength: 'weak',
    phrases: [
      'upgrade', 'subscribe', 'subscription', 'premium', 'discount', 'first month', 'cancel anytime', 'cancel at any time',
      // de / fr / es / pt / it / nl
      'jahresabo', 'digitalabo', 'rabatt', 'kundigen', 'korting',
    ],
    examples: ['Go premium: upgrade today and save 40% on your first year, cancel anytime.'],
    counterExamples: ['Shares of the company rose after it reported a record number of digital subscriptions in the quarter.'],
  },
  {
    id: 'cookie.cues',
    category: 'cookie',
    lang: '*',
    description: 'Words of consent banners: cookies, privacy, partners, consent, preferences, accept…',
    strength: 'weak',
    phrases: [
      'cookie', 'cookies', 'privacy', 'consent', 'partners', 'preferences', 'accept all', 'reject', 'reject all', 'disagree',
      'tracking', 'personalised', 'personalized', 'store and access', 'manage settings',
      'remember', 'this site', 'this website', 'personal data', 'ip address', 'cookie policy', 'your settings', 'analyse traffic', 'analyze traffic',
      // de / fr / es / pt / it / nl
      'datenschutz', 'einwilligung', 'akzeptieren', 'ablehnen', 'einstellungen', 'zustimmen', 'confidentialite', 'consentement',
      'accepter', 'refuser', 'parametres', 'privacidad', 'consentimiento', 'aceptar', 'rechazar', 'privacidade', 'aceitar',
      'consenso', 'accetta', 'rifiuta', 'akkoord', 'weigeren', 'instellingen', 'third parties', 'personal information', 'privacy policy', 'privacy notice', 'consent settings', 'manage your consent', 'your data', 'collect data', 'tailor ads', 'similar technologies', 'change settings', 'works properly', 'statistics marketing',
      // consent by browsing on, in the seven languages ("Ao continuar navegando, você concorda com…")
      'by continuing', 'continuing to browse', 'continue browsing', 'you agree to', 'wenn sie weiter', 'weiter surfen', 'stimmen sie',
      'en poursuivant', 'en continuant', 'vous acceptez', 'al continuar', 'continuar navegando', 'aceptas', 'proseguendo',
      'continuando la navigazione', 'acconsenti', 'ao continuar', 'concorda com', 'door verder te', 'ga je akkoord',
    ],
    examples: ['We and our partners use cookies to personalise content. Manage your privacy choices or accept all.', 'Este site usa cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política. Aceitar'],
    counterExamples: ['Regulators fined the company for tracking users without consent, the privacy watchdog said on Friday.', 'By continuing to browse the archive, the researchers found letters from 1912.'],
  },
  {
    id: 'chrome.cues',
    category: 'chrome',
    lang: '*',
    description: 'Words of widgets and prompts: app, download, iOS, Android, tip, contact, listen, notifications…',
    strength: 'weak',
    phrases: [
      'app', 'download', 'ios', 'android', 'app store', 'google play', 'tip', 'a tip', 'contact us', 'securely', 'newsroom',
      'listen', 'notifications', 'whatsapp', 'reach us', 'get in touch', 'breaking news',
      // de / fr / es / pt / it / nl
      'herunterladen', 'anhoren', 'telecharger', 'ecouter', 'descargar', 'escuchar', 'baixar', 'ouvir', 'scarica', 'ascolta',
      'downloaden', 'luisteren', 'our app', 'on the go', 'better experience', 'in the app', 'wherever you are', 'newsworthy', 'send us your', 'submit here', 'have a story', 'our team', 'youtube channel', 'questions or feedback', 'email me', 'newscast', 'watch now', 'watch live', 'smart speaker',
      // offline reading, in the languages (helper-63, probe set 84)
      'offline', 'hors ligne', 'sin conexion',
    ],
    examples: ['Got a news tip? Reach our newsroom securely on Signal or WhatsApp.'],
    counterExamples: ['Police said anyone with information should contact the station on the non-emergency number.'],
  },
]);
