import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildCard, type CardData } from '../../core/card';
import type { Lookup as LookupIndex, LookupResult } from '../../core/index/lookup';
import type { Lang } from '../../core/index/types';
import { Card, IdAndStatus } from '../Card';
import { t } from '../i18n';

/** Queries a reader can try from the empty state: a topic, a citation, a UN symbol, Arabic text. */
const EXAMPLES = ['WSIS', 'Res 140 (Rev. Dubai, 2018)', 'A/RES/70/684', 'قرار المجلس 1332'];

export interface LookupProps {
  index: Pick<LookupIndex, 'query'>;
  lang: Lang;
  initialQuery?: string;
  size?: number;
  onCopy?: (text: string) => void | Promise<void>;
}

function cardOf(r: LookupResult, lang: Lang): CardData | undefined {
  // Titles and card text in the interface language (the popup has no page language).
  if (r.analysis) return buildCard(r.analysis, lang, lang, lang);
  if (!r.entry) return undefined;
  const status = r.entry.status;
  return buildCard({ id: r.entry.id, entry: r.entry, status, summary: '', warnings: [] }, lang, lang, lang);
}

/**
 * Quick lookup: a combobox over a listbox (WAI-ARIA APG "list autocomplete"): focus stays in the search
 * box, ↑/↓ move the active result, Enter opens its card, Escape closes the card or clears the query.
 * A typed citation is judged exactly, so its card opens at once.
 */
export function Lookup({ index, lang, initialQuery = '', size = 12, onCopy }: LookupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [openedId, setOpenedId] = useState<string | null | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const results = useMemo(() => index.query(query, size), [index, query, size]);
  const cards = useMemo(
    () => results.map((r) => cardOf(r, lang)).filter((c): c is CardData => c !== undefined),
    [results, lang],
  );
  // Nothing chosen yet: an exactly recognised citation opens by itself.
  const autoOpen = results[0]?.analysis ? cards[0]?.id : undefined;
  const openId = openedId === undefined ? autoOpen : (openedId ?? undefined);
  const opened = cards.find((c) => c.id === openId);

  useEffect(() => {
    listRef.current?.querySelector(`#lookup-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const change = (q: string) => {
    setQuery(q);
    setActive(0);
    setOpenedId(undefined);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const last = cards.length - 1;
    if (e.key === 'ArrowDown' && last >= 0) {
      e.preventDefault();
      setActive((i) => (i >= last ? 0 : i + 1));
    } else if (e.key === 'ArrowUp' && last >= 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? last : i - 1));
    } else if (e.key === 'Enter' && cards[active]) {
      e.preventDefault();
      setOpenedId(cards[active]?.id ?? null);
    } else if (e.key === 'Escape') {
      if (opened) {
        e.preventDefault();
        setOpenedId(null);
      } else if (query) {
        e.preventDefault();
        change('');
      }
    }
  };

  const expanded = cards.length > 0;
  return (
    <section class="lookup" aria-labelledby="lookup-label">
      <label id="lookup-label" for="q" class="label">
        {t('popupSearchLabel')}
      </label>
      <input
        id="q"
        ref={input}
        type="search"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        dir="auto"
        value={query}
        placeholder={t('popupSearchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="lookup-results"
        aria-activedescendant={expanded ? `lookup-opt-${active}` : undefined}
        aria-describedby="lookup-help"
        onInput={(e) => change((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id="lookup-help" class="fine">
        {query ? t('popupKeysHelp') : t('popupEmptyHint')}
      </p>
      {!query ? (
        <p class="examples">
          {t('popupTry')}{' '}
          {EXAMPLES.map((ex) => (
            <button
              key={ex}
              type="button"
              class="chip"
              dir="auto"
              onClick={() => {
                change(ex);
                input.current?.focus();
              }}
            >
              {ex}
            </button>
          ))}
        </p>
      ) : null}
      {query && cards.length === 0 ? (
        <div class="empty">
          <p>{t('popupNoMatch', query.trim())}</p>
          <p class="fine">{t('popupNoMatchHint')}</p>
        </div>
      ) : null}
      <p class="sr-only" role="status">
        {query ? t('popupResultCount', cards.length) : ''}
      </p>
      <ul
        id="lookup-results"
        class="results"
        role="listbox"
        aria-label={t('popupResults')}
        ref={listRef}
        hidden={!expanded}
      >
        {cards.map((card, i) => (
          <li
            key={card.id}
            id={`lookup-opt-${i}`}
            role="option"
            aria-selected={i === active}
            class={`${i === active ? 'active' : ''} ${card.id === opened?.id ? 'opened' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => {
              setActive(i);
              setOpenedId(card.id === opened?.id ? null : card.id);
              input.current?.focus();
            }}
          >
            <span class="row-head">
              <IdAndStatus card={card} />
            </span>
            <span class="row-title" dir="auto" lang={card.title?.lang}>
              {card.title?.text ?? t('cardTitleUnknown')}
            </span>
          </li>
        ))}
      </ul>
      {opened ? (
        <section class="details" aria-label={t('popupDetails', opened.id)}>
          <Card card={opened} written={query} onCopy={onCopy} />
        </section>
      ) : null}
    </section>
  );
}
