import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../core/sites';

/**
 * Sites the user granted beyond the ITU/UN defaults get the content script and the marks stylesheet,
 * registered at run time (a host permission alone injects nothing). Called by the options page after a
 * grant or removal, and by the background on permissions.onAdded/onRemoved and at start: one registration
 * id, so the two callers never register twice.
 */
export const USER_SITES_SCRIPT = 'reslens-user-sites';
const ALL_SITES = '*://*/*';
const DEFAULTS = new Set<string>(DEFAULT_SITE_PATTERNS);

export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/**
 * Runs the content script on the granted sites from now on (and after restarts): a host permission
 * alone injects nothing. Called after every grant or removal with the full list.
 */
export async function syncUserSiteScripts(granted: readonly string[]): Promise<void> {
  const matches = granted.filter((p) => !DEFAULTS.has(p) && p !== ALL_SITES).sort();
  const scripting = browser.scripting;
  if (!scripting?.getRegisteredContentScripts) return;
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (matches.length === 0) {
    if (existing.length) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
    return;
  }
  // The same files as the manifest's content script, so the two never drift apart.
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  const script = {
    id: USER_SITES_SCRIPT,
    matches,
    js: declared?.js ?? ['content-scripts/content.js'],
    css: declared?.css?.length ? declared.css : ['content-scripts/marks.css'],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
