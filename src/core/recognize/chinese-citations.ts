import { bodyBefore } from '../lexicon/bodies';
import type { Draft } from './draft';
import { parseVersionAt } from './version';
import type { Body, TextKind } from './types';

/**
 * Chinese citations put the number inside 第…号 and the keyword last:
 *   [BODY] 第 N [号] {、 [DATE] [第] N [号]} 号 决议|决定|建议 [（VERSION）]
 * e.g. "全权代表大会第140号决议（2022年，布加勒斯特，修订版）", "理事会第560号决定", "大会第70/125号决议",
 * "第75号决议（WTSA-08）", "安理会第1540(2004)号决议", "第194(III)号决议", "第49/35 A号决议",
 * "1986年12月3日第41/6J号、1987年11月30日第42/39K号和…第43/76H号决议" (a date before each item),
 * "全权代表大会第1号建议" (a Plenipotentiary Recommendation). Punctuation is ASCII and characters are
 * simplified here: normalisation folded full-width forms and 號/決/議.
 */
const P = String.raw;
const ITEM = P`\d{1,4}(?:/\d{1,4}(?: ?[A-Z])?)?(?:-\d{1,2})?(?: ?\( ?(?:\d{4}|[IVXLC]{1,7}) ?\))?`;
const DATE = P`\d{4}年\d{1,2}月(?:\d{1,2}日)?`;
/**
 * A list longer than this is not read as one: the bound keeps a failed match from rescanning a long run of
 * "第1号、第1号、…" at every start position (linear time on hostile text).
 */
const MAX_LIST = 60;
/** Spaces are rare in Chinese and at most single here, which keeps every gap unambiguous. */
const CITATION = new RegExp(
  P`(?:第 ?|(?<![\d/.]))${ITEM}(?: ?(?:号 ?)?[、,和及与] ?(?:${DATE})?(?:第 ?)?${ITEM}){0,${MAX_LIST}} ?号 ?(决议|决定|建议)`,
  'gu',
);
/** One item of a matched list; the look-arounds skip the digits of a date ("1987年11月30日"). */
const ITEM_RE = new RegExp(
  P`(?<![\d年月/])(\d{1,4}(?:/\d{1,4}(?: ?[A-Z](?![A-Za-z]))?)?)(?:-(\d{1,2}))?(?: ?\( ?(?:(\d{4})|([IVXLC]{1,7})) ?\))?(?![\d年月日])`,
  'gu',
);
const KIND: Record<string, TextKind> = { 决议: 'RES', 决定: 'DEC', 建议: 'REC' };
/** The keyword-first order of news and Hong Kong/Taiwan texts: "安理会决议2678号" (traditional 決議…號 is folded). */
const KEYWORD_FIRST = /(决议|决定)第? ?(\d{1,4}(?:\/\d{1,4})?)(?: ?\( ?(\d{4}) ?\))? ?号/gu;

function keywordFirst(text: string): Draft[] {
  const drafts: Draft[] = [];
  KEYWORD_FIRST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_FIRST.exec(text)) !== null) {
    const body = bodyBefore(text.slice(Math.max(0, m.index - 40), m.index));
    if (body === 'OTHER' || !m[2]) continue;
    const end = m.index + m[0].length;
    const d: Draft = { start: m.index, end, kind: KIND[m[1] ?? ''] ?? 'RES', number: m[2], chinese: true };
    if (m[3]) d.version = { cited: {}, end, bareYear: Number(m[3]) };
    if (body) d.explicitBody = body as Body;
    drafts.push(d);
  }
  return drafts;
}

export function recognizeChineseCitations(text: string): Draft[] {
  const drafts: Draft[] = [];
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const body = bodyBefore(before);
    if (body === 'OTHER') continue;
    const kind = KIND[m[1] ?? ''] ?? 'RES';
    const end = m.index + m[0].length;
    const version = parseVersionAt(text, end);
    const listStart = m.index;
    const listText = m[0];
    const items: Draft[] = [];
    ITEM_RE.lastIndex = 0;
    let it: RegExpExecArray | null;
    while ((it = ITEM_RE.exec(listText)) !== null) {
      if (!it[1]) continue;
      const item: Draft = {
        start: listStart + it.index,
        end: listStart + it.index + it[0].length,
        kind,
        number: it[1],
        chinese: true,
      };
      if (it[2]) item.revisionIndex = Number(it[2]);
      if (it[3]) item.version = { cited: {}, end: item.end, bareYear: Number(it[3]) };
      if (it[4]) item.version = { cited: {}, end: item.end, roman: it[4] };
      if (body) item.explicitBody = body as Body;
      items.push(item);
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) continue;
    first.start = m.index;
    last.end = version ? version.end : end;
    if (version) for (const item of items) item.version ??= version;
    drafts.push(...items);
  }
  // The two orders never overlap: 第…号决议 ends with the keyword, this form starts with it.
  return [...drafts, ...keywordFirst(text)];
}
