import { findPlaces } from '../lexicon/places';
import { bodiesAt, conferenceOf } from '../lexicon/conferences';
import type { Body, Cited, ItuBody } from './types';

/** What a version parenthetical tells: the cited version, and what it implies about the body. */
export interface ParsedVersion {
  cited: Cited;
  end: number;
  /** Body implied by the form: an acronym (WRC-19 → WRC), Council's year-only form, ITU-R's counter. */
  formBody?: ItuBody;
  /** Bodies that met at the cited venue in the cited year. */
  venueBodies?: ItuBody[];
  /** A UN Security Council style year "(2004)" with nothing else in it. */
  bareYear?: number;
  /** A pre-1976 General Assembly session in roman numerals "(XXVI)". */
  roman?: string;
}

const P = String.raw;
/** A version bracket, possibly after a word that qualifies it: "Decision 482 modified (C2008)", "88 rev (Marrakech, 2002)". */
const OPEN_PAREN =
  /\s*(?:(modified|amended|revised|rev\.?|modifiee?|modificad[ao]|enmendad[ao]|изм\.|измененн?\p{L}{0,3})\s*)?\(/iuy;
/** The longest plausible version parenthetical; anything longer is prose, not a version. */
const MAX_INNER = 120;

const REV = /(?<!\p{L})(?:rev(?:\.|is\p{L}{0,12})?|пересм\p{L}{0,12}\.?|المراجع|مراجع|修订)/iu;
const MODIFIED =
  /modifi\p{L}{0,12}|amend\p{L}{0,12}|enmend\p{L}{0,12}|изм\p{L}{0,12}|المعدل|معدل|修改|修正|last amended|derniere modification/iu;
const YEAR4 = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
/** Council sessions: "C21", "C-1996", "C-2000", "(С-2000)" with a Cyrillic С in Russian texts. */
const SESSION = /(?<![\p{L}\p{N}])[CС][- ]?((?:19|20)\d{2}|\d{2})(?!\d)/gu;
const ACRONYM = new RegExp(
  P`(?<!\p{L})(WRC|CMR|ВКР|WTSA|AMNT|ВАСЭ|WTDC|CMDT|ВКРЭ|PP|ПК|RA|AR|АР)[- ]?(\d{4}|\d{2})(?!\d)`,
  'gu',
);
const GARBLED =
  /\d{4}[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}]|\p{Ll}\p{Lu}\p{Ll}|(?<!\d)\d{5}(?!\d)/u;
const ROMAN = /^\s*([IVXLCХІ]{1,7})\s*$/;
/** Arabic texts number a General Assembly session "(د-26)" (دورة = session) where others write "(XXVI)". */
const ARABIC_SESSION = /^\s*د\s?-\s?(\d{1,2})\s*$/u;

function toRoman(n: number): string {
  const parts: [number, string][] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of parts) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
/** "(от 28 сентября 2001 года)", "(of 28 September 2001)": a date, which dates a UN text like a bare year. */
const DATE_ONLY =
  /^\s*(?:(?:от |of |du |de |del )?\d{1,2}(?:er)? (?:de )?\p{L}{3,10} (?:de )?|\p{L}{3,10}\.? \d{1,2}, ?)((?:19|20)\d{2})(?: года| г\.)?\s*$/u;

const FULL_DATE =
  /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)|(?<!\d)\d{1,2}\.? \p{L}{3,12}\.? (?:19|20)\d{2}|\p{L}{3,12}\.? \d{1,2}, (?:19|20)\d{2}/u;

const ACRONYM_BODY: Record<string, ItuBody> = {
  WRC: 'WRC',
  CMR: 'WRC',
  ВКР: 'WRC',
  WTSA: 'WTSA',
  AMNT: 'WTSA',
  ВАСЭ: 'WTSA',
  WTDC: 'WTDC',
  CMDT: 'WTDC',
  ВКРЭ: 'WTDC',
  PP: 'PP',
  ПК: 'PP',
  RA: 'RA',
  AR: 'RA',
  АР: 'RA',
};
const ENGLISH_ACRONYM: Record<ItuBody, string> = {
  WRC: 'WRC',
  WTSA: 'WTSA',
  WTDC: 'WTDC',
  PP: 'PP',
  RA: 'RA',
  COUNCIL: 'C',
};

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 60 ? 2000 + n : 1900 + n;
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) last = m;
  return last;
}

