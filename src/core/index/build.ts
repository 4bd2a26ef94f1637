import type { Body } from '../recognize/types';
import { dataFileSchema, type DataEntry } from './schema';
import type { CompiledIndex, IndexEntry } from './types';

/**
 * The data compiler, pure: parsed data files in, compiled index out. It throws one error listing every
 * problem (bad shape, duplicate id, dangling reference), each naming its file and entry. Used at build time
 * (scripts/data) and at run time for index updates (update.ts).
 */
export class DataError extends Error {}

function bodyOf(id: string): Body | undefined {
  const itu = /^ITU\/([A-Z]+)\//.exec(id)?.[1];
  if (itu) return itu as Body;
  if (id.startsWith('A/HRC/')) return 'HRC';
  if (id.startsWith('E/')) return 'ECOSOC';
  if (id.startsWith('S/')) return 'SC';
  if (id.startsWith('A/')) return 'GA';
  return undefined;
}

function compileEntry(e: DataEntry, file: string): IndexEntry {
  const out: IndexEntry = {
    id: e.id,
    kind: e.kind,
    number: e.number,
    titles: e.titles ?? [],
    versions: e.versions ?? [],
    historyComplete: e.historyComplete,
    adoptionKnown: !e.adoptionUnknown && (e.versions?.length ?? 0) > 0,
    status: e.status,
    file,
  };
  const body = bodyOf(e.id);
  if (body) out.body = body;
  if (e.statusSource) out.statusSource = e.statusSource;
  if (e.supersededBy) out.supersededBy = e.supersededBy;
  if (e.related?.length) out.related = e.related;
  if (e.aliases?.length) out.aliases = e.aliases;
  if (e.note) out.note = e.note;
  return out;
}

/** `knownIds`: ids defined elsewhere (the bundled index, when compiling an update) that entries may refer to. */
export function compileIndex(
  files: { name: string; raw: unknown }[],
  knownIds: ReadonlySet<string> = new Set(),
): CompiledIndex {
  const problems: string[] = [];
  const entries: IndexEntry[] = [];
  const seen = new Map<string, string>();
  for (const { name, raw } of files) {
    const parsed = dataFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [, index] = issue.path;
        const entryId =
          typeof index === 'number'
            ? (raw as { entries?: { id?: string }[] }).entries?.[index]?.id
            : undefined;
        problems.push(
          `${name}: ${entryId ?? issue.path.join('.')}: ${issue.path.slice(2).join('.') || 'entry'}: ${issue.message}`,
        );
      }
      continue;
    }
    for (const e of parsed.data.entries) {
      const previous = seen.get(e.id);
      if (previous) problems.push(`${name}: ${e.id}: duplicate id (also in ${previous})`);
      seen.set(e.id, name);
      entries.push(compileEntry(e, name));
    }
  }
  for (const e of entries) {
    for (const r of [...(e.related ?? []), ...(e.supersededBy ? [e.supersededBy] : [])]) {
      if (!seen.has(r) && !knownIds.has(r))
        problems.push(`${e.file}: ${e.id}: refers to ${r}, which no data file defines`);
    }
  }
  if (problems.length)
    throw new DataError(`The index data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: 1, entries };
}
