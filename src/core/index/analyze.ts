import type { Cited, Reference } from '../recognize/types';
import type { IndexStore } from './store';
import type { IndexEntry } from './types';
import { render, type Phrase, type StatusWord } from '../i18n/phrases';
import { citedLabel, latestLabel, matchVersion } from './versions';

/** The status of a cited reference (issue #4); with nothing cited, the status of the text itself. */
export type Status =
  | 'current'
  | 'outdated'
  | 'no-such-version'
  | 'not-a-resolution'
  | 'unverified'
  | 'not-in-index'
  | 'in-force'
  | 'abrogated'
  | 'superseded'
  | 'unknown';

export type WarningCode =
  | 'rev-at-adoption'
  | 'missing-rev'
  | 'inconsistent-citation'
  | 'symbol-corrected'
  | 'ambiguous-body'
  | 'garbled-citation'
  | 'version-not-in-known-history'
  | 'venue-mismatch';

export interface Warning {
  code: WarningCode;
  /** English; `phrase` renders it in any of the six languages (i18n/phrases.ts). */
  message: string;
  phrase: Phrase;
}

function warn(code: WarningCode, phrase: Phrase): Warning {
  return { code, phrase, message: render(phrase) };
}

/** The summary as an English sentence and as a phrase for the other languages. */
function says(phrase: Phrase): { summary: string; summaryPhrase: Phrase } {
  return { summary: render(phrase), summaryPhrase: phrase };
}

export interface Analysis {
  /** The id the page wrote (as recognised). */
  id: string;
  /** The id of the index entry the reference resolves to, when it differs (A/RES/70/684 → A/70/684). */
  resolvedId?: string;
  status: Status;
  /** One sentence a delegate reads first (English; `summaryPhrase` for the other languages). */
  summary: string;
  summaryPhrase?: Phrase;
  entry?: IndexEntry;
  /** Index of the cited version in entry.versions, when it matched one. */
  citedVersion?: number;
  /** Label of the latest known version. */
  latest?: string;
  candidates?: IndexEntry[];
  warnings: Warning[];
}

type Cite = Pick<
  Reference,
  'id' | 'cited' | 'calledResolution' | 'symbolCorrected' | 'ambiguous' | 'kind' | 'number' | 'venueBody'
>;

function textStatus(entry: IndexEntry): Status {
  return entry.status === 'unknown' ? 'unknown' : entry.status;
}

/** UN symbols as miscited: "A/RES/70/684" for the report A/70/684, "A/71/212" for resolution A/RES/71/212. */
function resolveUn(
  store: IndexStore,
  ref: Cite,
): { entry?: IndexEntry; warnings: Warning[]; notResolution?: boolean } {
  const direct = store.get(ref.id);
  const warnings: Warning[] = [];
  if (ref.symbolCorrected) warnings.push(warn('symbol-corrected', { code: 'homoglyph' }));
  if (direct)
    return { entry: direct, warnings, notResolution: ref.id.includes('/RES/') && direct.kind === 'report' };
  const withoutRes = ref.id.replace('/RES/', '/');
  if (withoutRes !== ref.id) {
    const other = store.get(withoutRes);
    if (other && other.kind !== 'resolution' && other.kind !== 'decision')
      return { entry: other, warnings, notResolution: true };
  }
  const m = /^([AE])\/(\d+\/\d.*)$/.exec(ref.id);
  if (m && ref.calledResolution) {
    const other = store.get(`${m[1]}/RES/${m[2]}`);
    if (other) {
      warnings.push(warn('symbol-corrected', { code: 'missingRes', params: { id: other.id } }));
      return { entry: other, warnings };
    }
  }
  return { warnings };
}

function judgeVersion(
  entry: IndexEntry,
  cited: Cited,
  warnings: Warning[],
): Pick<Analysis, 'status' | 'citedVersion' | 'summary' | 'summaryPhrase'> {
  const latest = { latestOf: entry };
  const written = { cited };
  if (cited.garbled) {
    warnings.push(warn('garbled-citation', { code: 'garbledWarning', params: { cited: written } }));
    return {
      status: 'unverified',
      ...says(
        entry.versions.length
          ? { code: 'garbledSummary', params: { latest } }
          : { code: 'garbledSummaryNoLatest' },
      ),
    };
  }
  if (entry.versions.length === 0) return { status: 'unverified', ...says({ code: 'noHistory' }) };
  const i = matchVersion(entry, cited);
  const last = entry.versions.length - 1;
  if (i >= 0) {
    if (i === 0 && cited.rev && entry.adoptionKnown && entry.body !== 'COUNCIL' && entry.body !== 'RA')
      warnings.push(
        warn('rev-at-adoption', {
          code: 'revAtAdoption',
          params: { fixed: { cited: { ...cited, rev: false } } },
        }),
      );
    if (i > 0 && cited.rev === false && entry.body !== 'WRC')
      warnings.push(
        warn('missing-rev', { code: 'missingRev', params: { fixed: { cited: { ...cited, rev: true } } } }),
      );
    if (i < last)
      return {
        status: 'outdated',
        citedVersion: i,
        ...says({ code: 'outdated', params: { cited: written, latest } }),
      };
    if (entry.historyComplete)
      return { status: 'current', citedVersion: i, ...says({ code: 'current', params: { cited: written } }) };
    return {
      status: 'unverified',
      citedVersion: i,
      ...says({ code: 'latestKnown', params: { cited: written } }),
    };
  }
  const newer = entry.versions.some((v) => cited.year !== undefined && v.year > cited.year);
  if (entry.historyComplete)
    return {
      status: 'no-such-version',
      ...says({ code: 'noSuchVersion', params: { cited: written, latest } }),
    };
  if (newer) {
    warnings.push(
      warn('version-not-in-known-history', { code: 'notInKnownHistory', params: { cited: written } }),
    );
    return { status: 'outdated', ...says({ code: 'laterExists', params: { cited: written, latest } }) };
  }
  return { status: 'unverified', ...says({ code: 'unknownVersion', params: { cited: written, latest } }) };
}

