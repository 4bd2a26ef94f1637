/**
 * The recognizer against the hand-annotated real-text corpus (tests/corpus/*.yaml, README there).
 * Thresholds are the brief's targets; the table is printed so a CI log shows where each language stands.
 * `npx tsx scripts/corpus-report.ts --verbose` lists every miss, extra and cited-version error.
 */
import { describe, expect, it } from 'vitest';
import { corpusLanguages, f1, scoreLanguage, totalScore, type Score } from '../../support/corpus';

const MIN_LANGUAGE_F1 = 0.9;
const MIN_OVERALL_F1 = 0.95;
const MIN_CITED_ACCURACY = 0.95;
/** Negatives (items with `refs: []`) that may produce a hit; 0 is what the recognizer reaches today. */
const MAX_NEGATIVES_WITH_HITS = 0;

const scores: Score[] = corpusLanguages().map((lang) => scoreLanguage(lang));

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}

describe('recognizer corpus (tests/corpus)', () => {
  it('covers the six UN languages', () => {
    expect(scores.map((s) => s.lang)).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('prints the per-language table', () => {
    const lines = ['lang  refs found      P      R     F1  cited  neg-hits'];
    for (const s of scores) {
      const m = f1(s);
      const cited = s.citedChecked ? s.citedCorrect / s.citedChecked : 1;
      lines.push(
        `${s.lang.padEnd(4)} ${String(s.expected).padStart(5)} ${String(s.found).padStart(5)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(cited)} ${s.negativesWithHits}`,
      );
    }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(scores.length + 1);
  });

  for (const s of scores) {
    it(`${s.lang}: F1 ≥ ${MIN_LANGUAGE_F1}`, () => {
      const detail = [...s.misses.map((m) => `MISS ${m}`), ...s.extras.map((e) => `EXTRA ${e}`)].join('\n');
      expect(f1(s).f1, detail).toBeGreaterThanOrEqual(MIN_LANGUAGE_F1);
    });
  }

  it(`overall F1 ≥ ${MIN_OVERALL_F1}`, () => {
    const total = totalScore(scores);
    expect(f1(total).f1).toBeGreaterThanOrEqual(MIN_OVERALL_F1);
  });

  it(`cited-version accuracy ≥ ${MIN_CITED_ACCURACY}`, () => {
    const { citedChecked: checked, citedCorrect: correct } = totalScore(scores);
    const errors = scores.flatMap((s) => s.citedErrors).join('\n');
    expect(correct / checked, errors).toBeGreaterThanOrEqual(MIN_CITED_ACCURACY);
  });

  it(`no more than ${MAX_NEGATIVES_WITH_HITS} negative items produce a hit`, () => {
    const hits = totalScore(scores).negativesWithHits;
    expect(hits, scores.flatMap((s) => s.extras).join('\n')).toBeLessThanOrEqual(MAX_NEGATIVES_WITH_HITS);
  });
});
