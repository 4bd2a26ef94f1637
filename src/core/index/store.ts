import type { CompiledIndex, IndexEntry } from './types';

/**
 * The loaded index: entries by canonical id, plus the few alternative keys real citations use
 * (a Security Council symbol without its year, "A/RES/57/270 B" with a space).
 */
export class IndexStore {
  readonly entries: readonly IndexEntry[];
  private readonly byKey = new Map<string, IndexEntry>();
  private readonly byNumber = new Map<string, IndexEntry[]>();

  constructor(index: CompiledIndex) {
    this.entries = index.entries;
    for (const e of index.entries) {
      this.byKey.set(e.id, e);
      const sc = /^(S\/RES\/\d+)\(\d{4}\)$/.exec(e.id);
      if (sc?.[1] && !this.byKey.has(sc[1])) this.byKey.set(sc[1], e);
      const itu = /^ITU\/[A-Z]+\/([A-Z]+)\/(\d+)$/.exec(e.id);
      if (itu) {
        const key = `${itu[1]}/${itu[2]}`;
        this.byNumber.set(key, [...(this.byNumber.get(key) ?? []), e]);
      }
    }
  }

  get(id: string): IndexEntry | undefined {
    return this.byKey.get(id) ?? this.byKey.get(id.replace(/\s+/g, ''));
  }

  /** ITU texts of any body with this kind and number (for an ambiguous "Resolution 30"). */
  ituByNumber(kind: string, number: string): IndexEntry[] {
    return this.byNumber.get(`${kind}/${number}`) ?? [];
  }
}
