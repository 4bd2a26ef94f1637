/** Benchmark inputs built from real text: the hand-annotated corpus (six languages) plus a seed document. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
const SEED = resolve(repoRoot, '..', 'shared', 'seeds', '000_7a3d66ab489d5bc5.txt');

export interface Paragraph {
  lang: string;
  text: string;
}

export const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Deterministic PRNG (mulberry32) so every run and every machine benchmarks the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every corpus excerpt and every non-empty line of the seed, shuffled once. Shuffling means any prefix
 * (the 100 KB input as much as the 10 MB one) has the same language and reference mix, which is what
 * makes the 1 MB / 100 KB ratio a measure of scaling rather than of content.
 */
export function loadParagraphs(): { paragraphs: Paragraph[]; seedUsed: boolean } {
  const dir = join(repoRoot, 'tests', 'corpus');
  const paragraphs: Paragraph[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const items = (parse(readFileSync(join(dir, f), 'utf8')) ?? []) as { text?: unknown }[];
    for (const it of items)
      if (typeof it.text === 'string') paragraphs.push({ lang: f.slice(0, -5), text: it.text });
  }
  const seedUsed = existsSync(SEED);
  if (seedUsed) {
    for (const line of readFileSync(SEED, 'utf8').split(/\r?\n/)) {
      const text = line.trim();
      if (text) paragraphs.push({ lang: 'ar', text });
    }
  }
  const rand = rng(7);
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j] as Paragraph, paragraphs[i] as Paragraph];
  }
  return { paragraphs, seedUsed };
}

/** Cycles through the paragraphs until the UTF-8 size reaches `target` bytes (whole paragraphs only). */
export function textOfSize(paragraphs: readonly Paragraph[], target: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const p = paragraphs[i % paragraphs.length];
    if (!p) break;
    out.push(p.text);
    size += bytes(p.text) + 2;
  }
  return out.join('\n\n');
}

/** Repeats `unit` to about `target` bytes. */
const fill = (unit: string, target: number): string => unit.repeat(Math.ceil(target / bytes(unit)));

/** Hostile 1 MB inputs aimed at the recognizer's regular expressions (backtracking, long lists). */
export function adversarial(target: number): Record<string, string> {
  // One list of ~100k numbers joined by و: a list grammar that rescans its prefix would go quadratic here.
  const items = ['القرارات 1'];
  for (let n = 2, size = 0; size < target; n++) {
    const item = ` و ${n % 9000}`;
    items.push(item);
    size += bytes(item);
  }
  const chain = items.join('');
  return {
    'long digit runs': fill('9'.repeat(5000) + ' ', target),
    '"Resolution" words': fill('Resolution ', target),
    'Resolution N (Rev. unclosed': fill('Resolution 1 (Rev. ', target),
    'nested parentheses': fill(
      'Resolution 2 ' + '('.repeat(500) + 'Rev. Dubai, 2018' + ')'.repeat(500) + ' ',
      target,
    ),
    'Arabic و chain': chain,
  };
}
