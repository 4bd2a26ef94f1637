import { recognizeChineseCitations } from './chinese-citations';
import { recognizeKeywordCitations } from './keyword-citations';
import { normalizeText } from './normalize';
import { resolveDrafts } from './resolve';
import type { RecognizeOptions, Reference } from './types';
import { recognizeUnSymbols } from './un-symbols';

export type * from './types';

/**
 * Finds every UN and ITU reference in a text, in any of the six UN languages.
 * The families run in a fixed order; where two claim overlapping text, the one that starts first (then
 * the longer) wins, so a UN symbol inside a keyword citation is reported once.
 */
export function recognize(input: string, options: RecognizeOptions = {}): Reference[] {
  const norm = normalizeText(input);
  const text = norm.text;
  const drafts = [...recognizeKeywordCitations(text), ...recognizeChineseCitations(text)];
  const found = [...recognizeUnSymbols(text), ...resolveDrafts(text, drafts, options)];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const refs: Reference[] = [];
  let lastEnd = -1;
  for (const r of found) {
    if (r.start < lastEnd) continue;
    lastEnd = r.end;
    const start = norm.toOriginal(r.start);
    const end = norm.toOriginalEnd(r.end);
    refs.push({ ...r, start, end, text: input.slice(start, end) });
  }
  return refs;
}
