import { BODY_AFTER, BODY_BEFORE, BODY_BETWEEN, bodyOfMatch, type BodyOrOther } from '../lexicon/bodies';
import type { Draft } from './draft';
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
const ARABIC_KEYWORD = P`(?:[وف])?(?:[بلك])?(?:ال|ل)?(?:قرار(?:ات|ين|ي|ا)?|مقرر(?:ات|ين|ي|ا)?)`;
const LATIN_KEYWORD = P`R(?:e|)solutions?|Resolucio?n(?:es)?|Res\.?|Decisions?|Decision(?:es)?|Dec\.|Acuerdos?|[Рр]езолюци\p{L}*|[Рр]ешени\p{L}*|Рез\.|Реш\.`;
const KEYWORD = new RegExp(
  P`(?<![\p{L}/.\-])(${ARABIC_KEYWORD}|${LATIN_KEYWORD})(?![\p{L}])`,
  'giu',
);
const NUMBER_PREFIX = /\s*(?:No\.?\s*|N[o°º]\.?\s*|n°\s*|№\s*|رقم\s*)?/iuy;
const RA_MARKER = /\s*(?:ITU-R|UIT-R|МСЭ-R|ITU R)\s*/iuy;
const NUMBER = /\s*(\d{1,4}(?:\/\d{1,4}(?: ?[A-ZАВЕКМНОРСТХ](?![\p{L}\p{N}]))?)?)(?:[-‐–](\d{1,2})(?!\d))?(?![\p{L}\p{N}]|[.,]\d|\/\d|\s*(?:x|×|px|%|dpi)(?![\p{L}]))/uy;
/** "of 21 December 2001", "du 20 décembre 2002", "de 22 de diciembre de 2004", "от 21 декабря 2001 года". */
const DATE_CLAUSE = /,? (?:of|du|de|del|от) \d{1,2}(?:er)? (?:de )?\p{L}{3,10} (?:de )?\d{4}(?: (?:г\.|года))?/uy;
const SCRAPED_REVISION = / (\d)(?![\p{N}.,])/uy;
const SEPARATOR = new RegExp(
  P`(?:\s*[,;、]\s*(?:(?:and|et|y|e|и|or|ou|o|или)\s+)?(?:و\s*)?|\s+(?:and|et|y|e|и|or|ou|o|или|&)\s+|\s*و\s*|\s*[和及与]\s*)(?:(?:Resolutions?|Res\.|Nos?\.)\s*)?`,
  'iuy',
);
const PLURAL = /^(?:R(?:e|)solutions|Resolucio?nes|Decisions|Decisiones|Acuerdos|Res\.?|Dec\.|[Рр]езолюци(?:и|й|ях|ям|ями)|[Рр]ешени(?:я|й|ях|ям|ями)|.*(?:قرارات|قراري|قرارا|قرارين|مقررات|مقرري|مقررا|مقررين))$/iu;
const DECISION = /^(?:Decision|Dec\.|Acuerdo|[Рр]еш|.*مقرر)/iu;
const BEFORE_WINDOW = 60;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function bodyFrom(m: RegExpExecArray | null): BodyOrOther | undefined {
  return m ? bodyOfMatch(m) : undefined;
}

export function recognizeKeywordCitations(text: string): Draft[] {
  const drafts: Draft[] = [];
  KEYWORD.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = KEYWORD.exec(text)) !== null) {
    const keyword = k[1] ?? '';
    const kind: TextKind = DECISION.test(keyword) ? 'DEC' : 'RES';
    const before = text.slice(Math.max(0, k.index - BEFORE_WINDOW), k.index);
    // Arabic names the body after the keyword (construct state); a body before it closes the previous citation.
    const arabic = ARABIC_LETTER.test(keyword);
    let body: BodyOrOther | undefined = arabic ? undefined : bodyFrom(BODY_BEFORE.exec(before));
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
      const version = parseVersionAt(text, pos);
      if (version) {
        item.version = version;
        pos = version.end;
        item.end = pos;
      }
      items.push(item);
      if (sticky(DATE_CLAUSE, text, pos)) pos = DATE_CLAUSE.lastIndex;
      if (!plural) break;
      const sep = sticky(SEPARATOR, text, pos);
      if (!sep || !sticky(NUMBER, text, SEPARATOR.lastIndex)) break;
      pos = SEPARATOR.lastIndex;
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
