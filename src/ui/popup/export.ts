import type { ReportRow } from './report';

/**
 * The page's references as CSV, JSON and Markdown. Pure functions: rows in, text out (the popup turns
 * the text into a download). Column names are stable English identifiers so that files from different
 * interface languages can be merged; statuses are the codes (`outdated`), Markdown adds readable words.
 */
export interface ExportRow {
  id: string;
  citation: string;
  status: string;
  latestVersion: string;
  title: string;
  link: string;
  occurrences: number;
}

export interface ExportMeta {
  url?: string;
  pageTitle?: string;
  /** ISO 8601 time of the export. */
  exportedAt: string;
}

export type ExportFormat = 'csv' | 'json' | 'md';

export const COLUMNS: readonly (keyof ExportRow)[] = [
  'id',
  'citation',
  'status',
  'latestVersion',
  'title',
  'link',
  'occurrences',
];

export function toExportRows(rows: readonly ReportRow[]): ExportRow[] {
  return rows.map((r) => {
    const card = r.card;
    const official = card?.links.find((l) => l.form !== 'search') ?? card?.links[0];
    return {
      id: r.id,
      citation: r.written,
      status: r.status,
      latestVersion: card?.timeline.find((v) => v.latest)?.label ?? '',
      title: card?.title?.text ?? '',
      link: official?.url ?? '',
      occurrences: r.occurrences.length,
    };
  });
}

/**
 * RFC 4180 fields; a text cell starting with = + - @ (or a tab/CR) gets a leading apostrophe so that a
 * spreadsheet never runs page text as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  return `${JSON.stringify({ generator: 'ResLens', ...meta, references: rows }, null, 2)}\n`;
}

export interface MarkdownLabels {
  heading: string;
  page: string;
  exported: string;
  columns: Record<keyof ExportRow, string>;
  status: (code: string) => string;
}

export const ENGLISH_MARKDOWN: MarkdownLabels = {
  heading: 'ResLens references',
  page: 'Page',
  exported: 'Exported',
  columns: {
    id: 'Id',
    citation: 'Citation as written',
    status: 'Status',
    latestVersion: 'Latest version',
    title: 'Title',
    link: 'Link',
    occurrences: 'Occurrences',
  },
  status: (s) => s,
};

/** Text safe inside a Markdown table cell: pipes and backslashes escaped, no line breaks, no raw HTML. */
export function mdCell(value: string | number): string {
  return String(value)
    .replace(/\s+/g, ' ')
    .replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`)
    .trim();
}

function mdLink(url: string): string {
  if (!url) return '';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return mdCell(url);
  }
  // Angle-bracket destinations keep parentheses in URLs (S/RES/2334(2016)) from breaking the link.
  return `[${mdCell(host)}](<${url.replace(/[<>\s|]/g, (c) => encodeURIComponent(c))}>)`;
}

export function toMarkdown(
  rows: readonly ExportRow[],
  meta: ExportMeta,
  labels: MarkdownLabels = ENGLISH_MARKDOWN,
): string {
  const head = [`# ${mdCell(labels.heading)}`, ''];
  if (meta.url || meta.pageTitle)
    head.push(`${labels.page}: ${mdCell(meta.pageTitle ?? '')}${meta.url ? ` <${meta.url}>` : ''}  `);
  head.push(`${labels.exported}: ${meta.exportedAt}`, '');
  const cols = COLUMNS.map((c) => labels.columns[c]);
  const table = [
    `| ${cols.map(mdCell).join(' | ')} |`,
    `| ${COLUMNS.map((c) => (c === 'occurrences' ? '--:' : '---')).join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${[
          mdCell(r.id),
          mdCell(r.citation),
          mdCell(labels.status(r.status)),
          mdCell(r.latestVersion),
          mdCell(r.title),
          mdLink(r.link),
          String(r.occurrences),
        ].join(' | ')} |`,
    ),
  ];
  return `${[...head, ...table].join('\n')}\n`;
}

export function formatExport(
  format: ExportFormat,
  rows: readonly ExportRow[],
  meta: ExportMeta,
  labels?: MarkdownLabels,
): { text: string; mime: string } {
  if (format === 'csv') return { text: toCsv(rows), mime: 'text/csv;charset=utf-8' };
  if (format === 'json') return { text: toJson(rows, meta), mime: 'application/json;charset=utf-8' };
  return { text: toMarkdown(rows, meta, labels), mime: 'text/markdown;charset=utf-8' };
}

/** "reslens-www.itu.int-2026-03-01.csv" */
export function exportFileName(host: string | undefined, format: ExportFormat, isoDate: string): string {
  const safeHost = (host ?? 'page').replace(/[^\w.-]/g, '_') || 'page';
  return `reslens-${safeHost}-${isoDate.slice(0, 10)}.${format}`;
}
