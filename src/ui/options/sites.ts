import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../../core/sites';

/** The id of the content-script registration that covers the sites a user granted. */
export const USER_SITES_SCRIPT = 'reslens-user-sites';
const ALL_SITES = '*://*/*';

/**
 * A site as the user types it ("example.org", "https://docs.example.org/page", "*.example.org") → the
 * match pattern to request. Undefined when it is not a host name ResLens could run on.
 */
export function patternFor(
  input: string,
  subdomains: boolean,
): { host: string; pattern: string } | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  let wildcard = subdomains;
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  // A registrable name (two labels at least) or an IP address; no "localhost"-style single labels.
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return undefined;
  return { host, pattern: `*://${wildcard ? '*.' : ''}${host}/*` };
}

export function isDefaultPattern(pattern: string): boolean {
  return (DEFAULT_SITE_PATTERNS as readonly string[]).includes(pattern);
}

/** "*://*.itu.int/*" → "itu.int and its subdomains"-ready parts. */
export function describePattern(pattern: string): { host: string; subdomains: boolean } {
  const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  return m ? { host: m[2] ?? pattern, subdomains: Boolean(m[1]) } : { host: pattern, subdomains: false };
}

/** Origins the user granted beyond the defaults. */
export function userPatterns(granted: readonly string[]): string[] {
  return granted.filter((p) => !isDefaultPattern(p)).sort();
}

export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/**
 * Runs the content script on the granted sites from now on (and after restarts): a host permission
 * alone injects nothing. Called after every grant or removal with the full list.
 */
export async function syncUserSiteScripts(granted: readonly string[]): Promise<void> {
  const matches = userPatterns(granted).filter((p) => p !== ALL_SITES);
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
    ...(declared?.css?.length ? { css: declared.css } : {}),
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
