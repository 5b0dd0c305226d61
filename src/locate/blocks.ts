// The HTML locate stage: every block of the page in document order, each scored as article text (its words not in
// links) or as furniture (a cost), and the article found as the run of blocks with the highest total (maximum
// subarray, linear in the number of blocks), widened to the element that holds most of that run's score: that
// element's blocks are the article. Blocks in page furniture (nav, footer, aside, forms, comment sections) and link
// lists are dropped even inside it. Every block left out gets a receipt.
//
// Why blocks and not one root element (Readability's way): many pages split the article over sibling containers,
// and listings, forums, product and service pages hold their content in many boxes; the best-scoring single root
// then misses most of it (html-dev WCXB word F1 0.65 with a root, 0.83 with the block run and its container).
import type { Context } from '../context.js';
import { runSignals } from '../classify/signals.js';
import { textWeight } from '../text/normalize.js';
import { letterDigitRuns, testAnyCase } from '../text/chars.js';
import { bestRun, type BestRun, SENTENCE_END } from './run.js';
import { nodeOf, type Segment } from '../segment/types.js';
import type { Category, RemovedBlock } from '../types.js';
import { lazy } from '../lazy.js';

/** Signals as named data, chosen on html-dev (see CHANGELOG for the figures). */
export const BLOCK_LOCATE = {
  /** A block with this many words outside links is article text… */
  proseWords: 15,
  /** …as is one with this many words that ends like a sentence. */
  sentenceWords: 8,
  /** A block with more of its text in links than this is a link list, not prose. */
  maxProseLinkDensity: 0.35,
  /** What a short or link-heavy block costs. */
  shortCost: 3,
  /** What a block in page furniture costs at least (or its own words, if more). */
  zoneCost: 10,
  /** A heading costs a little, so a run neither starts nor ends on one for nothing. */
  headingCost: 0.5,
  /** Inside the article run, a block with more link text than this (not a heading) is dropped as a link list. */
  trimLinkDensity: 0.5,
  /** A zone (form, aside…) holding more than this share of the page's words wraps the page: not furniture. */
  wrapperShare: 0.5,
  /**
   * Zones of one kind repeated at least this often (a <header> in every teaser card, a <form> around every comment of
   * a thread) wrap the page when together they hold more than `wrapperShare` of its words.
   */
  repeatedZones: 3,
  /**
   * A best run totalling no more than this is no article (a listing, a shop's category page: titles, prices and blurbs,
   * hardly a sentence): the page's content is then its main container's blocks, not that run. html-dev WCXB listing
   * F1 0.60 → 0.70, collection 0.63 → 0.68 at 60; at 100 ScrapingHub loses 0.01 (short articles split over boxes).
   */
  weakRunTotal: 60,
  /**
   * So is a short run (at most `shortRunTotal`) that holds less than `shortRunShare` of the page's text outside
   * furniture and links: a category page's intro paragraph above a long list of items (html-dev: 5 WCXB pages up, none
   * down; ScrapingHub unchanged).
   */
  shortRunTotal: 150,
  shortRunShare: 0.1,
  /** On such a page, the content container is the deepest element holding this share of the words outside furniture. */
  weakContainerShare: 0.6,
  /** The article's container is the deepest element holding this share of the run's article-text score. */
  containerShare: 0.8,
  /** A page is article-like when one container holds this many paragraphs of prose… */
  articleParagraphs: 5,
  /** …and there, prose alone in its container weighs this much in choosing the article's container. */
  loneProseWeight: 0.25,
  /** A heading of at most this many words, mostly a related-stories phrase ("You may also like"), opens a teaser section. */
  relatedHeadingWords: 8,
  relatedHeadingCoverage: 0.5,
  /** At most this many headings or figures join each edge of the run. */
  edgeBlocks: 3,
  /** A lede before the article's container is prose of at least this many words, ending a sentence (see `takeLede`). */
  ledeWords: 20,
  /**
   * …with at most this share of its text in links, as are the run's head paragraphs before the container
   * (`takeRunHead`): a source or two linked in an intro ("…and you're not alone: 94% of organizations believe…") leave
   * it prose. Linkless only:
   * html-dev WCXB `with` kept 0.7976 (0.25: 0.7995, word F1 0.8867 -> 0.8869, `without` 0.0375 -> 0.0377, ScrapingHub
   * 0.97774 -> 0.97769; 0.15: `with` 0.7989; 0.35 as 0.25).
   */
  ledeLinkDensity: 0.25,
  /** The run's blocks before the article's container join it when they score this much together (see `takeRunHead`). */
  runHeadScore: 30,
  /** …and hold this many paragraphs of prose: one alone there is a dek, a pull quote or a photo's caption. */
  runHeadParagraphs: 2,
  /**
   * A block of at most this many words whose text recurs at least `labelRepeats` times is a label of a card or a post
   * ("Joined", "Reaction score", "Add to cart"), on pages where they are not cut by the run (html-dev: WCXB forum
   * +0.007, listing +0.005, `without` leaked 0.063 → 0.061).
   */
  /**
   * Paragraphs that are one link each go as link lists from an article whose words they hold no more than this share
   * of (`isLoneLink`; html-dev: ScrapingHub 0.973 → 0.974, WCXB `without` leaked 0.054 → 0.046, 129 pages up, 41
   * down; with no bound, WCXB collection pages made of linked item titles lose them, collection 0.721 → 0.715).
   */
  loneLinkShare: 0.1,
  labelWords: 3,
  labelRepeats: 3,
  /**
   * A byline on a line of its own ("Written by Jane Doe", "By Jane Doe and John Roe") inside an article goes, unless
   * the article holds this many such lines (a list of games "Published by …", of posts "By …"; html-dev: on article
   * pages 21 such lines kept were not the article's, the lists of 3 and more were).
   */
  bylineRepeats: 3,
  /**
   * The run that opens within `titleReach` blocks after the page's title heading (the heading whose words are the
   * metadata's title) is the article's when the best run lies elsewhere and this one is worth `titledRunShare` of it:
   * testimonials or teasers repeated further down may outscore an article, never its place under the title (html-dev:
   * one WCXB article page 0.35 → 1.00, none down; at 0.3 three product pages change, one down 0.59 → 0.06).
   */
  titleReach: 4,
  titledRunShare: 0.5,
} as const;

/**
 * Class/id hints of a block's nearest containers that mark a comment section, or a shop's customer reviews from a
 * review widget (Yotpo, Bazaarvoice, Judge.me, Okendo, Stamped, PowerReviews, Trustpilot, Loox: never the page's own
 * text; html-dev: 3 WCXB product and collection pages up, none down)…
 */
const COMMENT_HINT = /comment|respond|disqus|yotpo|bazaarvoice|(?:^|\s)bv-|jdgm|judgeme|okendo|stamped-|powerreviews|trustpilot|loox-/;
/**
 * …and, on a shop's product page (metadata: a JSON-LD Product or og:type product), customer reviews and ratings in the
 * shop's own markup ("reviews-content", "user_reviews", "okereviews-review", "fx-rating-stars"): user posts like
 * comments, not the product's text (html-dev: `rating` as well, WCXB product 0.682 → 0.685, 8 pages up, 1 down).
 */
const REVIEW_HINT = /review|(?:^|[^a-z]|star)ratings?(?:$|[^a-z])/;
/** A shop's own chosen quotes ("testimonial-card-wr home-review-card-wr") are its text, whatever their cards are called. */
const TESTIMONIAL_HINT = /testimonial/;
/**
 * On a product page, fine print in a container named for it ("common-bottom-disclaimer", "feature-benefit__disclaimer",
 * "game_area_legal"): the shop's footnotes and legal terms. It costs like a short bit, not like a footer: set between
 * the product's sections it does not cut them apart.
 */
const FINE_PRINT_HINT = /disclaimer|footnote|legal/;
/**
 * …and a cookie or privacy-consent banner made of divs ("gdpr-banner", "cookie-consent", OneTrust's and Cookiebot's
 * boxes): never the page's text, though its notice reads like prose. Not a bare "cookie" (a page about cookies).
 */
const CONSENT_HINT = /gdpr|cookie[-_]?(?:banner|consent|notice|bar|law|policy-banner)|consent[-_]?(?:banner|manager|modal|popup)|onetrust|cookiebot|cookieconsent/;
/** …and a page footer made of divs ("footer-wrap", "site-footer", not a card's "card-footer"). */
const FOOTER_HINT = /(?:^|[\s_])(?:site[-_]?|page[-_]?|global[-_]?|main[-_]?)?footer/;
/**
 * Class/id words of a menu outside <nav> ("nav__list", "navbar", "mega-menu", "dropdown", "breadcrumbs"): a link-heavy
 * block in such a container is navigation (html-dev: mega menus of shops in plain divs).
 */
