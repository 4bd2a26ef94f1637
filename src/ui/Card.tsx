import type { CardData } from '../core/card';

/** The reference card: a pure view (props in, markup out), shared by the tooltip and the popup. */
export interface CardProps {
  card?: CardData;
  written: string;
  onCopy?: (text: string) => void;
}

const STATUS_TEXT: Record<string, string> = {
  current: 'Current version',
  outdated: 'Outdated version',
  'no-such-version': 'No such version',
  'not-a-resolution': 'Not a resolution',
  unverified: 'Version not verified',
  'not-in-index': 'Not in the index',
  'in-force': 'In force',
  abrogated: 'Abrogated',
  superseded: 'Superseded',
  unknown: 'Status unknown',
};

export function Card({ card, written, onCopy }: CardProps) {
  if (!card) return <div class="card loading">Looking up “{written}”…</div>;
  const citation = card.resolvedId ?? card.id;
  return (
    <div class={`card status-${card.status}`}>
      <div class="head">
        <span class="id">{card.id}</span>
        <span class="badge" data-status={card.status}>
          {STATUS_TEXT[card.status] ?? card.status}
        </span>
      </div>
      {card.title ? (
        <p class="title" lang={card.title.lang}>
          {card.title.text}
          {card.title.fallback ? <span class="tag"> ({card.title.lang.toUpperCase()} title)</span> : null}
        </p>
      ) : card.status !== 'not-in-index' ? (
        <p class="title unknown">Title unknown</p>
      ) : null}
      {card.body ? (
        <p class="meta">
          {card.body}
          {card.adopted ? ` · adopted ${card.adopted}` : ''}
        </p>
      ) : null}
      <p class="summary">{card.summary}</p>
      {card.warnings.length ? (
        <ul class="warnings">
          {card.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {card.timeline.length ? (
        <div class="timeline">
          <ol aria-label="Versions">
            {card.timeline.map((v) => (
              <li key={v.label} class={`${v.cited ? 'cited' : ''} ${v.latest ? 'latest' : ''}`}>
                <a href={v.source} target="_blank" rel="noopener noreferrer">
                  {v.label}
                </a>
                {v.cited ? <span class="tag"> ← cited</span> : null}
                {v.latest ? <span class="tag"> latest known</span> : null}
              </li>
            ))}
          </ol>
          {!card.historyComplete ? <p class="fine">History may be incomplete.</p> : null}
        </div>
      ) : null}
      {card.candidates.length ? (
        <div class="candidates">
          <p>Which body? Candidates:</p>
          <ul>
            {card.candidates.map((c) => (
              <li key={c.id}>
                {c.id}
                {c.title ? ` — ${c.title}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul class="links">
        {card.links.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
            {l.form === 'inferred' ? <span class="tag"> (link form inferred)</span> : null}
          </li>
        ))}
      </ul>
      {onCopy ? (
        <button type="button" class="copy" onClick={() => onCopy(citation)}>
          Copy citation
        </button>
      ) : null}
    </div>
  );
}
