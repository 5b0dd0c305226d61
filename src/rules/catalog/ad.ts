// Ad markers and sponsored-content labels.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'ad.marker',
    category: 'ad',
    lang: 'en',
    description: 'Advertisement labels and sponsored-content markers',
    strength: 'strong',
    phrases: [
      'advertisement', 'advertisement continue reading below', 'story continues below advertisement', 'article continues below',
      'continue reading below', 'sponsored content', 'sponsored', 'paid content', 'paid post', 'promoted content', 'ad feedback',
      'skip advert', 'skip ad', 'close ad', 'report this ad', 'advertise with us', 'partner content',
    ],
    hints: ['ad', 'ads', 'advert', 'advertisement', 'ad-slot', 'adslot', 'dfp', 'gpt-ad', 'sponsor', 'sponsored', 'taboola', 'outbrain', 'promoted'],
    examples: ['Advertisement', 'Sponsored content Continue reading below', 'Story continues below advertisement'],
    counterExamples: ['The advertisement campaign drew criticism from regulators, who said it misled consumers about the risks.'],
  },
  {
    id: 'ad.anzeige',
    category: 'ad',
    lang: 'de',
    description: 'German ad markers',
    strength: 'strong',
    phrases: ['anzeige', 'werbung', 'gesponserter inhalt', 'artikel wird unter der anzeige fortgesetzt', 'weiter nach der anzeige'],
    hints: ['anzeige', 'werbung'],
    examples: ['Anzeige', 'Weiter nach der Anzeige'],
    counterExamples: ['Die Polizei hat Anzeige gegen den Fahrer erstattet, der nach dem Unfall geflohen war.'],
  },
]);
