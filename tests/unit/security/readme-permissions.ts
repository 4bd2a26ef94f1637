/**
 * README § Permissions, read as data: the first cell of each table row names permissions in backticks;
 * a cell starting with "host" lists host permissions, one starting with "optional" optional host
 * permissions. Shared by tests/unit/manifest.test.ts and tests/e2e/manifest.spec.ts.
 */
export interface DocumentedPermissions {
  permissions: string[];
  hosts: string[];
  optionalHosts: string[];
}

export function documentedPermissions(readme: string): DocumentedPermissions {
  const section = readme.split(/^## Permissions[ \t]*$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const out: DocumentedPermissions = { permissions: [], hosts: [], optionalHosts: [] };
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s:|-]+$/.test(l))
    .slice(1); // the header row
  for (const row of rows) {
    const cell = row.split('|')[1] ?? '';
    const names = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    if (/^\s*host\b/i.test(cell)) out.hosts.push(...names);
    else if (/^\s*optional\b/i.test(cell)) out.optionalHosts.push(...names);
    else out.permissions.push(...names);
  }
  return out;
}
