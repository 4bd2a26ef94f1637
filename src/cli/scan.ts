/**
 * npm run --silent scan -- [--format jsonl|json|table|csv] [--lang auto|en|fr|es|ar|zh|ru] FILE... | -
 * Prints the references found in each file with their status against the bundled index.
 * Exit 0 when every file was read (found or not); 1 when a file could not be read (others still printed);
 * 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../core/index/analyze';
import { bundledStore } from '../core/index/load';
import { recognize, type Reference } from '../core/recognize/index';
import { parseArgs, UsageError } from './args';
import { htmlToText } from './html-text';

const USAGE = 'usage: scan [--format jsonl|json|table|csv] [--lang auto|en|fr|es|ar|zh|ru] FILE... | -';

interface Row extends Reference {
  file: string;
  line: number;
  status: string;
  latest?: string;
  resolvedId?: string;
  summary: string;
  warnings: string[];
}

function readInput(file: string): string {
  const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  // fatal: a file that is not UTF-8 is reported, never silently garbled.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  // HTML by its name, or by its look (standard input has no name): it opens with a tag and closes one.
  const looksHtml = /^\s*</.test(text) && /<\/[a-z][\w-]*\s*>/i.test(text);
  return /\.x?html?$/i.test(file) || looksHtml ? htmlToText(text) : text;
}

function scanText(file: string, text: string): Row[] {
  const refs = recognize(text);
  const analyses = analyzeDocument(bundledStore(), refs);
  return refs.map((r, i) => {
    const a = analyses[i];
    const line = text.slice(0, r.start).split('\n').length;
    const row: Row = {
      file,
      ...r,
      line,
      status: a?.status ?? 'not-in-index',
      summary: a?.summary ?? '',
      warnings: a?.warnings.map((w) => w.code) ?? [],
    };
    if (a?.latest) row.latest = a.latest;
    if (a?.resolvedId) row.resolvedId = a.resolvedId;
    return row;
  });
}

function jsonLine(r: Row): string {
  const { file, id, start, end, text, cited, status, latest, warnings, resolvedId, ambiguous, candidates } =
    r;
  return JSON.stringify({
    file,
    id,
    start,
    end,
    text,
    cited,
    status,
    latest,
    warnings,
    resolvedId,
    ambiguous,
    candidates,
  });
}

function csvCell(v: unknown): string {
  const s = v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: Row[]): string {
  const lines = rows.map((r) => [
    r.file,
    String(r.line),
    r.id,
    r.text.replace(/\s+/g, ' '),
    r.status,
    r.latest ?? '',
    r.warnings.join(','),
  ]);
  const head = ['file', 'line', 'id', 'as written', 'status', 'latest', 'warnings'];
  const widths = head.map((h, i) =>
    Math.min(48, Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length))),
  );
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, {
      format: ['jsonl', 'json', 'table', 'csv'],
      lang: ['auto', 'en', 'fr', 'es', 'ar', 'zh', 'ru'],
    });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`scan: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (parsed.positional.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const format = parsed.options.format ?? 'jsonl';
  const rows: Row[] = [];
  let failed = false;
  for (const file of parsed.positional) {
    let text: string;
    try {
      text = readInput(file);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why =
        e.code === 'ENOENT'
          ? 'no such file'
          : e.code === 'EISDIR'
            ? 'is a directory'
            : e instanceof TypeError
              ? 'not valid UTF-8'
              : e.message;
      process.stderr.write(`scan: ${file}: ${why}\n`);
      failed = true;
      continue;
    }
    const found = scanText(file, text);
    if (format === 'jsonl') for (const r of found) process.stdout.write(`${jsonLine(r)}\n`);
    else rows.push(...found);
  }
  if (format === 'json')
    process.stdout.write(
      `${JSON.stringify(
        rows.map((r) => JSON.parse(jsonLine(r)) as unknown),
        null,
        2,
      )}\n`,
    );
  if (format === 'table') process.stdout.write(`${table(rows)}\n`);
  if (format === 'csv') {
    process.stdout.write('file,line,start,end,id,text,status,latest,warnings\n');
    for (const r of rows)
      process.stdout.write(
        `${[r.file, r.line, r.start, r.end, r.id, r.text, r.status, r.latest, r.warnings.join(' ')].map(csvCell).join(',')}\n`,
      );
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
