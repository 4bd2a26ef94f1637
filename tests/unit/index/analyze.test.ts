import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/index/analyze';
import { bundledLookup, bundledStore } from '../../../src/core/index/load';
import { recognize } from '../../../src/core/recognize/index';
import { buildIndex } from '../../../scripts/data/build-index';
import { compileDataDir, OUTPUT } from '../../../scripts/data/compile';

const seed = readFileSync(resolve('..', 'shared', 'seeds', '000_7a3d66ab489d5bc5.txt'), 'utf8');

describe('revision analysis on the seed document', () => {
  const refs = recognize(seed);
  const analyses = analyzeDocument(bundledStore(), refs);
  const find = (id: string, pred: (t: string) => boolean = () => true) => {
    const i = refs.findIndex((r) => r.id === id && pred(r.text));
    return analyses[i];
  };

  it('reports A/RES/70/684 as not a resolution and points to A/70/684', () => {
    const a = find('A/RES/70/684');
    expect(a?.status).toBe('not-a-resolution');
    expect(a?.resolvedId).toBe('A/70/684');
  });
  it('warns that PP Resolution 172 was adopted, not revised, at Guadalajara', () => {
    expect(find('ITU/PP/RES/172')?.warnings.map((w) => w.code)).toContain('rev-at-adoption');
  });
  it('flags Council Resolution 1332 cited as modified 2023 and 2024, and the 2023 citation as not current', () => {
    const a2023 = find('ITU/COUNCIL/RES/1332', (t) => t.includes('2023'));
    expect(a2023?.warnings.map((w) => w.code)).toContain('inconsistent-citation');
    expect(a2023?.status).toBe('outdated');
    expect(a2023?.summary).toContain('Modified 2024');
  });
});

describe('lookup', () => {
  it('judges a typed citation against the history', () => {
    const [first] = bundledLookup().query('Res 140 (Rev. Dubai, 2018)');
    expect(first?.analysis?.status).toBe('outdated');
    expect(first?.analysis?.summary).toContain('Rev. Bucharest, 2022');
  });
  it('puts PP Resolution 140 and Council Resolution 1332 among the first results for "WSIS"', () => {
    const ids = bundledLookup()
      .query('WSIS', 5)
      .map((r) => r.entry?.id);
    expect(ids).toContain('ITU/PP/RES/140');
    expect(ids).toContain('ITU/COUNCIL/RES/1332');
  });
});

describe('data compiler', () => {
  it('the committed index is up to date with data/', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(compileDataDir());
  });
  it('fails loudly, naming file and entry, on duplicates, dangling references and missing sources', () => {
    const entry = (extra: string) =>
      `entries:\n  - id: ITU/PP/RES/1\n    kind: resolution\n    number: "1"\n    historyComplete: false\n    status: unknown\n${extra}`;
    expect(() =>
      buildIndex([
        { name: 'a.yaml', text: entry('') },
        { name: 'b.yaml', text: entry('') },
      ]),
    ).toThrow(/b\.yaml: ITU\/PP\/RES\/1: duplicate id/);
    expect(() => buildIndex([{ name: 'a.yaml', text: entry('    related: [ITU/PP/RES/999]\n') }])).toThrow(
      /refers to ITU\/PP\/RES\/999/,
    );
    expect(() =>
      buildIndex([{ name: 'a.yaml', text: entry('    versions:\n      - year: 2010\n') }]),
    ).toThrow(/a\.yaml: ITU\/PP\/RES\/1: versions\.0\.source/);
    expect(() => buildIndex([{ name: 'a.yaml', text: 'entries: [' }])).toThrow(/a\.yaml: not valid YAML/);
  });
});
