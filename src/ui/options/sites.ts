import { DEFAULT_SITE_PATTERNS } from '../../core/sites';

export { USER_SITES_SCRIPT } from '../../shared/user-sites';

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

// Registering the content script for granted sites is shared with the background (permissions.onAdded).
export { grantedOrigins, syncUserSiteScripts } from '../../shared/user-sites';
