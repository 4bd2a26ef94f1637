import { detectLanguage } from '../core/i18n/detect';
import { LANGS, type Lang } from '../core/index/types';
import type { ItuBody } from '../core/recognize/types';

/**
 * The language of an element: its nearest `lang` attribute (per element, not only <html>), else what its
 * text looks like (`text`, usually the block around it), else English.
 */
export function languageOf(el: Element | null, text = ''): Lang {
  const tag = el?.closest('[lang]')?.getAttribute('lang') ?? '';
  const code = tag.slice(0, 2).toLowerCase() as Lang;
  if (LANGS.includes(code)) return code;
  return detectLanguage(text || (el?.textContent ?? '')) ?? 'en';
}

/** A page about one body (a WTSA page, a Council document) gives bare numbers that body. */
export function defaultBodyOf(url: string, title: string): ItuBody | undefined {
  const s = `${url} ${title}`;
  if (/wtsa|ITU-T\b|[/=]T\d{2}-/i.test(s)) return 'WTSA';
  if (/wtdc|ITU-D\b|[/=]D\d{2}-/i.test(s)) return 'WTDC';
  if (/council|[/=]S\d{2}-CL-|-CL-C-/i.test(s)) return 'COUNCIL';
  if (/plenipotentiary|[/=]S\d{2}-PP-|pp\d{2}\b/i.test(s)) return 'PP';
  return undefined;
}
