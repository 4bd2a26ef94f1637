import { describe, expect, it } from 'vitest';
import { buildReport, displayStatus, mergeWordings, onlyProblems } from '../../../src/ui/popup/report';
import { SAMPLE } from './sample';

describe('page report model', () => {
  const report = buildReport(SAMPLE);

  it('groups by body, ITU first, keeping every reference (unknowns included)', () => {
    expect(report.groups.map((g) => [g.body, g.occurrences])).toEqual([
      ['PP', 4],
      ['COUNCIL', 1],
      ['ITU', 1],
      ['GA', 1],
      ['UN', 1],
    ]);
    expect(report.occurrences).toBe(SAMPLE.length);
    expect(report.rows.reduce((n, r) => n + r.occurrences.length, 0)).toBe(SAMPLE.length);
  });

  it('merges the same citation written the same way, in page order', () => {
    const pp = report.groups[0]?.rows ?? [];
    expect(pp.map((r) => [r.written, r.occurrences.map((o) => o.key)])).toEqual([
      ['Resolution 140 (Rev. Dubai, 2018)', [2, 8]],
      ['Resolution 140 (Rev. Bucharest, 2022)', [4]],
      ['Resolution 172 (Rev. Guadalajara, 2010)', [5]],
    ]);
    expect(mergeWordings(pp).map((r) => [r.id, r.status, r.occurrences.length])).toEqual([
      ['ITU/PP/RES/140', 'outdated', 2],
      ['ITU/PP/RES/140', 'unverified', 1],
      ['ITU/PP/RES/172', 'unverified', 1],
    ]);
  });

  it('calls an ITU reference without a body ambiguous, and counts problems (statuses and warnings)', () => {
    expect(displayStatus({ id: 'ITU/?/RES/12', status: 'unverified' })).toBe('ambiguous');
    // not-a-resolution, 2 × outdated, a warning on 172, ambiguous, not-in-index
    expect(report.problems).toBe(6);
    const problems = onlyProblems(report);
    expect(problems.rows.map((r) => r.id)).toEqual([
      'ITU/PP/RES/140',
      'ITU/PP/RES/172',
      'ITU/?/RES/12',
      'A/RES/70/684',
      'X/Y/1',
    ]);
    expect(problems.groups.find((g) => g.body === 'COUNCIL')).toBeUndefined();
  });

  it('builds snippets from a context string, an object, or nothing', () => {
    const [un] = report.groups.find((g) => g.body === 'GA')?.rows ?? [];
    expect(un?.occurrences[0]).toEqual({ key: 1, before: '…as in ', match: 'A/RES/70/684', after: ' and …' });
    expect(report.groups[0]?.rows[0]?.occurrences[0]).toEqual({
      key: 2,
      before: 'In line with',
      match: 'Resolution 140 (Rev. Dubai, 2018)',
      after: 'of the PP',
    });
    expect(report.groups[1]?.rows[0]?.occurrences[0]).toEqual({
      key: 3,
      before: '',
      match: 'Council Resolution 1332 (Modified 2024)',
      after: '',
    });
    const long = buildReport([
      {
        id: 'A/RES/1',
        text: 'A/RES/1',
        status: 'current',
        key: 9,
        context: `${'x'.repeat(100)} A/RES/1 ${'y'.repeat(100)}`,
      },
    ]);
    const o = long.rows[0]?.occurrences[0];
    expect(o?.before.startsWith('…')).toBe(true);
    expect(o?.after.endsWith('…')).toBe(true);
    expect(o?.before.length).toBeLessThanOrEqual(61);
    const missing = buildReport([
      { id: 'A/RES/1', text: 'A/RES/1', status: 'current', key: 9, context: 'elsewhere' },
    ]);
    expect(missing.rows[0]?.occurrences[0]).toEqual({ key: 9, before: 'elsewhere', match: '', after: '' });
  });
});
