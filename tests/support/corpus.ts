import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { recognize, type Cited, type Reference } from '../../src/core/recognize/index';

/** The hand-annotated corpus (tests/corpus/README.md) and the scores the recognizer earns on it. */
export interface CorpusRef {
  at: string;
  id: string;
  cited?: Cited;
}
export interface CorpusItem {
  source: string;
  text: string;
  refs: CorpusRef[];
}
export interface Score {
  lang: string;
  items: number;
  expected: number;
  found: number;
  truePositives: number;
  citedChecked: number;
  citedCorrect: number;
  negativesWithHits: number;
  misses: string[];
  extras: string[];
  citedErrors: string[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

export function loadCorpus(lang: string, dir = CORPUS_DIR): CorpusItem[] {
  const items = parse(readFileSync(join(dir, `${lang}.yaml`), 'utf8')) as CorpusItem[] | null;
  return items ?? [];
}

export const HOLDOUT_DIR = join(import.meta.dirname, '..', 'corpus-holdout');
/** Scored once, untouched, for an honest figure on unseen text (tests/corpus-fresh/README.md). */
export const FRESH_DIR = join(import.meta.dirname, '..', 'corpus-fresh');

export function corpusLanguages(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** Locates each expected reference's `at` in order, as the README describes. */
export function locate(item: CorpusItem): { ref: CorpusRef; start: number; end: number }[] {
  let from = 0;
  return item.refs.map((ref) => {
    const start = item.text.indexOf(ref.at, from);
    if (start < 0) throw new Error(`corpus: "${ref.at}" not found in order in item from ${item.source}`);
    from = start + ref.at.length;
    return { ref, start, end: from };
  });
}

/** A Security Council symbol without its year ("resolution 1325") names the same text as with it. */
function sameId(actual: string, expected: string): boolean {
  return (
    actual === expected || (actual.startsWith('S/RES/') && expected.replace(/\(\d{4}\)$/, '') === actual)
  );
}

const CITED_KEYS: (keyof Cited)[] = ['place', 'year', 'rev', 'modified', 'revisionIndex', 'conference'];

function citedMatches(expected: Cited | undefined, actual: Cited | undefined): boolean {
  for (const k of CITED_KEYS) {
    const e = expected?.[k];
    if (e === undefined) continue;
    if (actual?.[k] !== e) return false;
  }
  return true;
}

export function scoreLanguage(lang: string, items = loadCorpus(lang)): Score {
  // corpusDir: pass items from loadCorpus(lang, HOLDOUT_DIR) to score the held-out set.
  const s: Score = {
    lang,
    items: items.length,
    expected: 0,
    found: 0,
    truePositives: 0,
    citedChecked: 0,
    citedCorrect: 0,
    negativesWithHits: 0,
    misses: [],
    extras: [],
    citedErrors: [],
  };
  for (const item of items) {
    const expected = locate(item);
    const actual: Reference[] = recognize(item.text);
    s.expected += expected.length;
    s.found += actual.length;
    if (expected.length === 0 && actual.length > 0) s.negativesWithHits++;
    const used = new Set<Reference>();
    for (const e of expected) {
      const hit = actual.find(
        (a) => !used.has(a) && sameId(a.id, e.ref.id) && a.start < e.end && a.end > e.start,
      );
      if (!hit) {
        const near = actual.find((a) => a.start < e.end && a.end > e.start);
        s.misses.push(`${e.ref.id} at "${e.ref.at}"${near ? ` (got ${near.id})` : ''} — ${item.source}`);
        continue;
      }
      used.add(hit);
      s.truePositives++;
      if (e.ref.cited) {
        s.citedChecked++;
        if (citedMatches(e.ref.cited, hit.cited)) s.citedCorrect++;
        else
          s.citedErrors.push(
            `${e.ref.id} "${e.ref.at}": expected ${JSON.stringify(e.ref.cited)}, got ${JSON.stringify(hit.cited)}`,
          );
      }
    }
    for (const a of actual) if (!used.has(a)) s.extras.push(`${a.id} "${a.text}" — ${item.source}`);
  }
  return s;
}

export function f1(s: Pick<Score, 'expected' | 'found' | 'truePositives'>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const precision = s.found === 0 ? 1 : s.truePositives / s.found;
  const recall = s.expected === 0 ? 1 : s.truePositives / s.expected;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** The sum of several languages' scores, for overall figures. */
export function totalScore(
  rows: Score[],
): Pick<
  Score,
  'expected' | 'found' | 'truePositives' | 'citedChecked' | 'citedCorrect' | 'negativesWithHits'
> {
  const sum = (
    k: 'expected' | 'found' | 'truePositives' | 'citedChecked' | 'citedCorrect' | 'negativesWithHits',
  ) => rows.reduce((n, s) => n + s[k], 0);
  return {
    expected: sum('expected'),
    found: sum('found'),
    truePositives: sum('truePositives'),
    citedChecked: sum('citedChecked'),
    citedCorrect: sum('citedCorrect'),
    negativesWithHits: sum('negativesWithHits'),
  };
}
