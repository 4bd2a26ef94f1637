import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledIndex, bundledStore, installUpdate } from '../../../src/core/index/load';
import { applyIndexUpdate, MAX_UPDATE_BYTES } from '../../../src/core/index/update';
import {
  applyStoredUpdate,
  importUpdate,
  UPDATE_ERROR_KEY,
  UPDATE_KEY,
} from '../../../src/shared/index-update';

const entry = (extra: Record<string, unknown> = {}) => ({
  id: 'ITU/PP/RES/140',
  kind: 'resolution',
  number: '140',
  historyComplete: false,
  status: 'unknown',
  versions: [{ year: 2026, place: 'Doha', source: 'https://example.org/pp26' }],
  ...extra,
});

describe('index updates', () => {
  it('replaces and adds entries when the update is valid', () => {
    const json = JSON.stringify({ entries: [entry(), { ...entry(), id: 'ITU/PP/RES/999', number: '999' }] });
    const r = applyIndexUpdate(bundledIndex(), json);
    expect(r.ok && [r.added, r.replaced]).toEqual([1, 1]);
    if (r.ok) expect(r.index.entries.find((e) => e.id === 'ITU/PP/RES/140')?.versions[0]?.place).toBe('Doha');
  });

  it.each([
    ['not JSON', '{entries: [', /not valid JSON/],
    ['the wrong shape', JSON.stringify({ items: [] }), /problem/],
    [
      'a version without its source',
      JSON.stringify({ entries: [entry({ versions: [{ year: 2026 }] })] }),
      /versions\.0\.source/,
    ],
    [
      'a dangling reference',
      JSON.stringify({ entries: [entry({ related: ['ITU/PP/RES/9999'] })] }),
      /refers to ITU\/PP\/RES\/9999/,
    ],
    ['a duplicate id', JSON.stringify({ entries: [entry(), entry()] }), /duplicate id/],
    ['an oversized file', ' '.repeat(MAX_UPDATE_BYTES + 1), /over the 2 MiB limit/],
  ])('rejects %s with a clear message and keeps the index in use', (_, json, message) => {
    const before = bundledStore().get('ITU/PP/RES/140');
    const r = installUpdate(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect(bundledStore().get('ITU/PP/RES/140')).toBe(before);
  });
});

describe('stored index updates (extension storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports a valid update, stores it and applies it again on start', async () => {
    const json = JSON.stringify({ entries: [{ ...entry(), id: 'ITU/PP/RES/998', number: '998' }] });
    expect(await importUpdate(json)).toEqual({ ok: true, added: 1, replaced: 0 });
    expect((await fakeBrowser.storage.local.get(UPDATE_KEY))[UPDATE_KEY]).toBe(json);
    await applyStoredUpdate();
    expect(bundledStore().get('ITU/PP/RES/998')).toBeDefined();
  });

  it('records why a stored update was rejected, and does not store a rejected import', async () => {
    await fakeBrowser.storage.local.set({ [UPDATE_KEY]: '{"entries": 1}' });
    await applyStoredUpdate();
    expect((await fakeBrowser.storage.local.get(UPDATE_ERROR_KEY))[UPDATE_ERROR_KEY]).toMatch(/entries/);
    const r = await importUpdate('nope');
    expect(r.ok).toBe(false);
    expect((await fakeBrowser.storage.local.get(UPDATE_KEY))[UPDATE_KEY]).toBe('{"entries": 1}');
    expect(await importUpdate(42)).toEqual({ ok: false, error: 'index update: expected the file as text' });
  });
});
