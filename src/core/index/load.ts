import compiled from './generated/index.json';
import { Lookup } from './lookup';
import { IndexStore } from './store';
import type { CompiledIndex } from './types';

/** The bundled index, built once per process (the background worker, the CLI). Never loaded in pages. */
let store: IndexStore | undefined;
let lookup: Lookup | undefined;

export function bundledStore(): IndexStore {
  store ??= new IndexStore(compiled as CompiledIndex);
  return store;
}

export function bundledLookup(): Lookup {
  lookup ??= new Lookup(bundledStore());
  return lookup;
}
