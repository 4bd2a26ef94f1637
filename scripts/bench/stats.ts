/** Timing helpers and the row model every section reports in (median, min–max, run count). */

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** One line of the results table. `stat` carries a measured spread; `value` is a derived or fixed figure. */
export interface Row {
  name: string;
  unit: string;
  stat?: Stat;
  value?: number | string;
  note?: string;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Targets and how they fared, plain sentences for BENCHMARKS.md. */
  notes: string[];
  /** Set when the section could not run, with the reason ("not run: …"). */
  skipped?: string;
}

export function summarize(samples: readonly number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
  return { median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, runs: s.length };
}

/** Map a stat through a monotone function (ms → MB/s flips min and max, hence the re-sort). */
export function mapStat(st: Stat, f: (x: number) => number): Stat {
  const a = f(st.min);
  const b = f(st.max);
  return { median: f(st.median), min: Math.min(a, b), max: Math.max(a, b), runs: st.runs };
}

/** Sink for results so the JIT cannot drop a call whose value is unused. */
export let sink = 0;

/**
 * Times `fn` up to `runs` times within about `budgetMs`. The first call is a warm-up (the JIT tiers up
 * during it, so it measures the compiler as much as the code) and is only reported when it was too slow to
 * leave room for a second: the recognizer is under active development and a regression must cost the
 * bench a few seconds, not its 5-minute budget. Returns milliseconds.
 */
export function timeSync(fn: () => number, runs: number, budgetMs = 15_000): Stat {
  const once = (): number => {
    const t0 = performance.now();
    sink += fn();
    return performance.now() - t0;
  };
  const cold = once();
  let spent = cold;
  const samples: number[] = [];
  while (samples.length < runs && spent + (samples.at(-1) ?? cold) <= budgetMs) {
    const t = once();
    samples.push(t);
    spent += t;
  }
  return summarize(samples.length ? samples : [cold]);
}

/**
 * Runs the candidates in rounds, one after another within each round, so that the load from other jobs on
 * a shared machine hits all of them alike; a ratio taken round by round is then far steadier than a ratio
 * of medians taken minutes apart. Round 0 is a warm-up. A candidate with `reps` > 1 is called that many
 * times per round and contributes the median (for cheap calls, where one sample is mostly timer noise).
 * Stops early when the budget is spent. Returns ms samples per candidate, aligned by round.
 */
export function interleaved(
  cands: readonly { fn: () => number; reps?: number }[],
  rounds: number,
  budgetMs = 30_000,
): number[][] {
  const out: number[][] = cands.map(() => []);
  const start = performance.now();
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now();
    cands.forEach((c, i) => {
      const reps: number[] = [];
      for (let k = 0; k < (c.reps ?? 1); k++) {
        const t = performance.now();
        sink += c.fn();
        reps.push(performance.now() - t);
      }
      if (r > 0) out[i]?.push(summarize(reps).median);
    });
    const spent = performance.now() - start;
    if (r > 0 && spent + (performance.now() - t0) > budgetMs) break;
  }
  return out;
}

/** Per-round ratio a/b of two aligned sample arrays. */
export const ratios = (a: readonly number[], b: readonly number[]): Stat =>
  summarize(a.map((x, i) => x / (b[i] ?? NaN)));

/** Percentile by nearest rank on an ascending-sorted copy (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** 0 decimals from 100, 2 from 1, else 2 significant digits (a 0.012× ratio must not print as 0.01). */
export const fmt = (x: number, digits = 2): string =>
  !Number.isFinite(x)
    ? '—'
    : Math.abs(x) >= 100
      ? x.toFixed(0)
      : Math.abs(x) >= 1 || x === 0
        ? x.toFixed(digits)
        : x.toPrecision(2);
