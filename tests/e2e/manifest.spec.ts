import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentedPermissions } from '../unit/security/readme-permissions';

/**
 * Least privilege (issue #8), on the built artefacts: each manifest asks for exactly the permissions
 * README § Permissions justifies — no `<all_urls>`, the catch-all host pattern only as an optional
 * permission, Gecko settings only in Firefox builds. No browser is started. tests/unit/manifest.test.ts
 * checks the same set on wxt.config.ts itself, before any build.
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: (string | { matches?: string[] })[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

const BUILDS = {
  chrome: '.output/chrome-mv3',
  firefoxMv3: '.output/firefox-mv3',
  firefoxMv2: '.output/firefox-mv2',
} as const;

function manifest(dir: string): Manifest {
  const file = join(resolve(dir), 'manifest.json');
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: run \`npm run build && npm run build:firefox\` before the e2e tests`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

const doc = documentedPermissions(readFileSync('README.md', 'utf8'));
const sorted = (a: readonly string[] | undefined) => [...(a ?? [])].sort();

/** What every build must hold, whatever its manifest version. */
function commonChecks(m: Manifest, hostsGranted: string[]): void {
  const text = JSON.stringify(m);
  expect(text, 'no <all_urls> anywhere').not.toContain('<all_urls>');
  expect(m.externally_connectable, 'no web page may message the extension').toBeUndefined();
  expect(JSON.stringify(m.content_security_policy ?? ''), 'the extension CSP is never weakened').not.toMatch(
    /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/,
  );
  // Content scripts and web-accessible resources reach no further than the granted hosts.
  for (const cs of m.content_scripts ?? []) expect(sorted(cs.matches)).toEqual(sorted(doc.hosts));
  for (const war of m.web_accessible_resources ?? [])
    if (typeof war === 'object') for (const match of war.matches ?? []) expect(hostsGranted).toContain(match);
}

test.describe('built manifests hold exactly the permissions README § Permissions justifies', () => {
  test('README documents a non-empty permission set', () => {
    expect(doc.permissions.length).toBeGreaterThan(0);
    expect(doc.hosts.length).toBeGreaterThan(0);
    expect(doc.optionalHosts).toEqual(['*://*/*']);
  });

  for (const [name, dir] of [
    ['chrome', BUILDS.chrome],
    ['firefox MV3', BUILDS.firefoxMv3],
  ] as const) {
    test(`${name}: permissions, host permissions, optional host permissions`, () => {
      const m = manifest(dir);
      expect(m.manifest_version).toBe(3);
      expect(sorted(m.permissions)).toEqual(sorted(doc.permissions));
      expect(sorted(m.host_permissions)).toEqual(sorted(doc.hosts));
      expect(sorted(m.optional_host_permissions)).toEqual(sorted(doc.optionalHosts));
      expect(m.optional_permissions ?? []).toEqual([]);
      // The catch-all pattern is optional only: never granted at install.
      expect([...(m.permissions ?? []), ...(m.host_permissions ?? [])]).not.toContain('*://*/*');
      commonChecks(m, m.host_permissions ?? []);
    });
  }

  test('Gecko settings only in Firefox builds', () => {
    expect(manifest(BUILDS.chrome).browser_specific_settings).toBeUndefined();
    for (const dir of [BUILDS.firefoxMv3, BUILDS.firefoxMv2]) {
      const gecko = manifest(dir).browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  test('firefox MV2: the same set, host patterns folded into permissions', () => {
    const m = manifest(BUILDS.firefoxMv2);
    expect(m.manifest_version).toBe(2);
    expect(sorted(m.permissions)).toEqual(sorted([...doc.permissions, ...doc.hosts]));
    expect(m.host_permissions).toBeUndefined();
    commonChecks(m, doc.hosts);
  });

  test('firefox MV2: the catch-all host pattern stays an optional permission', () => {
    const m = manifest(BUILDS.firefoxMv2);
    expect(sorted(m.optional_permissions)).toEqual(sorted(doc.optionalHosts));
  });
});
