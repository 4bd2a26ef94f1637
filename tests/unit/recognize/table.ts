/** Helpers for the table-driven recognizer tests: one row = one text, its ids in order, the first one's version. */
import { expect } from 'vitest';
import { recognize, type Cited, type RecognizeOptions } from '../../../src/core/recognize/index';

/** [text, expected ids in order (one id, a list, or null for "nothing here"), cited of the first id (subset)]. */
export type Row = [text: string, ids: string | string[] | null, cited?: Cited];

export function checkRow([text, ids, cited]: Row, options?: RecognizeOptions): void {
  const refs = recognize(text, options);
  const expected = ids === null ? [] : Array.isArray(ids) ? ids : [ids];
  expect(
    refs.map((r) => r.id),
    text,
  ).toEqual(expected);
  if (cited) expect(refs[0]?.cited, text).toMatchObject(cited);
  for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
}
