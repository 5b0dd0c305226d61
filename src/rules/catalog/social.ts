// Share bars and follow prompts.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'social.share-bar',
    category: 'social',
    lang: 'en',
    description: 'Share buttons and follow prompts',
    strength: 'strong',
    phrases: [
      'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share via email',
      'share tweet pin email', 'share this', 'copy link', 'follow us on', 'follow us', 'like us on facebook', 'facebook twitter email',
      'facebook twitter linkedin', 'tweet this', 'pin it', 'email this', 'print this article', 'share',
    ],
    hints: ['share', 'sharing', 'social', 'sharebar', 'share-bar', 'addthis', 'sharethis', 'follow-us'],
    examples: ['Share Tweet Pin Email', 'Share this article Facebook Twitter Email Copy link', 'Follow us on Twitter'],
    counterExamples: ['Shares in the company fell 5% on Monday after it warned on profits.'],
  },
  {
    id: 'social.teilen',
    category: 'social',
    lang: 'de',
    description: 'German share bars',
    strength: 'strong',
    phrases: ['artikel teilen', 'jetzt teilen', 'teilen auf facebook', 'link kopieren', 'folgen sie uns', 'teilen'],
    hints: ['teilen', 'share'],
    examples: ['Artikel teilen Facebook Twitter E-Mail Link kopieren'],
    counterExamples: ['Die beiden Parteien teilen sich künftig die Verantwortung für das Ministerium.'],
  },
]);
