import { PLACE_DISPLAY } from '../lexicon/places';
import type { Cited } from '../recognize/types';
import type { IndexEntry, Version } from './types';

/** How a delegate reads a version: "Rev. Bucharest, 2022", "Modified 2024", "61-3 (Dubai, 2023)", "WRC-19". */
export function versionLabel(entry: Pick<IndexEntry, 'body'>, v: Version, index: number): string {
  const place = v.place ? (PLACE_DISPLAY[v.place] ?? v.place) : undefined;
  switch (entry.body) {
    case 'COUNCIL':
      return index === 0 ? `Adopted ${v.year}` : `Modified ${v.year}`;
    case 'RA':
      return `${v.revisionIndex !== undefined ? `Rev. index ${v.revisionIndex}` : 'Version'}${place ? ` (${place}, ${v.year})` : ` (${v.year})`}`;
    case 'WRC':
      return `${index === 0 ? '' : 'Rev.'}${v.conference ?? `WRC ${v.year}`}`;
    case 'GA':
    case 'ECOSOC':
    case 'SC':
    case 'HRC':
      return v.date ? `Adopted ${v.date}` : `Adopted ${v.year}`;
    default:
      return `${index === 0 ? '' : 'Rev. '}${place ? `${place}, ` : ''}${v.year}`;
  }
}

export function citedLabel(cited: Cited): string {
  if (cited.revisionIndex !== undefined && cited.year === undefined) return `revision ${cited.revisionIndex}`;
  if (cited.modified) return `Modified ${cited.year ?? '?'}`;
  if (cited.conference && !cited.place) return `${cited.rev ? 'Rev.' : ''}${cited.conference}`;
  const place = cited.place ? (PLACE_DISPLAY[cited.place] ?? cited.place) : undefined;
  return `${cited.rev ? 'Rev. ' : ''}${place ? `${place}, ` : ''}${cited.year ?? ''}`.trim();
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
