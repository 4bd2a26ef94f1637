import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { documentedPermissions } from './security/readme-permissions';

/**
 * Least privilege, before any build: the manifest wxt.config.ts declares for each browser holds exactly the
 * permissions README § Permissions justifies. tests/e2e/manifest.spec.ts checks the built manifests.
 */
type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: string;
}) => Record<string, unknown>;

const doc = documentedPermissions(readFileSync('README.md', 'utf8'));
const declared = (browser: string, manifestVersion: 2 | 3 = 3) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });
const sorted = (a: unknown) => [...((a as string[] | undefined) ?? [])].sort();

describe('wxt.config.ts manifest', () => {
  for (const browser of ['chrome', 'firefox', 'edge']) {
    it(`${browser}: exactly the documented permissions, the catch-all host only optional`, () => {
      const m = declared(browser);
      expect(sorted(m.permissions)).toEqual(sorted(doc.permissions));
      expect(sorted(m.host_permissions)).toEqual(sorted(doc.hosts));
      expect(sorted(m.optional_host_permissions)).toEqual(sorted(doc.optionalHosts));
      const text = JSON.stringify(m);
      expect(text).not.toContain('<all_urls>');
      expect(m).not.toHaveProperty('externally_connectable');
      expect(m).not.toHaveProperty('content_security_policy');
      expect(Object.hasOwn(m, 'browser_specific_settings')).toBe(browser === 'firefox');
    });
  }
});
