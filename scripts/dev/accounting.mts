// Dev only: the RELIABILITY §7 character accounting over the dev corpora. Prints, per corpus, how many cases lose
// visible characters (in neither `text` nor any receipt), the worst cases, and the missing characters' samples.
//   npx tsx scripts/dev/accounting.mts [--only html-dev,appeals-dev] [--show N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { accountingOf, runTraced } from '../../test/hostile/harness.js';

const DATA = resolve(process.env.DECRUFT_DATA ?? '../shared/data');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 10;
const corpora = onlyAt >= 0 ? (args[onlyAt + 1] as string).split(',') : ['html-dev', 'text-dev', 'appeals-dev', 'appeals-html-dev'];
for (const name of corpora) {
  const lines = gunzipSync(readFileSync(resolve(DATA, `${name}.jsonl.gz`))).toString('utf8').split('\n').filter((l) => l.trim());
  const failing: Array<{ id: string; problem: string; chars: number }> = [];
  for (const line of lines) {
    const c = JSON.parse(line) as { id: string; kind: string; file?: string; input?: string; url?: string };
    let input: string | Uint8Array = c.input ?? '';
    if (c.kind === 'html' && c.file) input = new Uint8Array(gunzipSync(readFileSync(resolve(DATA, c.file))));
    const options = { url: c.url || undefined, timeoutMs: Infinity };
    const r = await runTraced(input, options);
    if (!r.ok) {
      failing.push({ id: c.id, problem: `threw ${String(r.error)}`, chars: Infinity });
      continue;
    }
    const [problem] = await accountingOf(r.article, r.page, options);
    if (problem) failing.push({ id: c.id, problem, chars: Number(/accounting: (\d+)/.exec(problem)?.[1] ?? 0) });
  }
  failing.sort((a, b) => b.chars - a.chars);
  console.log(`${name}: ${failing.length} of ${lines.length} cases lose visible characters`);
  for (const f of failing.slice(0, show)) console.log(`  ${f.id}: ${f.problem.slice(0, 220)}`);
}
