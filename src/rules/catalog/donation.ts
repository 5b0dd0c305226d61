// Donation asks: "Your support helps us…", "Support Now", reader-funded newsroom appeals.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'donation.support-now',
    category: 'donation',
    lang: 'en',
    description: 'Reader-support asks: "your support helps us", "support now", "support our journalism"',
    strength: 'strong',
    phrases: [
      'support now', 'support us', 'support our journalism', 'support our work', 'support independent journalism',
      'support quality journalism', 'support our reporting', 'support our newsroom', 'support the independent',
      'your support helps', 'your support makes all the difference', 'your support makes a difference', 'your support matters',
      'with your support', 'we rely on readers', 'we rely on people like you', 'we rely on your support', 'readers like you',
      'reader funded', 'reader supported', 'reader-funded', 'made possible by readers', 'every contribution', 'however big or small',
      'your donation allows us', 'your donation', 'become a supporter', 'become a member today', 'become a patron',
      'chip in', 'dear reader', 'dear readers', 'we ask you to', 'keep our journalism free', 'keep our reporting free', 'keep our journalism open',
    ],
    hints: ['donate', 'donation', 'contribute', 'contribution', 'support-us', 'supportus', 'membership-ask', 'epic'],
    examples: [
      'Your support helps us to tell the story Read more Support Now',
      'As a reader-funded newsroom, we rely on people like you. Every contribution, however big or small, keeps our reporting free for everyone.',
      'This article was made possible by readers like you. Our nonprofit newsroom depends on your tax-deductible donations. Make a gift today.',
    ],
    counterExamples: [
      "The Prime Minister began by reiterating the UK's ironclad support for Ukraine and commitment to securing a just and enduring peace.",
      'The charity relies on donations from the public to fund its work.',
    ],
  },
  {
    id: 'donation.donate-now',
    category: 'donation',
    lang: 'en',
    description: 'Direct donation calls to action: "donate now", "make a gift", "give today"',
    strength: 'strong',
    phrases: [
      'donate now', 'donate today', 'donate here', 'make a donation', 'make a gift', 'make a gift today', 'give today', 'give now',
      'please donate', 'please consider donating', 'please consider supporting', 'consider a donation', 'tax deductible donation',
      'tax-deductible donations', 'monthly gift', 'one-time gift', 'give monthly', 'give once', 'contribute now', 'contribute today',
      'make a contribution', 'make a one-time contribution',
    ],
    hints: ['donate-button', 'donation-form'],
    examples: ['Donate now', 'Please consider supporting our work with a monthly gift. Donate today.'],
    counterExamples: ['Residents were asked to donate blood at the hospital after the crash, officials said on Tuesday.'],
  },
  {
    id: 'donation.spenden',
    category: 'donation',
    lang: 'de',
    description: 'German donation asks: "Jetzt spenden", "Unterstützen Sie unseren Journalismus"',
    strength: 'strong',
    phrases: [
      'jetzt spenden', 'jetzt unterstützen', 'unterstützen sie uns', 'unterstützen sie unseren journalismus', 'unterstützen sie unsere arbeit',
      'unterstütze uns', 'ihre unterstützung', 'deine unterstützung', 'ihre spende', 'deine spende', 'mit ihrer spende', 'mit deiner spende',
      'freiwillig zahlen', 'leserfinanziert', 'liebe leserin', 'liebe leser', 'liebe leserinnen und leser', 'unabhängigen journalismus unterstützen',
    ],
    hints: ['spenden', 'spende', 'unterstuetzen'],
    examples: ['Unterstützen Sie unseren Journalismus. Jetzt spenden', 'Mit Ihrer Spende sichern Sie unabhängigen Journalismus. Jetzt unterstützen'],
    counterExamples: ['Die Bundesregierung sicherte der Ukraine weitere Unterstützung zu.'],
  },
]);
