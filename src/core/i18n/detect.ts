import type { Lang } from '../index/types';

/**
 * The language of a piece of text when the page does not say (no `lang` attribute): the script decides
 * Arabic, Chinese and Russian; among Latin-script texts, the commonest short words of French and Spanish
 * set them apart from English. Undefined when the text is too short or has no letters to go by.
 */
const SCRIPTS: [Lang, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
];
const LATIN = /\p{Script=Latin}/gu;
const WORDS: [Lang, RegExp][] = [
  ['fr', /\b(?:les|des|du|une|est|dans|pour|sur|aux|conférence|résolution)\b/giu],
  ['es', /\b(?:los|las|del|una|es|para|por|con|conferencia|resolución)\b/giu],
  ['en', /\b(?:the|of|and|to|in|is|for|on|with|conference|resolution)\b/giu],
];
const SAMPLE = 2000;

function count(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

export function detectLanguage(text: string): Lang | undefined {
  const s = text.slice(0, SAMPLE);
  let best: Lang | undefined;
  let most = 0;
  for (const [lang, re] of SCRIPTS) {
    const n = count(re, s);
    if (n > most) [best, most] = [lang, n];
  }
  if (count(LATIN, s) > most) {
    let words = 0;
    best = undefined;
    for (const [lang, re] of WORDS) {
      const n = count(re, s);
      if (n > words) [best, words] = [lang, n];
    }
    return words >= 2 ? best : undefined;
  }
  return most >= 2 ? best : undefined;
}
