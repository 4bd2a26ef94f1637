import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lookup as LookupIndex } from '../../core/index/lookup';
import { disabledSites } from '../../shared/settings';
import { t, uiDir, uiLang } from '../i18n';
import { statusText } from '../vocab';
import { downloadText } from './download';
import { ENGLISH_MARKDOWN, exportFileName, formatExport, toExportRows, type ExportFormat } from './export';
import { Lookup } from './Lookup';
import { PageReport, type PageState } from './PageReport';
import type { PageRef, ReportRow } from './report';

/** How often the report is re-read while the popup is open: the page may still be analysing or change. */
const REFRESH_MS = 1500;

interface TargetTab {
  id?: number;
  url?: string;
  title?: string;
}

/** The tab the popup reports on: `?tab=<id>` (tests, the context-menu window) or the active tab. */
function useTargetTab(tabParam?: number): TargetTab | undefined {
  const [tab, setTab] = useState<TargetTab>();
  useEffect(() => {
    const found =
      tabParam !== undefined
        ? browser.tabs.get(tabParam)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([x]) => x);
    found.then((x) => setTab({ id: x?.id, url: x?.url, title: x?.title })).catch(() => setTab({}));
  }, [tabParam]);
  return tab;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

async function copy(text: string): Promise<void> {
  await navigator.clipboard?.writeText(text);
}

export interface PopupAppProps {
  index: Pick<LookupIndex, 'query'>;
  initialQuery?: string;
  tabId?: number;
}

/** The toolbar popup: quick lookup, the target tab's references, export, and the per-site switch. */
export function PopupApp({ index, initialQuery = '', tabId }: PopupAppProps) {
  const lang = uiLang();
  const tab = useTargetTab(tabId);
  const [reply, setReply] = useState<{ url?: string; refs: PageRef[] } | null | undefined>();
  const [disabled, setDisabled] = useState(false);
  const [notice, setNotice] = useState('');
  const host = hostOf(tab?.url) ?? hostOf(reply?.url);

  const readReport = useCallback(async () => {
    if (tab?.id === undefined) return;
    try {
      const r = (await browser.tabs.sendMessage(tab.id, { type: 'page-report' })) as
        { url?: string; refs?: PageRef[] } | undefined;
      const next = r && Array.isArray(r.refs) ? { url: r.url, refs: r.refs } : null;
      // Re-render only on change, so keyboard focus and open <details> stay where they are.
      setReply((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    } catch {
      setReply(null); // no content script in that tab
    }
  }, [tab?.id]);

  useEffect(() => {
    if (tab?.id === undefined) return;
    void readReport();
    const timer = setInterval(() => void readReport(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [tab?.id, readReport]);

  useEffect(() => {
    if (!host) return;
    void disabledSites.getValue().then((list) => setDisabled(Array.isArray(list) && list.includes(host)));
    return disabledSites.watch((list) => setDisabled(Array.isArray(list) && list.includes(host)));
  }, [host]);

  const state: PageState = useMemo(() => {
    if (!tab) return { kind: 'loading' };
    if (tab.id === undefined) return { kind: 'no-tab' };
    if (host && disabled) return { kind: 'off' };
    if (reply === undefined) return { kind: 'loading' };
    if (reply === null) return { kind: 'not-running' };
    return { kind: 'ready', refs: reply.refs };
  }, [tab, host, disabled, reply]);

  const toggleSite = async () => {
    if (!host) return;
    const list = (await disabledSites.getValue()) ?? [];
    const next = list.includes(host) ? list.filter((h) => h !== host) : [...list, host];
    await disabledSites.setValue(next);
    setDisabled(next.includes(host));
    setReply(undefined);
    setTimeout(() => void readReport(), 300);
  };

  const annotate = async () => {
    if (tab?.id === undefined) return;
    try {
      // The marks' stylesheet first (the manifest injects it only on the default sites), then the script.
      await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: ['/content-scripts/marks.css'] });
      await browser.scripting.executeScript({
        target: { tabId: tab.id },
        files: ['/content-scripts/content.js'],
      });
      setReply(undefined);
      setTimeout(() => void readReport(), 300);
    } catch {
      setNotice(t('pageAnnotateFailed'));
    }
  };

  const exportRows = (format: ExportFormat, rows: ReportRow[]) => {
    const exportedAt = new Date().toISOString();
    const meta = { url: tab?.url ?? reply?.url, pageTitle: tab?.title, exportedAt };
    const labels = {
      heading: t('mdHeading'),
      page: t('mdPage'),
      exported: t('mdExported'),
      columns: {
        ...ENGLISH_MARKDOWN.columns,
        id: t('colId'),
        citation: t('colCitation'),
        status: t('colStatus'),
        latestVersion: t('colLatest'),
        title: t('colTitle'),
        link: t('colLink'),
        occurrences: t('colOccurrences'),
      },
      status: statusText,
    };
    const { text, mime } = formatExport(format, toExportRows(rows), meta, labels);
    const name = exportFileName(host, format, exportedAt);
    // A byte-order mark lets spreadsheet programs read UTF-8 (Arabic, Chinese, Russian) correctly.
    downloadText(name, format === 'csv' ? `\uFEFF${text}` : text, mime);
    setNotice(t('exportDone', name));
  };

  return (
    <main class="popup" dir={uiDir(lang)} lang={lang}>
      <header class="top">
        <h1>ResLens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </header>
      <Lookup index={index} lang={lang} initialQuery={initialQuery} onCopy={copy} />
      <PageReport
        state={state}
        host={host}
        onReveal={(key) => {
          if (tab?.id !== undefined)
            void browser.tabs.sendMessage(tab.id, { type: 'reveal', key }).catch(() => undefined);
        }}
        onAnnotate={() => void annotate()}
        onToggleSite={host ? () => void toggleSite() : undefined}
        onExport={exportRows}
        onCopy={copy}
      />
      <p class="notice" role="status">
        {notice}
      </p>
    </main>
  );
}
