import { axeViolations } from './axe';
import { expect, test } from './fixtures';

/** The options page in Chromium: sites, settings that persist, damaged storage, accessibility. */

declare const chrome: {
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(k: string): Promise<Record<string, unknown>>;
    };
    local: { set(items: Record<string, unknown>): Promise<void> };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

test.describe('options page', () => {
  test.beforeEach(async ({ ext }) => {
    await ext.worker.evaluate(async () => {
      await chrome.storage.sync.set({ settings: null });
      await chrome.storage.local.set({ disabledSites: [] });
    });
  });

  test('shows the default sites read-only, and settings persist', async ({ page, ext }) => {
    await page.goto(`chrome-extension://${ext.id}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ResLens settings');
    const defaults = page.locator('ul.sites').first();
    await expect(defaults).toContainText('itu.int');
    await expect(defaults).toContainText('undocs.org');
    await expect(defaults.getByRole('button')).toHaveCount(0);

    await page.getByLabel('Mark only references with a problem').check();
    await page.getByLabel('UN Security Council').uncheck();
    await page.getByLabel('Always one language').check();
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByLabel('Background tint').check();
    await page.getByLabel('Delay before the card opens').fill('600');
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
      .toMatchObject({
        onlyProblems: true,
        tooltipDelayMs: 600,
        linkLanguage: 'fixed',
        fixedLinkLanguage: 'fr',
        markStyle: 'background',
        bodies: { SC: false, PP: true },
      });
    await page.reload();
    await expect(page.getByLabel('Mark only references with a problem')).toBeChecked();
    await expect(page.getByLabel('UN Security Council')).not.toBeChecked();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('fr');
    await expect(page.getByLabel('Delay before the card opens')).toHaveValue('600');

    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect(page.getByLabel('Mark only references with a problem')).not.toBeChecked();
    await expect(page.getByLabel('Language', { exact: true })).toBeDisabled();
  });

  test('a damaged stored value falls back to defaults, keeping its valid parts', async ({ page, ext }) => {
    await ext.worker.evaluate(() => chrome.storage.sync.set({ settings: 'not an object' }));
    await page.goto(`chrome-extension://${ext.id}/options.html`);
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.getByLabel('Dotted underline')).toBeChecked();

    await ext.worker.evaluate(() =>
      chrome.storage.sync.set({
        settings: {
          onlyProblems: 'yes',
          tooltipDelayMs: 800,
          markStyle: 42,
          bodies: { GA: false, PP: 'no' },
        },
      }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByLabel('Delay before the card opens')).toHaveValue('800');
    await expect(page.getByLabel('Mark only references with a problem')).not.toBeChecked();
    await expect(page.getByLabel('UN General Assembly')).not.toBeChecked();
    await expect(page.getByLabel('ITU Plenipotentiary Conference')).toBeChecked();
    await expect(page.getByLabel('Dotted underline')).toBeChecked();
  });

  test('adding a site: invalid input is explained; a valid one asks the browser for permission', async ({
    page,
    ext,
  }) => {
    await page.goto(`chrome-extension://${ext.id}/options.html`);
    await expect(page.getByText('None yet.')).toBeVisible();
    const field = page.getByLabel('Add a site (host name)');
    await field.fill('not a host');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByText('Enter a host name such as example.org.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    // Headless Chromium cannot answer a permission prompt: the browser's permission store is replaced by
    // one that grants. Everything after it is real (the list, the content-script registration, removal).
    await page.addInitScript(() => {
      const c = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome;
      const granted = ['*://*.itu.int/*', '*://*.un.org/*', '*://undocs.org/*', '*://*.undocs.org/*'];
      const answer = <T>(value: T, cb?: (v: T) => void) => {
        cb?.(value);
        return Promise.resolve(value);
      };
      c.permissions.request = (p: { origins: string[] }, cb?: (ok: boolean) => void) => {
        granted.push(...p.origins);
        return answer(true, cb);
      };
      c.permissions.getAll = (cb?: (p: { origins: string[] }) => void) =>
        answer({ origins: [...granted], permissions: [] }, cb);
      c.permissions.remove = (p: { origins: string[] }, cb?: (ok: boolean) => void) => {
        for (const o of p.origins) granted.splice(granted.indexOf(o), 1);
        return answer(true, cb);
      };
    });
    await page.reload();
    await field.fill('https://example.org/some/page');
    await page.getByLabel('Include subdomains').check();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'ResLens will run on example.org.' }),
    ).toBeVisible();
    const added = page.getByTestId('user-sites');
    await expect(added).toContainText('example.org');
    await expect(added).toContainText('and its subdomains');
    const registered = () =>
      ext.worker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      );
    await expect.poll(registered).toEqual(['*://*.example.org/*']);

    await added.getByRole('button', { name: 'Remove example.org' }).click();
    await expect(page.getByText('None yet.')).toBeVisible();
    await expect.poll(registered).toEqual([]);
  });

  test('sites switched off in the popup can be turned back on here', async ({ page, ext }) => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['www.itu.int'] }));
    await page.goto(`chrome-extension://${ext.id}/options.html`);
    await page.getByRole('button', { name: 'Turn back on www.itu.int' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'ResLens is on again for www.itu.int.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Turn back on/ })).toHaveCount(0);
  });

  test('no accessibility violations (axe-core), in English and Arabic; screenshots', async ({
    page,
    ext,
  }, info) => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['example.org'] }));
    for (const lang of ['en', 'ar']) {
      await page.goto(`chrome-extension://${ext.id}/options.html?lang=${lang}`);
      await expect(page.locator('main.options:not([aria-busy])')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await axeViolations(page), lang).toEqual([]);
      await page.screenshot({ path: info.outputPath(`options-${lang}.png`), fullPage: true });
    }
  });
});

test.describe('index update', () => {
  test('a valid update is applied to the page; a malformed one is refused with its reason', async ({
    page,
    ext,
  }) => {
    const entry = {
      id: 'ITU/PP/RES/998',
      kind: 'resolution',
      number: '998',
      titles: [
        {
          lang: 'en',
          text: 'A resolution only this update knows',
          source: 'https://example.org/update-source',
        },
      ],
      historyComplete: false,
      status: 'unknown',
    };
    await page.goto(`chrome-extension://${ext.id}/options.html`);
    const input = page.locator('input[name="indexUpdate"]');
    await input.setInputFiles({
      name: 'update.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ entries: [entry] })),
    });
    await expect(page.getByRole('status')).toContainText('1');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"entries": [{"id": "not an id"}]}'),
    });
    await expect(page.getByRole('alert')).toContainText('not a canonical id');

    // The page now learns of the entry from the update that was accepted.
    ext.extraRoutes.set(
      '/update/check.html',
      '<!doctype html><html lang="en"><body><p>Resolution 998 of the Plenipotentiary Conference.</p></body></html>',
    );
    const tab = await ext.context.newPage();
    await tab.goto('http://www.itu.int/update/check.html');
    await tab.locator('[data-ref-id="ITU/PP/RES/998"]').hover();
    await expect(tab.locator('reslens-tooltip [role=dialog]')).toContainText(
      'A resolution only this update knows',
    );
    await tab.close();
  });
});
