import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildCard, type CardData } from '../../core/card';
import { bundledLookup } from '../../core/index/load';
import type { Lang } from '../../core/index/types';
import { disabledSites } from '../../shared/settings';
import { Card } from '../Card';

/** The toolbar popup: quick lookup, the current page's references, and the per-site switch. */
interface PageRef {
  id: string;
  text: string;
  status: string;
  card?: CardData;
  key: number;
}

function uiLang(): Lang {
  const l = (browser.i18n?.getUILanguage?.() ?? navigator.language).slice(0, 2) as Lang;
  return ['en', 'fr', 'es', 'ar', 'zh', 'ru'].includes(l) ? l : 'en';
}

function useActiveTab() {
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([t]) => setTab({ id: t?.id, url: t?.url }));
  }, []);
  return tab;
}

export function PopupApp({ initialQuery = '' }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(0);
  const [pageRefs, setPageRefs] = useState<PageRef[] | undefined>();
  const [disabled, setDisabled] = useState(false);
  const tab = useActiveTab();
  const lang = uiLang();
  const host = tab?.url ? new URL(tab.url).hostname : '';

  const results = useMemo(() => bundledLookup().query(query, 12), [query]);
  const cards = useMemo(
    () =>
      results.map((r) =>
        r.analysis
          ? buildCard(r.analysis, lang)
          : r.entry
            ? buildCard(
                {
                  id: r.entry.id,
                  entry: r.entry,
                  status: r.entry.status === 'unknown' ? 'unknown' : r.entry.status,
                  summary: '',
                  warnings: [],
                },
                lang,
              )
            : undefined,
      ),
    [results, lang],
  );

  useEffect(() => {
    if (tab?.id === undefined) return;
    browser.tabs
      .sendMessage(tab.id, { type: 'page-report' })
      .then((r) => setPageRefs((r as { refs: PageRef[] } | undefined)?.refs ?? []))
      .catch(() => setPageRefs(undefined));
    void disabledSites.getValue().then((list) => setDisabled(list.includes(host)));
  }, [tab?.id, host]);

  const toggleSite = async () => {
    const list = await disabledSites.getValue();
    const next = list.includes(host) ? list.filter((h) => h !== host) : [...list, host];
    await disabledSites.setValue(next);
    setDisabled(next.includes(host));
  };

  const annotate = async () => {
    if (tab?.id === undefined) return;
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/content-scripts/content.js'],
    });
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setSelected((s) => Math.min(s + 1, Math.max(0, cards.length - 1)));
    if (e.key === 'ArrowUp') setSelected((s) => Math.max(0, s - 1));
  };

  return (
    <main class="popup" dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <label for="q" class="label">
        Look up a resolution
      </label>
      <input
        id="q"
        type="search"
        role="searchbox"
        autoFocus
        value={query}
        placeholder="Res 140 (Rev. Dubai, 2018), WSIS, A/RES/70/1…"
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setSelected(0);
        }}
        onKeyDown={onKey}
      />
      {query && cards.length === 0 ? (
        <p class="empty">No match. Try a number (“1332”), a symbol (“A/RES/70/1”) or a topic (“WSIS”).</p>
      ) : null}
      {!query ? <p class="empty">Type an id, a citation or a topic.</p> : null}
      <ol class="results" aria-label="Results">
        {cards.map((card, i) =>
          card ? (
            <li
              key={card.id}
              class={i === selected ? 'selected' : ''}
              aria-selected={i === selected}
              onClick={() => setSelected(i)}
            >
              {i === selected ? (
                <Card card={card} written={query} onCopy={(t) => void navigator.clipboard?.writeText(t)} />
              ) : (
                <button type="button" class="row">
                  {card.id} — {card.title?.text ?? 'title unknown'}
                </button>
              )}
            </li>
          ) : null,
        )}
      </ol>
      <section class="page" aria-label="On this page">
        <h2>On this page</h2>
        {pageRefs === undefined ? (
          <p class="empty">
            ResLens is not running on this page.{' '}
            <button type="button" onClick={() => void annotate()}>
              Annotate this page
            </button>
          </p>
        ) : (
          <>
            <p class="count">{pageRefs.length} reference(s)</p>
            <ul class="page-refs">
              {pageRefs.map((r) => (
                <li key={r.key}>
                  <button
                    type="button"
                    class="row"
                    onClick={() =>
                      void browser.tabs.sendMessage(tab?.id ?? 0, { type: 'reveal', key: r.key })
                    }
                  >
                    <span class="id">{r.id}</span>{' '}
                    <span class="status" data-status={r.status}>
                      {r.status}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {host ? (
          <button type="button" class="toggle" aria-pressed={!disabled} onClick={() => void toggleSite()}>
            {disabled ? `Turn ResLens on for ${host}` : `Turn ResLens off for ${host}`}
          </button>
        ) : null}
      </section>
    </main>
  );
}
