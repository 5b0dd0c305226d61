// chrono-node's strict parsers for the languages decruft reads dates in, one locale module each: chrono-node's entry
// imports all fifteen of its locales, and the four decruft does not use (fi, vi, id, ar) were 11 KiB gzip of the edge
// bundle (issue 9). One module, loaded lazily as one chunk: split per language, the chunks gzip worse than together.
// Japanese, Chinese, Russian, Ukrainian and Swedish were dropped too (11 KiB gzip, the Cyrillic month and unit tables
// most of it): on the four dev corpora (23 pages in Russian or Japanese, none in the others) they found no date, every
// Article hashed the same without them. Pages in those languages still get dates from their metadata, their address
// and English or numeric forms.
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
