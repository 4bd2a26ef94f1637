import { recognizeChineseCitations } from './chinese-citations';
import { recognizeKeywordCitations } from './keyword-citations';
import { attachHeadingVersions } from './heading';
import { normalizeText } from './normalize';
import { mayContainReference } from './prefilter';
import { resolveDrafts } from './resolve';
import type { RecognizeOptions, Reference } from './types';
import { recognizeBareScYears, recognizeGaHeadings } from './un-bare-numbers';
import { recognizeUnSymbols } from './un-symbols';

export type * from './types';

/**
 * Finds every UN and ITU reference in a text, in any of the six UN languages.
 * The families run in a fixed order; where two claim overlapping text, the one that starts first (then
 * the longer) wins, so a UN symbol inside a keyword citation is reported once. Families:
 * UN symbols (un-symbols.ts), keyword citations in ar/en/fr/es/ru (keyword-citations.ts), Chinese 第…号
 * citations (chinese-citations.ts), Council compendium headings (heading.ts) and the keyword-less UN forms
 * of un-bare-numbers.ts; resolve.ts decides bodies and ids.
 */
export function recognize(input: string, options: RecognizeOptions = {}): Reference[] {
  if (!options.skipPrefilter && !mayContainReference(input)) return [];
  const norm = normalizeText(input);
  const text = norm.text;
  const drafts = [...recognizeKeywordCitations(text), ...recognizeChineseCitations(text)];
  attachHeadingVersions(text, drafts);
  const found = [
    ...recognizeUnSymbols(text),
    ...resolveDrafts(text, drafts, options),
    ...recognizeGaHeadings(text),
  ];
  // "1325 (2000)" alone is a Security Council resolution only in a text that cites one with its keyword.
  if (found.some((r) => r.id.startsWith('S/RES/') && r.bodyFrom !== 'symbol'))
    found.push(...recognizeBareScYears(text));
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
