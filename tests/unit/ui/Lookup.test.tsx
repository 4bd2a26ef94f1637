// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledLookup } from '../../../src/core/index/load';
import { Lookup } from '../../../src/ui/popup/Lookup';

afterEach(cleanup);

function setup(initialQuery = '') {
  render(<Lookup index={bundledLookup()} lang="en" initialQuery={initialQuery} />);
  const box = screen.getByRole('combobox', { name: 'Look up a resolution' });
  const type = (q: string) => fireEvent.input(box, { target: { value: q } });
  const key = (k: string) => fireEvent.keyDown(box, { key: k });
  return { box, type, key };
}

const options = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option');

describe('popup lookup', () => {
  it('says what to type, with examples, before anything is typed', () => {
    const { box } = setup();
    expect(screen.getByText('Type a number, a citation, a UN symbol or a topic.')).toBeTruthy();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'WSIS' }));
    expect((box as HTMLInputElement).value).toBe('WSIS');
    expect(options().length).toBeGreaterThan(0);
  });

  it('lists PP 140 and Council 1332 among the first results for WSIS', () => {
    const { type } = setup();
    type('WSIS');
    const firstFive = options()
      .slice(0, 5)
      .map((o) => o.textContent)
      .join(' ');
    expect(firstFive).toContain('ITU/PP/RES/140');
    expect(firstFive).toContain('ITU/COUNCIL/RES/1332');
  });

  it('is a keyboard listbox: arrows move the active option, Enter opens its card, Escape closes', () => {
    const { box, type, key } = setup();
    type('WSIS');
    expect(box.getAttribute('aria-controls')).toBe('lookup-results');
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-opt-0');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-opt-2');
    expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('false');
    key('ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe('lookup-opt-1');
    const id = options()[1]?.querySelector('.id')?.textContent;
    key('Enter');
    const details = screen.getByRole('region', { name: `Details of ${id}` });
    expect(details.querySelector('.card .id')?.textContent).toBe(id);
    key('Escape');
    expect(screen.queryByRole('region', { name: /Details of/ })).toBeNull();
    key('Escape');
    expect((box as HTMLInputElement).value).toBe('');
    // Wrapping: ↑ from the first goes to the last.
    type('WSIS');
    key('ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(`lookup-opt-${options().length - 1}`);
  });

  it('judges a typed citation at once: not a resolution, pointing to A/70/684', () => {
    setup('A/RES/70/684');
    const card = screen.getByRole('region', { name: 'Details of A/RES/70/684' });
    expect(card.textContent).toContain('Not a resolution');
    expect(card.textContent).toContain('A/70/684');
  });

  it('shows an outdated citation with its versions, cited and latest', () => {
    setup('Res 140 (Rev. Dubai, 2018)');
    const card = screen.getByRole('region', { name: /Details of ITU\/PP\/RES\/140/ });
    expect(card.querySelector('.badge')?.textContent).toBe('Outdated version');
    expect(within(card).getByRole('list', { name: 'Versions' }).textContent).toMatch(/cited.*latest known/s);
  });

  it('says something useful when nothing matches', () => {
    const { type, box } = setup();
    type('zzqx nothing');
    expect(screen.getByText('Nothing in the index matches “zzqx nothing”.')).toBeTruthy();
    expect(screen.getByText(/Try a number/)).toBeTruthy();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Results: 0');
  });

  it('opens a card with a click too', () => {
    const { type } = setup();
    type('1332');
    const first = options()[0];
    if (!first) throw new Error('no option');
    fireEvent.click(first);
    expect(screen.getByRole('region', { name: /Details of/ })).toBeTruthy();
  });
});
