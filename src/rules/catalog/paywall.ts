// Paywall, metered and registration walls: "Subscribe to continue reading", "You've read 3 of 4 free articles".
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'paywall.subscribe-to-continue',
    category: 'paywall',
    lang: 'en',
    description: 'Walls that ask for a subscription or login to read on',
    strength: 'strong',
    phrases: [
      'subscribe to continue reading', 'subscribe to read', 'subscribe to keep reading', 'subscribe to unlock', 'continue reading with',
      'to continue reading', 'to keep reading', 'keep reading for', 'already a subscriber', 'already subscribed', 'already a member',
      'this article is for subscribers', 'this content is for subscribers', 'subscribers only', 'for subscribers only', 'exclusive to subscribers',
      'available to premium members', 'available to subscribers', 'premium members', 'premium content', 'premium coverage', 'exclusive content',
      'become a member to unlock', 'unlock this article', 'unlock unlimited access', 'unlimited access', 'unlimited digital access',
      'start your free trial', 'start free trial', 'free trial', 'sign in to continue', 'log in to continue', 'register to continue',
      'create a free account', 'create an account to continue', 'register for free', 'the rest of this article',
    ],
    hints: ['paywall', 'pay-wall', 'metered', 'meter-', 'regwall', 'piano', 'tp-modal', 'subscriber-only', 'premium-wall', 'article-gate', 'gate'],
    examples: [
      'Subscribe to continue reading',
      'The rest of this article is available to premium members. Start your free 14-day trial to continue reading. Start free trial',
      'Exclusive content: this story is part of our Premium coverage. Become a member to unlock it and support our newsroom.',
    ],
    counterExamples: ['Netflix said subscribers will pay $2 more a month from January.', 'The club has more than 2,000 members, the report says.'],
  },
  {
    id: 'paywall.metered',
    category: 'paywall',
    lang: 'en',
    description: 'Meter counts: "You have # free articles left", "You\'ve read # of # free articles"',
    strength: 'strong',
    phrases: [
      'you ve read # of # free articles', 'you have read # of # free articles', 'you have # free articles', 'free articles left',
      'free articles remaining', 'free article left', 'free stories left', 'last free article', 'your last free',
      'see subscription options', 'view subscription options',
    ],
    hints: ['meter', 'article-limit'],
    examples: ["You've read 3 of 4 free articles this month. Unlock unlimited access to award-winning journalism. See subscription options"],
    counterExamples: ['The paper published 40 articles this month about the election.'],
  },
  {
    id: 'paywall.weiterlesen',
    category: 'paywall',
    lang: 'de',
    description: 'German paywalls: "Weiterlesen mit Abo", "Dieser Artikel ist nur für Abonnenten"',
    strength: 'strong',
    phrases: [
      'weiterlesen mit', 'jetzt weiterlesen', 'um weiterzulesen', 'nur für abonnenten', 'für abonnenten', 'exklusiv für abonnenten',
      'plus artikel', 'bereits abonnent', 'schon abonnent', 'jetzt anmelden und weiterlesen', 'jetzt testen', 'testabo', 'alle artikel lesen',
      'zugang zu allen artikeln', 'unbegrenzten zugang',
    ],
    hints: ['bezahlschranke', 'paywall'],
    examples: ['Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt weiterlesen mit Z+', 'Bereits Abonnent? Hier anmelden'],
    counterExamples: ['Die Zahl der Abonnenten stieg im vergangenen Jahr um zehn Prozent.'],
  },
]);
