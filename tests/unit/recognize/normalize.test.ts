/** normalize.ts: the folded text and the map back to original offsets. */
import { describe, expect, it } from 'vitest';
import { foldArabic, normalizeText } from '../../../src/core/recognize/normalize';

describe('normalizeText', () => {
  it('returns plain ASCII text unchanged with identity offsets', () => {
    const n = normalizeText('Resolution 140 (Rev. Bucharest, 2022)');
    expect(n.text).toBe('Resolution 140 (Rev. Bucharest, 2022)');
    expect(n.toOriginal(11)).toBe(11);
    expect(n.toOriginalEnd(14)).toBe(14);
  });

  it.each([
    ['Arabic-Indic digits', 'القرار ١٤٠', 'القرار 140'],
    ['extended Arabic-Indic digits', '۱۴۰', '140'],
    ['full-width digits and brackets', '第１４０号决议（２０２２年）', '第140号决议(2022年)'],
    ['Arabic comma and semicolon', 'بوخارست، 2022؛', 'بوخارست, 2022;'],
    ['no-break and thin spaces', 'Resolution\u00A0140\u2009(2022)', 'Resolution 140 (2022)'],
    ['accents', 'Résolution 25 (Rév. Dubaï, 2018)', 'Resolution 25 (Rev. Dubai, 2018)'],
    ['hamza alef', 'مجلس الأمن وإسطنبول وآخر', 'مجلس الامن واسطنبول واخر'],
    ['traditional citation characters', '第194(III)號決議', '第194(III)号决议'],
    ['non-breaking hyphen', 'ITU\u2011R', 'ITU-R'],
  ])('folds %s', (_, input, expected) => {
    const n = normalizeText(input);
    expect(n.text).toBe(expected);
    expect(n.text.length).toBe(input.length); // one-for-one replacements keep offsets
  });

  it('deletes bidi marks, zero-width characters, soft hyphens, tatweel and harakat', () => {
    const input = '\u200Fالقرار\u200E 1\u200B4\u00AD0 المراجـــَع';
    const n = normalizeText(input);
    expect(n.text).toBe('القرار 140 المراجع');
  });

  it('maps every normalised offset back to the same character in the original', () => {
    const input = 'a\u200Bb\u200E\u200Fc\u0640\u0640d\uFEFFe';
    const n = normalizeText(input);
    expect(n.text).toBe('abcde');
    for (let i = 0; i < n.text.length; i++) expect(input[n.toOriginal(i)]).toBe(n.text[i]);
  });

  it('maps span ends so that deleted marks inside a span stay inside and those after it stay out', () => {
    const input = '\u200FA/RES/\u200E70/1\u200F and';
    const n = normalizeText(input);
    const start = n.text.indexOf('A/RES/70/1');
    const end = start + 'A/RES/70/1'.length;
    expect(input.slice(n.toOriginal(start), n.toOriginalEnd(end))).toBe('A/RES/\u200E70/1');
  });

  it('maps the end of the text', () => {
    const input = 'x\u200B\u200B';
    const n = normalizeText(input);
    expect(n.text).toBe('x');
    expect(n.toOriginalEnd(1)).toBe(1);
    expect(n.toOriginal(0)).toBe(0);
  });

  it('foldArabic folds the lexicon like the text', () => {
    expect(foldArabic('أنطاليا إسطنبول آيرس')).toBe('انطاليا اسطنبول ايرس');
  });
});
