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
 * Times `fn` `runs` times after `warmup` untimed calls (JIT tiers up during warm-up, so the first calls
 * measure the compiler, not the code). Returns milliseconds.
 */
export function timeSync(fn: () => number, runs: number, warmup = 1): Stat {
  for (let i = 0; i < warmup; i++) sink += fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** Percentile by nearest rank on an ascending-sorted copy (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

export const fmt = (x: number, digits = 2): string =>
  !Number.isFinite(x) ? '—' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(digits);
