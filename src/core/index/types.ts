import type { Body } from '../recognize/types';

/** One version of a text: its adoption (the first) or a revision/modification. */
export interface Version {
  year: number;
  place?: string;
  date?: string;
  revisionIndex?: number;
  conference?: string;
  source: string;
}

export interface Title {
  lang: Lang;
  text: string;
  /** Year of the version this wording belongs to. */
  from?: number;
  source: string;
}

export type Lang = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

export type EntryKind = 'resolution' | 'decision' | 'recommendation' | 'report' | 'other';
export type TextStatus = 'in-force' | 'abrogated' | 'superseded' | 'unknown';

/** An index entry as the extension and the CLI see it (compiled from data/*.yaml). */
export interface IndexEntry {
  id: string;
  kind: EntryKind;
  number: string;
  body?: Body;
  titles: Title[];
  versions: Version[];
  historyComplete: boolean;
  /** false when the first version listed is not known to be the adoption. */
  adoptionKnown: boolean;
  status: TextStatus;
  statusSource?: string;
  supersededBy?: string;
  related?: string[];
  aliases?: string[];
  note?: string;
  /** The data file the entry came from. */
  file: string;
}

export interface CompiledIndex {
  format: 1;
  entries: IndexEntry[];
}
