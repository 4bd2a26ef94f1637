// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardData } from '../../../src/core/card';
import { Card } from '../../../src/ui/Card';

/**
 * Malicious page or selection text (issue #8) reaches the UI only as text: markup in what the reader
 * selected or what the page wrote is shown literally, never parsed, never run.
 */

const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  '"><svg onload=globalThis.__pwned=1>',
  'javascript:globalThis.__pwned=1',
  '{{constructor.constructor("globalThis.__pwned=1")()}}',
];

function hostileCard(text: string): CardData {
  return {
    id: 'A/RES/70/1',
    status: 'not-in-index',
    summary: text,
    title: { text, lang: 'en', fallback: false },
    body: text,
    adopted: text,
    timeline: [{ label: text, cited: true, latest: true, source: 'https://undocs.org/A/RES/70/1' }],
    historyComplete: false,
    warnings: [text],
    links: [],
    candidates: [{ id: text, title: text }],
    sources: ['https://undocs.org/A/RES/70/1'],
    note: text,
  };
}

afterEach(() => {
  cleanup();
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe('page and selection text is rendered as text', () => {
  it.each(HOSTILE)('a card for the written text %s, still loading', (text) => {
    const { container } = render(<Card written={text} />);
    expect(container.querySelector('img, script, svg, iframe')).toBeNull();
    expect(container.textContent).toContain(text);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it.each(HOSTILE)('a card whose every field is %s', (text) => {
    const { container } = render(<Card written={text} card={hostileCard(text)} />);
    expect(container.querySelector('img, script, svg, iframe')).toBeNull();
    expect(container.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
    expect(container.textContent).toContain(text);
    for (const a of container.querySelectorAll('a[href]'))
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
