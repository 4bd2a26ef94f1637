import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/i18n/detect';

describe('language of text without a lang attribute', () => {
  it.each([
    ['Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference and the Council', 'en'],
    [
      'Dans sa Résolution 25 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires charge le Secrétaire général',
      'fr',
    ],
    ['La Conferencia de Plenipotenciarios adoptó en Dubái la Resolución 71 para el plan estratégico', 'es'],
    ['القرار 140 (المراجَع في بوخارست، 2022) لمؤتمر المندوبين المفوضين', 'ar'],
    ['全权代表大会第71号决议（2014年，釜山，修订版）', 'zh'],
    ['Предложение по пересмотру Резолюции 21 (Пересм. Пусан, 2014 г.)', 'ru'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('says nothing about text with too little to go by', () => {
    expect(detectLanguage('A/RES/70/1')).toBeUndefined();
    expect(detectLanguage('140')).toBeUndefined();
  });
});

describe('the body a page is about', () => {
  it.each([
    ['https://www.itu.int/md/meetingdoc.asp?lang=es&parent=D18-RPMIRM-C-0050', '', 'WTDC'],
    ['https://www.itu.int/md/S26-CL-C-0035/en', '', 'COUNCIL'],
    ['https://www.itu.int/md/T22-WTSA.20-C-0001/en', '', 'WTSA'],
    ['https://www.itu.int/en/ITU-D/Pages/default.aspx', '', 'WTDC'],
    ['https://www.itu.int/en/about/Pages/default.aspx', 'About ITU', undefined],
  ])('%s → %s', async (url, title, body) => {
    const { defaultBodyOf } = await import('../../../src/page/page-context');
    expect(defaultBodyOf(url, title)).toBe(body);
  });
});
