import { storage } from '#imports';

/** Sites (hostnames) where the user turned ResLens off. Stored once, read by page and popup. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export async function isDisabled(host: string): Promise<boolean> {
  const list = await disabledSites.getValue();
  return Array.isArray(list) && list.includes(host);
}
