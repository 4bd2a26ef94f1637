/**
 * Linear time on hostile text, without wall-clock assertions (CI machines vary): each 1 MB adversarial
 * input must simply complete within the test timeout. A super-linear regex or a quadratic rescan turns
 * one of these into minutes or hours (the Russian "СоветСовет…" case did, before body names were bounded).
 * ESLint's regexp/no-super-linear-backtracking checks each regex statically; this checks the whole.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/core/recognize/index';

const MB = 1 << 20;
function fill(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const CASES: [name: string, make: () => string][] = [
  ['a long digit run', () => fill('1')],
  ['digits and slashes', () => fill('1/')],
  ['20,000+ "Resolution" words', () => fill('Resolution ')],
  ['one endless list', () => `Resolutions ${fill('1, ')}`],
  ['citations without end', () => fill('Resolution 1 (')],
  ['nested parentheses', () => fill('(', MB / 2) + fill(')', MB / 2)],
  ['parenthesised numbers', () => fill('((((1))))')],
  ['A/A/A/…', () => fill('A/')],
  ['A/RES/A/RES/…', () => fill('A/RES/')],
  ['an Arabic و chain', () => fill('و')],
  ['Arabic keywords with و', () => fill('وقرار و')],
  ['a Chinese list without its keyword', () => fill('第1号、')],
  ['Chinese dated items', () => fill('1986年12月3日第41/6J号、')],
  ['a Cyrillic body name run', () => fill('Совет')],
  ['a Russian keyword run', () => fill('Резолюци')],
  ['whitespace between keyword and number', () => `Resolution${fill(' ')}1`],
  ['a bare revision that never ends', () => `Resolution 1 Rev.${fill(' ')}`],
  ['Council headings', () => fill('Resolution 1000 (C-1996)\n')],
  ['UN lists with dates and clauses', () => `Resolutions ${fill('70/1 of 1 May 2000, on x, and ')}`],
  ['Security Council years', () => `resolution 2535 (2020) ${fill('1325 (2000) ')}`],
  ['General Assembly headings', () => `General Assembly\n${fill('70/1. Title\n')}`],
  ['venues', () => fill('Resolution 1 (Rev. Dubai, 2018) ')],
  ['bidi and zero-width marks', () => fill('\u200F\u200B1\u200E')],
  ['unpaired surrogates', () => fill('\uD800Resolution\uDC00')],
];

describe('recognize — linear time on 1 MB adversarial inputs', () => {
  it.each(CASES)(
    'completes: %s',
    (_, make) => {
      const input = make();
      expect(input.length).toBeGreaterThanOrEqual(MB);
      const refs = recognize(input);
      expect(Array.isArray(refs)).toBe(true);
    },
    20_000,
  );
});
