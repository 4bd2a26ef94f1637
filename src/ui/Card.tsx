import { useState } from 'preact/hooks';
import type { CardData } from '../core/card';
import type { Link } from '../core/links/index';
import { t, uiDir, uiLang } from './i18n';
import { langName, statusText, translatedBodyName } from './vocab';

/** The reference card: a pure view (props in, markup out), shared by the tooltip and the popup. */
export interface CardProps {
  card?: CardData;
  written: string;
  onCopy?: (text: string) => void | Promise<void>;
}

function linkLabel(l: Link): string {
  if (l.form !== 'search') return l.label;
  try {
    return t('cardLinkSearch', new URL(l.url).hostname.replace(/^www\./, ''));
  } catch {
    return l.label;
  }
}

function CopyButton({ citation, onCopy }: { citation: string; onCopy: CardProps['onCopy'] }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        class="copy"
        onClick={() => {
          void Promise.resolve(onCopy?.(citation)).then(() => setCopied(true));
        }}
      >
        {t('cardCopy')}
      </button>
      <span class="fine copied" role="status">
        {copied ? t('cardCopied') : ''}
      </span>
    </>
  );
}

/** A reference's id (always left to right) and its status badge: the head of a card and of a result row. */
export function IdAndStatus({ card }: { card: Pick<CardData, 'id' | 'status'> }) {
  return (
    <>
      <span class="id" dir="ltr">
        {card.id}
      </span>
      <span class="badge" data-status={card.status}>
        {statusText(card.status)}
      </span>
    </>
  );
}

export function Card({ card, written, onCopy }: CardProps) {
  const lang = uiLang();
  const dir = uiDir(lang);
  if (!card)
    return (
      <div class="card loading" dir={dir} lang={lang} aria-busy="true">
        {t('cardLoading', written)}
      </div>
    );
  const citation = card.citation ?? card.resolvedId ?? card.id;
  // Summaries and warnings come in the language the card was built in (normally the interface's); say
  // so when it differs, so screen readers pronounce them right.
  const coreLang = (card.textLang ?? 'en') === lang ? undefined : (card.textLang ?? 'en');
  return (
    <div class={`card status-${card.status}`} dir={dir} lang={lang}>
      <div class="head">
        <IdAndStatus card={card} />
      </div>
      {card.title ? (
        <p class="title">
          <span lang={card.title.lang} dir="auto">
            {card.title.text}
          </span>
          {card.title.fallback ? (
            <span class="tag"> {t('cardTitleInLang', langName(card.title.lang))}</span>
          ) : null}
        </p>
      ) : card.status !== 'not-in-index' ? (
        <p class="title unknown">{t('cardTitleUnknown')}</p>
      ) : null}
      {card.body ? (
        <p class="meta">
          {translatedBodyName(card.body)}
          {card.adopted ? ` · ${t('cardAdopted', card.adopted)}` : ''}
        </p>
      ) : null}
      {card.summary ? (
        <p class="summary" lang={coreLang} dir="auto">
          {card.summary}
        </p>
      ) : null}
      {card.warnings.length ? (
        <ul class="warnings" lang={coreLang}>
          {card.warnings.map((w) => (
            <li key={w} dir="auto">
              {w}
            </li>
          ))}
        </ul>
      ) : null}
      {card.timeline.length ? (
        <div class="timeline">
          <p class="fine label">{t('cardVersions')}</p>
          <ol aria-label={t('cardVersions')}>
            {card.timeline.map((v) => (
              <li key={v.label} class={`${v.cited ? 'cited' : ''} ${v.latest ? 'latest' : ''}`}>
                <a href={v.source} target="_blank" rel="noopener noreferrer" dir="auto">
                  {v.label}
                </a>
                {v.cited ? <span class="tag"> ← {t('cardCited')}</span> : null}
                {v.latest ? <span class="tag"> · {t('cardLatest')}</span> : null}
              </li>
            ))}
          </ol>
          {!card.historyComplete ? <p class="fine">{t('cardHistoryIncomplete')}</p> : null}
        </div>
      ) : null}
      {card.candidates.length ? (
        <div class="candidates">
          <p>{t('cardCandidates')}</p>
          <ul>
            {card.candidates.map((c) => (
              <li key={c.id}>
                <span dir="ltr">{c.id}</span>
                {c.title ? <span dir="auto"> — {c.title}</span> : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {card.links.length ? (
        <ul class="links">
          {card.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} target="_blank" rel="noopener noreferrer">
                {linkLabel(l)}
              </a>
              {l.form === 'inferred' ? <span class="tag"> {t('cardLinkInferred')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {onCopy ? <CopyButton citation={citation} onCopy={onCopy} /> : null}
    </div>
  );
}