const NAV_HINT = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|megamenu|submenu|dropdown|breadcrumbs?)(?:$|[\s_-])/;
/**
 * Class/id words of an author box without a title ("author-bio", "author__about", "author-info", "about-author",
 * "authorbox"): the writer's bio and links, not the article. Not a bare "author" (a byline's "post-author", a
 * WordPress "author-jane" class).
 */
const AUTHOR_HINT = /author[-_]*(?:bio|box|info|desc|about|card|profile|details)|(?:about|bio)[-_]*(?:the[-_]*)?author/;
/**
 * Class/id words of a button or a call-to-action box ("price_button", "cta-btn", "wp-block-button", "post-cta"): a
 * short block there ("Check price at Amazon", "Keep up with the latest in growth marketing") is a button, whatever it
 * says. Up to `BUTTON_WORDS` words and no sentence of prose: a paragraph in a box so named stays.
 */
const BUTTON_HINT = /(?:^|[^a-z])(?:btn|buttons?|cta)(?:$|[^a-z])/;
const BUTTON_WORDS = 12;
/**
 * Class/id words of a photo gallery or slideshow ("hst-resgallery", "slideshow-caption", "carousel__slide"): its
 * captions, credits and controls ("Photo: …, AP", "Caption", "1 / 8", "Back to Gallery") are not the article's text.
 */
const GALLERY_HINT = /gallery|galleries|slideshow|carousel|lightbox/;

/**
 * On an article-like page, a photo's caption (a <figure>'s <figcaption>) is not the article's text: ScrapingHub's and
 * WCXB's truths leave captions out (html-dev: ScrapingHub shingle F1 0.969 → 0.973, WCXB articles 0.954 → 0.955, 57
 * pages up, 7 down). The photo stays, without its caption; the caption gets a `locate.caption` receipt.
 *
 * Class/id words of a caption or a photo credit outside a <figure> ("wp-caption-text", "image-caption",
 * "photo-credit"): on html-dev article pages, 2,661 words kept in such containers were not the article's, 261 were.
 */
const CAPTION_HINT = /caption|(?:^|[^a-z])(?:photo|image)[-_]?credit|(?:^|[^a-z])attribution(?:$|[^a-z])/;
/**
 * Class/id words of a byline, an author's line or box ("post-author", "author-name", "entry-author"): on html-dev
 * article pages, 359 words kept in such containers were not the article's, 1 was. Not WordPress's "author-<name>"
 * post class, which wraps the whole post.
 */
const ANY_AUTHOR_HINT = /(?:^|[^a-z])byline(?:$|[^a-z])|(?:^|[^a-z])author(?:$|\s|[-_]{1,2}(?:name|info|meta|link|line|byline|avatar|wrap|wrapper|block|details|date|image|title|container)(?:$|[^a-z]))/;
/** Class/id words of a disclaimer or a promotion box (html-dev article pages: 1,650 words kept there, 59 of the article's). */
const PROMO_HINT = /disclaimer|(?:^|[^a-z])promo(?:$|[^a-z])/;
/**
 * Class/id words of the strips under a post: its tags ("post-tags", "entry-tags") and its footer ("entry-footer",
 * "article-footer"): html-dev article pages kept 555 words in "tags" and "footer" containers, none of them the
 * article's (ScrapingHub: 98 words in "tags", none). Not embedded tweets: ScrapingHub's truth keeps them.
 */
const POST_STRIP_HINT = /(?:^|[^a-z])(?:(?:post|entry)[-_]?)?tags(?:$|[^a-z])|(?:^|[^a-z])(?:entry|post|article|story)[-_]?footer/;
/** A caption is short: a long text in a container so named is a description ("item-caption" on a shop's page). */
const CAPTION_WORDS = 60;
/**
 * A caption of a photo: short, not a heading, next to an image. A video's caption stays: it often tells what the
 * video shows, and ScrapingHub's truth keeps it (html-dev and appeals-html: 3 pages down, retention 0.980 -> 0.979).
 */
function isPhotoCaption(segments: readonly Segment[], i: number): boolean {
  const segment = segments[i] as Segment;
  if (segment.type === 'heading' || textWeight(segment.text) > CAPTION_WORDS) return false;
  for (let j = Math.max(0, i - 2); j <= Math.min(segments.length - 1, i + 2); j++) if (j !== i && (segments[j] as Segment).type === 'figure') return true;
  return false;
}
/**
 * A slideshow's controls and credits, by their whole text: "1 / 8", "Image 1 of 8", "Caption", "Close", "Back to
 * Gallery", "Photo: Hau Dinh, AP". Short lines only; the same words in a sentence stay. Lowercase: testAnyCase.
 */
export const GALLERY_CONTROL = /^(?:(?:image|photo|picture|slide|foto|bild) )?\d+ ?(?:of|\/|von|de|di|sur)(?: ?\/)? ?\d+$|^(?:caption|close|hide caption|show caption|expand|enlarge|full ?screen|view (?:full )?gallery|back to (?:the )?gallery|(?:previous|prev|next)(?: (?:image|photo|slide))?)$|^(?:photo|image|picture|credit|foto|bild)s? ?: ?[^\s.!?][^.!?]{0,60}$/;
export const GALLERY_CONTROL_ANY_CASE = lazy(() => new RegExp(GALLERY_CONTROL.source, 'i'));
/** Words of a slideshow's caption at most: a longer block in a gallery's far container is text of its own. */
const GALLERY_BIT_WORDS = 60;
/**
 * A block of a photo gallery not named as one by its nearest containers (`near`): a control or a credit line by its
 * text, or a short caption (so named) with a gallery among its farther containers ("hst-resgallery-container …
 * caption-full"). A gallery far up alone says nothing: themes name the whole page's wrapper so ("enable-lightbox").
 */
function isGalleryBit(segment: Segment): boolean {
  if (segment.type === 'heading') return false;
  const text = segment.text.trim();
  if (text.length <= 80 && testAnyCase(GALLERY_CONTROL, GALLERY_CONTROL_ANY_CASE, text.replace(/\s+/g, ' '))) return true;
  return CAPTION_HINT.test(segment.near ?? '') && GALLERY_HINT.test(segment.hints) && textWeight(text) <= GALLERY_BIT_WORDS;
}

