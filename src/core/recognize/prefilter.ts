/**
 * A cheap test that a text may hold a reference, run before anything else (a page's paragraphs mostly
 * hold none). Every reference has a digit near a cue: a keyword stem within 150 characters before it, a
 * slash touching it (UN symbols, "70/125"), or the Chinese 号. The test runs on the raw text, so it
 * accepts the forms normalisation would fold (accents, full-width and Arabic-Indic digits, 號, ／).
 * tests/unit/recognize/prefilter.test.ts proves it loses nothing on the corpus and on generated text.
 */
const DIGIT = String.raw`[\d\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]`;
// Arabic diacritics and tatweel may sit between the letters of قرار / مقرر in raw text.
const H = String.raw`[\u064B-\u065F\u0670\u0640]*`;
const ARABIC_STEM = `ق${H}ر${H}ا${H}ر|م${H}ق${H}ر${H}ر`;
const CUE = new RegExp(
  String.raw`(?:r[eéè\uFFFD]?s|d[eé\uFFFD]c|acuerdo|резол|рез\.|реш|${ARABIC_STEM})[^\d\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]{0,150}${DIGIT}|[/／]${DIGIT}|${DIGIT}[/／]|[号號]`,
  'iu',
);

export function mayContainReference(text: string): boolean {
  return CUE.test(text);
}
