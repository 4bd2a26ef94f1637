import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../src/core/card';
import { analyzeReference } from '../../../src/core/index/analyze';
import { bundledStore } from '../../../src/core/index/load';
import { citedLabel } from '../../../src/core/index/versions';
import { recognize } from '../../../src/core/recognize/index';

const card = (text: string, textLang: 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru') => {
  const [ref] = recognize(text);
  if (!ref) throw new Error(`no reference in ${text}`);
  return buildCard(analyzeReference(bundledStore(), ref), 'en', 'en', textLang);
};

describe('what a card says, in the reader’s language', () => {
  it('writes versions the way each language cites them', () => {
    const cited = { place: 'Bucharest', year: 2022, rev: true };
    expect(citedLabel(cited, 'en')).toBe('Rev. Bucharest, 2022');
    expect(citedLabel(cited, 'fr')).toBe('Rév. Bucarest, 2022');
    expect(citedLabel(cited, 'ar')).toBe('المراجَع في بوخارست، 2022');
    expect(citedLabel(cited, 'zh')).toBe('2022年，布加勒斯特，修订版');
    expect(citedLabel(cited, 'ru')).toBe('Пересм. Бухарест, 2022 г.');
    expect(citedLabel({ year: 2024, modified: true }, 'es')).toBe('Modificada en 2024');
    expect(citedLabel({ conference: 'WRC-19', year: 2019, rev: true }, 'fr')).toBe('Rév.CMR-19');
  });

  it('translates the summary, the warnings and the timeline, keeping ids and numbers', () => {
    const fr = card('Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference', 'fr');
    expect(fr.summary).toBe(
      'Vous lisez la version Rév. Dubaï, 2018 ; la plus récente est Rév. Bucarest, 2022.',
    );
    expect(fr.timeline.map((v) => v.label)).toContain('Rév. Bucarest, 2022');
    const ar = card('القرار 172 (المراجَع في غوادالاخارا، 2010) لمؤتمر المندوبين المفوضين', 'ar');
    expect(ar.warnings.join(' ')).toContain('(غوادالاخارا، 2010)');
    const zh = card('A/RES/70/684', 'zh');
    expect(zh.summary).toBe('A/RES/70/684 不存在：A/70/684 是报告，不是决议。');
    const ru = card('Council Resolution 1332 (Modified 2023)', 'ru');
    expect(ru.summary).toContain('Изменена в 2024 г.');
  });
});

describe('the citation a delegate copies', () => {
  const store = bundledStore();
  const entry = (id: string) => {
    const e = store.get(id);
    if (!e) throw new Error(`${id} not in the index`);
    return e;
  };
  it('cites the latest version as ITU texts of each language do', async () => {
    const { formatCitation } = await import('../../../src/core/i18n/citation');
    const pp140 = entry('ITU/PP/RES/140');
    expect(formatCitation(pp140, 'en')).toBe(
      'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference',
    );
    expect(formatCitation(pp140, 'fr')).toBe(
      'Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires',
    );
    expect(formatCitation(pp140, 'ar')).toBe(
      'القرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين',
    );
    expect(formatCitation(pp140, 'zh')).toBe('全权代表大会第140号决议（2022年，布加勒斯特，修订版）');
    expect(formatCitation(pp140, 'ru')).toBe(
      'Резолюция 140 (Пересм. Бухарест, 2022 г.) Полномочной конференции',
    );
    expect(formatCitation(entry('ITU/COUNCIL/RES/1332'), 'en')).toBe(
      'Council Resolution 1332 (Modified 2024)',
    );
    expect(formatCitation(entry('ITU/RA/RES/61'), 'en')).toBe('Resolution ITU-R 61-3');
    expect(formatCitation(entry('A/RES/70/125'), 'es')).toBe('A/RES/70/125');
  });
});
