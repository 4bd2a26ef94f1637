import { BODY_BEFORE, bodyOfMatch } from '../lexicon/bodies';
import type { Draft } from './draft';
import { parseVersionAt } from './version';
import type { Body } from './types';

/**
 * Chinese citations put the number inside 第…号 and the keyword last:
 *   [BODY] 第 N [号] {、 [第] N [号]} 号 决议|决定 [（VERSION）]
 * e.g. "全权代表大会第140号决议（2022年，布加勒斯特，修订版）", "理事会第560号决定", "大会第70/125号决议",
 * "第75号决议（WTSA-08）", "安理会第1540(2004)号决议". Punctuation is ASCII here: normalisation folded the
 * full-width forms.
 */
const ITEM = String.raw`\d{1,4}(?:/\d{1,4}[A-Z]?)?(?:-\d{1,2})?(?:\s*\(\s*\d{4}\s*\))?`;
const CITATION = new RegExp(
  String.raw`(?:第\s*|(?<![\d/.]))(${ITEM})((?:\s*号?\s*[、,和及与]\s*(?:第\s*)?${ITEM})*)\s*号\s*(决议|决定)`,
  'gu',
);
const ITEM_RE = new RegExp(String.raw`(\d{1,4}(?:/\d{1,4}[A-Z]?)?)(?:-(\d{1,2}))?(?:\s*\(\s*(\d{4})\s*\))?`, 'gu');

export function recognizeChineseCitations(text: string): Draft[] {
  const drafts: Draft[] = [];
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const b = BODY_BEFORE.exec(before);
    const body = b ? bodyOfMatch(b) : undefined;
    if (body === 'OTHER') continue;
    const kind = m[3] === '决定' ? 'DEC' : 'RES';
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
      };
      if (it[2]) item.revisionIndex = Number(it[2]);
      if (it[3]) item.version = { cited: {}, end: item.end, bareYear: Number(it[3]) };
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
  return drafts;
}
