/**
 * Sites where ResLens runs without being asked: the ITU and UN document hosts.
 * `*.un.org` also matches un.org itself, docs.un.org, documents.un.org and digitallibrary.un.org.
 */
export const DEFAULT_SITE_PATTERNS = [
  '*://*.itu.int/*',
  '*://*.un.org/*',
  '*://undocs.org/*',
  '*://*.undocs.org/*',
] as const;
