import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  needsRepair,
  parseSettings,
  saveSettings,
  settingsItem,
  SETTINGS_MIGRATIONS,
  type Settings,
} from '../../../src/shared/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to every body marked, problems and all, 250 ms, page-language links, dotted marks', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      onlyProblems: false,
      tooltipDelayMs: 250,
      linkLanguage: 'page',
      fixedLinkLanguage: 'en',
      markStyle: 'dotted',
      statusColors: true,
    });
    expect(Object.values(DEFAULT_SETTINGS.bodies).every(Boolean)).toBe(true);
  });

  it.each([null, undefined, 'banana', 42, [], [1, 2], true])(
    'a stored %j falls back to the defaults',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps the valid parts of a damaged value', () => {
    const s = parseSettings({
      onlyProblems: 'yes',
      tooltipDelayMs: 800,
      markStyle: 'sparkles',
      linkLanguage: 'fixed',
      fixedLinkLanguage: 'ar',
      bodies: { GA: false, PP: 'no', UNKNOWN: true },
      extra: 1,
    });
    expect(s).toMatchObject({
      onlyProblems: false,
      tooltipDelayMs: 800,
      markStyle: 'dotted',
      linkLanguage: 'fixed',
      fixedLinkLanguage: 'ar',
    });
    expect(s.bodies.GA).toBe(false);
    expect(s.bodies.PP).toBe(true);
    expect(s).not.toHaveProperty('extra');
    expect(parseSettings({ bodies: 'all' }).bodies).toEqual(DEFAULT_SETTINGS.bodies);
    expect(parseSettings({ tooltipDelayMs: 99999 }).tooltipDelayMs).toBe(250);
  });

  it('tells a damaged value from a good or missing one', () => {
    expect(needsRepair(null)).toBe(false);
    expect(needsRepair(undefined)).toBe(false);
    expect(needsRepair(DEFAULT_SETTINGS)).toBe(false);
    expect(needsRepair({ ...DEFAULT_SETTINGS, bodies: { ...DEFAULT_SETTINGS.bodies } })).toBe(false);
    expect(needsRepair('x')).toBe(true);
    expect(needsRepair({ onlyProblems: 1 })).toBe(true);
  });

  it('load from storage without crashing on a wrong type, and save valid values', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: 'corrupted' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { tooltipDelayMs: 'slow', onlyProblems: true } });
    expect(await loadSettings()).toMatchObject({ tooltipDelayMs: 250, onlyProblems: true });

    const saved = await saveSettings({ markStyle: 'background' });
    expect(saved.markStyle).toBe('background');
    expect(saved.onlyProblems).toBe(true);
    expect(await settingsItem.getValue()).toEqual(saved);
  });

  it('migrate through WXT when the version goes up (how a version 2 would be added)', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, tooltipDelayMs: 400 },
      settings$: { v: 1 },
    });
    const v2 = storage.defineItem<Settings & { hoverOnly?: boolean }>('sync:settings', {
      fallback: DEFAULT_SETTINGS,
      version: 2,
      migrations: { ...SETTINGS_MIGRATIONS, 2: (old: Settings) => ({ ...old, hoverOnly: true }) },
    });
    await v2.migrate();
    expect(await v2.getValue()).toMatchObject({ tooltipDelayMs: 400, hoverOnly: true });
    expect(await v2.getMeta()).toEqual({ v: 2 });
    // Today's reader still understands the migrated value.
    expect((await loadSettings()).tooltipDelayMs).toBe(400);
  });
});
