import { storage } from '#imports';

/**
 * Sites (hostnames) where the user turned ResLens off, from the popup's switch. Kept apart from the
 * validated settings (settings.ts) because the content script reads it and must stay small: no zod there.
 */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export async function isDisabled(host: string): Promise<boolean> {
  const list = await disabledSites.getValue();
  return Array.isArray(list) && list.includes(host);
}
