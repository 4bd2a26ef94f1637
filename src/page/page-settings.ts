import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../core/index/types';
import type { Reference } from '../core/recognize/types';
import type { Settings } from '../shared/settings';

/**
 * The user's settings (options page) as the page applies them. They come validated from the background
 * (`{type:'settings'}`), so no validator ships in the content script. Styling choices are attributes on
 * <html> that entrypoints/marks.content.css reads: nothing is written into the page's own elements.
 */
export async function fetchSettings(): Promise<Settings | undefined> {
  try {
    return (await browser.runtime.sendMessage({ type: 'settings' })) as Settings | undefined;
  } catch {
    return undefined; // no background answer: defaults everywhere
  }
}

const ATTRS = ['data-reslens-marks', 'data-reslens-style', 'data-reslens-colors'] as const;

export function applyPageSettings(s: Settings | undefined): void {
  const d = document.documentElement.dataset;
  d.reslensMarks = s?.onlyProblems ? 'problems' : 'all';
  d.reslensStyle = s?.markStyle ?? 'dotted';
  d.reslensColors = s?.statusColors === false ? 'off' : 'on';
}

export function clearPageSettings(): void {
  for (const a of ATTRS) document.documentElement.removeAttribute(a);
}

/** Whether the user wants this reference's body marked. Unattributed ITU references follow any ITU switch. */
export function bodyWanted(ref: Reference, s: Settings | undefined): boolean {
  if (!s) return true;
  if (ref.body) return s.bodies[ref.body];
  if (ref.id.startsWith('ITU/?/'))
    return ['PP', 'COUNCIL', 'WTDC', 'WTSA', 'RA', 'WRC'].some(
      (b) => s.bodies[b as keyof Settings['bodies']],
    );
  return true;
}

/** The extension's interface language: the locale bundle the browser chose names itself (`uiLang`). */
export function interfaceLanguage(): Lang {
  const own = browser.i18n.getMessage('uiLang' as never) as string;
  return (LANGS as readonly string[]).includes(own) ? (own as Lang) : 'en';
}

/** The language of official-text links: the page's (undefined here), the interface's, or a fixed one. */
export function linkLanguage(s: Settings | undefined): Lang | undefined {
  if (s?.linkLanguage === 'fixed') return s.fixedLinkLanguage;
  if (s?.linkLanguage === 'interface') return interfaceLanguage();
  return undefined;
}
