import { describe, expect, it } from 'vitest';
import type { CardData } from '../../../src/core/card';
import {
  csvField,
  exportFileName,
  formatExport,
  mdCell,
  toCsv,
  toExportRows,
  toJson,
  toMarkdown,
  type ExportRow,
} from '../../../src/ui/popup/export';
import { buildReport } from '../../../src/ui/popup/report';

const card = (over: Partial<CardData> = {}): CardData => ({
  id: 'ITU/PP/RES/140',
  status: 'outdated',
  summary: '',
  timeline: [
    { label: 'Rev. Dubai, 2018', cited: true, latest: false, source: 'https://x/1' },
    { label: 'Rev. Bucharest, 2022', cited: false, latest: true, source: 'https://x/2' },
  ],
  historyComplete: true,
  warnings: [],
  links: [
    {
      url: 'https://www.itu.int/en/council/Documents/basic-texts-2023/RES-140-E.pdf',
      label: 'Basic Texts',
      form: 'inferred',
    },
    { url: 'https://www.itu.int/en/Search/Pages/results.aspx?k=x', label: 'Search itu.int', form: 'search' },
  ],
  candidates: [],
  sources: [],
  title: { text: 'ITU’s role in WSIS', lang: 'en', fallback: false },
  ...over,
});

const rows: ExportRow[] = [
  {
    id: 'ITU/PP/RES/140',
    citation: 'Resolution 140 (Rev. Dubai, 2018)',
    status: 'outdated',
    latestVersion: 'Rev. Bucharest, 2022',
    title: 'ITU’s role, "WSIS", and more',
    link: 'https://docs.un.org/en/S/RES/2334(2016)',
    occurrences: 2,
  },
  {
    id: 'A/RES/70/684',
    citation: '=HYPERLINK("x")',
    status: 'not-a-resolution',
    latestVersion: '',
    title: 'a | b\nc',
    link: '',
    occurrences: 1,
  },
];

describe('export rows', () => {
  it('come from the report: one per distinct citation, latest version, title, an official link first', () => {
    const report = buildReport([
      {
        id: 'ITU/PP/RES/140',
        text: 'Resolution 140  (Rev. Dubai, 2018)',
        status: 'outdated',
        key: 1,
        card: card(),
      },
      {
        id: 'ITU/PP/RES/140',
        text: 'Resolution 140 (Rev. Dubai, 2018)',
        status: 'outdated',
        key: 2,
        card: card(),
      },
      { id: 'ITU/?/RES/12', text: 'Resolution 12', status: 'not-in-index', key: 3 },
    ]);
    expect(toExportRows(report.rows)).toEqual([
      {
        id: 'ITU/PP/RES/140',
        citation: 'Resolution 140 (Rev. Dubai, 2018)',
        status: 'outdated',
        latestVersion: 'Rev. Bucharest, 2022',
        title: 'ITU’s role in WSIS',
        link: 'https://www.itu.int/en/council/Documents/basic-texts-2023/RES-140-E.pdf',
        occurrences: 2,
      },
      {
        id: 'ITU/?/RES/12',
        citation: 'Resolution 12',
        status: 'ambiguous',
        latestVersion: '',
        title: '',
        link: '',
        occurrences: 1,
      },
    ]);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField(3)).toBe('3');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('has a stable header and CRLF lines', () => {
    const csv = toCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,citation,status,latestVersion,title,link,occurrences');
    expect(lines[1]).toBe(
      'ITU/PP/RES/140,"Resolution 140 (Rev. Dubai, 2018)",outdated,"Rev. Bucharest, 2022",' +
        '"ITU’s role, ""WSIS"", and more",https://docs.un.org/en/S/RES/2334(2016),2',
    );
    expect(lines[2]?.startsWith(`A/RES/70/684,"'=HYPERLINK(""x"")",not-a-resolution`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('JSON', () => {
  it('round-trips with the page and time', () => {
    const parsed = JSON.parse(
      toJson(rows, { url: 'http://www.itu.int/x', exportedAt: '2026-03-01T10:00:00.000Z' }),
    ) as {
      references: ExportRow[];
      url: string;
      generator: string;
    };
    expect(parsed.generator).toBe('ResLens');
    expect(parsed.url).toBe('http://www.itu.int/x');
    expect(parsed.references).toEqual(rows);
  });
});

describe('Markdown', () => {
  it('is a table whose cells cannot break it or inject markup', () => {
    expect(mdCell('a | b\nc <b>*x*</b>')).toBe('a \\| b c \\<b\\>\\*x\\*\\</b\\>');
    const md = toMarkdown(rows, { url: 'http://www.itu.int/x', pageTitle: 'Doc', exportedAt: '2026-03-01' });
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('# ResLens references');
    expect(md).toContain(
      '| Id | Citation as written | Status | Latest version | Title | Link | Occurrences |',
    );
    expect(md).toContain('[docs.un.org](<https://docs.un.org/en/S/RES/2334(2016)>)');
    // Every table row has the same number of unescaped pipes.
    const table = lines.filter((l) => l.startsWith('|'));
    const pipes = (l: string) => (l.match(/(?<!\\)\|/g) ?? []).length;
    expect(new Set(table.map(pipes))).toEqual(new Set([8]));
  });

  it('takes translated labels', () => {
    const md = toMarkdown(
      rows,
      { exportedAt: '2026' },
      {
        heading: 'Références ResLens',
        page: 'Page',
        exported: 'Exporté le',
        columns: {
          id: 'Identifiant',
          citation: 'Référence',
          status: 'Statut',
          latestVersion: 'Dernière',
          title: 'Titre',
          link: 'Lien',
          occurrences: 'Occ.',
        },
        status: (s) => (s === 'outdated' ? 'Version dépassée' : s),
      },
    );
    expect(md).toContain('# Références ResLens');
    expect(md).toContain('| Version dépassée |');
  });
});

describe('files', () => {
  it('are named after the site and the day, with a MIME type per format', () => {
    expect(exportFileName('www.itu.int', 'csv', '2026-03-01T10:00:00Z')).toBe(
      'reslens-www.itu.int-2026-03-01.csv',
    );
    expect(exportFileName(undefined, 'md', '2026-03-01')).toBe('reslens-page-2026-03-01.md');
    expect(formatExport('json', rows, { exportedAt: 'x' }).mime).toBe('application/json;charset=utf-8');
    expect(formatExport('md', rows, { exportedAt: 'x' }).mime).toContain('text/markdown');
  });
});
