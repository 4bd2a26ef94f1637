import type { IndexEntry, Lang } from '../index/types';

/**
 * Where to read a text. Every link says whether its form was seen on a real page or inferred from
 * neighbouring forms (../shared/domain/sources-and-evidence.md §4); the UI labels inferred ones, and the
 * last link of every list is a site search, which cannot point at the wrong document.
 */
export interface Link {
  url: string;
  label: string;
  lang?: Lang;
  form: 'seen' | 'inferred' | 'search';
}

const ITU_LETTER: Record<Lang, string> = { en: 'E', fr: 'F', es: 'S', ar: 'A', zh: 'C', ru: 'R' };

/** Seen: https://docs.un.org/en/A/RES/78/10, https://undocs.org/ar/S/RES/2334(2016). */
function unLinks(symbol: string, lang: Lang): Link[] {
  return [
    { url: `https://docs.un.org/${lang}/${symbol}`, label: `docs.un.org (${lang})`, lang, form: 'seen' },
    { url: `https://undocs.org/${lang}/${symbol}`, label: `undocs.org (${lang})`, lang, form: 'seen' },
    // Seen: https://search.un.org/results.php?query=…
    {
      url: `https://search.un.org/results.php?query=${encodeURIComponent(symbol)}`,
      label: 'Search un.org',
      form: 'search',
    },
  ];
}

function ituSearch(query: string): Link {
  // Seen in public code: https://www.itu.int/en/Search/Pages/results.aspx?k=…
  return {
    url: `https://www.itu.int/en/Search/Pages/results.aspx?k=${encodeURIComponent(query)}`,
    label: 'Search itu.int',
    form: 'search',
  };
}

const BODY_NAME: Record<string, string> = {
  PP: 'Plenipotentiary Conference',
  COUNCIL: 'Council',
  WTDC: 'WTDC',
  WTSA: 'WTSA',
  RA: 'ITU-R',
  WRC: 'WRC',
};

/** A search query the ITU site understands: "Resolution 140 Plenipotentiary Conference". */
export function ituQuery(id: string): string {
  const [, body = '', kind = '', number = ''] = id.split('/');
  const word = kind === 'DEC' ? 'Decision' : kind === 'REC' ? 'Recommendation' : 'Resolution';
  return body === 'RA' ? `Resolution ITU-R ${number}` : `${BODY_NAME[body] ?? ''} ${word} ${number}`.trim();
}

function ituLinks(
  entry: Pick<IndexEntry, 'id' | 'versions' | 'status'> | undefined,
  id: string,
  lang: Lang,
): Link[] {
  const [, body, kind, number = ''] = id.split('/');
  const links: Link[] = [];
  const letter = ITU_LETTER[lang];
  const latest = entry?.versions[entry.versions.length - 1];
  if (body === 'PP' && (kind === 'RES' || kind === 'DEC') && entry && entry.status !== 'abrogated') {
    // Seen: …/basic-texts-2023/DEC-011-E.pdf; the RES- form and other languages are inferred from it.
    const nnn = number.padStart(3, '0');
    links.push({
      url: `https://www.itu.int/en/council/Documents/basic-texts-2023/${kind}-${nnn}-${letter}.pdf`,
      label: 'Basic Texts 2023 (PDF)',
      lang,
      form: kind === 'DEC' && lang === 'en' ? 'seen' : 'inferred',
    });
  }
  if (body === 'RA' && latest?.revisionIndex !== undefined) {
    // Seen: publication id R-RES-R.1-9-2023 and the page https://www.itu.int/pub/R-RES/en.
    links.push({
      url: `https://www.itu.int/pub/R-RES-R.${number}-${latest.revisionIndex}-${latest.year}/${lang}`,
      label: `ITU-R publication (${lang})`,
      lang,
      form: 'inferred',
    });
  }
  if (body === 'WTSA' && latest) {
    // Seen: T-RES-T.1-2016-MSW-E; the /pub/ page form is inferred.
    links.push({
      url: `https://www.itu.int/pub/T-RES-T.${number}-${latest.year}`,
      label: 'ITU-T publication',
      form: 'inferred',
    });
  }
  links.push(ituSearch(ituQuery(id)));
  return links;
}

export function linksFor(
  id: string,
  entry: Pick<IndexEntry, 'id' | 'versions' | 'status'> | undefined,
  lang: Lang,
): Link[] {
  if (id.startsWith('ITU/')) return ituLinks(entry, id, lang);
  return unLinks(entry?.id ?? id, lang);
}
