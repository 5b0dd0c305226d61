// chrono-node's strict parsers for the languages decruft reads dates in, one locale module each: chrono-node's entry
// imports all fifteen of its locales. decruft keeps the seven its rule catalog covers (en de fr es it pt nl); the other
// eight (fi vi id ar, and since the bundle budget pass of 2026-12-01 ja zh ru sv uk: 12 KiB gzip, no dev page's date
// needed them) are left out of the edge bundle (issue 9). A page in those languages still gets its date from JSON-LD,
// meta tags, <time datetime>, its URL or a numeric or English date line; only a date written in words in that language
// is not read. One module, loaded lazily as one chunk: split per language, the chunks gzip worse than together.
import { strict as en } from 'chrono-node/en';
import { strict as de } from 'chrono-node/de';
import { strict as fr } from 'chrono-node/fr';
import { strict as es } from 'chrono-node/es';
import { strict as it } from 'chrono-node/it';
import { strict as pt } from 'chrono-node/pt';
import { strict as nl } from 'chrono-node/nl';

/** English's strict parser (chrono-node's own `strict`); it always applies. */
export const english = en;

/** The other languages' strict parsers, by primary language subtag. */
export const byLanguage: ReadonlyMap<string, typeof en> = new Map([
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['it', it],
  ['pt', pt],
  ['nl', nl],
]);
