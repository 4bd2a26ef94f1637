import type { Cited, Reference } from '../recognize/types';
import type { IndexStore } from './store';
import type { IndexEntry } from './types';
import { citedLabel, matchVersion, versionLabel } from './versions';

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
  message: string;
}

export interface Analysis {
  /** The id the page wrote (as recognised). */
  id: string;
  /** The id of the index entry the reference resolves to, when it differs (A/RES/70/684 → A/70/684). */
  resolvedId?: string;
  status: Status;
  /** One sentence a delegate reads first. */
  summary: string;
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

function latestLabel(entry: IndexEntry): string | undefined {
  const last = entry.versions.length - 1;
  const v = entry.versions[last];
  return v ? versionLabel(entry, v, last) : undefined;
}

/** UN symbols as miscited: "A/RES/70/684" for the report A/70/684, "A/71/212" for resolution A/RES/71/212. */
function resolveUn(
  store: IndexStore,
  ref: Cite,
): { entry?: IndexEntry; warnings: Warning[]; notResolution?: boolean } {
  const direct = store.get(ref.id);
  const warnings: Warning[] = [];
  if (ref.symbolCorrected)
    warnings.push({
      code: 'symbol-corrected',
      message: 'The symbol was written with look-alike characters (e.g. a Cyrillic "А").',
    });
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
      warnings.push({
        code: 'symbol-corrected',
        message: `Cited as a resolution without "RES/": the resolution is ${other.id}.`,
      });
      return { entry: other, warnings };
    }
  }
  return { warnings };
}

function judgeVersion(
  entry: IndexEntry,
  cited: Cited,
  warnings: Warning[],
): Pick<Analysis, 'status' | 'citedVersion' | 'summary'> {
  const latest = latestLabel(entry);
  const written = citedLabel(cited);
  if (cited.garbled) {
    warnings.push({
      code: 'garbled-citation',
      message: `The version "${written}" looks like tracked-change residue; it was not judged.`,
    });
    return {
      status: 'unverified',
      summary: `The cited version cannot be read reliably${latest ? `; the latest known is ${latest}` : ''}.`,
    };
  }
  if (entry.versions.length === 0)
    return { status: 'unverified', summary: 'The index has no version history for this text.' };
  const i = matchVersion(entry, cited);
  const last = entry.versions.length - 1;
  if (i >= 0) {
    if (i === 0 && cited.rev && entry.adoptionKnown && entry.body !== 'COUNCIL' && entry.body !== 'RA')
      warnings.push({
        code: 'rev-at-adoption',
        message: `Cited as "Rev." but the text was adopted (not revised) there: write "(${citedLabel({ ...cited, rev: false })})".`,
      });
    if (i > 0 && cited.rev === false && entry.body !== 'WRC')
      warnings.push({
        code: 'missing-rev',
        message: `That version was a revision: write "(${citedLabel({ ...cited, rev: true })})".`,
      });
    if (i < last)
      return {
        status: 'outdated',
        citedVersion: i,
        summary: `You are reading version ${written}; the latest is ${latest}.`,
      };
    if (entry.historyComplete)
      return { status: 'current', citedVersion: i, summary: `${written} is the latest version.` };
    return {
      status: 'unverified',
      citedVersion: i,
      summary: `${written} is the latest version the index knows, but its history may be incomplete.`,
    };
  }
  const newer = entry.versions.some((v) => cited.year !== undefined && v.year > cited.year);
  if (entry.historyComplete)
    return {
      status: 'no-such-version',
      summary: `There is no version ${written}. Known versions end with ${latest}.`,
    };
  if (newer) {
    warnings.push({
      code: 'version-not-in-known-history',
      message: `The index knows no version ${written}.`,
    });
    return {
      status: 'outdated',
      summary: `Version ${written} is not in the known history; a later version exists: ${latest}.`,
    };
  }
  return {
    status: 'unverified',
    summary: `Version ${written} is not in the known history (which may be incomplete); the latest known is ${latest}.`,
  };
}

export function analyzeReference(store: IndexStore, ref: Cite): Analysis {
  const warnings: Warning[] = [];
  const base = { id: ref.id, warnings };
  if (ref.id.startsWith('ITU/?/')) {
    const candidates = ref.kind && ref.number ? store.ituByNumber(ref.kind, ref.number) : [];
    warnings.push({ code: 'ambiguous-body', message: 'The text does not say which ITU body adopted it.' });
    return {
      ...base,
      status: candidates.length ? 'unverified' : 'not-in-index',
      candidates,
      summary: candidates.length
        ? `Could be ${candidates.map((c) => c.id).join(' or ')}.`
        : 'Unknown body and not in the index.',
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
        summary: `${ref.id} does not exist: ${entry.id} is a ${entry.kind}, not a resolution.`,
      };
  } else entry = store.get(ref.id);
  if (!entry) return { ...base, status: 'not-in-index', summary: 'Not in the ResLens index.' };
  const resolvedId = entry.id !== ref.id ? entry.id : undefined;
  if (ref.venueBody)
    warnings.push({
      code: 'venue-mismatch',
      message: `The cited venue and year belong to a ${ref.venueBody} conference.`,
    });
  const latest = latestLabel(entry);
  if (!ref.cited || (ref.cited.year === undefined && ref.cited.revisionIndex === undefined)) {
    const status = textStatus(entry);
    return {
      ...base,
      entry,
      resolvedId,
      status,
      latest,
      summary:
        status === 'unknown'
          ? `Status unknown${latest ? `; latest known version: ${latest}` : ''}.`
          : `${status === 'in-force' ? 'In force' : status === 'abrogated' ? 'Abrogated' : 'Superseded'}${latest ? `; latest version: ${latest}` : ''}.`,
    };
  }
  return { ...base, entry, resolvedId, latest, ...judgeVersion(entry, ref.cited, warnings) };
}

/**
 * Warnings that need the whole document: the same text cited with different versions. Pure, so the
 * page can apply it across batches and the CLI over a file.
 */
export function inconsistentCitations(refs: Pick<Cite, 'id' | 'cited'>[]): (Warning | undefined)[] {
  const versionsById = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!r.cited || r.cited.garbled) continue;
    if (!versionsById.has(r.id)) versionsById.set(r.id, new Set());
    versionsById.get(r.id)?.add(citedLabel(r.cited));
  }
  return refs.map((r) => {
    const labels = versionsById.get(r.id);
    return labels && labels.size > 1
      ? {
          code: 'inconsistent-citation',
          message: `This document cites ${r.id} as ${[...labels].join(' and as ')}.`,
        }
      : undefined;
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
