import { useMemo, useState } from 'preact/hooks';
import { Card } from '../Card';
import { t, uiLang } from '../i18n';
import { bodyName, statusText } from '../vocab';
import type { ExportFormat } from './export';
import {
  buildReport,
  isProblem,
  mergeWordings,
  onlyProblems,
  type MergedRow,
  type PageRef,
  type ReportRow,
} from './report';

/** What the popup knows about the target tab's page. */
export type PageState =
  | { kind: 'no-tab' }
  | { kind: 'loading' }
  | { kind: 'not-running' }
  | { kind: 'off' }
  | { kind: 'ready'; refs: PageRef[] };

export interface PageReportProps {
  state: PageState;
  host?: string;
  onReveal: (key: number) => void;
  onAnnotate?: () => void;
  onToggleSite?: () => void;
  onExport?: (format: ExportFormat, rows: ReportRow[]) => void;
  onCopy?: (text: string) => void | Promise<void>;
}

const FORMATS: { format: ExportFormat; key: 'exportCsv' | 'exportJson' | 'exportMarkdown' }[] = [
  { format: 'csv', key: 'exportCsv' },
  { format: 'json', key: 'exportJson' },
  { format: 'md', key: 'exportMarkdown' },
];

function Row({
  row,
  onReveal,
  onCopy,
}: { row: MergedRow; onReveal: (key: number) => void } & Pick<PageReportProps, 'onCopy'>) {
  const problem = isProblem(row);
  const warning = row.card?.warnings[0];
  return (
    <li class={`ref ${problem ? 'problem' : ''}`} data-status={row.status} data-ref-id={row.id}>
      <details>
        <summary>
          <span class="id" dir="ltr">
            {row.id}
          </span>{' '}
          <span class="badge" data-status={row.status}>
            {statusText(row.status)}
          </span>{' '}
          <span class="times" aria-hidden="true">
            ×{row.occurrences.length}
          </span>
          <span class="sr-only">{t('pageOccurrences', row.occurrences.length)}</span>
        </summary>
        <Card card={row.card} written={row.written[0] ?? row.id} onCopy={onCopy} />
      </details>
      {warning ? (
        <p class="row-warning" lang={uiLang() === 'en' ? undefined : 'en'} dir="auto">
          {warning}
        </p>
      ) : null}
      <ul class="occurrences">
        {row.occurrences.map((o, i) => (
          <li key={o.key}>
            <button type="button" class="occ" dir="auto" onClick={() => onReveal(o.key)}>
              <span class="sr-only">{t('pageReveal', i + 1)} </span>
              {o.before}
              {o.match ? <mark>{o.match}</mark> : null}
              {o.after}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "On this page": the tab's references grouped by body, each occurrence a click away; export; site switch. */
export function PageReport({
  state,
  host,
  onReveal,
  onAnnotate,
  onToggleSite,
  onExport,
  onCopy,
}: PageReportProps) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const refs = state.kind === 'ready' ? state.refs : undefined;
  const full = useMemo(() => buildReport(refs ?? []), [refs]);
  const model = problemsOnly ? onlyProblems(full) : full;

  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      {state.kind === 'no-tab' ? <p class="empty">{t('pageNoTab')}</p> : null}
      {state.kind === 'loading' ? (
        <p class="empty" role="status">
          {t('pageLoading')}
        </p>
      ) : null}
      {state.kind === 'not-running' ? (
        <div class="empty">
          <p>{t('pageNotRunning')}</p>
          {onAnnotate ? (
            <button type="button" class="primary" onClick={onAnnotate}>
              {t('pageAnnotate')}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.kind === 'off' ? <p class="empty">{t('pageOff', host ?? '')}</p> : null}
      {refs && refs.length === 0 ? <p class="empty">{t('pageNone')}</p> : null}
      {refs && refs.length > 0 ? (
        <>
          <div class="summary-line">
            <p class="count" role="status">
              {t('pageCount', full.occurrences)} · {t('pageProblems', full.problems)}
            </p>
            <label class="filter">
              <input
                type="checkbox"
                checked={problemsOnly}
                onChange={(e) => setProblemsOnly((e.target as HTMLInputElement).checked)}
              />{' '}
              {t('pageOnlyProblems')}
            </label>
          </div>
          {model.groups.length === 0 ? <p class="empty">{t('pageNoProblems')}</p> : null}
          {model.groups.map((g) => (
            <section key={g.body} class="group" aria-labelledby={`group-${g.body}`}>
              <h3 id={`group-${g.body}`}>
                {bodyName(g.body)} <span class="group-count">({g.occurrences})</span>
              </h3>
              <ul class="page-refs">
                {mergeWordings(g.rows).map((row) => (
                  <Row key={`${row.id}|${row.status}`} row={row} onReveal={onReveal} onCopy={onCopy} />
                ))}
              </ul>
            </section>
          ))}
          {onExport ? (
            <div class="export" role="group" aria-labelledby="export-label">
              <span id="export-label">{t('exportLabel')}</span>
              {FORMATS.map(({ format, key }) => (
                <button
                  key={format}
                  type="button"
                  data-format={format}
                  onClick={() => onExport(format, full.rows)}
                >
                  {t(key)}
                </button>
              ))}
            </div>
          ) : null}
        </>
      ) : null}
      {host && onToggleSite ? (
        <button type="button" class="toggle" aria-pressed={state.kind !== 'off'} onClick={onToggleSite}>
          {t('pageSiteSwitch', host)}
        </button>
      ) : null}
    </section>
  );
}
