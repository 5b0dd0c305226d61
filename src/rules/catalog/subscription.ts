// Subscription upsells that do not block the article: offers, prices, "Subscribe now".
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'subscription.offer',
    category: 'subscription',
    lang: 'en',
    description: 'Subscription offers and prices',
    strength: 'strong',
    phrases: [
      'subscribe now', 'subscribe today', 'subscribe for', 'subscribe for just', 'subscribe for only', 'subscribe and save',
      'limited time offer', 'special offer', 'per month', 'a month for', 'cancel anytime', 'cancel at any time', 'digital subscription',
      'get unlimited', 'get full access', 'full digital access', 'all access', 'best value', 'first month', 'for just #', 'only # a',
      'become a subscriber', 'gift subscription', 'print subscription', 'upgrade to premium', 'go premium', 'upgrade now',
      'upgrade your subscription', 'upgrade your plan',
    ],
    hints: ['subscribe', 'subscription', 'offer', 'upsell', 'promo'],
    examples: ['Subscribe now for just $1 a week. Cancel anytime.', 'Get unlimited digital access for only $4 a month. Subscribe today'],
    counterExamples: ['Subscribers to the streaming service will pay $2 more per month from January, the company said in a statement.'],
  },
  {
    id: 'subscription.abo',
    category: 'subscription',
    lang: 'de',
    description: 'German subscription upsells: "Jetzt abonnieren", "Abo abschließen"',
    strength: 'strong',
    phrases: ['jetzt abonnieren', 'abo abschließen', 'jetzt abo', 'digital abo', 'digitalabo', 'im ersten monat', 'monatlich kündbar', 'nur # euro'],
    hints: ['abo', 'abonnement'],
    examples: ['Jetzt abonnieren: Im ersten Monat nur 1 Euro, danach monatlich kündbar.'],
    counterExamples: ['Das Abonnement der Zeitung kostet künftig mehr, teilte der Verlag mit.'],
  },
]);
