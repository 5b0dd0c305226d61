// The WHATWG Encoding Standard's labels → encoding names (`normalizeEncoding`, from @exodus/bytes), on their own: the
// options and the meta prescan need them at import, the decoders only for a page in a legacy encoding. The library
// build gives this module the package's lookup and label table without its decoders (scripts/build-plugins.mjs,
// encodingLabelsApart), so the single-byte tables load with the first such page (issue 9 bundle budget).
export { normalizeEncoding } from '@exodus/bytes/encoding-lite.js';
