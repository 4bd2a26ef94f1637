import type { Reference } from './types';

/**
 * UN document symbols: A/RES/70/125, E/RES/2025/18, S/RES/2250 (2015), A/HRC/RES/47/16, A/RES/2758(XXVI),
 * A/RES/57/270 B, A/70/684, A/C.2/80/L.5, …/Rev.1, …/Add.2, and the other series of the same organs
 * (presidential statements S/PRST/2014/7, E/CN.6/2020/3) and of the Secretariat (ST/AI/189/Add.9/Rev.2,
 * ST/SGB/2019/8): any upper-case segment, as long as the symbol holds a number.
 *
 * A symbol starts at a word start (an Arabic conjunction و/ب/ل/ف may be glued to it: "وA/RES/70/1"; Chinese
 * writes it right after a Han character: "根据ST/AI/189") and never inside a URL or a path. Cyrillic
 * look-alikes (a Russian-authored "А/70/1") are accepted and mapped.
 */
const P = String.raw;
const SEGMENT = P`(?:[RРᏒ][EЕ][SЅ]|[A-Z]{2,8}(?:\.\d{1,4})?|L\.\d{1,4}|C\.\d{1,2}|Rev\.\d{1,2}|Add\.\d{1,3}|Corr\.\d{1,2}|(?:ES|S)-\d{1,2}|\d{1,4})`;
const SYMBOL = new RegExp(
  P`(ST|[AАEЕSЅ])((?:/${SEGMENT}){2,7})(?:\s?\(\s?((?:19|20)\d{2}|[IVXLC]{1,7})\s?\))?(?:([A-H])(?![\p{L}\p{N}])|\s([A-H])(?![\p{L}\p{N}])(?!\s+\p{Ll})|\s(الف|باء|جيم|دال))?`,
  'gu',
);
const HOMOGLYPHS: Record<string, string> = { А: 'A', Е: 'E', Ѕ: 'S', Р: 'R', Ꮢ: 'R' };
const ARABIC_PART: Record<string, string> = { الف: 'A', باء: 'B', جيم: 'C', دال: 'D' };
const RESOLUTION_WORD = /resolution|resolucion|резолюци|قرار|决议|res\./giu;
const WORDISH = /[\p{L}\p{N}_/.-]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Where a symbol may start: at a word start, after a Han character, or after an Arabic conjunction or
 * preposition glued to it. Checked in code after a match (a leading look-behind would run at every position).
 */
function symbolStartsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charAt(i - 1);
  if (!WORDISH.test(c) || HAN.test(c)) return true;
  return 'وبلف'.includes(c) && (i === 1 || !WORDISH.test(text.charAt(i - 2)));
}

/** "resolution A/71/212", "UNGA Resolution A/70/1", "قرار الجمعية العامة للأمم المتحدة A/RES/…": at most six words between. */
function calledResolution(before: string): boolean {
  RESOLUTION_WORD.lastIndex = 0;
  let last = -1;
  while (RESOLUTION_WORD.exec(before) !== null) last = RESOLUTION_WORD.lastIndex;
  if (last < 0) return false;
  const words = before
    .slice(last)
    .replace(/^\p{L}*/u, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 6 && words.every((w) => /^\p{L}+$/u.test(w));
}

function deHomoglyph(s: string): string {
  return s.replace(/[АЕЅРᏒ]/g, (c) => HOMOGLYPHS[c] ?? c);
}

export function recognizeUnSymbols(text: string): Reference[] {
  const refs: Reference[] = [];
  SYMBOL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SYMBOL.exec(text)) !== null) {
    if (!symbolStartsWord(text, m.index)) {
      SYMBOL.lastIndex = m.index + 1;
      continue;
    }
    // Part letters: glued ("42/37C"), spaced ("57/270 B", unless it reads as an article: "1 A new…"), Arabic.
    const [whole, organ = '', path = '', paren, glued, spaced, arabicPart] = m;
    const part = glued ?? spaced;
    // A symbol needs a number and must end on a number, a part letter or a suffix (not "A/RES/").
    if (!/\d/.test(path) || /\/[A-ZРЕЅᏒ]{2,8}$/i.test(path)) continue;
    let id = deHomoglyph(organ + path)
      .toUpperCase()
      .replace(/REV\.|ADD\.|CORR\./g, (x) => x.charAt(0) + x.slice(1).toLowerCase());
    if (paren) id += `(${paren})`;
    const partLetter = part ?? (arabicPart ? ARABIC_PART[arabicPart] : undefined);
    if (partLetter) id += partLetter;
    const ref: Reference = {
      id,
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      bodyFrom: 'symbol',
      number: path
        .split('/')
        .filter((s) => /^\d/.test(s))
        .join('/'),
    };
    if (!id.startsWith('ST/')) {
      ref.body = id.startsWith('A/HRC/') ? 'HRC' : id[0] === 'E' ? 'ECOSOC' : id[0] === 'S' ? 'SC' : 'GA';
    }
    if (deHomoglyph(whole) !== whole) ref.symbolCorrected = true;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (calledResolution(before)) ref.calledResolution = true;
    refs.push(ref);
  }
  return refs;
}
