/**
 * Folds the surface variation of real documents into one form the grammars can match, while keeping
 * a map back to the original offsets. Replacements are one code unit for one, so only deletions move
 * offsets; they are recorded as a sorted list and mapped back with a binary search.
 *
 * - Arabic-Indic, extended Arabic-Indic and full-width digits → ASCII digits
 * - full-width ASCII punctuation and letters, ideographic space → ASCII
 * - Arabic comma and semicolon → "," and ";"
 * - no-break and other typographic spaces → " "
 * - Latin letters with accents → base letter ("Rév." and "Rev." match alike; scraped text loses accents)
 * - Arabic alef with hamza or madda (أ إ آ ٱ) → bare alef ا: real texts write "مجلس الامن" as often as
 *   "مجلس الأمن"; the lexicon folds its own spellings the same way ({@link foldArabic})
 * - the traditional Chinese characters of the citation vocabulary → simplified (號決議 → 号决议, 會 → 会):
 *   Hong Kong and Taiwan copies of UN texts use them
 * - deleted: bidi and zero-width marks, soft hyphen, BOM, Arabic tatweel and harakat (diacritics are optional)
 */

export interface NormalizedText {
  text: string;
  /** Offset in the original text of the code unit at `i` in the normalised text. */
  toOriginal(i: number): number;
  /** Original end offset for a normalised end offset. */
  toOriginalEnd(end: number): number;
}

/** Traditional → simplified, only for characters that occur in citations and body names. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  號: '号',
  決: '决',
  議: '议',
  會: '会',
  國: '国',
  際: '际',
  電: '电',
  聯: '联',
  權: '权',
  屆: '届',
  經: '经',
  濟: '济',
  與: '与',
  條: '条',
  關: '关',
  規: '规',
  則: '则',
};

/** Alef forms folded to bare alef (see above). Exported so that lexicon spellings are folded alike. */
export function foldArabic(s: string): string {
  return s.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627');
}

const SPECIAL =
  /[\u064B-\u065F\u0670\u00A0\u00AD\u00C0-\u024F\u0622\u0623\u0625\u0671\u0640\u0660-\u0669\u06F0-\u06F9\u060C\u061B\u2000-\u2011\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFF01-\uFF5E號決議會國際電聯權屆經濟與條關規則]/g;

function isDeleted(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x0640 ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff
  );
}

const LATIN_FOLD = new Map<number, string>();
for (let c = 0xc0; c <= 0x24f; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charAt(0);
  if (base.charCodeAt(0) < 0x80) LATIN_FOLD.set(c, base);
}

function replacement(c: number): string {
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xff01 + 0x21);
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return '\u0627';
  if (c === 0x060c) return ',';
  if (c === 0x061b) return ';';
  if (c === 0x2028 || c === 0x2029) return '\n';
  if (c === 0x2010 || c === 0x2011) return '-';
  if (c === 0x00a0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f)
    return ' ';
  const ch = String.fromCharCode(c);
  return LATIN_FOLD.get(c) ?? TRADITIONAL[ch] ?? ch;
}

export function normalizeText(input: string): NormalizedText {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(input)) {
    return { text: input, toOriginal: (i) => i, toOriginalEnd: (e) => e };
  }
  // deletedAt[k] = normalised offset before which deleted[k] code units in total were removed.
  const deletedAt: number[] = [];
  const deletedCount: number[] = [];
  let removed = 0;
  // One replace() pass: V8 runs a function replacement over a global regex much faster than an
  // exec() loop gluing slices together.
  const text = input.replace(SPECIAL, (ch: string, i: number) => {
    const c = ch.charCodeAt(0);
    if (!isDeleted(c)) return replacement(c);
    removed++;
    const at = i - removed + 1;
    if (deletedAt.length > 0 && deletedAt[deletedAt.length - 1] === at)
      deletedCount[deletedCount.length - 1] = removed;
    else {
      deletedAt.push(at);
      deletedCount.push(removed);
    }
    return '';
  });

  const shift = (i: number, inclusive: boolean): number => {
    // Number of code units deleted before normalised offset i (those deleted exactly at i count when inclusive).
    let lo = 0;
    let hi = deletedAt.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = deletedAt[mid] ?? 0;
      if (at < i || (inclusive && at === i)) {
        best = deletedCount[mid] ?? 0;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  return {
    text,
    toOriginal: (i) => i + shift(i, true),
    toOriginalEnd: (e) => e + shift(e, false),
  };
}
