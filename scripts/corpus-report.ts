/** Prints the recognizer's scores on tests/corpus per language, with every miss and extra (npm run corpus). */
import {
  corpusLanguages,
  f1,
  FRESH_DIR,
  HOLDOUT_DIR,
  CORPUS_DIR,
  loadCorpus,
  scoreLanguage,
  totalScore,
} from '../tests/support/corpus';

const verbose = process.argv.includes('--verbose');
// --holdout scores tests/corpus-holdout, the set the grammars are never tuned on (its README).
const dir = process.argv.includes('--fresh')
  ? FRESH_DIR
  : process.argv.includes('--holdout')
    ? HOLDOUT_DIR
    : CORPUS_DIR;
const rows = corpusLanguages(dir).map((lang) => scoreLanguage(lang, loadCorpus(lang, dir)));
const total = totalScore(rows);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
console.log('lang  items  refs  found   P      R      F1    cited  neg-hits');
for (const s of rows) {
  const m = f1(s);
  console.log(
    `${s.lang.padEnd(5)} ${String(s.items).padStart(5)} ${String(s.expected).padStart(5)} ${String(s.found).padStart(6)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${pct(s.citedChecked ? s.citedCorrect / s.citedChecked : 1)}  ${s.negativesWithHits}`,
  );
}
const t = f1(total);
console.log(
  `all   ${' '.repeat(5)} ${String(total.expected).padStart(5)} ${String(total.found).padStart(6)}  ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${pct(total.citedChecked ? total.citedCorrect / total.citedChecked : 1)}`,
);
if (verbose) {
  for (const s of rows) {
    for (const m of s.misses) console.log(`MISS  [${s.lang}] ${m}`);
    for (const e of s.extras) console.log(`EXTRA [${s.lang}] ${e}`);
    for (const c of s.citedErrors) console.log(`CITED [${s.lang}] ${c}`);
  }
}
