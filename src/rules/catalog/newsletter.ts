// Newsletter sign-up boxes: "Sign up for our newsletter", "Get the best stories in your inbox".
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'newsletter.sign-up',
    category: 'newsletter',
    lang: 'en',
    description: 'Newsletter sign-up asks',
    strength: 'strong',
    phrases: [
      'sign up for our newsletter', 'sign up to our newsletter', 'subscribe to our newsletter', 'join our newsletter', 'get our newsletter',
      'our free newsletter', 'our daily newsletter', 'our weekly newsletter', 'who get our newsletter', 'newsletter sign up', 'newsletter signup',
      'in your inbox', 'to your inbox', 'straight to your inbox', 'delivered to your inbox', 'your inbox every', 'no spam', 'unsubscribe at any time',
      'you can unsubscribe', 'sign up here', 'enter your email', 'enter your email address', 'email address', 'stay informed',
      'by signing up', 'thanks for signing up', 'sign up for', 'get the latest',
    ],
    hints: ['newsletter', 'signup', 'sign-up', 'subscribe-form', 'email-capture', 'optin', 'opt-in', 'mailchimp'],
    examples: [
      'Stay informed: join more than 200,000 readers who get our newsletter. No spam, unsubscribe at any time.',
      'Want more stories like this in your inbox? Sign up here.',
    ],
    counterExamples: ['The company sent an email to staff on Monday announcing the layoffs.'],
  },
  {
    id: 'newsletter.anmelden',
    category: 'newsletter',
    lang: 'de',
    description: 'German newsletter asks: "Jetzt für den Newsletter anmelden"',
    strength: 'strong',
    phrases: [
      'newsletter abonnieren', 'für den newsletter anmelden', 'zum newsletter anmelden', 'unseren newsletter', 'newsletter anmeldung',
      'in ihr postfach', 'in dein postfach', 'ihre e mail adresse', 'jederzeit abbestellen', 'jederzeit kündbar',
    ],
    hints: ['newsletter'],
    examples: ['Jetzt für den Newsletter anmelden und die wichtigsten Nachrichten direkt in Ihr Postfach erhalten.'],
    counterExamples: ['Der Verein verschickt seine Einladungen inzwischen nur noch per E-Mail.'],
  },
]);
