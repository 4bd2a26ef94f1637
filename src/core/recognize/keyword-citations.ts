import { BODY_AFTER, BODY_BETWEEN, bodyBefore, bodyOfMatch, type BodyOrOther } from '../lexicon/bodies';
import type { Draft } from './draft';
import { skipDate } from './dates';
import { continueList } from './list-continuation';
import { parseVersionAt } from './version';
import type { Body, TextKind } from './types';

/**
 * Citations introduced by a keyword in Arabic, English, French, Spanish or Russian:
 *   KEYWORD [BODY] [No.] NUMBER [VERSION] {SEPARATOR NUMBER [VERSION]} [BODY] [VERSION]
 * e.g. "Resolutions 17, 26, 44 and 45 (Rev. Johannesburg, 2008) of the WTSA",
 *      "قرارات مؤتمر المندوبين المفوضين 140 (المراجع في بوخارست، 2022) و172 (…)",
 *      "Резолюции 21 (Пересм. Пусан, 2014 г.)", "Résolution 1332 du Conseil (modifiée en 2024)".
 * The keyword is found with one global regex; everything after it is read with sticky regexes from a
 * cursor, so each character is looked at a bounded number of times (no backtracking across the text).
 */
const P = String.raw;
// Possessive suffixes: "قرارها 60/251" (its resolution: the Assembly's), "قراراتها", "قراريه".
const ARABIC_KEYWORD = P`[وف]?[بلك]?(?:ال|ل)?(?:قرار|مقرر)(?:ات|ين|ي|ا)?(?:هما|ها|هم|ه)?`;
// Case-insensitive: "Resolution", "RESOLUTION", "resolution", "Резолюцию".
// U+FFFD stands for an accent lost in a mis-decoded page: "D\uFFFDcision 482".
const LATIN_KEYWORD = P`R[e\uFFFD]?solutions?|Resolucio?n(?:es)?|Res\.?|D[e\uFFFD]cision(?:s|es)?|Dec\.|Acuerdos?|Резолюци\p{L}{0,12}|Решени\p{L}{0,12}|Рез\.|Реш\.`;
// The word-start condition is checked in code (keywordStartsWord): a leading look-behind would run at
// every position of the text; checked after a match, it runs once per candidate keyword.
const KEYWORD = new RegExp(P`(${ARABIC_KEYWORD}|${LATIN_KEYWORD})(?!\p{L})`, 'giu');
const BLOCKS_KEYWORD = /[\p{L}/.-]/u;

function keywordStartsWord(text: string, i: number): boolean {
  return i === 0 || !BLOCKS_KEYWORD.test(text.charAt(i - 1));
}
/**
 * What may stand between a keyword and its number: "No.", "№", "номер", "número", Arabic "رقم" and "الذي يحمل
 * الرقم" (which bears the number), and quotes or a bracket around the number (Arabic news: "القرار رقم «242»").
 */
