/**
 * Dates written after a UN symbol in a list, which must be stepped over to reach the next item:
 *   "71/243 of 21 December 2016", "678 (1990) du 29 novembre 1990", "661 (1990) d'août 1990",
 *   "de 22 de diciembre de 2004", "от 12 декабря 1995 года" (and scraped "от 12 де кабря 1995 года",
 *   "от 9 декабря года"), Arabic "المؤرخ 21 كانون الأول/ديسمبر 2001" (Levantine/Egyptian month pairs).
 * A date needs a day or a year, so "of the United Nations" is not one. Sticky: read only at a cursor.
 */
const P = String.raw;
const DATE = new RegExp(
  P`,?[ \t]*(?:(?:of|on|dated|du|de|del|от|المؤرخ|المؤرخة|المؤرخين)[ \t]+|d['’][ \t]*)` +
    P`(?:(\d{1,2})(?:er|st|nd|rd|th)?[ \t]+(?:de[ \t]+)?)?` +
    P`\p{L}{2,12}(?:[ \t/]\p{L}{2,12}){0,2}` +
    P`(?:,?[ \t]+(?:de[ \t]+)?((?:19|20)\d{2})(?!\d))?(?:[ \t]+(?:года|г\.|год))?`,
  'uy',
);

/** Where a date clause starting at `pos` ends, or `pos` when there is none. */
export function skipDate(text: string, pos: number): number {
  DATE.lastIndex = pos;
  const m = DATE.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return pos;
  return DATE.lastIndex;
}
