// Dev helper: the classifier's signals for each argument text (npx tsx scripts/dev/sig.mts "text" ...).
import { runSignals } from '../../src/classify/signals.js';
import { compileCatalog } from '../../src/rules/compile.js';
import { CATALOG as RULES } from '../../src/rules/catalog/index.js';

const catalog = compileCatalog(RULES);
for (const text of process.argv.slice(2)) {
  const s = runSignals(text, catalog);
  console.log(JSON.stringify({ text, coverage: +s.coverage.toFixed(2), strong: s.strongPhrases, category: s.category, address: +s.address.toFixed(2), ctaEnd: s.ctaEnd, cues: s.cues, cueRule: s.cueRule?.id, matches: s.matches.map((m) => `${m.rule.id}:${m.start}-${m.end}`) }));
}
