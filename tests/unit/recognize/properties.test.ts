/**
 * Property tests of recognize() on hostile input. Runs RESLENS_PROPERTY_RUNS cases per property (default 300).
 * The full run, before a release or after touching a grammar:
 *   RESLENS_PROPERTY_RUNS=100000 npx vitest run tests/unit/recognize/properties.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize, type Reference } from '../../../src/core/recognize/index';

const NUM_RUNS = Number(process.env.RESLENS_PROPERTY_RUNS ?? '') || 300;
const TIMEOUT_MS = Math.max(30_000, NUM_RUNS * 20);

/** Real citations in six languages, each recognised on its own (tests/unit/recognize/languages.test.ts). */
const SAMPLES = [
  'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference',
  'Council Resolutions 1305 (Modified 2019) and 1336 (Modified 2019)',
  'Resolution ITU-R 61-3 (Rev. Dubai, 2023)',
  'General Assembly resolution 70/125 of 16 December 2015 and A/RES/80/173',
  'Résolution 25 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires',
  'Resolución 31 (Estambul, 2002)',
  'قرارات مؤتمر المندوبين المفوضين 140 (المراجَع في بوخارست، 2022) و172 (غوادالاخارا، 2010) وA/RES/70/1',
  'قراري المجلس 1332 (المعدّل في 2024) و1334 (المعدّل في 2023)',
  'Резолюции 21 (Пересм. Пусан, 2014 г.)',
  '全权代表大会第140号决议（2022年，布加勒斯特，修订版）和第75号决议（WTSA-08）',
  'RESOLUTION 177 (WRC-19)',
  'S/RES/2250 (2015), S/PRST/2014/7',
];

/** Characters real pages scatter through text: bidi and zero-width marks, BOM, soft hyphen, tatweel, lone surrogates. */
const MARKS = [
  '\u200E',
  '\u200F',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
  '\u00AD',
  '\u0640',
  '\uD800',
  '\uDFFF',
  '\uDBFF',
];
const markChar = fc.constantFrom(...MARKS);
/** Any code point, any UTF-16 code unit (so unpaired surrogates too), or a mark. */
const anyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  markChar,
);
const hostile = fc
  .array(
    fc.oneof(
      anyChar,
      fc.constantFrom(...SAMPLES),
      fc.constantFrom('(', ')', '/', ' ', '、', '،', 'و', '第', '号决议', 'Rev.', '2022', '1332'),
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

/** Noise that cannot itself form or extend a reference: no letters, no digits, and no brackets. */
const noiseChar = anyChar.filter((c) => !/[\p{L}\p{N}\p{M}()（）]/u.test(c));
const noise = fc.array(fc.oneof(noiseChar, markChar), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));

function checkSpans(input: string, refs: Reference[]): void {
  let lastEnd = 0;
  for (const r of refs) {
    expect(r.start).toBeGreaterThanOrEqual(lastEnd);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(input.length);
    expect(r.text).toBe(input.slice(r.start, r.end));
    lastEnd = r.end;
  }
}

describe('recognize — properties', () => {
  it(
    'never throws, and every span is in bounds, ordered, non-overlapping and equal to its text',
    () => {
      fc.assert(
        fc.property(hostile, (input) => {
          checkSpans(input, recognize(input));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds the same references when noise is inserted far from them',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...SAMPLES), noise, noise, (sample, before, after) => {
          const prefix = `${before}\n\n`;
          const input = `${prefix}${sample}\n\n${after}`;
          const plain = recognize(sample);
          const noisy = recognize(input);
          checkSpans(input, noisy);
          expect(noisy.map((r) => r.id)).toEqual(plain.map((r) => r.id));
          expect(noisy.map((r) => r.cited)).toEqual(plain.map((r) => r.cited));
          expect(noisy.map((r) => r.text)).toEqual(plain.map((r) => r.text));
          expect(noisy.map((r) => r.start - prefix.length)).toEqual(plain.map((r) => r.start));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps spans on the original text when marks are inserted inside a citation',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SAMPLES),
          fc.array(fc.tuple(fc.nat(), markChar), { maxLength: 6 }),
          (sample, inserts) => {
            let input = sample;
            for (const [at, mark] of inserts) {
              const i = at % (input.length + 1);
              input = input.slice(0, i) + mark + input.slice(i);
            }
            const refs = recognize(input);
            checkSpans(input, refs);
            // A mark can split a word ("Reso\u200Blution" is still "Resolution") but never adds references.
            expect(refs.length).toBeLessThanOrEqual(recognize(sample).length + 1);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
