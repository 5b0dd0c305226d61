#!/usr/bin/env node
// Dev only (issue 9 bundle budget): what changes when htmlparser2 decodes character references with entities 9
// (scripts/build-plugins.mjs `htmlparser2EntitiesFrom9`, what dist bundles) instead of the entities 7 it depends on.
// For every HTML named reference (character-entities' list, with and without its semicolon, followed by a space, '=',
// a letter, a digit or the end of input) and numeric references at the edges, in text and in an attribute value, it
// decodes with htmlparser2 + entities 7, htmlparser2 + entities 9 and parse5 (the spec-following parser decruft uses
// for hostile input, on entities 9) and prints where they differ; and compares entities' decodeHTML (decruft's metadata
// and DOM helpers call it) between the two versions.
//   node scripts/dev/entities-9.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { characterEntities } from 'character-entities';
import { decodeHTML as decodeHTML9 } from 'entities';
import { parseDocument as withEntities7 } from 'htmlparser2';
import { parse as parse5 } from 'parse5';
import { ROOT } from '../bench/data.mjs';
import { htmlparser2EntitiesFrom9 } from '../build-plugins.mjs';

const dir = mkdtempSync(join(ROOT, '.entities-9-'));
writeFileSync(join(dir, 'entry.mjs'), "export { parseDocument } from 'htmlparser2';\n");
await build({ entryPoints: [join(dir, 'entry.mjs')], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: join(dir, 'out.mjs'), absWorkingDir: ROOT, logLevel: 'silent', plugins: [htmlparser2EntitiesFrom9] });
const { parseDocument: withEntities9 } = await import(join(dir, 'out.mjs'));
rmSync(dir, { recursive: true, force: true });

const textOf = (node) => (node.type === 'text' ? node.data : (node.children ?? []).map(textOf).join(''));
/** The decoded text of `<p>REF|</p>` and the value of `<a title="REF|">`, from htmlparser2. */
const htmlparser2 = (parse, ref) => [textOf(parse(`<p>${ref}|</p>`).children[0]), parse(`<a title="${ref}|">`).children[0].attribs.title];
const find = (node, name) => (node.nodeName === name ? node : (node.childNodes ?? []).map((c) => find(c, name)).find(Boolean));
const fromParse5 = (ref) => {
  const p = find(parse5(`<p>${ref}|</p>`), 'p');
  const a = find(parse5(`<a title="${ref}|">`), 'a');
  return [p.childNodes.map((c) => c.value ?? '').join(''), a.attrs.find((x) => x.name === 'title').value];
};

const refs = [];
for (const name of Object.keys(characterEntities)) for (const tail of [';', '', ' ', '=', 'x', '1']) refs.push(`&${name}${tail}`);
for (const n of ['0', '9', '128', '150', '159', '55296', '57343', '65534', '1114111', '1114112', '99999999999999999999', '00000000000000065']) refs.push(`&#${n};`, `&#${n}`, `&#x${Number(n).toString(16)};`);
refs.push('&#x;', '&#;', '&#xZ', '&', '&;', '&&amp;');

// htmlparser2's own copy of entities 7 (npm nests it under htmlparser2 now that decruft depends on entities 9).
const { decodeHTML: decodeHTML7 } = await import(join(ROOT, 'node_modules/htmlparser2/node_modules/entities/dist/esm/index.js'));
const decodeChanged = refs.filter((ref) => decodeHTML7(`${ref}|`) !== decodeHTML9(`${ref}|`));
console.log(`decodeHTML: entities 9 decodes ${decodeChanged.length} of the ${refs.length} references differently from entities 7: ${decodeChanged.slice(0, 12).map((r) => `${JSON.stringify(r)} ${JSON.stringify(decodeHTML7(`${r}|`))} -> ${JSON.stringify(decodeHTML9(`${r}|`))}`).join(', ')}`);

const changed = [];
let parse5Differs = 0;
for (const ref of refs) {
  const seven = htmlparser2(withEntities7, ref);
  const nine = htmlparser2(withEntities9, ref);
  const spec = fromParse5(ref);
  if (nine[0] !== spec[0] || nine[1] !== spec[1]) parse5Differs++;
  if (seven[0] !== nine[0] || seven[1] !== nine[1]) changed.push({ ref, seven, nine, spec, specAgrees: nine[0] === spec[0] && nine[1] === spec[1] });
}
console.log(`${refs.length} references in text and in an attribute: entities 9 decodes ${changed.length} differently from entities 7;`);
console.log(`of those, parse5 agrees with entities 9 on ${changed.filter((c) => c.specAgrees).length}; htmlparser2 + entities 9 and parse5 differ on ${parse5Differs} in all.`);
for (const c of changed.slice(0, 30)) console.log(`  ${JSON.stringify(c.ref)}: entities 7 ${JSON.stringify(c.seven)}, entities 9 ${JSON.stringify(c.nine)}, parse5 ${JSON.stringify(c.spec)}`);
