import type { Draft } from './draft';
import type { Body } from './types';
import { isUnBody } from './version';

/**
 * UN symbols for citations written in prose ("resolution 70/125", "القرار رقم 242", "大会第70/125号决议"):
 * which organ, and the symbol it numbers by. resolve.ts asks here first; what is no UN symbol is ITU's.
 */
/** Cues that a document is a UN Security Council text and not an ITU one. */
export const SECURITY_COUNCIL =
  /Security Council|Conseil de securite|Consejo de Seguridad|مجلس الامن|安全理事会|安理会|Совет\p{L}{0,12} Безопасности/iu;
export const ITU_CUE = /(?<!\p{L})(?:ITU|UIT|МСЭ)(?!\p{L})|国际电联|الاتحاد الدولي للاتصالات/u;

const CYRILLIC_LATIN: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
/** Arabic texts name part letters: "57/270 باء" is 57/270 B (alef folded by normalize.ts). */
const ARABIC_PART: Record<string, string> = {
  الف: 'A',
  باء: 'B',
  جيم: 'C',
  دال: 'D',
  هاء: 'E',
  واو: 'F',
  زاي: 'G',
  حاء: 'H',
  طاء: 'I',
  ياء: 'J',
};

/** What the text around a draft says about its world: ITU, UN Security Council, or neither. */
export interface Context {
  securityCouncilText: boolean;
  ituText: boolean;
}

/** The first General Assembly session whose resolutions are numbered "session/number". */
const FIRST_SLASH_SESSION = 31;

export function unId(
  body: Body | undefined,
  d: Draft,
  ctx: Context,
): { id: string; body: Body } | 'drop' | undefined {
  if (d.kind === 'REC') return undefined; // recommendations here are the Plenipotentiary's
  const slash = d.number.includes('/');
  // No UN symbol takes a "-n" after its number ("Decision No. 56/26-4" is another organisation's).
  if (slash && d.revisionIndex !== undefined) return 'drop';
  const series = d.kind === 'DEC' ? 'DEC' : 'RES';
  const sessionFirst = /^\d{1,3}\//.test(d.number);
  // "Decisión 2012/700": the EU and others number decisions by year too; "décision 74/543" (a session
  // number first) is the General Assembly's.
  if (slash && d.kind === 'DEC' && !body && !sessionFirst) return 'drop';
  // "resolution 1540 (2004)": a bare year is the Security Council's form; ITU texts cite places or sessions.
  if (!slash && d.version?.bareYear !== undefined && (!body || body === 'SC'))
    return { id: `S/RES/${d.number}(${d.version.bareYear})`, body: 'SC' };
  // A bare resolution number in a Security Council text is the Council's ("القرار رقم 242"); so is a
  // four-digit one in a text with no trace of ITU ("la resolución 1325"), ITU Council numbers being cited
  // only in ITU texts. Chinese UN texts always write the Council's year ("第1325(2000)号决议"), so there
  // a bare number with no cue stays ITU's.
  const bare = !slash && !body && !d.version && d.revisionIndex === undefined && d.kind === 'RES';
  if (bare && (ctx.securityCouncilText || (Number(d.number) >= 1000 && !ctx.ituText && !d.chinese)))
    return { id: `S/RES/${d.number}`, body: 'SC' };
  if (slash) {
    // Part letters: "57/270 B", Cyrillic look-alikes in Russian texts ("50/70 Р"), Arabic names ("باء").
    d.number = d.number
      .replace(/ ?([A-Z\u0410-\u042F])$/, (_, c: string) => CYRILLIC_LATIN[c] ?? c)
      .replace(/ (\p{Script=Arabic}+)$/u, (x, name: string) => ARABIC_PART[name] ?? x);
    const first = d.number.split('/')[0] ?? '';
    const yearLike = first.length === 4;
    // The General Assembly numbered by session from its 31st (1976); earlier it wrote "1514 (XV)". A
    // "5/3" with no body named is another body's (a convention's conference of parties, the HRC).
    if (!body && !yearLike && Number(first) < FIRST_SLASH_SESSION) return 'drop';
    let organ: Body = body && isUnBody(body) ? body : yearLike ? 'ECOSOC' : 'GA';
    if (body === 'COUNCIL') organ = yearLike ? 'ECOSOC' : 'HRC'; // "Council resolution 2006/46" in an ECOSOC text
    if (organ === 'SC') organ = yearLike ? 'ECOSOC' : 'GA';
    const prefix = organ === 'ECOSOC' ? 'E' : organ === 'HRC' ? 'A/HRC' : 'A';
    return { id: `${prefix}/${series}/${d.number}`, body: organ };
  }
  if (d.version?.roman && (!body || body === 'GA'))
    return { id: `A/RES/${d.number}(${d.version.roman})`, body: 'GA' };
  if (body === 'SC') {
    const year = d.version?.bareYear;
    return { id: `S/RES/${d.number}${year ? `(${year})` : ''}`, body: 'SC' };
  }
  if (body === 'GA' || body === 'ECOSOC' || body === 'HRC') return undefined; // "General Assembly resolution 140": not a symbol
  return undefined;
}
