// Dev helper: cleans one file and prints the text and every receipt (npx tsx scripts/dev/show.mts FILE ['{"format":"text"}']).
import { readFileSync } from 'node:fs';
import { clean } from '../../src/index.js';

const [file, options] = process.argv.slice(2);
if (!file) throw new Error('usage: show.mts FILE [OPTIONS_JSON]');
const article = await clean(readFileSync(file), options ? JSON.parse(options) : undefined);
console.log(article.text);
console.log('---');
for (const r of article.removed) console.log(r.ruleId, r.category, r.stage, '|', r.text.slice(0, 100), '|', r.reason.slice(0, 120));