/** A photo's credit in a caption: "(Image: GETTY)", "Photo: …", "©", an agency's name. */
const PHOTO_CREDIT = /\((?:image|photo|picture|pic|credit|source)s?:|(?:^|[\s(])(?:photo|image|credit)s?:|©|\b(?:getty|reuters|ap photo|afp|shutterstock|istock|alamy|epa)\b/i;

/** The furniture of article-like pages only, by its containers' names (see `locateBlocks`). */
const ARTICLE_FURNITURE: ReadonlyArray<readonly [RegExp, string]> = [
  [GALLERY_HINT, 'gallery'],
  [CAPTION_HINT, 'caption'],
  [ANY_AUTHOR_HINT, 'author'],
  [PROMO_HINT, 'fine-print'],
  [POST_STRIP_HINT, 'post-strip'],
];

/** Marks the blocks outside furniture in a gallery's, a caption's, an author's or a promotion's container, and photo captions; true when any was. */
function markArticleFurniture(segments: readonly Segment[], furniture: (string | null)[]): boolean {
  let marked = false;
  segments.forEach((segment, i) => {
    if (furniture[i] !== null) return;
    // A photo's caption in its <figure> (the photo stays: locateBlocks keeps the image alone).
    if (segment.type === 'figure' && segment.text !== '') {
      furniture[i] = 'caption';
      marked = true;
      return;
    }
    const near = segment.near ?? '';
    for (const [hint, kind] of ARTICLE_FURNITURE) {
      // A caption's own inline element names it too (<span class="newscaption"> under a photo), when it credits the
      // photo: a manual's "Figure 4-1: …" under its diagram is the manual's text.
      const named = hint.test(near) || (kind === 'caption' && segment.lead !== undefined && hint.test(segment.lead) && PHOTO_CREDIT.test(segment.text)) || (kind === 'gallery' && isGalleryBit(segment));
      if (!named || (kind === 'caption' && !isPhotoCaption(segments, i)) || (kind === 'gallery' && TESTIMONIAL_HINT.test(segment.hints))) continue;
      furniture[i] = kind;
      marked = true;
      break;
    }
  });
  return marked;
}

/** A short block in a container so named, on an article page (see `locateBlocks`): a button. */
function isHintedButton(segment: Segment): boolean {
  if (segment.type === 'figure' || !BUTTON_HINT.test(segment.near ?? '') || segment.text.split(/\s+/).length > BUTTON_WORDS) return false;
  // A remark in brackets at the end ("Check price at Amazon (on sale!)") does not make a sentence.
  let text = segment.text.trim();
  if (text.endsWith(')') && text.lastIndexOf('(') > 0) text = text.slice(0, text.lastIndexOf('(')).trimEnd();
  // Nor is a label that introduces what follows ("Bring it to life with Elementor:").
  return !/[.!?:]["”’]?$/.test(text);
}
/** Furniture that costs like a short bit, not like page furniture (`blockScore`): a run of article text may go on past it. */
const SHORT_COST_FURNITURE: ReadonlySet<string> = new Set(['related', 'author', 'button', 'fine-print', 'gallery', 'caption', 'post-strip']);
/** The link share from which a block in a menu container is navigation rather than a blurb beside it. */
const NAV_LINK_DENSITY = 0.5;

/** A list or a paragraph of several links, mostly link text: a link list, not article text (one link alone may be: see `isLoneLink`). */
function isLinkList(segment: Segment): boolean {
  if (segment.type === 'heading' || segment.linkDensity <= BLOCK_LOCATE.trimLinkDensity) return false;
  if (segment.type !== 'paragraph') return true;
  let links = 0;
  const node = nodeOf(segment);
  for (const child of 'children' in node ? node.children : []) if (child.type === 'link') links++;
  return links >= 2;
}

/**
 * A paragraph that is one link and nothing else ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", "Who will make
 * the Rock Hall in 2020?", "CLICK HERE TO GET THE APP"): a teaser or a call to action set between the article's
 * paragraphs, not its text. Where such lines are a good share of the article (`BLOCK_LOCATE.loneLinkShare`), they are
 * its items (a list of projects or products, each title a link) and stay.
 */
const isLoneLink = (segment: Segment): boolean => segment.type === 'paragraph' && segment.linkDensity >= LONE_LINK_DENSITY;
const LONE_LINK_DENSITY = 0.99;

/** The furniture a block sits in: its zone (nav, footer…), or `comments` from its containers' hints. */
function furnitureOf(segment: Segment, wrappers: Wrappers, page: PageKind): string | null {
  if (segment.zone !== undefined && !wrappers.kinds.has(segment.zone) && !(segment.zoneEl !== undefined && wrappers.elements.has(segment.zoneEl))) return segment.zone;
  if (isControl(segment) || (segment.text.length <= 40 && (segment.type === 'paragraph' || segment.type === 'heading') && testAnyCase(CTA_BUTTON, CTA_BUTTON_ANY_CASE, segment.text))) return 'button';
  const near = segment.near ?? '';
  if (CONSENT_HINT.test(near)) return 'cookie';
  if (AUTHOR_HINT.test(near)) return 'author';
  if (COMMENT_HINT.test(near) || (page.product === true && REVIEW_HINT.test(near) && !TESTIMONIAL_HINT.test(segment.hints))) return 'comments';
  if (segment.type !== 'heading' && segment.linkDensity >= NAV_LINK_DENSITY && NAV_HINT.test(near)) return 'navigation';
  if (FOOTER_HINT.test(near)) return 'footer';
  return page.product === true && FINE_PRINT_HINT.test(near) ? 'fine-print' : null;
}

/** A block's score: positive for article text, negative for furniture, link lists and short bits. */
function blockScore(segment: Segment, words: number, furniture: string | null): number {
  const own = words * (1 - segment.linkDensity);
  // Teaser sections, author boxes and buttons cost like short bits: not article text, but no page furniture either
  // (a run of article text may go on past them).
  if (furniture !== null && SHORT_COST_FURNITURE.has(furniture)) return Math.min(-BLOCK_LOCATE.shortCost, blockScore(segment, words, null));
  if (furniture !== null) return -Math.max(BLOCK_LOCATE.zoneCost, own);
  // A link list, or a heading that is a link (a teaser's headline).
  if (segment.linkDensity > BLOCK_LOCATE.maxProseLinkDensity) return -BLOCK_LOCATE.shortCost - words * segment.linkDensity * 0.2;
  if (segment.type === 'heading') return -BLOCK_LOCATE.headingCost;
  if (segment.type === 'figure') return 0;
  if (own >= BLOCK_LOCATE.proseWords || (words >= BLOCK_LOCATE.sentenceWords && SENTENCE_END.test(segment.text))) return own;
  return -BLOCK_LOCATE.shortCost;
}

type Receipt = { category: Category; ruleId: string };
const RECEIPTS: Record<string, Receipt> = {
  nav: { category: 'navigation', ruleId: 'locate.navigation' },
  navigation: { category: 'navigation', ruleId: 'locate.navigation' },
  menu: { category: 'navigation', ruleId: 'locate.navigation' },
  menubar: { category: 'navigation', ruleId: 'locate.navigation' },
  footer: { category: 'chrome', ruleId: 'locate.footer' },
  contentinfo: { category: 'chrome', ruleId: 'locate.footer' },
  header: { category: 'chrome', ruleId: 'locate.header' },
  banner: { category: 'chrome', ruleId: 'locate.header' },
  aside: { category: 'boilerplate', ruleId: 'locate.aside' },
  complementary: { category: 'boilerplate', ruleId: 'locate.aside' },
  form: { category: 'chrome', ruleId: 'locate.form' },
  search: { category: 'chrome', ruleId: 'locate.form' },
  dialog: { category: 'chrome', ruleId: 'locate.dialog' },
  alertdialog: { category: 'chrome', ruleId: 'locate.dialog' },
  comments: { category: 'comments', ruleId: 'locate.comments' },
  related: { category: 'related', ruleId: 'locate.related' },
  author: { category: 'boilerplate', ruleId: 'locate.author-box' },
  button: { category: 'chrome', ruleId: 'locate.button' },
  label: { category: 'boilerplate', ruleId: 'locate.repeated-label' },
  'fine-print': { category: 'boilerplate', ruleId: 'locate.fine-print' },
  cookie: { category: 'cookie', ruleId: 'locate.cookie-banner' },
  gallery: { category: 'chrome', ruleId: 'locate.gallery' },
  caption: { category: 'chrome', ruleId: 'locate.caption' },
  'post-strip': { category: 'chrome', ruleId: 'locate.post-strip' },
  byline: { category: 'boilerplate', ruleId: 'locate.byline' },
};
const OUTSIDE: Receipt = { category: 'boilerplate', ruleId: 'locate.outside-article' };

/**
 * A locate receipt, its keys in the order `{ ...receipt, reason, stage, text }` gave them (category, ruleId, reason,
 * stage, text), written out: the spread was about a third of the locator's time (issue 9 profile), and it runs for
 * most of a page's blocks (the furniture outside the article).
 */
const locateReceipt = (receipt: Receipt, reason: string, text: string): RemovedBlock => ({ category: receipt.category, ruleId: receipt.ruleId, reason, stage: 'locate', text });
/** Drops the link lists and controls the classifier kept (marked by locateBlocks), with receipts. */
export function dropLinkLists(segments: readonly Segment[], ctx: Context): Segment[] {
  const kept: Segment[] = [];
  for (const segment of segments) {
    if (segment.control) ctx.remove(locateReceipt(RECEIPTS.button as Receipt, 'a button inside the article', segment.text));
    else if (segment.linkList) ctx.remove({ ruleId: 'locate.link-list', category: 'navigation', reason: 'a link list inside the article', stage: 'locate', text: segment.text });
    else kept.push(segment);
  }
  return kept;
}

/** Zones that wrap the page rather than furnish it: single zone elements (by id) and repeated kinds (by name). */
interface Wrappers {
  elements: Set<number>;
  kinds: Set<string>;
}

/** A modal's text (a shop's privacy policy in a dialog) or a page footer's fine print may outweigh a short page: never its wrapper. */
const NEVER_WRAPS = new Set(['dialog', 'alertdialog', 'footer', 'contentinfo']);
/** Menus repeat (desktop, mobile, breadcrumbs) and together may outweigh a short page: never a wrapper by their number. */
const NEVER_WRAPS_REPEATED = new Set(['dialog', 'alertdialog', 'nav', 'navigation', 'menu', 'menubar']);

/**
 * Zones that hold most of the page's words wrap the page rather than furnish it: one element (ASP.NET pages put
 * everything in one <form>, zones nested in it included; some themes put the article in an <aside> or a <header>), or
 * one kind repeated (a <header> in every card of a listing, a <form> around every comment of a thread). A <form> also
 * wraps content when it holds most of the page's prose outside other zones, and more than a weak run's worth: forum
 * software puts a thread's posts in one moderation form (Invision Community's `moderationTools`) on pages whose menus
 * and footers outweigh the posts in words (html-dev: WCXB forum 0.7534 -> 0.7613, listing 0.7694 -> 0.7750, 2 pages
 * up, none down; without the weak-run floor a shop's cart or newsletter form wrapped two collection pages' few
 * sentences).
 */
function wrapperZones(segments: readonly Segment[], words: readonly number[], parent: readonly number[]): Wrappers {
  const wrappers: Wrappers = { elements: new Set(), kinds: new Set() };
  let total = 0;
  const byKind = new Map<string, { words: number; elements: Set<number> }>();
  segments.forEach((segment, i) => {
    total += words[i] as number;
    if (segment.zone === undefined) return;
    let kind = byKind.get(segment.zone);
    if (!kind) byKind.set(segment.zone, (kind = { words: 0, elements: new Set() }));
    kind.words += words[i] as number;
    if (segment.zoneEl !== undefined) kind.elements.add(segment.zoneEl);
  });
  const bound = BLOCK_LOCATE.wrapperShare * total;
  for (const [zone, kind] of byKind) {
    if (kind.words > bound && kind.elements.size >= BLOCK_LOCATE.repeatedZones && !NEVER_WRAPS_REPEATED.has(zone)) wrappers.kinds.add(zone);
  }
  // Each zone element's words, its nested zones' included, summed bottom-up over the element tree.
  const n = parent.length;
  if (n <= 1) return wrappers;
  const sums = new Float64Array(n);
  // …and its prose words (blocks of `proseWords` or more outside links), counted outside other zones and in forms.
  const prose = new Float64Array(n);
  let proseTotal = 0;
  segments.forEach((segment, i) => {
    if (segment.el === undefined || segment.el >= n) return;
    sums[segment.el] = (sums[segment.el] as number) + (words[i] as number);
    const own = (words[i] as number) * (1 - segment.linkDensity);
    if (segment.type !== 'heading' && own >= BLOCK_LOCATE.proseWords && (segment.zone === undefined || segment.zone === 'form')) {
      proseTotal += own;
      prose[segment.el] = (prose[segment.el] as number) + own;
    }
  });
  for (let id = n - 1; id >= 1; id--) {
    const up = parent[id] as number;
    sums[up] = (sums[up] as number) + (sums[id] as number);
    prose[up] = (prose[up] as number) + (prose[id] as number);
  }
  const proseBound = Math.max(BLOCK_LOCATE.wrapperShare * proseTotal, BLOCK_LOCATE.weakRunTotal);
  for (const { zone, zoneEl } of segments) {
    if (zone === undefined || zoneEl === undefined || zoneEl >= n || NEVER_WRAPS.has(zone)) continue;
    if ((sums[zoneEl] as number) > bound || (zone === 'form' && (prose[zoneEl] as number) > proseBound)) wrappers.elements.add(zoneEl);
  }
  return wrappers;
}

/** Side zones a shop's theme may put a product's own text in (a details drawer, a tab panel in an <aside>). */
const SIDE_ZONES = new Set(['aside', 'complementary']);
/** A declared description is matched by its opening words: this many (fewer is no evidence; meta descriptions are cut). */
const DECLARED_WORDS = 12;
const wordsOf = (text: string): string => letterDigitRuns(text.toLowerCase()).join(' ');

/**
 * On a shop's product page, a side zone (<aside>, role=complementary) that holds the description the page declares of
 * itself (its JSON-LD Product's `description` or its meta description, by the opening `DECLARED_WORDS` words) is the
 * product's text in a drawer, not page furniture: it wraps content like a wrapper zone (html-dev: WCXB product 0.702 → 0.709, one page up, none down).
 */
function declaredZones(segments: readonly Segment[], page: PageKind, wrappers: Wrappers): void {
  if (page.product !== true || !page.descriptions) return;
  const openings: string[] = [];
  for (const description of page.descriptions) {
    const words = description ? wordsOf(description).split(' ') : [];
    if (words.length >= DECLARED_WORDS) openings.push(words.slice(0, DECLARED_WORDS).join(' '));
  }
  if (openings.length === 0) return;
  const texts = new Map<number, string[]>();
  for (const segment of segments) {
    if (segment.zone === undefined || segment.zoneEl === undefined || !SIDE_ZONES.has(segment.zone)) continue;
    let list = texts.get(segment.zoneEl);
    if (!list) texts.set(segment.zoneEl, (list = []));
    list.push(segment.text);
  }
  for (const [zoneEl, list] of texts) {
    const words = wordsOf(list.join(' '));
    if (openings.some((opening) => words.includes(opening))) wrappers.elements.add(zoneEl);
  }
}

/** For each element id (pre-order, with `parent` links), the last id of its subtree: element e's subtree is [e, end[e]]. */
function subtreeEnds(parent: readonly number[]): Int32Array {
  const end = new Int32Array(parent.length);
  for (let id = 0; id < parent.length; id++) end[id] = id;
  for (let id = parent.length - 1; id >= 1; id--) {
    const up = parent[id] as number;
    if ((end[id] as number) > (end[up] as number)) end[up] = end[id] as number;
  }
  return end;
}

/**
 * The element holding most of the run's article text: the deepest element of two or more blocks (of the page) whose blocks carry at
 * least `containerShare` of the run's score (net: the furniture and link lists inside an element count against it). Blocks are given as element ids in pre-order with `parent` links, so
 * one pass down and one up find it (linear). Returns the id range [from, to] of its subtree, or null.
 */
function dominantContainer(segments: readonly Segment[], scores: readonly number[], from: number, to: number, parent: readonly number[], share: number): [number, number] | null {
  const n = parent.length;
  if (n <= 1) return null;
  const sums = new Float64Array(n);
  const blocks = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < segments.length; i++) {
    const el = (segments[i] as Segment).el;
    if (el !== undefined && el < n) blocks[el] = (blocks[el] as number) + 1;
  }
  for (let i = from; i < to; i++) {
    const score = scores[i] as number;
    const el = (segments[i] as Segment).el;
    if (el !== undefined && el < n) {
      sums[el] = (sums[el] as number) + score;
      total += score;
    }
  }
  if (total <= 0) return null;
  const end = subtreeEnds(parent);
  for (let id = n - 1; id >= 1; id--) {
    const up = parent[id] as number;
    sums[up] = (sums[up] as number) + (sums[id] as number);
    blocks[up] = (blocks[up] as number) + (blocks[id] as number);
  }
  const depth = new Int32Array(n);
  let best = -1;
  for (let id = 1; id < n; id++) {
    depth[id] = (depth[parent[id] as number] as number) + 1;
    // A container holds at least two blocks: a paragraph that carries the whole run is not a container.
    if ((blocks[id] as number) >= 2 && (sums[id] as number) >= share * total && (best < 0 || (depth[id] as number) > (depth[best] as number))) best = id;
  }
  return best < 0 ? null : [best, end[best] as number];
}

/**
 * The scores the dominant container is chosen by: on an article-like page (one container holds several paragraphs),
 * prose alone in its container (a teaser card's blurb) counts for less than prose among sibling paragraphs. Pages made
 * of many one-paragraph boxes (services, listings) keep their scores: null, the page is not article-like.
 */
function containerWeights(segments: readonly Segment[], scores: readonly number[], parent: readonly number[]): number[] | null {
  const weights = scores.slice();
  if (parent.length <= 1) return null;
  const prosePerContainer = new Map<number, number>();
  segments.forEach((segment, i) => {
    if ((scores[i] as number) > 0 && segment.el !== undefined) {
      const up = parent[segment.el] ?? 0;
      prosePerContainer.set(up, (prosePerContainer.get(up) ?? 0) + 1);
    }
  });
  let most = 0;
  for (const n of prosePerContainer.values()) if (n > most) most = n;
  if (most < BLOCK_LOCATE.articleParagraphs) return null;
  segments.forEach((segment, i) => {
    if ((scores[i] as number) <= 0 || segment.el === undefined) return;
    // A grid of linked cards (a list whose items have headlines) on an article page is a teaser block: no weight.
    if (segment.cards) weights[i] = 0;
    else if (prosePerContainer.get(parent[segment.el] ?? 0) === 1) weights[i] = (scores[i] as number) * BLOCK_LOCATE.loneProseWeight;
  });
  return weights;
}

/**
 * True when one element holds `articleParagraphs` paragraphs of prose each wrapped in a box of its own (<div
 * class="text-description"><p>…</p></div>, one per paragraph): an article page too, though no container holds the
 * paragraphs as its own children (`containerWeights`).
 */
function proseInOneBox(segments: readonly Segment[], scores: readonly number[], parent: readonly number[]): boolean {
  if (parent.length <= 1) return false;
  const perBox = new Map<number, number>();
  for (let i = 0; i < segments.length; i++) {
    const el = (segments[i] as Segment).el;
    if ((scores[i] as number) <= 0 || el === undefined) continue;
    const up = parent[parent[el] ?? 0] ?? 0;
    const n = (perBox.get(up) ?? 0) + 1;
    if (n >= BLOCK_LOCATE.articleParagraphs) return true;
    perBox.set(up, n);
  }
  return false;
}

/** A title over a link list: a short heading (`relatedHeadingWords`) that is no link itself and no sentence. */
const isTitleLike = (segment: Segment): boolean =>
  segment.type === 'heading' && !segment.linkList && segment.linkDensity === 0 && textWeight(segment.text) <= BLOCK_LOCATE.relatedHeadingWords && !/[.!]["”’)]?$/u.test(segment.text.trim());

/**
 * A heading whose section, up to the next heading, holds nothing but link lists ("Good articles to read together",
 * "Other posts you may enjoy" over a list of links) goes with the lists: marked a link list itself, so it
 * is dropped after classification with a `locate.link-list` receipt, after the article's last text only. A heading
 * over any kept text stays. Short lines
 * that are no heading stay: a grid of cards pairs each name with a "View" link.
 */
function markListTitles(kept: Segment[]): void {
  // Only after the article's last text: headings over link lists inside it are a listing's or a manual's own sections
  // (a list of forms by category, a table of contents).
  let lastText = -1;
  kept.forEach((segment, k) => {
    if (!segment.linkList && segment.type !== 'heading' && !(segment.type === 'figure' && segment.text === '')) lastText = k;
  });
  for (let i = lastText + 1; i < kept.length; i++) {
    const title = kept[i] as Segment;
    if (!isTitleLike(title)) continue;
    let lists = 0;
    let j = i + 1;
    for (; j < kept.length; j++) {
      const next = kept[j] as Segment;
      if (next.type === 'figure' && next.text === '') continue;
      if (!next.linkList) break;
      lists++;
    }
    const end = j >= kept.length || isTitleLike(kept[j] as Segment);
    if (lists > 0 && end) kept[i] = { ...title, linkList: true };
  }
}

/** What the locator decided, for dev tools (scripts/dev/blocks.mts): each block's score and furniture, the run, the container. */
export interface LocateTrace {
  scores?: number[];
  furniture?: (string | null)[];
  run?: [number, number];
  container?: [number, number] | null;
}

/**
 * A block that is nothing but a call-to-action button ("Request a Quote", "Book Now", "Get started →", "Click to
 * expand..."). Whole-block only: the same words inside a sentence of the article stay. Written in lowercase and tested
 * in any case with testAnyCase, like CONTROL_BUTTON and SHOP_RECOMMENDATIONS (src/text/chars.ts).
 */
export const CTA_BUTTON = /^(?:request (?:a|your) (?:free )?(?:quote|demo|consultation)|get (?:a|your) (?:free )?(?:quote|demo|estimate)|(?:schedule|book) (?:a|your) (?:free )?(?:demo|call|consultation|appointment)|book (?:now|online|today)|(?:make|schedule) an appointment|get started(?: (?:today|now|for free))?|start (?:your )?free trial|start for free|try (?:it )?(?:for )?free|(?:shop|buy|order|call) now|call us(?: today)?|contact us(?: today| now)?|get in touch|click to expand|log in or sign up|(?:angebot|demo) anfordern|jetzt (?:buchen|starten)|kostenlos testen|termin vereinbaren|demander un devis|nous contacter|contactez[- ]nous|r[ée]server maintenant|solicitar? (?:presupuesto|una demo)|cont[áa]ctanos|reserva ahora|fale conosco|solicite um or[çc]amento|contattaci|prenota ora|neem contact op|offerte aanvragen|boek nu)[\s.!…>→»›]*$/;
export const CTA_BUTTON_ANY_CASE = lazy(() => new RegExp(CTA_BUTTON.source, 'i'));

/**
 * A block that is nothing but a shop's, an account's or a page's control: "Add to Cart", "Out of stock", "Select a
 * size", "Notify me when back in stock", "Sign up", "Log in to save to favorites", "Check price at REI", "View on
 * Amazon", "Free download", "Pin this for later!", "Like this:", "Jump to content", "Loading posts…", "Page 1 of 8",
 * "close form". Whole-block
 * only, like `CTA_BUTTON`: "add to cart" in a sentence of the text stays.
 */
export const CONTROL_BUTTON = /^(?:(?:[$€£] ?\d[\d.,]* )?add to (?:cart|bag|basket|trolley|wish ?list|favou?rites|registry)|page \d+ of \d+|close (?:form|window|menu|dialog)|(?:currently |temporarily )?(?:out of stock|sold out|unavailable)|notify me(?: when (?:it'?s )?(?:back in stock|available))?|select (?:a|your) (?:size|colou?r|option|style)|sign up(?: (?:now|today|for free|free))?|register(?: now| today| here| for free)?|(?:log ?in|sign ?in)(?: now| here)?|click here to (?:log[- ]?in|sign[- ]?in|register)|log in to (?:save|see|view|add|comment)(?: to)? [\w ]{1,20}|create (?:an|your) account|(?:create an account|sign up|register) or (?:sign|log) ?in(?: to (?:comment|reply|post))?|(?:sign|log) ?in to (?:comment|reply|post)|join (?:now|today|for free|free)|(?:free|instant) download|download (?:now|(?:the|our) app)|(?:check|see|view|compare) (?:the )?(?:latest |current |best )?prices? (?:at|on) [\w.&' -]{1,20}|view (?:it )?on amazon|get the free (?:e-?book|guide|checklist|download)|get (?:a|your) (?:free )?(?:quote|estimate) (?:today|now)|pin (?:this|it) for later|(?:like|share) this:|jump to(?: (?:content|the (?:list|recipe)|recipe|comments))?|loading(?: posts| comments| more)?(?:\.{3}|…)?|loading [a-z]+(?:\.{3}|…)|mehr laden|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen|adicionar ao carrinho)[\s.!…>→»›]*$/;
export const CONTROL_BUTTON_ANY_CASE = lazy(() => new RegExp(CONTROL_BUTTON.source, 'i'));

/** A block that is nothing but a shop's, an account's or a page's control (`CONTROL_BUTTON`). */
const isControl = (segment: Segment): boolean => segment.text.length <= 40 && (segment.type === 'paragraph' || segment.type === 'heading') && testAnyCase(CONTROL_BUTTON, CONTROL_BUTTON_ANY_CASE, segment.text);

/** A byline alone: "By", "Written by", "Posted by", "Reviewed by"… then one or two names of up to four capitalized words. */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const BYLINE_START = String.raw`^(?:(?:written|posted|published|reviewed|edited|updated|words|story|reported|medically reviewed) )?by:? `;
export const BYLINE_LINE = lazy(() => new RegExp(`${BYLINE_START}${NAME}(?:,? (?:and|&) ${NAME})?$`, 'iu'));
/**
 * BYLINE_LINE's opening alone, tested first: V8 compiles the whole pattern's case-insensitive letter classes on its
 * first test, some 10–25 ms of a cold start's first clean() (issue 9), and most pages have no block that opens so.
 */
export const BYLINE_OPENING = new RegExp(BYLINE_START, 'iu');
/** A heading so made is a byline only with a verb before "by" ("By Function" may title a section). */
const isBylineLine = (segment: Segment): boolean =>
  (segment.type === 'paragraph' || (segment.type === 'heading' && !/^by\b/i.test(segment.text.trim()))) &&
  segment.text.length <= 80 &&
  segment.linkDensity < 1 &&
  BYLINE_OPENING.test(segment.text.trim()) &&
  BYLINE_LINE().test(segment.text.trim());

/** The expand button a forum's quote box ends with ("Anubis said: … Click to expand..."), in the text of its last line. */
const QUOTE_EXPANDER = /(?:^|\s)click to (?:expand|show)(?:\.{3}|…)?$/i;
/** A quote without the expand button at its end (the same segment when it has none, or when the button is not plain text). */
function withoutExpander(segment: Segment): Segment {
  const match = QUOTE_EXPANDER.exec(segment.text);
  const quote = match === null || match.index === 0 ? null : nodeOf(segment);
  if (match === null || quote?.type !== 'blockquote') return segment;
  const paragraph = quote.children.at(-1);
  if (paragraph?.type !== 'paragraph') return segment;
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return segment;
  const cut = QUOTE_EXPANDER.exec(last.value);
  if (cut === null) return segment;
  const value = last.value.slice(0, cut.index).trimEnd();
  const children = value === '' ? paragraph.children.slice(0, -1) : [...paragraph.children.slice(0, -1), { ...last, value }];
  return { ...segment, text: segment.text.slice(0, match.index).trimEnd(), node: { ...quote, children: [...quote.children.slice(0, -1), { ...paragraph, children }] } };
}

/** Titles of an author box ("About the author", "Written by"), in the catalog's languages (lowercase: testAnyCase). */
export const AUTHOR_BOX = /^(?:about the (?:authors?|writer|reviewer|editor)|meet the (?:authors?|writer)|written by|author bio(?:graphy)?|über (?:den autor|die autorin|die autoren)|à propos de l'auteur|a propos de l'auteur|sobre (?:el|la|o|a) autora?|sull'autore|over de (?:auteur|schrijver))\s*:?$/;
export const AUTHOR_BOX_ANY_CASE = lazy(() => new RegExp(AUTHOR_BOX.source, 'i'));

/**
 * Titles of a shop's recommendations of other products ("Similar items", "Customers who bought this item also bought",
 * "Recently viewed"), in the catalog's languages. Whole titles only, and only as a section's title here, not as rule
 * phrases: in prose "…towels, and similar items." is no teaser (html-dev: WCXB product 0.668 → 0.676, 13 pages up,
 * none down).
 */
export const SHOP_RECOMMENDATIONS = /^(?:similar (?:items|products)|related (?:items|products)|explore related items|more like this|(?:your )?recently viewed(?: items| products)?|(?:customers|people|others) (?:also (?:bought|viewed|liked)|who (?:bought|viewed) this (?:item|product) also (?:bought|viewed))|frequently bought together|compare (?:with )?similar (?:items|products)|(?:sponsored )?products related to this item|you may also need|shop similar(?: items| products)?|ähnliche (?:artikel|produkte)|kunden kauften auch|zuletzt angesehen(?:e artikel|e produkte)?|(?:produits|articles) (?:similaires|associés)|récemment consultés|les clients ont (?:aussi|également) acheté|(?:productos|artículos) (?:relacionados|similares)|vistos recientemente|prodotti (?:correlati|simili)|visti di recente|produtos (?:relacionados|semelhantes)|vistos recentemente|(?:vergelijkbare|gerelateerde) producten|recent bekeken)[\s.:!…]*$/;
export const SHOP_RECOMMENDATIONS_ANY_CASE = lazy(() => new RegExp(SHOP_RECOMMENDATIONS.source, 'i'));

/** What opens a section the locator leaves out: a teaser section's heading, or an author box's title. */
function sectionKind(segment: Segment, ctx: Context): 'related' | 'author' | null {
  const isTitle = segment.type === 'heading' || (segment.type === 'paragraph' && segment.text.length <= 40 && !/[.!?]$/.test(segment.text));
  if (!isTitle) return null;
  if (testAnyCase(AUTHOR_BOX, AUTHOR_BOX_ANY_CASE, segment.text.trim())) return 'author';
  if (testAnyCase(SHOP_RECOMMENDATIONS, SHOP_RECOMMENDATIONS_ANY_CASE, segment.text.trim())) return 'related';
  if (segment.type !== 'heading') return null;
  const signals = runSignals(segment.text, ctx.catalog);
  if (signals.words === 0 || signals.words > BLOCK_LOCATE.relatedHeadingWords || signals.category !== 'related' || signals.coverage < BLOCK_LOCATE.relatedHeadingCoverage) return null;
  return 'related';
}

/**
 * Sections that are not the article though their text reads like prose: a teaser section opened by a heading that
 * names one ("Related stories", "You may also like", "Mehr zum Thema"), and an author box ("About the author" and the
 * writer's bio). The title must open its own container (a section of its own, not a line in the middle of the
 * article's); the section is the blocks after it in that container, up to the next heading of the same or a higher
 * rank. Marks them `related` or `author` in `furniture`.
 */
function markSections(segments: readonly Segment[], furniture: (string | null)[], parent: readonly number[], ctx: Context): void {
  const n = parent.length;
  const keepRelated = ctx.options.keep.has('related');
  let end: Int32Array | null = null;
  for (let i = 0; i < segments.length; i++) {
    const title = segments[i] as Segment;
    if (title.el === undefined || furniture[i] !== null) continue;
    const kind = sectionKind(title, ctx);
    if (kind === null || (kind === 'related' && keepRelated)) continue;
    end ??= subtreeEnds(parent);
    const before = i > 0 ? (segments[i - 1] as Segment).el : undefined;
    // The title must open its container: no block before it inside.
    const opens = (box: number): boolean => box !== 0 && (before === undefined || before < box);
    let box = title.el < n ? (parent[title.el] as number) : 0;
    // The section is the largest container the title opens: a title wrapped alone (<div class="title-wrap"><h2>Similar
    // Items</h2></div>) or in a header row with its cards in a sibling wrapper (a shop's carousel) still opens the
    // section around both (html-dev: WCXB product +0.008, 21 pages up, 4 down).
    while (opens(parent[box] as number)) box = parent[box] as number;
    if (!opens(box)) continue;
    const last = end[box] as number;
    const titleNode = nodeOf(title);
    const rank = 'depth' in titleNode ? titleNode.depth : 6;
    furniture[i] = kind;
    for (let j = i + 1; j < segments.length; j++) {
      const next = segments[j] as Segment;
      if (next.el === undefined || next.el < box || next.el > last) break;
      if (next.type === 'heading') {
        const nextNode = nodeOf(next);
        if ('depth' in nextNode && nextNode.depth <= rank) break;
      }
      if (furniture[j] === null) furniture[j] = kind;
    }
  }
}

/** The page's words outside furniture and links. */
function wordsOutsideFurniture(segments: readonly Segment[], words: readonly number[], furniture: readonly (string | null)[]): number {
  let total = 0;
  segments.forEach((segment, i) => {
    if (furniture[i] === null) total += (words[i] as number) * (1 - segment.linkDensity);
  });
  return total;
}

/** A field of a user panel or a card: a name of up to three words, a colon and a short value ("Join Date: Aug 2008"). */
const FIELD = lazy(() => new RegExp(String.raw`^([\p{L}][\p{L}' ]{0,30}?) ?: ?\S`, 'u'));
/**
 * What a short block recurs as: its text, up to `labelWords` words. On a discussion page, a user panel's fields recur
 * with other values: numbers are folded ("Posts: 116" and "Posts: 3" are one label) and a field is its name ("Join
 * Date: Aug 2008", "Join Date: Nov 2024"; up to twice `labelWords` words). Not on listings: there a card's price or
 * its "Size: M" is the card's own (html-dev: WCXB collection 0.730 → 0.719 folded everywhere); nor shortened counts (a
 * repository list's "Star 194k" on a /topics/ address).
 */
function labelKey(text: string, words: number, discussion: boolean): string | null {
  if (!discussion) return words <= BLOCK_LOCATE.labelWords ? text.trim().toLowerCase() : null;
  // Only a panel of fields one a line (below) may be longer than a label: a post's paragraph is not folded to find out.
  if (words > 2 * BLOCK_LOCATE.labelWords && !text.includes('\n')) return null;
  // Exact counts fold ("Messages 412", "#12"); a counter shortened on a button ("Star 194k") is an item's own figure.
  const plain = text.trim().toLowerCase();
  const folded = /\d[kmb]\b/.test(plain) ? plain : plain.replace(/\d[\d.,]*/g, '#');
  // A panel of fields one a line ("Posts: 116", "Threads: 23", "Joined: Feb 2019") is its fields' names.
  const lines = folded.split('\n');
  if (lines.length > 1 && lines.every((line) => FIELD().test(line))) return lines.map((line) => (FIELD().exec(line) as RegExpExecArray)[1]).join(':');
  if (words > 2 * BLOCK_LOCATE.labelWords) return null;
  const field = FIELD().exec(folded);
  if (field !== null && (field[1] as string).split(' ').length <= BLOCK_LOCATE.labelWords) return `${field[1] as string}:`;
  return words <= BLOCK_LOCATE.labelWords ? folded : null;
}

/** Marks as `label` the short blocks outside furniture whose text recurs on the page (BLOCK_LOCATE.labelWords). */
function markRepeatedLabels(segments: readonly Segment[], words: readonly number[], furniture: (string | null)[], discussion: boolean): void {
  const keys = segments.map((segment, i) => (furniture[i] === null ? labelKey(segment.text, words[i] as number, discussion) : null));
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  keys.forEach((key, i) => {
    if (key !== null && (counts.get(key) as number) >= BLOCK_LOCATE.labelRepeats) furniture[i] = 'label';
  });
}

/** Addresses of discussion pages: forum hosts and thread paths (Discourse /t/, phpBB, vBulletin, Reddit, Lemmy…). */
const DISCUSSION_HOST = /^(?:forums?|community|communities|discuss|discussions?|boards?|lemmy|talk)\./;
/** A host whose name says forum ("warriorforum.com", "avsforums.com", "l-camera-forum.com", "open.vanillaforums.com"): a label before the top-level domain holds the word. */
const namesForum = (hostname: string): boolean => hostname.includes('forum') && hostname.split('.').slice(0, -1).some((label) => label.includes('forum'));
/** Link aggregators' thread pages, where the comments are the page (their story is a link): Lobsters, Hacker News. */
const AGGREGATOR_THREADS = new Map<string, RegExp>([
  ['lobste.rs', /^\/s\/\w+/],
  ['news.ycombinator.com', /^\/item$/],
]);
const DISCUSSION_PATH = /\/(?:t|threads?|topics?|forums?|discussions?|questions|comments|viewtopic\.php|showthread\.php)(?:\/|$|\?)/;

/**
 * Paths of a single product in the shop platforms' own schemes: WooCommerce and many others' /product/…, Amazon's
 * /dp/ and /gp/product/, eBay's /itm/ (html-dev: only product pages; the plural /products/ also names category and
 * service pages, so it is not one).
 */
const PRODUCT_PATH = /\/(?:product|dp|itm)\//;

/** What an address says the page is: a discussion (a forum thread, a Q&A page) or a shop's product page. */
function urlKind(url: string | null): PageKind {
  if (url === null) return {};
  try {
    const { hostname, pathname } = new URL(url);
    const path = pathname.toLowerCase();
    return { discussion: DISCUSSION_HOST.test(hostname) || namesForum(hostname) || DISCUSSION_PATH.test(path) || AGGREGATOR_THREADS.get(hostname)?.test(path) === true, product: PRODUCT_PATH.test(path) };
  } catch {
    return {};
  }
}

/** True for an address that names a discussion page (a forum thread, a Q&A page). */
export const isDiscussionUrl = (url: string | null): boolean => urlKind(url).discussion === true;

/**
 * What the page is, from its addresses (the caller's and the canonical one, each parsed once) and its metadata's
 * own declaration of a product (a JSON-LD Product, og:type product) or of a discussion (a JSON-LD
 * DiscussionForumPosting or QAPage: html-dev, 71 pages declare one, all forum threads, 8 on addresses that name no
 * thread).
 */
export function pageKindOf(urls: ReadonlyArray<string | null>, declaredProduct: boolean, declaredDiscussion = false): PageKind {
  const page: PageKind = { discussion: declaredDiscussion, product: declaredProduct };
  for (const url of urls) {
    const kind = urlKind(url);
    page.discussion ||= kind.discussion === true;
    page.product ||= kind.product === true;
  }
  return page;
}

/**
 * On a discussion page (by its address), comments that hold more words than the rest of the page's prose are the
 * content (the thread's posts), not furniture. An article with a long comment thread on a news site keeps its
 * comments out: the address decides (html-dev: WCXB forum F1 0.58 → 0.68, no article or ScrapingHub page changed).
 */
function threadPage(segments: readonly Segment[], words: readonly number[], furniture: (string | null)[], discussion: boolean): boolean {
  if (!discussion) return false;
  let comments = 0;
  let prose = 0;
  segments.forEach((segment, i) => {
    const own = (words[i] as number) * (1 - segment.linkDensity);
    if (furniture[i] === 'comments') comments += own;
    else if (furniture[i] === null && own >= BLOCK_LOCATE.proseWords) prose += own;
  });
  if (comments === 0 || comments < prose) return false;
  for (let i = 0; i < furniture.length; i++) if (furniture[i] === 'comments') furniture[i] = null;
  return true;
}

/** What the page's address and metadata say it is: a discussion (a forum thread) or a shop's product page. */
export interface PageKind {
  discussion?: boolean;
  product?: boolean;
  /** The descriptions the page declares of itself (JSON-LD `description`, the meta description), for `declaredZones`. */
  descriptions?: ReadonlyArray<string | null>;
  /** The page's title (metadata), for `titledRun`. */
  title?: string | null;
}

/**
 * The lede: prose the run opens with, just before the article's container (a standfirst or a summary set between the
 * headline and the body, in a wrapper of its own). Up to `edgeBlocks` paragraphs that score as prose and sit in no
 * furniture, right before the container's first block, join the article. Only prose of `ledeWords` or more, with few
 * links (`ledeLinkDensity`), ending a sentence: shorter lines there are an affiliate disclosure, a form's error message or a news page's dek the
 * truths leave out (html-dev: WCXB `with` kept 0.7833 -> 0.7855, `without` leaked unchanged, word F1 0.8799 -> 0.8802,
 * ScrapingHub shingle F1 0.97735 -> 0.97737; any scoring paragraph: `with` 0.7863 but `without` 0.0400 -> 0.0408).
 */
function takeLede(segments: readonly Segment[], scores: readonly number[], furniture: readonly (string | null)[], inArticle: boolean[], runStart: number): void {
  const first = inArticle.indexOf(true);
  for (let i = first - 1, k = 0; i >= runStart && k < BLOCK_LOCATE.edgeBlocks; i--, k++) {
    const segment = segments[i] as Segment;
    if (segment.type !== 'paragraph' || furniture[i] !== null || segment.linkDensity > BLOCK_LOCATE.ledeLinkDensity || (scores[i] as number) < BLOCK_LOCATE.ledeWords || !SENTENCE_END.test(segment.text)) return;
    inArticle[i] = true;
  }
}

/**
 * The run's prose before the article's container: where a page splits its article among sibling wrappers (an intro
 * before a table of contents, a first section in a box of its own), the container holds most of the run and leaves out
 * its head. When what the run holds before the container is worth `runHeadScore` (net of the headings, links and
 * furniture there) and holds `runHeadParagraphs` paragraphs of prose with few links (`ledeLinkDensity`) that end a sentence, they join the
 * article (html-dev: WCXB word F1 0.8805 -> 0.8822, `with` kept 0.7854 -> 0.7909, `without` leaked 0.0387 -> 0.0390,
 * ScrapingHub unchanged; taking one paragraph alone too: WCXB 0.8823 and `with` 0.7923, but ScrapingHub 0.9775 ->
 * 0.9769 on a dek, a pull quote and two captions; leaving out paragraphs next to a figure cost WCXB service pages
 * 0.004). Only before: teaser cards after the article score as prose too, and cutting them is what the container is
 * for.
 */
function takeRunHead(segments: readonly Segment[], scores: readonly number[], inArticle: boolean[], runStart: number): void {
  const first = inArticle.indexOf(true);
  let sum = 0;
  const prose: number[] = [];
  for (let i = runStart; i < first; i++) {
    const segment = segments[i] as Segment;
    sum += scores[i] as number;
    if ((scores[i] as number) > 0 && segment.type === 'paragraph' && segment.linkDensity <= BLOCK_LOCATE.ledeLinkDensity && SENTENCE_END.test(segment.text)) prose.push(i);
  }
  if (sum >= BLOCK_LOCATE.runHeadScore && prose.length >= BLOCK_LOCATE.runHeadParagraphs) for (const i of prose) inArticle[i] = true;
}

/**
 * The best run that opens within `titleReach` blocks after the page's title heading (a heading whose words are the
 * metadata's title), or null when the page shows no such heading.
 */
function titledRun(segments: readonly Segment[], scores: readonly number[], title: string | null): BestRun | null {
  const key = title ? wordsOf(title) : '';
  const at = key === '' ? -1 : segments.findIndex((segment) => segment.type === 'heading' && wordsOf(segment.text) === key);
  if (at < 0) return null;
  const run = bestRun(scores, scores.length, at + 1, at + BLOCK_LOCATE.titleReach);
  return run.total === -Infinity ? null : run;
}

/** The locate stage over a whole page's blocks: returns the article's blocks; receipts for the rest. `trace` (dev tools) receives the scores and choices. */
export function locateBlocks(segments: readonly Segment[], ctx: Context, parent: readonly number[] = [], trace?: LocateTrace, page: PageKind = {}): Segment[] {
  const discussion = page.discussion === true;
  // Each block's words and furniture, once.
  const words = segments.map((segment) => textWeight(segment.text));
  const wrappers = wrapperZones(segments, words, parent);
  declaredZones(segments, page, wrappers);
  const furniture = segments.map((segment) => furnitureOf(segment, wrappers, page));
  // On a thread, the opening post and the replies sit in different containers: the run itself is the content.
  const thread = threadPage(segments, words, furniture, discussion);
  if (parent.length > 1) markSections(segments, furniture, parent, ctx);
  let scores = segments.map((segment, i) => blockScore(segment, words[i] as number, furniture[i] as string | null));
  let articleWeights = containerWeights(segments, scores, parent);
  // On an article-like page (not a shop's product page, not a thread), a photo gallery's captions and controls are
  // furniture; on shop, service and listing pages a carousel often holds the content (html-dev: WCXB product, listing
  // and service pages down by up to 0.8 when marked everywhere).
  if ((articleWeights !== null || proseInOneBox(segments, scores, parent)) && !discussion && page.product !== true && markArticleFurniture(segments, furniture)) {
    scores = segments.map((segment, i) => blockScore(segment, words[i] as number, furniture[i] as string | null));
    articleWeights = containerWeights(segments, scores, parent);
  }
  const weights = articleWeights ?? scores;
  let run = bestRun(scores);
  const titled = titledRun(segments, scores, page.title ?? null);
  if (titled !== null && titled.total > BLOCK_LOCATE.weakRunTotal && titled.total >= BLOCK_LOCATE.titledRunShare * run.total && (run.end < titled.start || run.start > titled.start + BLOCK_LOCATE.titleReach)) run = titled;
  let bestStart = run.start;
  let bestEnd = run.end;
  const best = run.total;
  // No run of article text, or a weak one (a page of links, a listing): keep what is not furniture, links included,
  // in the container holding most of the page's words outside furniture (the whole page if none does).
  const noRun = best <= BLOCK_LOCATE.weakRunTotal || (best <= BLOCK_LOCATE.shortRunTotal && best < BLOCK_LOCATE.shortRunShare * wordsOutsideFurniture(segments, words, furniture));
  const contentBox = noRun && best > 0 ? dominantContainer(segments, segments.map((_, i) => (furniture[i] === null ? (words[i] as number) : 0)), 0, segments.length, parent, BLOCK_LOCATE.weakContainerShare) : null;
  // The run is cut to the element that holds most of its text: teaser cards and link boxes that follow the article
  // in other containers score as prose, but they sit outside it.
  // On a discussion page every post is content: posts parted by their authors' panels (an <aside> per post) make many
  // short runs, so the container is the one holding most of the page's prose, not most of the best run's
  // (html-dev: WCXB forum 0.721 → 0.746, 10 pages up, 2 down).
  const threadBox = discussion && !noRun && !thread ? dominantContainer(segments, scores.map((score) => Math.max(0, score)), 0, segments.length, parent, BLOCK_LOCATE.containerShare) : null;
  const container = threadBox ?? (noRun || thread ? contentBox : dominantContainer(segments, weights, bestStart, bestEnd, parent, BLOCK_LOCATE.containerShare));
  if (trace) Object.assign(trace, { scores, furniture, run: [bestStart, bestEnd], container });
  const inContainer = (segment: Segment, box: [number, number]): boolean => segment.el !== undefined && segment.el >= box[0] && segment.el <= box[1];
  // Without a container the run is the article: its edges take the headings and figures right before it (the
  // title, a lead picture) and the figures right after it, which score nothing, so the run alone leaves them out.
  if (!noRun && container === null) {
    for (let k = 0; k < BLOCK_LOCATE.edgeBlocks && bestStart > 0; k++) {
      const before = segments[bestStart - 1] as Segment;
      if ((before.type !== 'heading' && before.type !== 'figure') || furniture[bestStart - 1] !== null) break;
      bestStart--;
    }
    for (let k = 0; k < BLOCK_LOCATE.edgeBlocks && bestEnd < segments.length; k++) {
      const after = segments[bestEnd] as Segment;
      if (after.type !== 'figure' || furniture[bestEnd] !== null) break;
      bestEnd++;
    }
  }
  // Where everything outside furniture is kept (no article run) or posts are the content (a thread), labels repeated
  // in every card or post ("Joined", "Messages", "Add to cart") are not.
  if (noRun || discussion) markRepeatedLabels(segments, words, furniture, discussion);
  // Where a run of article text was found, short blocks in a button's container ("Check price at Amazon") go, marked
  // only now so they never move the run or its container. A shop's product page and pages with no run (listings,
  // categories) keep theirs: there a button's words are often the content, and a few words less tip the choice of the
  // content container (html-dev: `without` leaked 0.061 -> 0.057 with the author hint; marked before the run,
  // 0.055 but WCXB listing -0.006, collection -0.001, 5 service pages down).
  if (!noRun && !discussion && page.product !== true) {
    segments.forEach((segment, i) => {
      if (furniture[i] === null && isHintedButton(segment)) furniture[i] = 'button';
    });
  }
  // With an article container, all of it is the article (short paragraphs the run left out at its ends too);
  // without one, the run is.
  const inArticle = segments.map((segment, i) => (container !== null ? inContainer(segment, container) : noRun || (i >= bestStart && i < bestEnd)));
  if (container !== null && !noRun && !thread && !discussion) {
    takeLede(segments, scores, furniture, inArticle, bestStart);
    takeRunHead(segments, scores, inArticle, bestStart);
  }
  let loneWords = 0;
  let articleWords = 0;
  segments.forEach((segment, i) => {
    if (!inArticle[i] || furniture[i] !== null) return;
    articleWords += words[i] as number;
    if (isLoneLink(segment)) loneWords += words[i] as number;
  });
  const loneLinks = !noRun && loneWords <= BLOCK_LOCATE.loneLinkShare * articleWords;
  // A byline on a line of its own ("Written by Jane Doe") inside an article, unless such lines recur (a list of books
  // "Published by …", of posts "By …": there they are the items' own).
  let bylines = 0;
  if (!noRun && !discussion) segments.forEach((segment, i) => {
    if (inArticle[i] && furniture[i] === null && isBylineLine(segment)) bylines++;
  });
  const dropBylines = bylines > 0 && bylines < BLOCK_LOCATE.bylineRepeats;
  const kept: Segment[] = [];
  segments.forEach((block, i) => {
    let segment = block;
    const zone = furniture[i] as string | null;
    const inRun = inArticle[i] as boolean;
    const figure = inRun && zone === 'caption' && segment.type === 'figure' ? nodeOf(segment) : null;
    if (figure?.type === 'paragraph') {
      // A photo's caption goes; the photo stays.
      const images = figure.children.filter((child) => child.type === 'image');
      ctx.remove(locateReceipt(RECEIPTS.caption as Receipt, 'a photo caption inside the article', segment.text));
      if (images.length > 0) kept.push({ ...segment, text: '', node: { type: 'paragraph', children: images }, figure: segment.figure ? { ...segment.figure, caption: null } : undefined });
      return;
    }
    if (inRun && zone === null && segment.type === 'quote') {
      const trimmed = withoutExpander(segment);
      if (trimmed !== segment) {
        ctx.remove(locateReceipt(RECEIPTS.button as Receipt, "a quote's expand button inside the article", segment.text.slice(trimmed.text.length).trim()));
        segment = trimmed;
      }
    }
    if (inRun && zone === null && dropBylines && isBylineLine(segment)) {
      ctx.remove(locateReceipt(RECEIPTS.byline as Receipt, 'a byline on a line of its own inside the article', segment.text));
      return;
    }
    if (inRun && zone === 'button' && isControl(segment)) {
      // A control (furniture for the run and the container) goes after classification, like a link list: a "Sign up"
      // under a newsletter's pitch is judged with its box and gets that rule's receipt; what the classifier keeps goes
      // as a button.
      kept.push({ ...segment, linkList: true, control: true });
      return;
    }
    if (inRun && zone === null && (noRun || !(isLinkList(segment) || (loneLinks && isLoneLink(segment))))) {
      kept.push(segment);
      return;
    }
    if (inRun && zone === null) {
      // A link list inside the article goes after classification, so a call to action ("Sign up") in an appeal box
      // is judged with its box and gets that rule's receipt; what the classifier keeps goes as a link list.
      kept.push({ ...segment, linkList: true });
      return;
    }
    const receipt = zone !== null ? (RECEIPTS[zone] ?? OUTSIDE) : OUTSIDE;
    const reason = inRun ? `in page furniture (${zone}) inside the article` : zone !== null ? `outside the article, in page furniture (${zone})` : 'outside the run of article text';
    ctx.remove(locateReceipt(receipt, reason, segment.text));
  });
  if (!noRun) markListTitles(kept);
  return kept;
}
