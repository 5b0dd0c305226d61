// chrono-node's strict parsers for the languages decruft reads dates in, one locale module each: chrono-node's entry
// imports all fifteen of its locales, and the four decruft does not use (fi, vi, id, ar) were 11 KiB gzip of the edge
// bundle (issue 9). One module, loaded lazily as one chunk: split per language, the chunks gzip worse than together.
import { strict as en } from 'chrono-node/en';
import { strict as de } from 'chrono-node/de';
import { strict as fr } from 'chrono-node/fr';
import { strict as es } from 'chrono-node/es';
import { strict as it } from 'chrono-node/it';
import { strict as pt } from 'chrono-node/pt';
import { strict as nl } from 'chrono-node/nl';
import { strict as ja } from 'chrono-node/ja';
import { strict as zh } from 'chrono-node/zh';
import { strict as ru } from 'chrono-node/ru';
import { strict as sv } from 'chrono-node/sv';
import { strict as uk } from 'chrono-node/uk';

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
  ['ja', ja],
  ['zh', zh],
  ['ru', ru],
  ['sv', sv],
  ['uk', uk],
]);
