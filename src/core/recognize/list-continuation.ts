/**
 * A plural UN list can pause for a clause and resume: "Resolutions 71/243 of 21 December 2016, on the
 * quadrennial … system, and 72/279 of 31 May 2018"; "резолюции 3263 (XXIX) от 9 декабря 1974 года,
 * (ХХХ) от 11 декабря 1975 года, 31/71 от 10 декабря 1976 года". Only a session/number ("72/279") may
 * resume it (a bare "3" after a clause is too often a paragraph), only in the same sentence, within
 * WINDOW characters, and only after a comma or a conjunction.
 */
const WINDOW = 240;
const SENTENCE_END = /[.;\n!?。；]/u;
/** A comma or conjunction right before a session/number. Anchored at the end of a window slice. */
const RESUME = /(?:[,،、]|\s(?:and|et|or|ou|или|[eoyиو]))\s*(?:و\s*)?(?=\d{1,4}\/\d)/gu;
/** Another citation keyword in the gap ends the list: that citation is read on its own. */
const KEYWORD_IN_GAP = /Re?solution|Resoluci|Decision|Резолюци|Решени|قرار|مقرر/iu;

/** The offset of the number that resumes the list, or undefined. `isNumber` checks the full number grammar. */
export function continueList(
  text: string,
  pos: number,
  isNumber: (at: number) => boolean,
): number | undefined {
  let gap = text.slice(pos, pos + WINDOW);
  // "г." closes a Russian year, not a sentence.
  const end = gap.replace(/ г\./gu, ' г ').search(SENTENCE_END);
  if (end >= 0) gap = gap.slice(0, end);
  RESUME.lastIndex = 0;
  const m = RESUME.exec(gap);
  if (!m) return undefined;
  const at = pos + m.index + m[0].length;
  if (KEYWORD_IN_GAP.test(gap.slice(0, m.index))) return undefined;
  return isNumber(at) ? at : undefined;
}
