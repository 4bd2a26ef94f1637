// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReport, type PageState } from '../../../src/ui/popup/PageReport';
import { SAMPLE } from './sample';

afterEach(cleanup);

function show(state: PageState, extra: Partial<Parameters<typeof PageReport>[0]> = {}) {
  const props = {
    onReveal: vi.fn(),
    onAnnotate: vi.fn(),
    onToggleSite: vi.fn(),
    onExport: vi.fn(),
    ...extra,
  };
  render(<PageReport state={state} host="www.itu.int" {...props} />);
  return props;
}

describe('page report', () => {
  it('groups references by body with counts and translated statuses; unknowns are listed', () => {
    show({ kind: 'ready', refs: SAMPLE });
    expect(screen.getByRole('heading', { name: 'On this page' })).toBeTruthy();
    expect(screen.getByText(/References: 8/).textContent).toContain('Problems: 6');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'ITU Plenipotentiary Conference (4)',
      'ITU Council (1)',
      'ITU (body not stated) (1)',
      'UN General Assembly (1)',
      'Other UN documents (1)',
    ]);
    const pp = screen.getByRole('region', { name: /ITU Plenipotentiary Conference/ });
    const rows = pp.querySelectorAll('li.ref');
    expect([...rows].map((r) => [r.getAttribute('data-ref-id'), r.getAttribute('data-status')])).toEqual([
      ['ITU/PP/RES/140', 'outdated'],
      ['ITU/PP/RES/140', 'unverified'],
      ['ITU/PP/RES/172', 'unverified'],
    ]);
    expect(rows[0]?.textContent).toContain('Outdated version');
    expect(rows[0]?.textContent).toContain('Occurrences: 2');
    expect(rows[2]?.textContent).toContain('Cited as "Rev." but adopted there');
    expect(screen.getByRole('region', { name: /body not stated/ }).textContent).toContain('Body unclear');
    expect(screen.getByRole('region', { name: /Other UN documents/ }).textContent).toContain(
      'Not in the index',
    );
  });

  it('shows a context snippet per occurrence, and a click reveals it in the page', () => {
    const { onReveal } = show({ kind: 'ready', refs: SAMPLE });
    const ga = screen.getByRole('region', { name: /UN General Assembly/ });
    const button = within(ga).getByRole('button', { name: /Show occurrence 1 in the page/ });
    expect(button.textContent).toContain('…as in A/RES/70/684 and …');
    expect(button.querySelector('mark')?.textContent).toBe('A/RES/70/684');
    fireEvent.click(button);
    expect(onReveal).toHaveBeenCalledWith(1);
  });

  it('filters to problems only', () => {
    show({ kind: 'ready', refs: SAMPLE });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only problems' }));
    const statuses = [...document.querySelectorAll('li.ref')].map((r) => r.getAttribute('data-ref-id'));
    expect(statuses).not.toContain('ITU/COUNCIL/RES/1332');
    expect(statuses).toContain('ITU/PP/RES/172'); // a warning is a problem
  });

  it('exports every distinct citation in the chosen format', () => {
    const { onExport } = show({ kind: 'ready', refs: SAMPLE });
    const group = screen.getByRole('group', { name: 'Export:' });
    fireEvent.click(within(group).getByRole('button', { name: 'Markdown' }));
    expect(onExport).toHaveBeenCalledTimes(1);
    const [format, rows] = (onExport as ReturnType<typeof vi.fn>).mock.calls[0] as [string, { id: string }[]];
    expect(format).toBe('md');
    expect(rows.map((r) => r.id)).toEqual([
      'ITU/PP/RES/140',
      'ITU/PP/RES/140',
      'ITU/PP/RES/172',
      'ITU/COUNCIL/RES/1332',
      'ITU/?/RES/12',
      'A/RES/70/684',
      'X/Y/1',
    ]);
  });

  it('has a site switch that is a toggle button', () => {
    const { onToggleSite } = show({ kind: 'ready', refs: [] });
    const toggle = screen.getByRole('button', { name: 'ResLens on www.itu.int' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(onToggleSite).toHaveBeenCalled();
    expect(screen.getByText('No references found on this page.')).toBeTruthy();
  });

  it.each([
    [{ kind: 'loading' } as PageState, 'Reading the page…'],
    [{ kind: 'no-tab' } as PageState, 'Open a page to see its references.'],
    [{ kind: 'off' } as PageState, 'ResLens is off for www.itu.int.'],
  ])('says where it stands: %j', (state, text) => {
    show(state);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Export:' })).toBeNull();
  });

  it('offers to annotate a page where ResLens does not run', () => {
    const { onAnnotate } = show({ kind: 'not-running' });
    expect(screen.getByText('ResLens is not running on this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    expect(onAnnotate).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'ResLens on www.itu.int' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
