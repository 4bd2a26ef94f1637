import { describe, expect, it } from 'vitest';
import { describePattern, isDefaultPattern, patternFor, userPatterns } from '../../../src/ui/options/sites';

describe('sites', () => {
  it.each([
    ['example.org', false, '*://example.org/*'],
    ['  Example.ORG ', false, '*://example.org/*'],
    ['https://docs.example.org/a/b?c', false, '*://docs.example.org/*'],
    ['example.org', true, '*://*.example.org/*'],
    ['*.example.org', false, '*://*.example.org/*'],
    ['http://10.0.0.1:8080/x', false, '*://10.0.0.1/*'],
  ])('%j (subdomains %s) → %s', (input, sub, pattern) => {
    expect(patternFor(input, sub)?.pattern).toBe(pattern);
  });

  it.each(['', 'not a host', 'localhost', 'ftp://example.org', 'javascript:alert(1)', 'file:///etc'])(
    'rejects %j',
    (input) => {
      expect(patternFor(input, false)).toBeUndefined();
    },
  );

  it('tells the defaults from the user’s sites', () => {
    expect(isDefaultPattern('*://*.itu.int/*')).toBe(true);
    expect(userPatterns(['*://*.itu.int/*', '*://b.org/*', '*://a.org/*'])).toEqual([
      '*://a.org/*',
      '*://b.org/*',
    ]);
    expect(describePattern('*://*.un.org/*')).toEqual({ host: 'un.org', subdomains: true });
    expect(describePattern('*://undocs.org/*')).toEqual({ host: 'undocs.org', subdomains: false });
  });
});
