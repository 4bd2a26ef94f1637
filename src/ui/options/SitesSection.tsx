import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../../core/sites';
import { disabledSites } from '../../shared/settings';
import { t } from '../i18n';
import { describePattern, grantedOrigins, patternFor, syncUserSiteScripts, userPatterns } from './sites';

function PatternText({ pattern }: { pattern: string }) {
  if (pattern === '*://*/*') return <>{t('optSitesAll')}</>;
  const { host, subdomains } = describePattern(pattern);
  return (
    <>
      <span dir="ltr" class="host">
        {host}
      </span>
      {subdomains ? <span class="fine"> {t('optSitesWithSubdomains')}</span> : null}
    </>
  );
}

/**
 * Where ResLens runs: the default ITU/UN sites (read-only), sites the user granted (a host permission
 * requested at the moment of adding, removable), and sites the user switched off from the popup.
 */
export function SitesSection({ announce }: { announce: (text: string) => void }) {
  const [granted, setGranted] = useState<string[]>([]);
  const [off, setOff] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [subdomains, setSubdomains] = useState(false);
  const [error, setError] = useState('');

  const refresh = async () => {
    try {
      setGranted(await grantedOrigins());
    } catch {
      setGranted([]);
    }
  };

  useEffect(() => {
    void refresh();
    void disabledSites.getValue().then((l) => setOff(Array.isArray(l) ? l : []));
    return disabledSites.watch((l) => setOff(Array.isArray(l) ? l : []));
  }, []);

  const add = (e: Event) => {
    e.preventDefault();
    const parsed = patternFor(input, subdomains);
    if (!parsed) {
      setError(t('optSiteInvalid'));
      return;
    }
    setError('');
    // Requested inside the click, before any await: browsers only prompt during a user gesture.
    browser.permissions
      .request({ origins: [parsed.pattern] })
      .then(async (ok) => {
        if (!ok) {
          announce(t('optSiteDenied', parsed.host));
          return;
        }
        const list = await grantedOrigins();
        setGranted(list);
        await syncUserSiteScripts(list).catch(() => undefined);
        setInput('');
        announce(t('optSiteAdded', parsed.host));
      })
      .catch(() => announce(t('optSiteDenied', parsed.host)));
  };

  const remove = async (pattern: string) => {
    const removed = await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    const list = await grantedOrigins().catch(() => granted.filter((p) => p !== pattern));
    setGranted(list);
    await syncUserSiteScripts(list).catch(() => undefined);
    if (removed) announce(t('optSiteRemoved', describePattern(pattern).host));
  };

  const turnOn = async (host: string) => {
    const list = ((await disabledSites.getValue()) ?? []).filter((h) => h !== host);
    await disabledSites.setValue(list);
    announce(t('optSiteTurnedOn', host));
  };

  const mine = userPatterns(granted);
  return (
    <section class="card-section" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optSites')}</h2>
      <p class="fine">{t('optSitesIntro')}</p>
      <h3>{t('optSitesDefault')}</h3>
      <ul class="sites">
        {DEFAULT_SITE_PATTERNS.map((p) => (
          <li key={p}>
            <PatternText pattern={p} />
          </li>
        ))}
      </ul>
      <h3>{t('optSitesUser')}</h3>
      {mine.length ? (
        <ul class="sites" data-testid="user-sites">
          {mine.map((p) => (
            <li key={p}>
              <PatternText pattern={p} />{' '}
              <button type="button" class="small" onClick={() => void remove(p)}>
                {t('optSiteRemove')}
                <span class="sr-only"> {describePattern(p).host}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="fine">{t('optSitesNone')}</p>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{t('optSiteAddLabel')}</label>
        <div class="inline">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.org"
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('optSiteAdd')}</button>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={subdomains}
            onChange={(e) => setSubdomains((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('optSiteSubdomains')}
        </label>
        {error ? (
          <p id="site-error" class="error">
            {error}
          </p>
        ) : null}
      </form>
      {off.length ? (
        <>
          <h3>{t('optSitesOff')}</h3>
          <ul class="sites">
            {off.map((h) => (
              <li key={h}>
                <span dir="ltr" class="host">
                  {h}
                </span>{' '}
                <button type="button" class="small" onClick={() => void turnOn(h)}>
                  {t('optSiteTurnOn')}
                  <span class="sr-only"> {h}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
