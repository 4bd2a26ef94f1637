// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCard } from '../../../src/core/card';
import { bundledLookup } from '../../../src/core/index/load';
import { Card } from '../../../src/ui/Card';
import { setLocaleOverride, type Messages } from '../../../src/ui/i18n';

const bundle = (loc: string) =>
  JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Messages;

afterEach(() => {
  cleanup();
  setLocaleOverride(undefined);
});

function cardFor(query: string) {
  const r = bundledLookup().query(query, 1)[0];
  if (!r?.analysis) throw new Error(`no analysis for ${query}`);
  return buildCard(r.analysis, 'en');
}

describe('Card in the interface language', () => {
  it('English by default: status, versions, cited/latest, inferred links, copy', () => {
    const { container } = render(
      <Card card={cardFor('Res 140 (Rev. Dubai, 2018)')} written="x" onCopy={() => undefined} />,
    );
    expect(container.querySelector('.badge')?.textContent).toBe('Outdated version');
    expect(screen.getByRole('list', { name: 'Versions' }).textContent).toMatch(/← cited.*latest known/s);
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeTruthy();
    expect(container.querySelector('.card')?.getAttribute('dir')).toBe('ltr');
    expect(container.textContent).toContain('ITU Plenipotentiary Conference');
    expect(container.textContent).toContain('Search itu.int');
  });

  it.each([
    ['fr', 'fr', 'Version dépassée', 'Copier la référence', "Conférence de plénipotentiaires de l'UIT"],
    [
      'es',
      'es',
      'Versión desactualizada',
      'Copiar la referencia',
      'Conferencia de Plenipotenciarios de la UIT',
    ],
    ['ar', 'ar', 'صيغة سابقة', 'نسخ الإشارة', 'مؤتمر المندوبين المفوضين للاتحاد'],
    ['zh', 'zh_CN', '非最新版本', '复制引文', '国际电联全权代表大会'],
    ['ru', 'ru', 'Устаревшая редакция', 'Копировать ссылку', 'Полномочная конференция МСЭ'],
  ] as const)('%s: statuses, labels and body names are translated', (lang, loc, status, copy, body) => {
    setLocaleOverride(lang, bundle(loc));
    const { container } = render(
      <Card card={cardFor('Res 140 (Rev. Dubai, 2018)')} written="x" onCopy={() => undefined} />,
    );
    expect(container.querySelector('.badge')?.textContent).toBe(status);
    expect(screen.getByRole('button', { name: copy })).toBeTruthy();
    expect(container.textContent).toContain(body);
    const root = container.querySelector('.card');
    expect(root?.getAttribute('lang')).toBe(lang);
    expect(root?.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // The core's English summary is marked as English for screen readers.
    expect(container.querySelector('.summary')?.getAttribute('lang')).toBe('en');
  });

  it('translates the loading state', () => {
    setLocaleOverride('fr', bundle('fr'));
    const { container } = render(<Card written="Résolution 12" />);
    expect(container.textContent).toBe('Recherche de « Résolution 12 »…');
  });
});
