import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/index/types';
import {
  DEFAULT_SETTINGS,
  ITU_BODIES,
  needsRepair,
  parseSettings,
  settingsItem,
  UN_BODIES,
  type MarkBody,
  type Settings,
} from '../../shared/settings';
import { t, uiDir, uiLang, type MessageKey } from '../i18n';
import { bodyName, ENDONYMS } from '../vocab';
import { IndexUpdateSection } from './IndexUpdateSection';
import { SitesSection } from './SitesSection';

const LINK_MODES: { mode: Settings['linkLanguage']; key: MessageKey }[] = [
  { mode: 'page', key: 'optLinkPage' },
  { mode: 'interface', key: 'optLinkInterface' },
  { mode: 'fixed', key: 'optLinkFixed' },
];
const STYLES: { style: Settings['markStyle']; key: MessageKey }[] = [
  { style: 'dotted', key: 'optStyleDotted' },
  { style: 'solid', key: 'optStyleSolid' },
  { style: 'background', key: 'optStyleBackground' },
];

function BodyBoxes({
  legend,
  bodies,
  settings,
  onChange,
}: {
  legend: string;
  bodies: readonly MarkBody[];
  settings: Settings;
  onChange: (b: MarkBody, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {bodies.map((b) => (
        <label key={b} class="check">
          <input
            type="checkbox"
            name={`body-${b}`}
            checked={settings.bodies[b]}
            onChange={(e) => onChange(b, (e.target as HTMLInputElement).checked)}
          />{' '}
          {bodyName(b)}
        </label>
      ))}
    </fieldset>
  );
}

function Preview({ settings }: { settings: Settings }) {
  const mark = (status: string, text: string) => (
    <span class={`mark-preview style-${settings.markStyle} ${settings.statusColors ? `st-${status}` : ''}`}>
      {text}
    </span>
  );
  return (
    <p class="preview" aria-label={t('optPreview')} role="group" lang="en" dir="ltr">
      {mark('current', 'Resolution 140 (Rev. Bucharest, 2022)')} ·{' '}
      {mark('outdated', 'Resolution 1332 (Modified 2023)')} · {mark('not-a-resolution', 'A/RES/70/684')}
    </p>
  );
}

/** The options page: sites, kinds of references, problems only, tooltip delay, link language, appearance. */
export function OptionsApp() {
  const lang: Lang = uiLang();
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repaired, setRepaired] = useState(false);
  const [status, setStatus] = useState('');
  // The slider shows its value while dragged and saves once released (sync storage limits writes).
  const [delayDraft, setDelayDraft] = useState<number | undefined>();

  useEffect(() => {
    settingsItem
      .getValue()
      .then((raw: unknown) => {
        setRepaired(needsRepair(raw));
        setSettings(parseSettings(raw));
      })
      .catch(() => {
        setRepaired(true);
        setSettings(parseSettings({}));
      });
    return settingsItem.watch((raw: unknown) => setSettings(parseSettings(raw)));
  }, []);

  const save = async (patch: Partial<Settings>) => {
    if (!settings) return;
    const next = parseSettings({ ...settings, ...patch });
    setSettings(next);
    await settingsItem.setValue(next);
    setRepaired(false);
    setStatus(t('optSaved'));
  };

  if (!settings)
    return (
      <main class="options" dir={uiDir(lang)} lang={lang} aria-busy="true">
        <h1>{t('optTitle')}</h1>
      </main>
    );

  const delay = delayDraft ?? settings.tooltipDelayMs;
  const setBody = (b: MarkBody, on: boolean) => void save({ bodies: { ...settings.bodies, [b]: on } });
  return (
    <main class="options" dir={uiDir(lang)} lang={lang}>
      <h1>{t('optTitle')}</h1>
      {repaired ? (
        <p class="warning" role="alert">
          {t('optRepaired')}
        </p>
      ) : null}
      <SitesSection announce={setStatus} />

      <section class="card-section" aria-labelledby="kinds-h">
        <h2 id="kinds-h">{t('optKinds')}</h2>
        <div class="columns">
          <BodyBoxes legend={t('optKindsItu')} bodies={ITU_BODIES} settings={settings} onChange={setBody} />
          <BodyBoxes legend={t('optKindsUn')} bodies={UN_BODIES} settings={settings} onChange={setBody} />
        </div>
        <label class="check">
          <input
            type="checkbox"
            name="onlyProblems"
            checked={settings.onlyProblems}
            onChange={(e) => void save({ onlyProblems: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optOnlyProblems')}
        </label>
      </section>

      <section class="card-section" aria-labelledby="tooltip-h">
        <h2 id="tooltip-h">{t('optTooltip')}</h2>
        <label for="delay">{t('optDelay')}</label>
        <div class="inline">
          <input
            id="delay"
            type="range"
            min={0}
            max={2000}
            step={50}
            value={delay}
            aria-valuetext={t('optDelayValue', delay)}
            onInput={(e) => setDelayDraft(Number((e.target as HTMLInputElement).value))}
            onChange={(e) => {
              setDelayDraft(undefined);
              void save({ tooltipDelayMs: Number((e.target as HTMLInputElement).value) });
            }}
          />
          <output id="delay-value" for="delay" aria-hidden="true">
            {t('optDelayValue', delay)}
          </output>
        </div>
        <fieldset>
          <legend>{t('optLinkLanguage')}</legend>
          {LINK_MODES.map(({ mode, key }) => (
            <label key={mode} class="check">
              <input
                type="radio"
                name="linkLanguage"
                value={mode}
                checked={settings.linkLanguage === mode}
                onChange={() => void save({ linkLanguage: mode })}
              />{' '}
              {t(key)}
            </label>
          ))}
          <label for="fixed-lang" class="indent">
            {t('optLinkFixedLanguage')}
          </label>{' '}
          <select
            id="fixed-lang"
            value={settings.fixedLinkLanguage}
            disabled={settings.linkLanguage !== 'fixed'}
            onChange={(e) =>
              void save({
                fixedLinkLanguage: (e.target as HTMLSelectElement).value as Settings['fixedLinkLanguage'],
              })
            }
          >
            {(Object.keys(ENDONYMS) as Lang[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {ENDONYMS[l]}
              </option>
            ))}
          </select>
        </fieldset>
      </section>

      <section class="card-section" aria-labelledby="look-h">
        <h2 id="look-h">{t('optAppearance')}</h2>
        <fieldset>
          <legend>{t('optMarkStyle')}</legend>
          {STYLES.map(({ style, key }) => (
            <label key={style} class="check">
              <input
                type="radio"
                name="markStyle"
                value={style}
                checked={settings.markStyle === style}
                onChange={() => void save({ markStyle: style })}
              />{' '}
              {t(key)}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            name="statusColors"
            checked={settings.statusColors}
            onChange={(e) => void save({ statusColors: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optStatusColors')}
        </label>
        <Preview settings={settings} />
      </section>

      <IndexUpdateSection announce={setStatus} />

      <div class="actions">
        <button type="button" onClick={() => void save(parseSettings(DEFAULT_SETTINGS))}>
          {t('optReset')}
        </button>
        <p class="status" role="status">
          {status}
        </p>
      </div>
    </main>
  );
}