const NUMBER_PREFIX =
  /\s*(?:(?:N[o°º]\.?|№|номер|number|numero|num\.|رقم|(?:ال)?(?:جديد )?و?الذي (?:يحمل|حمل) الرقم[,،]?)\s*)?(?:["“«(]\s*)?/iuy;
const RA_MARKER = /\s*(?:ITU-R|UIT-R|МСЭ-R|ITU R|ITUR)\s*/iuy;
/**
 * A number: "140", "70/125", "57/270 B" / "57/270 باء" (part letters, Latin, Cyrillic look-alikes or Arabic
 * letter names), "61-3" (ITU-R counter). Not a number: "1.5", "1,000", "12/05/2020", "10 px", and UNESCO's
 * session form "14 C/23". A comma may glue list items without a space ("67/195,68/198").
 */
const ARABIC_PART_NAMES = P`الف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء`;
const NUMBER = new RegExp(
  P`\s*(\d{1,4}(?:\/\d{1,4}(?: ?[A-ZАВЕКМНОРСТХ](?![\p{L}\p{N}])| (?:${ARABIC_PART_NAMES})(?!\p{L}))?)?)(?:[-‐–](\d{1,2})(?!\d))?(?![\p{L}\p{N}]|\.\d|,\d{3}(?!\d)|\/\d|\s?[CС]\/\d|\s*(?:[x×%]|px|dpi)(?!\p{L}))`,
  'uy',
);
/** More part letters of the same text: "36/87 A и B", "57/270 A and B". */
const MORE_PARTS = /(?:\s*,\s*|\s+(?:and|et|[eyиو])\s+)([A-HАВСЕ])(?![\p{L}\p{N}])/uy;
/** A part letter before a roman session: "377 А (V)" is read as A/RES/377(V). */
const ROMAN_PART = /\s?[A-HАВС](?=\s?\([IVXLCХІ]{1,7}\))/uy;
const SCRAPED_REVISION = / (\d)(?![\p{N}.,])/uy;
const SEPARATOR = new RegExp(
  P`(?:\s*[,;、]\s*(?:(?:and|et|or|ou|или|[eoyи])\s+)?(?:و\s*)?|\s+(?:and|et|or|ou|или|[&eoyи])\s+|\s*[و和及与]\s*)(?:(?:Resolutions?|Res\.|Nos?\.)\s*)?`,
  'iuy',
);
const PLURAL =
  /^(?:R[e\uFFFD]?solutions|Resolucio?nes|D[e\uFFFD]cisions|D[e\uFFFD]cisiones|Acuerdos|Res\.?|Dec\.|Резолюци(?:[ий]|ях|ям|ями)|Решени(?:[яй]|ях|ям|ями)|[وف]?[بلك]?(?:ال|ل)?(?:قرار|مقرر)(?:ات|ي|ا|ين)(?:هما|ها|هم|ه)?)$/iu;
const DECISION = /^(?:D[e\uFFFD]cision|Dec\.|Acuerdo|Реш|[وف]?[بلك]?(?:ال|ل)?مقرر)/iu;
const BEFORE_WINDOW = 60;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function bodyFrom(m: RegExpExecArray | null): BodyOrOther | undefined {
  return m ? bodyOfMatch(m) : undefined;
}

/** "36/87 A и B": each further part letter is a text of its own, numbered like the first. */
function addMoreParts(text: string, pos: number, first: Draft, items: Draft[]): number {
  const base = /^(\d{1,4}\/\d{1,4}) ?[^\d\s]+$/u.exec(first.number)?.[1];
  if (!base) return pos;
  let p = pos;
  for (let m = sticky(MORE_PARTS, text, p); m?.[1]; m = sticky(MORE_PARTS, text, p)) {
    p = MORE_PARTS.lastIndex;
    items.push({ ...first, start: p - 1, end: p, number: `${base} ${m[1]}`, version: undefined });
  }
  return p;
}

export function recognizeKeywordCitations(text: string): Draft[] {
  const drafts: Draft[] = [];
  KEYWORD.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = KEYWORD.exec(text)) !== null) {
    if (!keywordStartsWord(text, k.index)) continue;
    const keyword = k[1] ?? '';
    const kind: TextKind = DECISION.test(keyword) ? 'DEC' : 'RES';
    const before = text.slice(Math.max(0, k.index - BEFORE_WINDOW), k.index);
    // Arabic names the body after the keyword (construct state); a body before it closes the previous citation.
    const arabic = ARABIC_LETTER.test(keyword);
    let body: BodyOrOther | undefined = arabic ? undefined : bodyBefore(before);
    let pos = KEYWORD.lastIndex;

    const between = sticky(BODY_BETWEEN, text, pos);
    if (between) {
      body ??= bodyFrom(between);
      pos = BODY_BETWEEN.lastIndex;
    }
    if (sticky(NUMBER_PREFIX, text, pos)) pos = NUMBER_PREFIX.lastIndex;
    let raMarked = false;
    if (sticky(RA_MARKER, text, pos)) {
      pos = RA_MARKER.lastIndex;
      raMarked = true;
      body ??= 'RA';
    }

    const items: Draft[] = [];
    const carryStops = new Set<number>();
    const plural = PLURAL.test(keyword);
    for (;;) {
      const n = sticky(NUMBER, text, pos);
      if (!n?.[1]) break;
      const numberStart = n.index + n[0].length - n[0].trimStart().length;
      pos = NUMBER.lastIndex;
      const item: Draft = {
        start: items.length === 0 ? k.index : numberStart,
        end: pos,
        kind,
        number: n[1],
        proseKeyword: /^[a-z]/.test(keyword),
      };
      if (n[2]) item.revisionIndex = Number(n[2]);
      else if (raMarked) {
        const scraped = sticky(SCRAPED_REVISION, text, pos);
        if (scraped?.[1]) {
          item.revisionIndex = Number(scraped[1]);
          pos = SCRAPED_REVISION.lastIndex;
          item.end = pos;
        }
      }
      if (!item.number.includes('/') && sticky(ROMAN_PART, text, pos)) pos = ROMAN_PART.lastIndex;
      const version = parseVersionAt(text, pos);
      if (version) {
        item.version = version;
        pos = version.end;
        item.end = pos;
      }
      items.push(item);
      pos = addMoreParts(text, pos, item, items);
      pos = skipDate(text, pos);
      if (!plural) break;
      const sep = sticky(SEPARATOR, text, pos);
      if (sep && sticky(NUMBER, text, SEPARATOR.lastIndex)) {
        pos = SEPARATOR.lastIndex;
        // "Rés. 140 et Résolution 129 (Marrakech, 2002)": a repeated keyword starts a citation of its own,
        // whose version says nothing about the items before it.
        if (/\p{L}{3}/u.test(sep[0].replace(/and|et|or|ou|или/giu, ''))) carryStops.add(items.length);
        continue;
      }
      // "Resolutions 71/243 of 21 December 2016, on the …, and 72/279": a UN list resumes after a clause.
      const resumed = continueList(text, pos, (at) => sticky(NUMBER, text, at) !== null);
      if (resumed === undefined) break;
      pos = resumed;
    }
    if (items.length === 0) continue;
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, pos);

    const after = sticky(BODY_AFTER, text, pos);
    if (after) {
      body ??= bodyFrom(after);
      const last = items[items.length - 1];
      if (last && !last.version) {
        const trailing = parseVersionAt(text, BODY_AFTER.lastIndex);
        if (trailing) last.version = trailing; // "Résolution 1332 du Conseil (modifiée en 2024)"
      }
    }
    if (body === 'OTHER') continue;

    // A version closing a run of bare numbers applies to the whole run: "Resolutions 17, 26, 44 and 45
    // (Rev. Johannesburg, 2008)". Items with their own versions keep them.
    let carried: Draft['version'];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (!item) continue;
      if (carryStops.has(i + 1)) carried = undefined;
      if (item.version) carried = item.version;
      else if (carried) item.version = carried;
    }

    for (const item of items) {
      if (body) item.explicitBody = body as Body;
      drafts.push(item);
    }
  }
  return drafts;
}