/** Reads what one parenthetical (its inside, without the brackets) says about a version. */
export function interpretVersion(inner: string): Omit<ParsedVersion, 'end'> | undefined {
  const roman = ROMAN.exec(inner);
  if (roman?.[1]) return { cited: {}, roman: roman[1].replace(/Х/g, 'X').replace(/І/g, 'I') };
  const arabicSession = ARABIC_SESSION.exec(inner);
  if (arabicSession?.[1] && Number(arabicSession[1]) > 0)
    return { cited: {}, roman: toRoman(Number(arabicSession[1])) };
  const date = DATE_ONLY.exec(inner);
  if (date) return { cited: {}, bareYear: Number(date[1]) };
  if (/^\s*(?:19|20)\d{2}\s*$/.test(inner)) return { cited: {}, bareYear: Number(inner.trim()) };

  const cited: Cited = {};
  let formBody: ItuBody | undefined;
  // A history line "(Kyoto, 1994; …; Guadalajara, 2010)" cites its last entry, a revision.
  const segments = inner.split(';');
  const last = segments[segments.length - 1] ?? inner;
  const isHistory = segments.length > 1 && segments.every((s) => /\d/.test(s));
  const scope = isHistory ? last : inner;

  const acronym = lastMatch(ACRONYM, scope);
  if (acronym?.[1] && acronym[2]) {
    formBody = ACRONYM_BODY[acronym[1]];
    const year = fullYear(acronym[2]);
    cited.year = year;
    if (formBody) cited.conference = `${ENGLISH_ACRONYM[formBody]}-${acronym[2].slice(-2)}`;
    // "(WTSA-08)" names Johannesburg as surely as "(Johannesburg, 2008)" does.
    const venue = formBody ? conferenceOf(formBody, year) : undefined;
    if (venue) cited.place = venue.place;
  }
  const session = lastMatch(SESSION, scope);
  if (!acronym && session?.[1]) {
    cited.year = fullYear(session[1]);
    cited.modified = true; // Council's "(C21)" dates the version in force, as "(Modified 2021)" does
    formBody = 'COUNCIL';
  }
  const year = lastMatch(YEAR4, scope);
  if (year?.[1] && cited.year === undefined) cited.year = Number(year[1]);

  const places = findPlaces(scope);
  const place = places[places.length - 1];
  if (place) cited.place = place.place;

  if (cited.year === undefined && !place) return undefined;

  const modified = MODIFIED.test(scope) || cited.modified === true;
  if (modified) cited.modified = true;
  if (REV.test(scope) || isHistory) cited.rev = true;
  else if (!modified && (place || cited.conference)) cited.rev = false;
  if (modified && !place && !acronym) formBody = 'COUNCIL';
  if (cited.modified && cited.rev) delete cited.rev; // "(Rev. 2016)" of a Council text means modified
  if (!place && !acronym && session === undefined && !modified && cited.year !== undefined) {
    // "(2016)" alone or "(adopted 2016)": a year with no venue is Council's form (or a UN SC year).
    if (/^\s*(?:19|20)\d{2}\s*$/.test(scope)) return { cited: {}, bareYear: cited.year };
    // A full date ("(New York, 2017.07.20)", "(20 July 2017)"): ITU versions never carry one, UN texts do.
    if (!REV.test(scope) && FULL_DATE.test(scope)) return { cited: {}, bareYear: cited.year };
  }
  if (cited.rev && !place && !acronym && cited.year !== undefined) {
    // "(Rev. 2016)" in a Russian-authored text: Council style.
    cited.modified = true;
    delete cited.rev;
    formBody = 'COUNCIL';
  }
  const tooManyPlaces = !isHistory && places.length > 1;
  if (GARBLED.test(scope) || tooManyPlaces) cited.garbled = true;

  const venueBodies =
    cited.place !== undefined && cited.year !== undefined ? bodiesAt(cited.place, cited.year) : undefined;
  return { cited, formBody, venueBodies: venueBodies?.length ? venueBodies : undefined };
}

/** Parses a version right after a number: "(Rev. Bucharest, 2022)", "（2014年，釜山，修订版）", "Rev. Dubai, 2018". */
export function parseVersionAt(text: string, pos: number): ParsedVersion | undefined {
  OPEN_PAREN.lastIndex = pos;
  const opened = OPEN_PAREN.exec(text);
  if (opened) {
    const open = OPEN_PAREN.lastIndex;
    const qualifier = opened[1]?.toLowerCase();
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > MAX_INNER) return undefined;
    let inner = text.slice(open, close);
    if (inner.includes('\n')) return undefined;
    // A doubled bracket is a typo, not nesting: "Resolution 35 (Rev. (Hammamet, 2016)".
    if (inner.includes('(')) {
      if (inner.indexOf('(') !== inner.lastIndexOf('(')) return undefined;
      inner = inner.replace('(', ' ');
    }
    const v = interpretVersion(qualifier ? `${qualifier} ${inner}` : inner);
    return v ? { ...v, end: close + 1 } : undefined;
  }
  return parseBareRevision(text, pos);
}

/** The place part holds no digit, so it ends exactly where the year starts (no backtracking). */
const BARE_REV = /,?\s*(?:Rev\.|Пересм\.)([^\d()\n;]{2,40})((?:19|20)\d{2})(?!\d)/iuy;

/** "Resolution 99 Rev. Dubai, 2018" — a revision written without brackets. */
function parseBareRevision(text: string, pos: number): ParsedVersion | undefined {
  BARE_REV.lastIndex = pos;
  const m = BARE_REV.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const place = findPlaces(m[1])[0];
  if (!place) return undefined;
  const year = Number(m[2]);
  const venue = bodiesAt(place.place, year);
  return {
    cited: { place: place.place, year, rev: true },
    end: BARE_REV.lastIndex,
    venueBodies: venue.length ? venue : undefined,
  };
}

export function isUnBody(b: Body | undefined): boolean {
  return b === 'GA' || b === 'ECOSOC' || b === 'SC' || b === 'HRC';
}
