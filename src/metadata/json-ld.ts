// Reads schema.org JSON-LD: finds the page's article-like node (through @graph and arrays) and its fields.

export interface JsonLdFacts {
  type: string | null;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  image: string | null;
  description: string | null;
  articleBody: string | null;
  inLanguage: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Node types in order of preference: the most article-like wins. */
const TYPE_RANK: readonly string[] = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle',
  'article', 'blogposting', 'scholarlyarticle', 'techarticle', 'socialmediaposting', 'liveblogposting', 'report', 'review', 'recipe',
  'howto', 'qapage', 'discussionforumposting', 'product', 'creativework', 'webpage', 'itempage', 'aboutpage', 'collectionpage',
];
/** Bounds the walk through hostile or huge JSON-LD. */
const MAX_NODES = 5000;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase().replace(/^.*[/:]/, ''));
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
  if (isObject(value)) return text(value['@value'] ?? value.name ?? value.url ?? value['@id']);
  return null;
}

function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isObject(item)) {
      const name = text(item.name);
      if (name) out.push(name);
    }
  }
  return out;
}

function imageUrl(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? imageUrl(value[0]) : null;
  if (isObject(value)) return text(value.url ?? value.contentUrl ?? value['@id']);
  return null;
}

/** Parses every JSON-LD script and returns the facts of the best article-like node, or null. */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts | null {
  const candidates: JsonObject[] = [];
  for (const source of scripts) {
    let parsed: Json;
    try {
      parsed = JSON.parse(source.trim().replace(/^<!--|-->$/g, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [parsed];
    let seen = 0;
    while (stack.length > 0 && seen++ < MAX_NODES) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i] as Json);
      } else if (isObject(node)) {
        if (typesOf(node).length > 0) candidates.push(node);
        const graph = node['@graph'];
        if (graph !== undefined) stack.push(graph);
        const main = node.mainEntity ?? node.mainEntityOfPage;
        if (isObject(main) && typesOf(main).length > 0) stack.push(main);
      }
    }
  }
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const node of candidates) {
    for (const type of typesOf(node)) {
      const rank = TYPE_RANK.indexOf(type);
      if (rank >= 0 && rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
  }
  if (!best) return null;
  const publisher = best.publisher;
  return {
    type: typesOf(best)[0] ?? null,
    headline: text(best.headline) ?? text(best.name),
    authors: names(best.author ?? best.creator),
    datePublished: text(best.datePublished) ?? text(best.dateCreated) ?? text(best.uploadDate),
    dateModified: text(best.dateModified),
    publisher: isObject(publisher) ? text(publisher.name) : text(publisher),
    image: imageUrl(best.image ?? best.thumbnailUrl),
    description: text(best.description),
    articleBody: text(best.articleBody) ?? text(best.text),
    inLanguage: text(best.inLanguage),
    url: text(best.url),
  };
}
