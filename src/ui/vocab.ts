import type { Lang } from '../core/index/types';
import { t, type MessageKey } from './i18n';

/** Statuses as the UI names them. `pending` (not analysed yet) and `ambiguous` (body unclear) are UI-only. */
const STATUS_KEYS: Record<string, MessageKey> = {
  current: 'statusCurrent',
  outdated: 'statusOutdated',
  'no-such-version': 'statusNoSuchVersion',
  'not-a-resolution': 'statusNotAResolution',
  unverified: 'statusUnverified',
  'not-in-index': 'statusNotInIndex',
  'in-force': 'statusInForce',
  abrogated: 'statusAbrogated',
  superseded: 'statusSuperseded',
  unknown: 'statusUnknown',
  pending: 'statusPending',
  ambiguous: 'statusAmbiguous',
};

export function statusText(status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(key) : status;
}

/** Statuses a reader must act on; the page report and "mark only problems" use the same list. */
export { PROBLEM_STATUSES } from '../core/card';

export type BodyGroup =
  'PP' | 'COUNCIL' | 'WTDC' | 'WTSA' | 'RA' | 'WRC' | 'ITU' | 'GA' | 'ECOSOC' | 'SC' | 'HRC' | 'UN';

/** Display order: ITU bodies first (ResLens's readers work in ITU), then the UN. */
export const BODY_ORDER: readonly BodyGroup[] = [
  'PP',
  'COUNCIL',
  'WTDC',
  'WTSA',
  'RA',
  'WRC',
  'ITU',
  'GA',
  'ECOSOC',
  'SC',
  'HRC',
  'UN',
];

const BODY_KEYS: Record<BodyGroup, MessageKey> = {
  PP: 'bodyPP',
  COUNCIL: 'bodyCOUNCIL',
  WTDC: 'bodyWTDC',
  WTSA: 'bodyWTSA',
  RA: 'bodyRA',
  WRC: 'bodyWRC',
  ITU: 'bodyITU',
  GA: 'bodyGA',
  ECOSOC: 'bodyECOSOC',
  SC: 'bodySC',
  HRC: 'bodyHRC',
  UN: 'bodyUN',
};

/** The body a canonical id belongs to: "ITU/PP/RES/140" → PP, "ITU/?/RES/12" → ITU, "E/RES/2025/18" → ECOSOC. */
export function bodyOf(id: string): BodyGroup {
  const itu = /^ITU\/([A-Z?]+)\//.exec(id);
  if (itu) {
    const b = itu[1] as BodyGroup;
    return BODY_ORDER.includes(b) && b !== 'ITU' && b !== 'UN' ? b : 'ITU';
  }
  if (id.startsWith('A/HRC/')) return 'HRC';
  if (id.startsWith('A/')) return 'GA';
  if (id.startsWith('E/')) return 'ECOSOC';
  if (id.startsWith('S/')) return 'SC';
  return 'UN';
}

export function bodyName(group: BodyGroup): string {
  return t(BODY_KEYS[group]);
}

/** The core's English body names (CardData.body), mapped back to a group so the card can translate them. */
const ENGLISH_BODY: Record<string, BodyGroup> = {
  'ITU Plenipotentiary Conference': 'PP',
  'ITU Council': 'COUNCIL',
  'World Telecommunication Development Conference (ITU-D)': 'WTDC',
  'World Telecommunication Standardization Assembly (ITU-T)': 'WTSA',
  'Radiocommunication Assembly (ITU-R)': 'RA',
  'World Radiocommunication Conference': 'WRC',
  'UN General Assembly': 'GA',
  'UN Economic and Social Council': 'ECOSOC',
  'UN Security Council': 'SC',
  'UN Human Rights Council': 'HRC',
};

export function translatedBodyName(english: string): string {
  const group = ENGLISH_BODY[english];
  return group ? bodyName(group) : english;
}

const LANG_KEYS: Record<Lang, MessageKey> = {
  en: 'langEn',
  fr: 'langFr',
  es: 'langEs',
  ar: 'langAr',
  zh: 'langZh',
  ru: 'langRu',
};

/** A language's name in the interface language ("anglais" in French). */
export function langName(lang: Lang): string {
  return t(LANG_KEYS[lang]);
}

/** A language's own name, for choosing one ("Français", "العربية"): readable whatever the UI language. */
export const ENDONYMS: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
};
