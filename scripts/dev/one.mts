// Dev helper: cleans a text given as the argument (paragraphs split on "\n\n" written literally) and prints the kept
// text and each receipt (npx tsx scripts/dev/one.mts "para one\n\npara two" [--html]).
import { clean } from '../../src/index.js';

const raw = (process.argv[2] ?? '').replaceAll('\\n', '\n');
const html = process.argv.includes('--html');
const input = html ? `<html><body><article>${raw.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>` : raw;
const article = await clean(input, { format: html ? 'html' : 'text' } as never);
console.log(article.text);
console.log('---');
for (const r of article.removed) console.log(`${r.ruleId} [${r.category}] ${r.reason.slice(0, 80)} | ${JSON.stringify(r.text).slice(0, 160)}`);
