import Fuse from 'fuse.js';
import { recognize } from '../recognize/index';
import type { ItuBody } from '../recognize/types';
import { analyzeReference, type Analysis } from './analyze';
import type { IndexStore } from './store';
import type { IndexEntry } from './types';

/** What the popup and the `lookup` CLI return for a query. */
export interface LookupResult {
  entry?: IndexEntry;
  /** Present when the query was a citation: its analysis (status against the cited version). */
  analysis?: Analysis;
  score: number;
}

interface SearchDoc {
  entry: IndexEntry;
  /** Everything searchable, lower-cased, for the substring pass that runs before fuzzy search. */
  hay: string;
  id: string;
  short: string;
  titles: string;
  aliases: string;
}

const BODY_WORDS: Record<string, string> = {
  PP: 'PP Plenipotentiary',
  COUNCIL: 'Council',
  WTDC: 'WTDC',
  WTSA: 'WTSA',
  RA: 'ITU-R RA',
  WRC: 'WRC',
  GA: 'UNGA General Assembly',
  ECOSOC: 'ECOSOC',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
};

const FUZZY_WHEN_FEWER_THAN = 8;

/** Fuzzy search over ids, numbers, titles in every language and aliases; exact citations first. */
export class Lookup {
  private readonly fuse: Fuse<SearchDoc>;
  private readonly docs: SearchDoc[];

  constructor(private readonly store: IndexStore) {
    const docs: SearchDoc[] = store.entries.map((entry) => ({
      entry,
      id: entry.id,
      short: `${BODY_WORDS[entry.body ?? ''] ?? ''} ${entry.number} ${entry.versions.map((v) => `${v.place ?? ''} ${v.year} ${v.conference ?? ''}`).join(' ')}`,
      titles: entry.titles.map((t) => t.text).join(' · '),
      aliases: (entry.aliases ?? []).join(' · '),
      hay: '',
    }));
    for (const d of docs) d.hay = `${d.id} ${d.short} ${d.aliases} ${d.titles}`.toLowerCase();
    this.docs = docs;
    this.fuse = new Fuse(docs, {
      keys: [
        { name: 'id', weight: 3 },
        { name: 'aliases', weight: 2 },
        { name: 'short', weight: 1.5 },
        { name: 'titles', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
    });
  }

  query(q: string, limit = 20, defaultBody?: ItuBody): LookupResult[] {
    const query = q.trim();
    if (!query) return [];
    const exact = this.store.get(query.toUpperCase());
    const results: LookupResult[] = [];
    const seen = new Set<string>();
    if (exact) {
      results.push({ entry: exact, score: 0 });
      seen.add(exact.id);
    }
    // A typed citation ("Res 140 (Rev. Dubai, 2018)", "قرار المجلس 1332", "A/RES/70/684") is judged exactly.
    const refs = recognize(query, defaultBody ? { defaultBody } : {});
    const citations = refs.length;
    for (const ref of refs) {
      const analysis = analyzeReference(this.store, ref);
      const key = analysis.entry?.id ?? ref.id;
      if (seen.has(key) && !ref.cited && analysis.status !== 'not-a-resolution') continue;
      const existing = results.find((r) => r.entry?.id === key);
      if (existing) existing.analysis = analysis;
      else results.push({ entry: analysis.entry, analysis, score: 0 });
      seen.add(key);
      for (const c of analysis.candidates ?? [])
        if (!seen.has(c.id)) {
          results.push({ entry: c, score: 0.01 });
          seen.add(c.id);
        }
    }
    // A known alias or a whole word of a title ("WSIS") outranks fuzzy matches.
    const word = new RegExp(
      `(?<![\\p{L}\\p{N}])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    const named = this.store.entries.filter(
      (e) => !seen.has(e.id) && (e.aliases?.some((a) => a.toLowerCase() === query.toLowerCase()) ?? false),
    );
    const titled = this.store.entries.filter(
      (e) => !seen.has(e.id) && !named.includes(e) && e.titles.some((t) => word.test(t.text)),
    );
    // ITU texts first (ResLens's readers work in ITU), texts in force before others.
    const rank = (e: IndexEntry) => (e.id.startsWith('ITU/') ? 0 : 2) + (e.status === 'in-force' ? 0 : 1);
    const byRank = (a: IndexEntry, b: IndexEntry) => rank(a) - rank(b);
    for (const e of [...named.sort(byRank), ...titled.sort(byRank)]) {
      seen.add(e.id);
      results.push({ entry: e, score: 0.001 });
    }
    // Every word of the query found as typed: cheap, and usually enough. Fuzzy search (typos, partial
    // words) runs only when it leaves the list short, so typing stays fast over the whole index.
    const words = query
      .toLowerCase()
      .split(/[\s,;()]+/)
      .filter((w) => w.length > 0);
    const direct = this.docs.filter((d) => !seen.has(d.id) && words.every((w) => d.hay.includes(w)));
    for (const d of direct.sort((a, b) => byRank(a.entry, b.entry)).slice(0, limit)) {
      seen.add(d.id);
      results.push({ entry: d.entry, score: 0.1 });
    }
    // A query being typed as a citation has its answer already; fuzzy matches would only be noise.
    // Fuzzy matching of one or two letters is noise, and a long query found as typed needs no fuzzing.
    const fuzzyUseful = query.length >= 3 && (results.length === 0 || query.length < 12);
    if (results.length >= FUZZY_WHEN_FEWER_THAN || citations > 0 || !fuzzyUseful)
      return results.slice(0, limit);
    for (const r of this.fuse.search(query, { limit })) {
      if (seen.has(r.item.id)) continue;
      seen.add(r.item.id);
      results.push({ entry: r.item.entry, score: r.score ?? 1 });
    }
    return results.slice(0, limit);
  }
}
