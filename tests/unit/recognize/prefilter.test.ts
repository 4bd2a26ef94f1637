import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/core/recognize/index';
import { mayContainReference } from '../../../src/core/recognize/prefilter';
import { corpusLanguages, loadCorpus } from '../../support/corpus';

/** The prefilter may say "maybe" too often, never "no" to a text with a reference (architecture lesson 6). */
describe('prefilter', () => {
  for (const lang of corpusLanguages()) {
    it(`loses nothing on the ${lang} corpus`, () => {
      for (const item of loadCorpus(lang)) {
        const without = recognize(item.text, { skipPrefilter: true });
        expect(recognize(item.text)).toEqual(without);
      }
    });
  }

  it('loses nothing on generated text around real citations', () => {
    const pieces = [
      'Resolution 140 (Rev. Bucharest, 2022)',
      'A/RES/70/1',
      'قرار المجلس 1332',
      '第71号决议',
      'Резолюции 21',
      '70/125',
      'Résolution 25',
      '，',
      ' ',
      'x',
      '٣',
      '\u200f',
      '／',
      'قـرار ١٤٠',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          if (recognize(text, { skipPrefilter: true }).length > 0)
            expect(mayContainReference(text)).toBe(true);
        },
      ),
      { numRuns: Number(process.env.RESLENS_PROPERTY_RUNS ?? 300) },
    );
  });

  it('says no to ordinary prose without references', () => {
    expect(mayContainReference('The meeting was held in Geneva on 12 March with 300 participants.')).toBe(
      false,
    );
    expect(mayContainReference('会议于2025年在日内瓦举行。')).toBe(false);
  });
});
