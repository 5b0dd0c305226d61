// The dedupe stage: drops blocks repeated verbatim and the headline that metadata already carries.
import type { Context } from './context.js';
import type { Segment } from './segment/types.js';

/** Whitespace that the key collapses; text without any (the usual case) skips a copying replace (issue 9 profile). */
const UNCOLLAPSED = /[^\S ]| {2}/;
const key = (text: string): string => {
  const lower = text.toLowerCase();
  return (UNCOLLAPSED.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
};

/** Blocks shorter than this may repeat legitimately (list labels, "Yes"/"No" cells). */
const MIN_DUPLICATE_CHARS = 40;

/** A one-item list's marker ("- ", "1. "): the item repeats a paragraph or caption as much as its text does. */
const LIST_MARKER = /^(?:-|\d+\.) /;

export function dedupe(segments: readonly Segment[], ctx: Context, title: string | null): Segment[] {
  const seen = new Set<string>();
  const kept: Segment[] = [];
  const titleKey = title ? key(title) : null;
  segments.forEach((segment, index) => {
    // A key is at most twice as long as its text (lowercasing lengthens only U+0130, to two units), so a text this short
    // can neither repeat nor be remembered; only the headline check needs its key (issue 9 profile: dedupe was 5%).
    if (segment.text.length * 2 < MIN_DUPLICATE_CHARS && !(titleKey !== null && index < 3 && segment.type === 'heading')) {
      kept.push(segment);
      return;
    }
    const k = key(segment.type === 'list' && !segment.text.includes('\n') ? segment.text.replace(LIST_MARKER, '') : segment.text);
    // The page's headline at the top of the article is metadata, not article text.
    if (titleKey !== null && index < 3 && segment.type === 'heading' && k === titleKey && kept.every((s) => s.type !== 'paragraph')) {
      ctx.remove({ ruleId: 'meta.title', category: 'chrome', reason: 'the headline, moved to title', stage: 'dedupe', text: segment.text });
      return;
    }
    if (k.length >= MIN_DUPLICATE_CHARS && seen.has(k)) {
      ctx.remove({ ruleId: 'dedupe.repeated-block', category: 'duplicate', reason: 'the same block appears earlier in the article', stage: 'dedupe', text: segment.text });
      return;
    }
    // Only keys long enough to be looked up are kept (hashing the short ones was wasted work).
    if (k.length >= MIN_DUPLICATE_CHARS) seen.add(k);
    kept.push(segment);
  });
  return kept;
}
