import { placeIn } from '../i18n/places';
import type { Cited } from '../recognize/types';
import type { IndexEntry, Lang, Version } from './types';

/**
 * How a version is written in each language, the way ITU texts write it: "Rev. Bucharest, 2022",
 * "Rév. Bucarest, 2022", "المراجَع في بوخارست، 2022", "2022年，布加勒斯特，修订版", "Пересм. Бухарест, 2022 г.".
 */
interface VersionWords {
  placed(place: string, year: number | string, rev: boolean): string;
  adopted(year: number | string): string;
  modified(year: number | string): string;
  /** A UN text's adoption date (ISO), written out by Intl in the language. */
  adoptedOn(date: string): string;
  revised(conference: string): string;
  revision(index: number): string;
}

const dateIn = (lang: Lang) => (iso: string) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const WORDS: Record<Lang, VersionWords> = {
  en: {
    placed: (p, y, rev) => `${rev ? 'Rev. ' : ''}${p}, ${y}`,
    adopted: (y) => `Adopted ${y}`,
    modified: (y) => `Modified ${y}`,
    adoptedOn: (d) => `Adopted ${dateIn('en')(d)}`,
    revised: (c) => `Rev.${c}`,
    revision: (i) => `revision ${i}`,
  },
  fr: {
    placed: (p, y, rev) => `${rev ? 'Rév. ' : ''}${p}, ${y}`,
    adopted: (y) => `Adoptée en ${y}`,
    modified: (y) => `Modifiée en ${y}`,
    adoptedOn: (d) => `Adoptée le ${dateIn('fr')(d)}`,
    revised: (c) => `Rév.${c}`,
    revision: (i) => `révision ${i}`,
  },
  es: {
    placed: (p, y, rev) => `${rev ? 'Rev. ' : ''}${p}, ${y}`,
    adopted: (y) => `Adoptada en ${y}`,
    modified: (y) => `Modificada en ${y}`,
    adoptedOn: (d) => `Adoptada el ${dateIn('es')(d)}`,
    revised: (c) => `Rev.${c}`,
    revision: (i) => `revisión ${i}`,
  },
  ar: {
    placed: (p, y, rev) => `${rev ? 'المراجَع في ' : ''}${p}، ${y}`,
    adopted: (y) => `المعتمد في ${y}`,
    modified: (y) => `المعدّل في ${y}`,
    adoptedOn: (d) => `المعتمد في ${dateIn('ar')(d)}`,
    revised: (c) => `المراجَع في ${c}`,
    revision: (i) => `المراجعة ${i}`,
  },
  zh: {
    placed: (p, y, rev) => `${y}年，${p}${rev ? '，修订版' : ''}`,
    adopted: (y) => `${y}年通过`,
    modified: (y) => `${y}年修订`,
    adoptedOn: (d) => `${dateIn('zh')(d)}通过`,
    revised: (c) => `${c}，修订版`,
    revision: (i) => `第${i}次修订`,
  },
  ru: {
    placed: (p, y, rev) => `${rev ? 'Пересм. ' : ''}${p}, ${y} г.`,
    adopted: (y) => `Принята в ${y} г.`,
    modified: (y) => `Изменена в ${y} г.`,
    adoptedOn: (d) => `Принята ${dateIn('ru')(d)}`,
    revised: (c) => `Пересм. ${c}`,
    revision: (i) => `пересмотр ${i}`,
  },
};

/** WRC and other acronyms as each language writes them ("CMR-19", "ВКР-19"). */
const ACRONYM_IN: Partial<Record<Lang, Record<string, string>>> = {
  fr: { WRC: 'CMR', WTSA: 'AMNT', WTDC: 'CMDT', RA: 'AR', PP: 'PP' },
  es: { WRC: 'CMR', WTSA: 'AMNT', WTDC: 'CMDT', RA: 'AR', PP: 'PP' },
  ru: { WRC: 'ВКР', WTSA: 'ВАСЭ', WTDC: 'ВКРЭ', RA: 'АР', PP: 'ПК' },
};

function conferenceIn(conference: string, lang: Lang): string {
  return conference.replace(/^[A-Z]+/, (a) => ACRONYM_IN[lang]?.[a] ?? a);
}

/** How a delegate reads a version: "Rev. Bucharest, 2022", "Modified 2024", "61-3 (Dubai, 2023)", "WRC-19". */
export function versionLabel(
  entry: Pick<IndexEntry, 'body' | 'number'>,
  v: Version,
  index: number,
  lang: Lang = 'en',
): string {
  const w = WORDS[lang];
  const place = v.place ? placeIn(v.place, lang) : undefined;
  switch (entry.body) {
    case 'COUNCIL':
      return index === 0 ? w.adopted(v.year) : w.modified(v.year);
    case 'RA': {
      const id = v.revisionIndex ? `${entry.number}-${v.revisionIndex}` : entry.number;
      return `${id} (${place ? w.placed(place, v.year, false) : v.year})`;
    }
    case 'WRC': {
      const c = conferenceIn(v.conference ?? `WRC-${String(v.year).slice(2)}`, lang);
      return index === 0 ? c : w.revised(c);
    }
    case 'GA':
    case 'ECOSOC':
    case 'SC':
    case 'HRC':
      return v.date ? w.adoptedOn(v.date) : w.adopted(v.year);
    default:
      return place ? w.placed(place, v.year, index > 0) : w.adopted(v.year);
  }
}

/** The label of an entry's latest known version, or undefined when it has no versions. */
export function latestLabel(
  entry: Pick<IndexEntry, 'body' | 'number' | 'versions'>,
  lang: Lang = 'en',
): string | undefined {
  const last = entry.versions.length - 1;
  const v = entry.versions[last];
  return v ? versionLabel(entry, v, last, lang) : undefined;
}

export function citedLabel(cited: Cited, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  if (cited.revisionIndex !== undefined && cited.year === undefined) return w.revision(cited.revisionIndex);
  if (cited.modified) return w.modified(cited.year ?? '?');
  if (cited.conference && !cited.place) {
    const c = conferenceIn(cited.conference, lang);
    return cited.rev ? w.revised(c) : c;
  }
  if (cited.place) return w.placed(placeIn(cited.place, lang), cited.year ?? '?', cited.rev === true);
  return cited.year !== undefined ? String(cited.year) : '?';
}

/** The index of the version a citation means, or -1. Matching is by what the body's citations carry. */
export function matchVersion(entry: IndexEntry, cited: Cited): number {
  return entry.versions.findIndex((v) => {
    if (entry.body === 'RA' && cited.revisionIndex !== undefined && v.revisionIndex !== undefined)
      return v.revisionIndex === cited.revisionIndex;
    if (cited.year === undefined || v.year !== cited.year) return false;
    if (cited.place && v.place && cited.place !== v.place) return false;
    return true;
  });
}
