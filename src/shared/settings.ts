import { z } from 'zod';
import { storage } from '#imports';

// The per-site switch lives apart (site-switch.ts) so the content script can read it without zod.
export { disabledSites, isDisabled } from './site-switch';

/** Bodies whose references can be marked, ITU first. */
export const ITU_BODIES = ['PP', 'COUNCIL', 'WTDC', 'WTSA', 'RA', 'WRC'] as const;
export const UN_BODIES = ['GA', 'ECOSOC', 'SC', 'HRC'] as const;
export type MarkBody = (typeof ITU_BODIES)[number] | (typeof UN_BODIES)[number];

const LINK_LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;

/**
 * The user's settings, as the options page edits them and the page and popup read them. Every field
 * has a default, and parsing keeps each valid field of a damaged value (`.catch` per field): a wrong
 * type in storage (a sync conflict, a hand edit, an old build) never breaks the extension.
 */
const bodiesSchema = z
  .object(
    Object.fromEntries([...ITU_BODIES, ...UN_BODIES].map((b) => [b, z.boolean().catch(true)])) as Record<
      MarkBody,
      z.ZodCatch<z.ZodBoolean>
    >,
  )
  .catch(
    () =>
      Object.fromEntries([...ITU_BODIES, ...UN_BODIES].map((b) => [b, true])) as Record<MarkBody, boolean>,
  );

export const settingsSchema = z.object({
  /** Which bodies' references are marked in pages ("ITU/?" references follow the ITU switches: any on). */
  bodies: bodiesSchema,
  /** Mark only references with a problem (outdated, no such version, not a resolution, ambiguous, unknown). */
  onlyProblems: z.boolean().catch(false),
  /** Hover delay before the card opens, in ms (keyboard focus opens it at once). */
  tooltipDelayMs: z.number().int().min(0).max(2000).catch(250),
  /** Language of the official-text links: the page's, the interface's, or a fixed one. */
  linkLanguage: z.enum(['page', 'interface', 'fixed']).catch('page'),
  /** Used when linkLanguage is 'fixed'. */
  fixedLinkLanguage: z.enum(LINK_LANGS).catch('en'),
  /** How references are marked. */
  markStyle: z.enum(['dotted', 'solid', 'background']).catch('dotted'),
  /** Colour marks by status (outdated, wrong); off: every mark in one quiet colour. */
  statusColors: z.boolean().catch(true),
});

export type Settings = z.infer<typeof settingsSchema>;
export type LinkLanguageMode = Settings['linkLanguage'];
export type MarkStyle = Settings['markStyle'];

export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({})) as Settings;

/** A stored value → valid settings; the valid parts of a damaged value are kept, the rest is defaulted. */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return settingsSchema.parse(input);
}

/**
 * Migrations from one stored version to the next, run by WXT when `version` goes up: add
 * `2: (v1) => ({ ...v1, newField })` here and raise `version` to 2. Each gets the raw stored value,
 * which may be damaged; `loadSettings` validates whatever comes out.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: SETTINGS_MIGRATIONS,
  onMigrationComplete: (value, version) => {
    console.info(`ResLens settings migrated to version ${version}`, parseSettings(value));
  },
});

/** Whether a stored value needed repair (the options page says so once). */
export function needsRepair(raw: unknown): boolean {
  if (raw === null || raw === undefined) return false;
  if (typeof raw !== 'object' || Array.isArray(raw)) return true;
  // `.catch` hides field errors: compare each parsed field with the stored one.
  const parsed = parseSettings(raw) as Record<string, unknown>;
  const stored = raw as Record<string, unknown>;
  return Object.keys(parsed).some((k) => k in stored && stable(parsed[k]) !== stable(stored[k]));
}

function stable(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  return JSON.stringify(Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))));
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings({});
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}
