import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { UPDATE_ERROR_KEY, UPDATE_KEY } from '../../shared/index-update';
import { t } from '../i18n';

/**
 * Loading an index update (a JSON file of the data/*.yaml shape): the background validates it with the
 * same compiler as the bundled data, keeps it and applies it; a rejected file changes nothing and the
 * reason is shown. Reading the file and sending it is all this page does.
 */
type Reply = { ok: true; added: number; replaced: number } | { ok: false; error: string };

export function IndexUpdateSection({ announce }: { announce: (text: string) => void }) {
  const [installed, setInstalled] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = async () => {
    const stored = await browser.storage.local
      .get([UPDATE_KEY, UPDATE_ERROR_KEY])
      .catch(() => ({}) as Record<string, unknown>);
    setInstalled(typeof stored[UPDATE_KEY] === 'string');
    const error = stored[UPDATE_ERROR_KEY];
    setProblem(typeof error === 'string' ? error : null);
  };
  useEffect(() => void refresh(), []);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const reply = (await browser.runtime
      .sendMessage({ type: 'index-update', json: await file.text() })
      .catch((err: unknown) => ({ ok: false, error: String(err) }))) as Reply;
    if (reply.ok) {
      setProblem(null);
      setInstalled(true);
      announce(t('optUpdateLoaded', [reply.added, reply.replaced]));
    } else {
      setProblem(reply.error);
      announce(t('optUpdateRejected'));
    }
  };

  return (
    <section class="card-section" aria-labelledby="update-h">
      <h2 id="update-h">{t('optUpdate')}</h2>
      <p class="fine">{installed ? t('optUpdateInstalled') : t('optUpdateNone')}</p>
      <label class="check">
        {t('optUpdateChoose')}{' '}
        <input
          type="file"
          name="indexUpdate"
          accept="application/json,.json"
          onChange={(e) => void load((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {problem ? (
        <pre class="update-problem" role="alert" dir="ltr">
          {problem}
        </pre>
      ) : null}
    </section>
  );
}
