import type { Analysis, Status } from './index/analyze';
import type { IndexEntry, Lang } from './index/types';
import { formatCitation } from './i18n/citation';
import { render } from './i18n/phrases';
import { versionLabel } from './index/versions';
import { linksFor, type Link } from './links/index';

/**
 * Everything a reference card shows, as plain serialisable data: the background builds it from the
 * index, the tooltip and the popup render it. Keeping it data keeps the index out of every page.
 */
/**
 * What counts as a problem with a citation, for "mark only problems" and the popup's filter: a status
 * that says the citation is wrong or the text gone, an ambiguous or unknown reference, or any warning.
 */
export const PROBLEM_STATUSES: readonly string[] = [
  'outdated',
  'no-such-version',
  'not-a-resolution',
  'ambiguous',
  'not-in-index',
  'abrogated',
  'superseded',
];

export function isProblem(card: Pick<CardData, 'status' | 'warnings'>): boolean {
  return PROBLEM_STATUSES.includes(card.status) || card.warnings.length > 0;
}

export interface CardData {
  id: string;
  resolvedId?: string;
  status: Status;
  summary: string;
  /** The language of summary, warnings and version labels. */
  textLang?: Lang;
  /** What "Copy citation" copies: the latest version, cited as ITU texts in the card's language do. */
  citation?: string;
  title?: { text: string; lang: Lang; /** true when not in the page's language */ fallback: boolean };
  body?: string;
  adopted?: string;
  timeline: { label: string; cited: boolean; latest: boolean; source: string }[];
  historyComplete: boolean;
  warnings: string[];
  links: Link[];
  candidates: { id: string; title?: string }[];
  sources: string[];
  note?: string;
}

const BODY_NAMES: Record<string, string> = {
  PP: 'ITU Plenipotentiary Conference',
  COUNCIL: 'ITU Council',
  WTDC: 'World Telecommunication Development Conference (ITU-D)',
  WTSA: 'World Telecommunication Standardization Assembly (ITU-T)',
  RA: 'Radiocommunication Assembly (ITU-R)',
  WRC: 'World Radiocommunication Conference',
  GA: 'UN General Assembly',
  ECOSOC: 'UN Economic and Social Council',
  SC: 'UN Security Council',
  HRC: 'UN Human Rights Council',
};

function titleFor(entry: IndexEntry, lang: Lang): CardData['title'] {
  const newest = (list: IndexEntry['titles']) => [...list].sort((a, b) => (b.from ?? 0) - (a.from ?? 0))[0];
  const own = newest(entry.titles.filter((t) => t.lang === lang));
  if (own) return { text: own.text, lang, fallback: false };
  const other = newest(entry.titles.filter((t) => t.lang === 'en')) ?? newest(entry.titles);
  return other ? { text: other.text, lang: other.lang, fallback: true } : undefined;
}

/**
 * `lang`: the language of titles (the page's); `linkLang`: of the official-text links (a setting);
 * `textLang`: of what the card says (the reader's interface language).
 */
export function buildCard(a: Analysis, lang: Lang, linkLang: Lang = lang, textLang: Lang = 'en'): CardData {
  const e = a.entry;
  const card: CardData = {
    id: a.id,
    status: a.status,
    summary: a.summaryPhrase ? render(a.summaryPhrase, textLang) : a.summary,
    textLang,
    timeline: [],
    historyComplete: e?.historyComplete ?? false,
    warnings: a.warnings.map((w) => render(w.phrase, textLang)),
    links: linksFor(a.resolvedId ?? a.id, e, linkLang),
    candidates: (a.candidates ?? []).map((c) => ({ id: c.id, title: titleFor(c, lang)?.text })),
    sources: [],
  };
  if (a.resolvedId) card.resolvedId = a.resolvedId;
  if (!e) return card;
  card.title = titleFor(e, lang);
  card.citation = formatCitation(e, textLang);
  if (e.body) card.body = BODY_NAMES[e.body];
  const first = e.versions[0];
  if (first && e.adoptionKnown)
    card.adopted = `${first.date ?? first.year}${first.place ? `, ${first.place}` : ''}`;
  card.timeline = e.versions.map((v, i) => ({
    label: versionLabel(e, v, i, textLang),
    cited: a.citedVersion === i,
    latest: i === e.versions.length - 1,
    source: v.source,
  }));
  card.sources = [
    ...new Set([...e.titles.map((t) => t.source), ...(e.statusSource ? [e.statusSource] : [])]),
  ];
  if (e.note) card.note = e.note;
  return card;
}
