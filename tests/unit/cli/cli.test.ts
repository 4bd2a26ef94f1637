import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CLIs as a user runs them (tsx, real files, real exit codes). */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SEED = resolve(ROOT, '..', 'shared', 'seeds', '000_7a3d66ab489d5bc5.txt');
const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx');

function run(cli: 'scan' | 'lookup', args: string[], input?: string) {
  const r = spawnSync(TSX, [resolve(ROOT, 'src', 'cli', `${cli}.ts`), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scan', () => {
  it('prints one JSON object per reference of the seed, with status and warnings', () => {
    const { code, out, err } = run('scan', ['--format', 'jsonl', SEED]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const byId = (id: string) => rows.find((r) => r.id === id);
    expect(byId('A/RES/70/684')).toMatchObject({
      file: SEED,
      status: 'not-a-resolution',
      resolvedId: 'A/70/684',
    });
    expect(byId('ITU/PP/RES/172')?.warnings).toContain('rev-at-adoption');
    expect(byId('ITU/RA/RES/61')?.cited).toMatchObject({ revisionIndex: 3, place: 'Dubai', year: 2023 });
    for (const r of rows)
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['file', 'id', 'start', 'end', 'text', 'status']),
      );
  });

  it('reports an unreadable file in one line, exits 1, and still prints the other files', () => {
    const { code, out, err } = run('scan', ['--format', 'jsonl', 'no-such-file.txt', SEED]);
    expect(code).toBe(1);
    expect(err.trim()).toBe('scan: no-such-file.txt: no such file');
    expect(out.trim().split('\n').length).toBeGreaterThan(20);
  });

  it('reads standard input and HTML (offsets into the text a reader sees), and exits 0 when nothing is found', () => {
    const html = run('scan', ['-'], '<p>See <b>Resolution 140</b> (Rev. Dubai, 2018) &amp; A/RES/70/1.</p>');
    const ids = html.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['ITU/PP/RES/140', 'A/RES/70/1']);
    const none = run('scan', ['-'], 'No references here, only 42 numbers.');
    expect([none.code, none.out]).toEqual([0, '']);
  });

  it('rejects bad usage with exit 2', () => {
    expect(run('scan', ['--format', 'xml', SEED]).code).toBe(2);
    expect(run('scan', []).code).toBe(2);
  });
});

describe('lookup', () => {
  it('shows the five versions of PP Resolution 140 with their sources', () => {
    const { code, out } = run('lookup', ['--format', 'json', 'ITU/PP/RES/140']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as {
      id: string;
      revisions: { place: string; year: number; source: string }[];
    }[];
    expect(entry?.id).toBe('ITU/PP/RES/140');
    expect(entry?.revisions.map((v) => `${v.place} ${v.year}`)).toEqual([
      'Antalya 2006',
      'Guadalajara 2010',
      'Busan 2014',
      'Dubai 2018',
      'Bucharest 2022',
    ]);
    for (const v of entry?.revisions ?? []) expect(v.source).toMatch(/^https?:\/\//);
  });

  it('maps several queries to their answers', () => {
    const out = JSON.parse(run('lookup', ['--format', 'json', 'A/RES/70/684', 'WSIS']).out) as Record<
      string,
      { id: string; status: string }[]
    >;
    expect(out['A/RES/70/684']?.[0]).toMatchObject({ id: 'A/70/684', status: 'not-a-resolution' });
    expect(out.WSIS?.slice(0, 5).map((r) => r.id)).toEqual(
      expect.arrayContaining(['ITU/PP/RES/140', 'ITU/COUNCIL/RES/1332']),
    );
  });
});
