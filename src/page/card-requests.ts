import { browser } from 'wxt/browser';
import type { CardData } from '../core/card';
import type { Lang } from '../core/index/types';
import type { Cite } from '../core/messages';
import type { Reference } from '../core/recognize/types';

/**
 * Cards come from the background (the index lives there). A page cites the same texts again and again,
 * so each distinct citation is asked for once per language and its card is shared.
 */
export class CardRequests {
  private readonly cards = new Map<string, CardData>();

  constructor(private readonly languages: () => { linkLang?: Lang; textLang: Lang }) {}

  clear(): void {
    this.cards.clear();
  }

  /** Cards for `refs`, in order (undefined where the background gave none), titles in `lang`. */
  async cardsFor(lang: Lang, refs: Reference[]): Promise<(CardData | undefined)[]> {
    const keyed = refs.map((ref) => {
      const cite: Cite = {
        id: ref.id,
        cited: ref.cited,
        calledResolution: ref.calledResolution,
        symbolCorrected: ref.symbolCorrected,
        ambiguous: ref.ambiguous,
        kind: ref.kind,
        number: ref.number,
        venueBody: ref.venueBody,
      };
      return { cite, key: `${lang}|${JSON.stringify(cite)}` };
    });
    const wanted = new Map<string, Cite>();
    for (const k of keyed) if (!this.cards.has(k.key)) wanted.set(k.key, k.cite);
    if (wanted.size) {
      const reply = (await browser.runtime.sendMessage({
        type: 'analyze',
        lang,
        ...this.languages(),
        refs: [...wanted.values()],
      })) as { cards?: CardData[] } | undefined;
      const keys = [...wanted.keys()];
      reply?.cards?.forEach((card, i) => {
        const key = keys[i];
        if (key) this.cards.set(key, card);
      });
    }
    return keyed.map(({ key }) => this.cards.get(key));
  }
}
