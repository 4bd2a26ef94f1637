import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../core/sites';

/**
 * Sites the user granted beyond the ITU/UN defaults (options page → permissions.request) get the same
 * content script and stylesheet, registered at run time, so ResLens runs there on every visit. Revoking
 * the permission unregisters it. The manifest itself only ever asks for the defaults.
 */
const SCRIPT_ID = 'reslens-granted-sites';
const DEFAULTS = new Set<string>(DEFAULT_SITE_PATTERNS);

export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !DEFAULTS.has(o));
}

export async function syncGrantedSites(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: origins,
      js: ['content-scripts/content.js'],
      css: ['content-scripts/marks.css'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export function watchGrantedSites(): void {
  browser.permissions.onAdded.addListener(() => void syncGrantedSites());
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites());
  void syncGrantedSites();
}
