import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatMessage, setLocaleOverride, t, uiDir, uiLang, type Messages } from '../../../src/ui/i18n';

const LOCALES = ['en', 'fr', 'es', 'ar', 'zh_CN', 'ru'];
const load = (loc: string) =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Messages;
const en = load('en');

afterEach(() => setLocaleOverride(undefined));

describe('messages.json bundles', () => {
  it('exist for the six UN languages and no others', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s has exactly the English keys, non-empty, with the same placeholders', (loc) => {
    const m = load(loc);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const own = m[key];
      expect(own?.message.trim(), `${loc}:${key}`).toBeTruthy();
      expect(Object.keys(own?.placeholders ?? {}), `${loc}:${key}`).toEqual(
        Object.keys(entry.placeholders ?? {}),
      );
      for (const name of Object.keys(entry.placeholders ?? {}))
        expect(own?.message, `${loc}:${key} uses $${name.toUpperCase()}$`).toContain(
          `$${name.toUpperCase()}$`,
        );
    }
  });

  it('documents every English key', () => {
    for (const [key, entry] of Object.entries(en))
      expect((entry as { description?: string }).description, key).toBeTruthy();
  });

  it.each([
    ['fr', 'uiLang', 'fr'],
    ['zh_CN', 'uiLang', 'zh'],
    ['fr', 'bodyPP', 'Conférence de plénipotentiaires'],
    ['es', 'bodyPP', 'Conferencia de Plenipotenciarios'],
    ['ar', 'bodyPP', 'مؤتمر المندوبين المفوضين'],
    ['zh_CN', 'bodyPP', '全权代表大会'],
    ['ru', 'bodyPP', 'Полномочная конференция'],
    ['fr', 'bodyCOUNCIL', 'Conseil'],
    ['es', 'bodyCOUNCIL', 'Consejo'],
    ['ar', 'bodyCOUNCIL', 'مجلس'],
    ['zh_CN', 'bodyCOUNCIL', '理事会'],
    ['ru', 'bodyCOUNCIL', 'Совет'],
    ['fr', 'statusNotAResolution', 'résolution'],
    ['es', 'statusNotAResolution', 'resolución'],
    ['zh_CN', 'statusNotAResolution', '决议'],
    ['ru', 'statusNotAResolution', 'резолюция'],
  ])('%s %s uses the ITU term “%s”', (loc, key, term) => {
    expect(load(loc)[key]?.message.toLowerCase()).toContain(term.toLowerCase());
  });
});

describe('t()', () => {
  it('falls back to English when the browser has no answer (fakeBrowser throws, or returns "")', () => {
    expect(t('cardCopy')).toBe('Copy citation');
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(t('cardLoading', 'Res 140')).toBe('Looking up “Res 140”…');
    expect(uiLang()).toBe('en');
  });

  it('uses the browser’s message when there is one', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((k: string) =>
      k === 'uiLang' ? 'fr' : `<${k}>`) as never);
    expect(t('cardCopy')).toBe('<cardCopy>');
    expect(uiLang()).toBe('fr');
  });

  it('formats named placeholders and $1…$9 as browsers do', () => {
    expect(
      formatMessage(
        { message: 'A $X$ b $Y$ $$', placeholders: { x: { content: '$2' }, y: { content: '$1' } } },
        ['1', '2'],
      ),
    ).toBe('A 2 b 1 $');
    expect(t('pageCount', 12)).toBe('References: 12');
  });

  it('honours an override locale, with RTL for Arabic', () => {
    setLocaleOverride('ar', load('ar'));
    expect(uiLang()).toBe('ar');
    expect(uiDir()).toBe('rtl');
    expect(t('pageHeading')).toBe('في هذه الصفحة');
    expect(t('pageOff', 'www.itu.int')).toContain('www.itu.int');
    setLocaleOverride('fr', load('fr'));
    expect(uiDir()).toBe('ltr');
    expect(t('statusOutdated')).toBe('Version dépassée');
  });
});
