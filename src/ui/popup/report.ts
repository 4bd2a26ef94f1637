import type { CardData } from '../../core/card';
import { BODY_ORDER, bodyOf, PROBLEM_STATUSES, type BodyGroup } from '../vocab';

/**
 * One reference as the content script's `page-report` reply gives it. `context` is the text around the
 * occurrence (optional: older content scripts do not send it; a plain string is accepted too).
 */
export interface PageRef {
  id: string;
  text: string;
  status: string;
  card?: CardData;
  key: number;
  context?: string | { before?: string; after?: string };
}

export interface Occurrence {
  key: number;
  before: string;
  match: string;
  after: string;
}

/** A distinct citation on the page: the same id written the same way with the same status. */
export interface ReportRow {
  id: string;
  written: string;
  status: string;
  card?: CardData;
  occurrences: Occurrence[];
}

export interface ReportGroup {
  body: BodyGroup;
  rows: ReportRow[];
  occurrences: number;
  problems: number;
}

export interface PageReportModel {
  groups: ReportGroup[];
  rows: ReportRow[];
  occurrences: number;
  problems: number;
}

/** The status shown for a reference: an ITU reference whose body the text does not give is "ambiguous". */
export function displayStatus(ref: Pick<PageRef, 'id' | 'status'>): string {
  return ref.id.startsWith('ITU/?/') ? 'ambiguous' : ref.status;
}

/** A problem: a status to act on, or a warning about how the text is cited (e.g. "Rev." at adoption). */
export function isProblem(row: { status: string; card?: Pick<CardData, 'warnings'> }): boolean {
  return PROBLEM_STATUSES.includes(row.status) || (row.card?.warnings.length ?? 0) > 0;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const SNIPPET = 60;

function occurrenceOf(ref: PageRef): Occurrence {
  const match = squash(ref.text);
  const c = ref.context;
  if (typeof c === 'string') {
    // A plain string is the surrounding text with the match inside it (the page marks cuts with "…").
    const flat = squash(c);
    const at = match ? flat.indexOf(match) : -1;
    if (at < 0) return { key: ref.key, before: flat.slice(0, 2 * SNIPPET), match: '', after: '' };
    const from = Math.max(0, at - SNIPPET);
    const to = Math.min(flat.length, at + match.length + SNIPPET);
    return {
      key: ref.key,
      before: `${from > 0 ? '…' : ''}${flat.slice(from, at)}`,
      match,
      after: `${flat.slice(at + match.length, to)}${to < flat.length ? '…' : ''}`,
    };
  }
  return {
    key: ref.key,
    before: squash(c?.before ?? '').slice(-SNIPPET),
    match,
    after: squash(c?.after ?? '').slice(0, SNIPPET),
  };
}

/** Groups the page's references by body (ITU first), then by distinct citation, in page order. */
export function buildReport(refs: readonly PageRef[]): PageReportModel {
  const rows = new Map<string, ReportRow>();
  for (const ref of refs) {
    const status = displayStatus(ref);
    const written = squash(ref.text);
    const k = `${ref.id}\u0000${written}\u0000${status}`;
    let row = rows.get(k);
    if (!row) {
      row = { id: ref.id, written, status, card: ref.card, occurrences: [] };
      rows.set(k, row);
    }
    row.card ??= ref.card;
    row.occurrences.push(occurrenceOf(ref));
  }
  const byBody = new Map<BodyGroup, ReportGroup>();
  for (const row of rows.values()) {
    const body = bodyOf(row.id);
    let g = byBody.get(body);
    if (!g) {
      g = { body, rows: [], occurrences: 0, problems: 0 };
      byBody.set(body, g);
    }
    g.rows.push(row);
    g.occurrences += row.occurrences.length;
    if (isProblem(row)) g.problems += row.occurrences.length;
  }
  const groups = BODY_ORDER.flatMap((b) => byBody.get(b) ?? []);
  return {
    groups,
    rows: groups.flatMap((g) => g.rows),
    occurrences: refs.length,
    problems: groups.reduce((n, g) => n + g.problems, 0),
  };
}

/** Keeps only the rows with a problem (the report's "only problems" filter). */
export function onlyProblems(model: PageReportModel): PageReportModel {
  const groups = model.groups
    .map((g) => ({ ...g, rows: g.rows.filter((r) => isProblem(r)) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => ({ ...g, occurrences: g.rows.reduce((n, r) => n + r.occurrences.length, 0) }));
  return {
    groups,
    rows: groups.flatMap((g) => g.rows),
    occurrences: groups.reduce((n, g) => n + g.occurrences, 0),
    problems: model.problems,
  };
}

/** Rows of one text with one status, whatever the wording: how the popup lists them (export keeps each wording). */
export interface MergedRow {
  id: string;
  status: string;
  card?: CardData;
  written: string[];
  occurrences: Occurrence[];
}

export function mergeWordings(rows: readonly ReportRow[]): MergedRow[] {
  const merged = new Map<string, MergedRow>();
  for (const r of rows) {
    const k = `${r.id}\u0000${r.status}`;
    const m = merged.get(k) ?? { id: r.id, status: r.status, card: r.card, written: [], occurrences: [] };
    merged.set(k, m);
    m.card ??= r.card;
    m.written.push(r.written);
    m.occurrences.push(...r.occurrences);
  }
  return [...merged.values()];
}
