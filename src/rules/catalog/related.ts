// Related-story teasers, "Read more" links, most-read lists.
import { defineRules } from '../types.js';

export default defineRules([
  {
    id: 'related.read-more',
    category: 'related',
    lang: 'en',
    description: 'Teasers and lists of other stories',
    strength: 'strong',
    phrases: [
      'read more', 'read more:', 'related articles', 'related stories', 'related content', 'related reading', 'related:', 'more from',
      'most read', 'most popular', 'trending now', 'you may also like', 'you might also like', 'recommended for you', 'more stories',
      'more on this story', 'also read', 'see also', 'what to read next', 'read next', 'up next', 'top stories', 'don t miss', 'editor s picks',
    ],
    hints: ['related', 'recommended', 'more-stories', 'most-read', 'mostread', 'trending', 'read-next', 'teaser', 'outbrain', 'taboola', 'recirc'],
    examples: ['Read more', 'Most read 1 Man arrested after chase 2 Storm warning for weekend 3 Local school wins award', 'More from Politics The week in Westminster: what you missed'],
    counterExamples: ['The most read book in the country last year was a memoir by a former nurse.'],
  },
  {
    id: 'related.mehr-zum-thema',
    category: 'related',
    lang: 'de',
    description: 'German related-story teasers',
    strength: 'strong',
    phrases: ['mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'auch interessant', 'lesen sie auch', 'weitere artikel', 'mehr lesen'],
    hints: ['related', 'teaser'],
    examples: ['Mehr zum Thema', 'Lesen Sie auch: Neue Regeln für Mieter'],
    counterExamples: ['Mehr als die Hälfte der Befragten gab an, das Thema sei ihnen wichtig.'],
  },
]);
