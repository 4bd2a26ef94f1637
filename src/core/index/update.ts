import { compileIndex, DataError } from './build';
import type { CompiledIndex } from './types';

/**
 * Index updates: a JSON file of the same shape as data/*.yaml ({ "entries": [...] }), validated by the
 * same schema and compiler as the bundled data. An entry replaces the bundled entry with its id, or adds
 * one. Anything wrong rejects the whole update with a message naming the problem; the caller keeps the
 * index it had. Nothing in an update is ever executed: it is data, parsed with JSON.parse.
 */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;

export type UpdateResult =
  { ok: true; index: CompiledIndex; added: number; replaced: number } | { ok: false; error: string };

export function applyIndexUpdate(base: CompiledIndex, json: string, name = 'index update'): UpdateResult {
  const bytes = new TextEncoder().encode(json).length; // the limit is in UTF-8 bytes, not characters
  if (bytes > MAX_UPDATE_BYTES)
    return {
      ok: false,
      error: `${name}: ${(bytes / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_UPDATE_BYTES / 1024 / 1024} MiB limit`,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return { ok: false, error: `${name}: not valid JSON (${(err as Error).message})` };
  }
  let update: CompiledIndex;
  try {
    update = compileIndex([{ name, raw }], new Set(base.entries.map((e) => e.id)));
  } catch (err) {
    if (err instanceof DataError) return { ok: false, error: err.message };
    throw err;
  }
  const byId = new Map(base.entries.map((e) => [e.id, e]));
  let replaced = 0;
  for (const e of update.entries) {
    if (byId.has(e.id)) replaced++;
    byId.set(e.id, e);
  }
  const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, index: { format: 1, entries }, added: update.entries.length - replaced, replaced };
}
