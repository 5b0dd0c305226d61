// Reads schema.org JSON-LD: finds the page's article-like node (through @graph, arrays and @id references) and its fields.

export interface JsonLdFacts {
  type: string | null;
  headline: string | null;
  authors: string[];
  /** True when every author is an Organization (a publisher's name, not a person's). */
  authorsAreOrganizations: boolean;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  /** The WebSite node's name, when the page has one. */
  siteName: string | null;
  image: string | null;
  description: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  url: string | null;
  /** The page's own entity (a top-level node, not an item of a list) is a schema.org Product. */
  product: boolean;
  /** A node is a forum post or a Q&A page (DiscussionForumPosting, QAPage): the page is a discussion. */
  discussion: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Node types in order of preference: the most article-like wins. */
const TYPE_RANK: readonly string[] = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle',
  'article', 'blogposting', 'scholarlyarticle', 'techarticle', 'socialmediaposting', 'liveblogposting', 'medicalwebpage', 'report', 'review',
  'recipe', 'howto', 'qapage', 'discussionforumposting', 'videoobject', 'product', 'event', 'course', 'creativework', 'webpage', 'itempage',
  'aboutpage', 'faqpage', 'profilepage', 'collectionpage', 'searchresultspage',
];
/** Types of a node that make the page a shop's product page (its customer reviews are not its text). */
const PRODUCT_TYPES = new Set(['product', 'productgroup', 'individualproduct', 'productmodel']);
/** Types of a node that make the page a discussion: its replies are its content, not comments under it. */
const DISCUSSION_TYPES = new Set(['discussionforumposting', 'qapage']);
/** Bounds the walk through hostile or huge JSON-LD. */
const MAX_NODES = 5000;
/** Following @id references more than this deep means a cycle or junk. */
const MAX_REFERENCE_DEPTH = 3;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase().replace(/^.*[/:#]/, ''));
}

/** Resolves `{ "@id": … }` references against the nodes of all scripts. */
function resolver(byId: Map<string, JsonObject>) {
  return function resolve(value: Json | undefined, depth = 0): Json | undefined {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2 && depth < MAX_REFERENCE_DEPTH) {
      const target = byId.get(value['@id']);
      if (target) return target;
    }
    return value;
  };
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found) return found;
    }
    return null;
  }
  if (isObject(value)) {
    const inner = value['@value'] ?? value.name ?? value.url;
    return typeof inner === 'string' || typeof inner === 'number' ? text(inner) : null;
  }
  return null;
}

function names(value: Json | undefined, resolve: (v: Json | undefined) => Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const raw of list) {
    const item = resolve(raw);
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isObject(item)) {
      const name = text(item.name) ?? [text(item.givenName), text(item.familyName)].filter(Boolean).join(' ');
      if (name) out.push(name);
    }
  }
  return out;
}

const ORGANIZATION_TYPES = new Set(['organization', 'newsmediaorganization', 'corporation', 'educationalorganization', 'governmentorganization', 'ngo', 'localbusiness', 'brand', 'website']);

function onlyOrganizations(value: Json | undefined, resolve: (v: Json | undefined) => Json | undefined): boolean {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const items = list.map((raw) => resolve(raw)).filter(isObject);
  return items.length > 0 && items.length === list.length && items.every((item) => typesOf(item).some((t) => ORGANIZATION_TYPES.has(t)));
}

function imageUrl(value: Json | undefined, resolve: (v: Json | undefined) => Json | undefined): string | null {
  const item = resolve(value);
  if (typeof item === 'string') return item.trim() || null;
  if (Array.isArray(item)) return item.length > 0 ? imageUrl(item[0], resolve) : null;
  if (isObject(item)) {
    const url = item.url ?? item.contentUrl;
    return typeof url === 'string' ? url.trim() || null : null;
  }
  return null;
}

/** Posts of a Blog node looked at. */
const MAX_POSTS = 50;

/** JSON text with the raw control characters inside its strings (line breaks, tabs) escaped; the rest unchanged. */
export function escapeControlsInStrings(json: string): string {
  let out = '';
  let inString = false;
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (inString && code === 0x5c) {
      i++; // an escape: the next character is part of it
    } else if (code === 0x22) {
      inString = !inString;
    } else if (inString && code < 0x20) {
      out += `${json.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
      from = i + 1;
    }
  }
  return out + json.slice(from);
}

function parseScripts(scripts: readonly string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const source of scripts) {
    const json = source.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
    let parsed: Json;
    try {
      parsed = JSON.parse(json) as Json;
    } catch {
      // CMS templates often print a description with its line breaks raw inside a JSON string, which JSON forbids.
      try {
        parsed = JSON.parse(escapeControlsInStrings(json)) as Json;
      } catch {
        continue;
      }
    }
    const stack: Json[] = [parsed];
    let seen = 0;
    while (stack.length > 0 && seen++ < MAX_NODES) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i] as Json);
      } else if (isObject(node)) {
        if (typesOf(node).length > 0 || typeof node['@id'] === 'string') nodes.push(node);
        const graph = node['@graph'];
        if (graph !== undefined) stack.push(graph);
        for (const key of ['mainEntity', 'mainEntityOfPage', 'itemReviewed']) {
          const main = node[key];
          if (isObject(main) && typesOf(main).length > 0) stack.push(main);
        }
        // A Blog node carrying its posts (the page's own post among them).
        const posts = node.blogPost;
        if (Array.isArray(posts)) stack.push(posts.slice(0, MAX_POSTS));
      }
    }
  }
  return nodes;
}

/** Parses every JSON-LD script and returns the facts of the best article-like node, or null. */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts | null {
  const nodes = parseScripts(scripts);
  if (nodes.length === 0) return null;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && typesOf(node).length > 0 && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const resolve = resolver(byId);
  let best: JsonObject | null = null;
  let bestScore = Infinity;
  let siteName: string | null = null;
  let product = false;
  let discussion = false;
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => PRODUCT_TYPES.has(t))) product = true;
    if (types.some((t) => DISCUSSION_TYPES.has(t))) discussion = true;
    if (types.includes('website') && siteName === null) siteName = text(node.name);
    for (const type of types) {
      const rank = TYPE_RANK.indexOf(type);
      if (rank < 0) continue;
      // Among nodes of the same type, one with a headline and a date is the page's own.
      const score = rank * 4 - (node.headline !== undefined ? 2 : 0) - (node.datePublished !== undefined ? 1 : 0);
      if (score < bestScore) {
        best = node;
        bestScore = score;
      }
    }
  }
  if (!best) return null;
  const publisher = resolve(best.publisher);
  return {
    type: typesOf(best)[0] ?? null,
    headline: text(best.headline) ?? text(best.name),
    authors: names(best.author ?? best.creator, resolve),
    authorsAreOrganizations: onlyOrganizations(best.author ?? best.creator, resolve),
    datePublished: text(best.datePublished) ?? text(best.dateCreated) ?? text(best.uploadDate),
    dateModified: text(best.dateModified),
    publisher: isObject(publisher) ? text(publisher.name) : text(publisher),
    siteName,
    image: imageUrl(best.image ?? best.thumbnailUrl, resolve),
    description: text(best.description),
    articleBody: text(best.articleBody) ?? text(best.text),
    inLanguage: text(best.inLanguage),
    url: text(best.url),
    product,
    discussion,
  };
}
