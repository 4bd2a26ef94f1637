/** Sections 1 and 2: recognizer throughput against the limit and linkify-it, and how time scales with input. */
import LinkifyIt from 'linkify-it';
import { recognize } from '../../src/core/recognize/index';
import { type Section, type Stat, fmt, mapStat, timeSync } from './stats';
import { type Paragraph, adversarial, bytes, textOfSize } from './text';

const MB = 1e6;

/** The limit: the cheapest possible scan that still touches every character and yields matches. */
function limitPass(text: string): number {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function throughput(paragraphs: readonly Paragraph[], seedUsed: boolean): Section {
  const text = textOfSize(paragraphs, 5 * MB);
  const size = bytes(text) / MB;
  const linkify = new LinkifyIt();
  // Fewer runs for the slow candidates keeps the whole bench under budget; the limit is cheap, so it gets more.
  const rec = timeSync(() => recognize(text).length, 5);
  const lim = timeSync(() => limitPass(text), 15, 3);
  const peer = timeSync(() => linkify.match(text)?.length ?? 0, 5);
  const refs = recognize(text).length;
  const mbps = (st: Stat) => mapStat(st, (ms) => size / (ms / 1000));
  const vsLimit = lim.median / rec.median;
  const vsPeer = peer.median / rec.median;
  const langs = new Set(paragraphs.map((p) => p.lang)).size;
  return {
    title: '1. Recognizer throughput',
    rows: [
      { name: `recognize() — ${refs} refs`, unit: 'MB/s', stat: mbps(rec) },
      { name: 'limit: /\\d+/g one pass', unit: 'MB/s', stat: mbps(lim) },
      { name: 'peer: linkify-it match()', unit: 'MB/s', stat: mbps(peer) },
      { name: 'recognize / limit', unit: '×', value: vsLimit, note: 'target ≥ 0.5×' },
      { name: 'recognize / linkify-it', unit: '×', value: vsPeer, note: 'target ≥ 3×' },
    ],
    notes: [
      `Corpus: ${fmt(size)} MB (UTF-8; MB = 10^6 bytes) of ${paragraphs.length} real excerpts in ${langs} languages ` +
        `(tests/corpus/*.yaml${seedUsed ? ' + shared seed 000_7a3d66ab489d5bc5.txt' : '; shared seed absent, skipped'}), ` +
        'shuffled with a fixed seed and repeated. Same string for all three.',
      verdict('recognize ≥ 0.5× the limit', vsLimit, 0.5),
      verdict('recognize ≥ 3× linkify-it', vsPeer, 3),
    ],
  };
}

export function scaling(paragraphs: readonly Paragraph[]): Section {
  const sizes: [string, number, number][] = [
    ['100 KB', 100e3, 21],
    ['1 MB', MB, 7],
    ['10 MB', 10 * MB, 3],
  ];
  const rows: Section['rows'] = [];
  const medians: number[] = [];
  for (const [label, target, runs] of sizes) {
    const text = textOfSize(paragraphs, target);
    const st = timeSync(() => recognize(text).length, runs);
    medians.push(st.median);
    rows.push({ name: `real text ${label}`, unit: 'ms', stat: st });
  }
  const [t100k = NaN, t1m = NaN, t10m = NaN] = medians;
  for (const [label, text] of Object.entries(adversarial(MB))) {
    const st = timeSync(() => recognize(text).length, 3);
    rows.push({
      name: `adversarial 1 MB: ${label}`,
      unit: 'ms',
      stat: st,
      note: `${fmt(st.median / t1m)}× real 1 MB`,
    });
  }
  const ratio = t1m / t100k;
  rows.push({ name: 'ratio 1 MB / 100 KB', unit: '×', value: ratio, note: 'linear ≈ 10, limit ≤ 12' });
  rows.push({ name: 'ratio 10 MB / 1 MB', unit: '×', value: t10m / t1m, note: 'linear ≈ 10' });
  return {
    title: '2. Scaling',
    rows,
    notes: [
      'Real-text inputs are prefixes of the same shuffled corpus, so the mix of languages and references is the same at every size.',
      verdict('1 MB / 100 KB ≤ 12', 12 / ratio, 1, `ratio ${fmt(ratio)}`),
    ],
  };
}

/** "met"/"NOT met" with the margin, from a ratio where bigger is better and `need` is the target. */
export function verdict(what: string, got: number, need: number, shown = `${fmt(got)}×`): string {
  return got >= need
    ? `Target ${what}: met (${shown}).`
    : `Target ${what}: NOT met (${shown}; short by a factor of ${fmt(need / got)}).`;
}
