/**
 * Marks are styled through the CSSOM on each element: a page's Content-Security-Policy can forbid
 * inline <style> but not properties set from script, and nothing here can change layout.
 */
const COLOURS: Record<string, string> = {
  current: '#2e7d32',
  'in-force': '#2e7d32',
  outdated: '#c77700',
  'no-such-version': '#c62828',
  'not-a-resolution': '#c62828',
  abrogated: '#c62828',
  superseded: '#c77700',
  unverified: '#6d6d6d',
  unknown: '#6d6d6d',
  'not-in-index': '#6d6d6d',
  pending: '#1565c0',
};

export function styleMark(el: HTMLElement, status: string): void {
  el.style.setProperty('text-decoration-line', 'underline');
  el.style.setProperty(
    'text-decoration-style',
    status === 'current' || status === 'in-force' ? 'dotted' : 'dashed',
  );
  el.style.setProperty('text-decoration-color', COLOURS[status] ?? '#1565c0');
  el.style.setProperty('text-underline-offset', '2px');
  el.style.setProperty('cursor', 'help');
}
