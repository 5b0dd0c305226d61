// Page chrome that scrapers pick up: app prompts, listen/audio players, comment prompts, print/skip links.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'chrome.app-prompt',
    category: 'chrome',
    lang: 'en',
    description: 'App download prompts, audio players and other widgets',
    strength: 'strong',
    phrases: [
      'download our app', 'download the app', 'get the app', 'open in app', 'read in app', 'listen to this article', 'listen to this story',
      'audio version', 'skip to content', 'skip to main content', 'back to top', 'enable javascript', 'please enable javascript',
      'turn on notifications', 'get alerts', 'get push notifications',
    ],
    hints: ['app-promo', 'app-banner', 'listen', 'audio-player', 'skip-link'],
    examples: ['Download our app for breaking news alerts', 'Listen to this article'],
    counterExamples: ['The company said it would download the data from the servers before shutting them down.'],
  },
  {
    id: 'chrome.comments-prompt',
    category: 'comments',
    lang: 'en',
    description: 'Comment-section prompts',
    strength: 'strong',
    phrases: ['join the conversation', 'leave a comment', 'comments are closed', 'show comments', 'view comments', 'add a comment', 'post a comment', 'be the first to comment'],
    hints: ['comments', 'comment-section', 'disqus', 'commenting'],
    examples: ['Join the conversation', 'Comments are closed for this article'],
    counterExamples: ['The minister declined to comment on the report.'],
  },
  {
    id: 'chrome.app-hinweis',
    category: 'chrome',
    lang: 'de',
    description: 'German app prompts and comment prompts',
    strength: 'strong',
    phrases: ['app herunterladen', 'jetzt die app', 'artikel anhören', 'zum inhalt springen', 'kommentare anzeigen', 'jetzt kommentieren'],
    hints: ['app-promo'],
    examples: ['Jetzt die App herunterladen', 'Artikel anhören'],
    counterExamples: ['Der Minister wollte sich zu dem Bericht nicht äußern.'],
  },
]);
