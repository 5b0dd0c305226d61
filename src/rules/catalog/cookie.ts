// Cookie and consent banners.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'cookie.consent',
    category: 'cookie',
    lang: 'en',
    description: 'Cookie notices and consent prompts',
    strength: 'strong',
    phrases: [
      'we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to', 'use of cookies', 'accept cookies',
      'accept all cookies', 'cookie policy', 'cookie settings', 'manage cookies', 'by continuing to use', 'you agree to our use of cookies',
      'accept all', 'reject all', 'manage preferences', 'privacy preferences', 'consent to the use', 'we and our partners',
    ],
    hints: ['cookie', 'consent', 'gdpr', 'cmp', 'onetrust', 'didomi'],
    examples: ['We use cookies to improve your experience. By continuing to use this site you agree to our use of cookies. Accept all'],
    counterExamples: ['Cookies and other tracking technologies are the focus of a new investigation by the data protection regulator.'],
  },
  {
    id: 'cookie.zustimmung',
    category: 'cookie',
    lang: 'de',
    description: 'German cookie banners',
    strength: 'strong',
    phrases: ['wir verwenden cookies', 'diese website verwendet cookies', 'alle akzeptieren', 'alle ablehnen', 'cookie einstellungen', 'einwilligung widerrufen'],
    hints: ['cookie', 'consent'],
    examples: ['Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren'],
    counterExamples: ['Die Datenschutzbehörde prüft, wie Webseiten Cookies einsetzen.'],
  },
]);
