import type { Reference } from './types';

/**
 * Two UN forms that carry no keyword and no symbol, read only where the document itself says it is a UN
 * text (a keyword is what tells most numbers apart from page, paragraph or table numbers):
 *
 * - The heading of an adopted General Assembly resolution: "77/150.     Information and communications
 *   technologies…", "[sans renvoi à une grande commission (A/70/L.33)] 70/125. Document final…". A
 *   session/number at a line start (or after the closing "]" of the committee note), then a full stop
 *   and a capitalised title. Needs the General Assembly or an A/ symbol named in the text.
 * - A Security Council resolution cited by number and year alone, after the text has cited one with its
 *   keyword: "cette résolution 2535 (2020) …, 20 ans après celle relative aux femmes 1325 (2000)".
 */
const GA_HEADING = /(?:^|\n|\])[ \t]*(\d{2,3}\/\d{1,4})\.[ \t]+(?=\p{Lu})/gu;
const GA_CUE =
  /General Assembly|Assemblee generale|Asamblea General|الجمعية العامة|联合国大会|Генеральн\p{L}{0,12} Ассамбле|(?<![\p{L}\p{N}/])A\/(?:RES\/)?\d/iu;
const SC_NUMBER_YEAR = /(?<![\p{L}\p{N}/.,-])(\d{1,4}) ?\(((?:19[4-9]|20[0-4])\d)\)/gu;

export function recognizeGaHeadings(text: string): Reference[] {
  if (!GA_CUE.test(text)) return [];
  const refs: Reference[] = [];
  GA_HEADING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GA_HEADING.exec(text)) !== null) {
    const number = m[1] ?? '';
    const start = m.index + m[0].indexOf(number);
    const end = start + number.length;
    refs.push({
      id: `A/RES/${number}`,
      start,
      end,
      text: text.slice(start, end),
      body: 'GA',
      bodyFrom: 'form',
      kind: 'RES',
      number,
    });
  }
  return refs;
}

/** Call only when the text already cites a Security Council resolution with its keyword. */
export function recognizeBareScYears(text: string): Reference[] {
  const refs: Reference[] = [];
  SC_NUMBER_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SC_NUMBER_YEAR.exec(text)) !== null) {
    const number = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    refs.push({
      id: `S/RES/${number}(${m[2]})`,
      start,
      end,
      text: m[0],
      body: 'SC',
      bodyFrom: 'form',
      kind: 'RES',
      number,
    });
  }
  return refs;
}