export function analyzeReference(store: IndexStore, ref: Cite): Analysis {
  const warnings: Warning[] = [];
  const base = { id: ref.id, warnings };
  if (ref.id.startsWith('ITU/?/')) {
    const candidates = ref.kind && ref.number ? store.ituByNumber(ref.kind, ref.number) : [];
    warnings.push(warn('ambiguous-body', { code: 'ambiguousBody' }));
    return {
      ...base,
      status: candidates.length ? 'unverified' : 'not-in-index',
      candidates,
      ...says(
        candidates.length
          ? { code: 'couldBe', params: { candidates: { ids: candidates.map((c) => c.id) } } }
          : { code: 'unknownBody' },
      ),
    };
  }
  let entry: IndexEntry | undefined;
  if (!ref.id.startsWith('ITU/')) {
    const un = resolveUn(store, ref);
    warnings.push(...un.warnings);
    entry = un.entry;
    if (entry && un.notResolution)
      return {
        ...base,
        entry,
        resolvedId: entry.id,
        status: 'not-a-resolution',
        ...says({
          code: 'notAResolution',
          params: { id: ref.id, resolved: entry.id, kind: { word: entry.kind } },
        }),
      };
  } else entry = store.get(ref.id);
  if (!entry) return { ...base, status: 'not-in-index', ...says({ code: 'notInIndex' }) };
  const resolvedId = entry.id !== ref.id ? entry.id : undefined;
  if (ref.venueBody)
    warnings.push(warn('venue-mismatch', { code: 'venueMismatch', params: { body: ref.venueBody } }));
  const latest = latestLabel(entry);
  if (!ref.cited || (ref.cited.year === undefined && ref.cited.revisionIndex === undefined)) {
    const status = textStatus(entry);
    return {
      ...base,
      entry,
      resolvedId,
      status,
      latest,
      ...says(
        status === 'unknown'
          ? latest
            ? { code: 'statusUnknownWithLatest', params: { latest: { latestOf: entry } } }
            : { code: 'statusUnknown' }
          : latest
            ? {
                code: 'statusWithLatest',
                params: { status: { word: status as StatusWord }, latest: { latestOf: entry } },
              }
            : { code: 'statusOnly', params: { status: { word: status as StatusWord } } },
      ),
    };
  }
  return { ...base, entry, resolvedId, latest, ...judgeVersion(entry, ref.cited, warnings) };
}

/**
 * Warnings that need the whole document: the same text cited with different versions. Pure, so the
 * page can apply it across batches and the CLI over a file.
 */
export function inconsistentCitations(refs: Pick<Cite, 'id' | 'cited'>[]): (Warning | undefined)[] {
  // Versions are compared by their English label: two ways of writing one version count as one.
  const versionsById = new Map<string, Map<string, Cited>>();
  for (const r of refs) {
    if (!r.cited || r.cited.garbled) continue;
    if (!versionsById.has(r.id)) versionsById.set(r.id, new Map());
    versionsById.get(r.id)?.set(citedLabel(r.cited), r.cited);
  }
  return refs.map((r) => {
    const versions = versionsById.get(r.id);
    if (!versions || versions.size <= 1) return undefined;
    return warn('inconsistent-citation', {
      code: 'inconsistent',
      params: { id: r.id, versions: { citedList: [...versions.values()] } },
    });
  });
}

/** Analyses all references of one document, adding warnings that need the whole document. */
export function analyzeDocument(store: IndexStore, refs: Cite[]): Analysis[] {
  const analyses = refs.map((r) => analyzeReference(store, r));
  inconsistentCitations(refs).forEach((w, i) => {
    if (w) analyses[i]?.warnings.push(w);
  });
  return analyses;
}
