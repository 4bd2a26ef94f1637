import compiled from './generated/index.json';
import { Lookup } from './lookup';
import { IndexStore } from './store';
import type { CompiledIndex } from './types';
import { applyIndexUpdate, type UpdateResult } from './update';

/**
 * The index in use in this process (the background worker, the popup, the CLI; never a page): the bundled
 * one, or the bundled one with a validated update applied. Built lazily, once.
 */
let store: IndexStore | undefined;
let lookup: Lookup | undefined;

export function bundledIndex(): CompiledIndex {
  return compiled as CompiledIndex;
}

export function bundledStore(): IndexStore {
  store ??= new IndexStore(bundledIndex());
  return store;
}

export function bundledLookup(): Lookup {
  lookup ??= new Lookup(bundledStore());
  return lookup;
}

/** Applies an update on top of the bundled index; on any problem the index in use does not change. */
export function installUpdate(json: string): UpdateResult {
  const result = applyIndexUpdate(bundledIndex(), json);
  if (result.ok) {
    store = new IndexStore(result.index);
    lookup = undefined;
  }
  return result;
}
