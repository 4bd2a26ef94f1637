// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/core/recognize/index';
import { Highlighter } from '../../../src/page/highlighter';
import { collectBlocks } from '../../../src/page/text-blocks';

function markAll(root: Element): Highlighter {
  const h = new Highlighter();
  for (const block of collectBlocks(root)) h.highlight(block, recognize(block.text));
  return h;
}

describe('Highlighter', () => {
  it('wraps references, including one split across inline elements, and restores the DOM exactly', () => {
    document.body.innerHTML =
      '<p id="p">In line with Resolution <b>140</b> (Rev. Dubai, 2018) of the Plenipotentiary Conference and A/RES/70/1.</p>';
    const before = document.body.innerHTML;
    const h = markAll(document.body);
    const marks = [...document.querySelectorAll('reslens-ref')].map((e) => [
      (e as HTMLElement).dataset.refId,
      e.textContent,
    ]);
    expect(marks).toEqual([
      ['ITU/PP/RES/140', 'Resolution '],
      ['ITU/PP/RES/140', '140'],
      ['ITU/PP/RES/140', ' (Rev. Dubai, 2018)'],
      ['A/RES/70/1', 'A/RES/70/1'],
    ]);
    expect(document.querySelectorAll('reslens-ref[tabindex="0"]')).toHaveLength(2);
    h.removeAll();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('p')?.childNodes).toHaveLength(3);
  });

  it('is idempotent and never touches form fields, editable regions or its own marks', () => {
    document.body.innerHTML =
      '<textarea>Resolution 71 (Rev. Bucharest, 2022)</textarea><div contenteditable="true">Resolution 25 (Rev. Bucharest, 2022)</div><p>Resolution 2 (Rev. Dubai, 2018)</p>';
    markAll(document.body);
    const once = document.body.innerHTML;
    markAll(document.body);
    expect(document.body.innerHTML).toBe(once);
    expect(document.querySelectorAll('reslens-ref')).toHaveLength(1);
    expect(document.querySelector('textarea reslens-ref, [contenteditable] reslens-ref')).toBeNull();
  });

  it('marks several references in one text node and restores them', () => {
    document.body.innerHTML = `<div>${readFileSync('tests/e2e/fixtures/demo-en.html', 'utf8').split('<body>')[1]?.split('</body>')[0] ?? ''}</div>`;
    const before = document.body.innerHTML;
    const h = markAll(document.body);
    expect(h.all.length).toBeGreaterThan(20);
    h.removeAll();
    expect(document.body.innerHTML).toBe(before);
  });
});
