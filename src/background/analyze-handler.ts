import { buildCard, type CardData } from '../core/card';
import { analyzeDocument } from '../core/index/analyze';
import { bundledStore } from '../core/index/load';
import { analyzeRequest } from '../core/messages';

/**
 * Answers a content script's `analyze` request: one card per reference, in order. The index lives here,
 * loaded once per browser session, so pages carry only the recognizer.
 */
export function handleAnalyze(message: unknown): { cards: CardData[] } | { error: string } {
  const parsed = analyzeRequest.safeParse(message);
  if (!parsed.success) return { error: 'invalid analyze request' };
  const { refs, lang, linkLang, textLang } = parsed.data;
  const analyses = analyzeDocument(bundledStore(), refs);
  return { cards: analyses.map((a) => buildCard(a, lang, linkLang ?? lang, textLang ?? 'en')) };
}
