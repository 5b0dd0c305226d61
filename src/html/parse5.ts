// The capped parse path's two packages as one lazily loaded module (src/html/parse.ts): `import('parse5')` keeps the
// package's whole namespace (its serializer and fragment parsing too) and the tree adapter in a chunk of its own; this
// module keeps only what the capped parse calls, in one chunk (issue 9 bundle budget).
export { parse } from 'parse5';
export { adapter } from 'parse5-htmlparser2-tree-adapter';
