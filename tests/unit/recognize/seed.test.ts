/**
 * The seed document: a real ITU Council 2026 document in Arabic (../shared/domain/README.md describes what
 * it cites and gets wrong). It lives outside the repository, in shared/ beside it (as in CI).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize, type Reference } from '../../../src/core/recognize/index';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const SEED = path.resolve(repoRoot, '..', 'shared', 'seeds', '000_7a3d66ab489d5bc5.txt');

describe('seed document 000_7a3d66ab489d5bc5 (ar)', () => {
  const text = readFileSync(SEED, 'utf8');
  const refs = recognize(text);
  const ids = refs.map((r) => r.id);
  const all = (id: string): Reference[] => refs.filter((r) => r.id === id);

  it('reads the list of UN symbols with the conjunction و glued on', () => {
    const list = [
      'A/RES/70/125',
      'A/RES/70/1',
      'A/RES/77/150',
      'A/RES/71/212',
      'A/RES/70/299',
      'A/RES/70/684',
      'A/RES/73/218',
      'A/RES/80/173',
    ];
    const start = ids.indexOf('A/RES/70/125');
    expect(ids.slice(start, start + list.length)).toEqual(list);
    for (const r of refs.slice(start + 1, start + list.length)) expect(r.text.startsWith('A/')).toBe(true); // و not in the span
    expect(ids).toContain('E/RES/2025/18');
  });

  it('reads the Plenipotentiary resolutions 140, 172 and 71 named after the list keyword', () => {
    const start = ids.indexOf('E/RES/2025/18') + 1;
    expect(ids.slice(start, start + 3)).toEqual(['ITU/PP/RES/140', 'ITU/PP/RES/172', 'ITU/PP/RES/71']);
    expect(refs[start + 1]?.cited).toMatchObject({ place: 'Guadalajara', year: 2010, rev: true });
    expect(refs[start + 2]?.cited).toMatchObject({ place: 'Bucharest', year: 2022, rev: true });
    expect(all('ITU/PP/RES/140')[0]?.cited).toEqual({ place: 'Bucharest', year: 2022, rev: true });
  });

  it('reads Council resolutions 1332 and 1334 with both modification years', () => {
    const years1332 = new Set(
      all('ITU/COUNCIL/RES/1332')
        .map((r) => r.cited?.year)
        .filter(Boolean),
    );
    expect(years1332).toEqual(new Set([2023, 2024]));
    const years1334 = new Set(
      all('ITU/COUNCIL/RES/1334')
        .map((r) => r.cited?.year)
        .filter(Boolean),
    );
    expect(years1334).toEqual(new Set([2023]));
    for (const r of [...all('ITU/COUNCIL/RES/1332'), ...all('ITU/COUNCIL/RES/1334')])
      if (r.cited) expect(r.cited.modified).toBe(true);
  });

  it('reads WTDC 30, WTSA 75, ITU-R 61-3 and PP 214', () => {
    expect(all('ITU/WTDC/RES/30')[0]?.cited).toMatchObject({ place: 'Baku', year: 2025, rev: true });
    expect(all('ITU/WTSA/RES/75')[0]?.cited).toMatchObject({ place: 'Geneva', year: 2022, rev: true });
    expect(all('ITU/RA/RES/61')[0]?.cited).toMatchObject({ revisionIndex: 3, place: 'Dubai', year: 2023 });
    expect(all('ITU/PP/RES/214')[0]?.cited).toMatchObject({ place: 'Bucharest', year: 2022, rev: false });
  });

  it('finds nothing that is not a UN or ITU reference', () => {
    for (const id of ids) expect(id).toMatch(/^(?:A|E)\/RES\/|^ITU\/(?:PP|COUNCIL|WTDC|WTSA|RA)\/RES\//);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});
