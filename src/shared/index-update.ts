import { browser } from 'wxt/browser';
import { installUpdate } from '../core/index/load';

/**
 * Index updates are kept in extension storage as the JSON text the user imported (options page) and
 * re-applied when the worker starts. A rejected update leaves the bundled index in use and records why.
 */
export const UPDATE_KEY = 'indexUpdate';
export const UPDATE_ERROR_KEY = 'indexUpdateError';

export async function applyStoredUpdate({ record = true } = {}): Promise<void> {
  const { [UPDATE_KEY]: json } = await browser.storage.local.get(UPDATE_KEY);
  if (typeof json !== 'string') return;
  const result = installUpdate(json);
  // The background records the outcome for the options page; the popup only applies it.
  if (record) await browser.storage.local.set({ [UPDATE_ERROR_KEY]: result.ok ? null : result.error });
}

/** Handles `{type:'index-update', json}` from an extension page: validates, then stores and applies. */
export async function importUpdate(
  json: unknown,
): Promise<{ ok: true; added: number; replaced: number } | { ok: false; error: string }> {
  if (typeof json !== 'string') return { ok: false, error: 'index update: expected the file as text' };
  const result = installUpdate(json);
  if (!result.ok) return result;
  await browser.storage.local.set({ [UPDATE_KEY]: json, [UPDATE_ERROR_KEY]: null });
  return { ok: true, added: result.added, replaced: result.replaced };
}
