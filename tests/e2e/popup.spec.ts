import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, marksSettled, test } from './fixtures';

/**
 * The toolbar popup, opened as chrome-extension://ID/popup.html?tab=<id> next to a fixture tab (a popup
 * opened as a page would otherwise report on itself), in English and, through ?lang=, in the other five
 * interface languages.
 */

/** The extension's own API, reached from the service worker in tests. */
declare const chrome: {
  tabs: {
    query(q: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const SEED = 'http://www.itu.int/x/seed-ar.html';
const LOCALES = { en: 'en', fr: 'fr', es: 'es', ar: 'ar', zh: 'zh_CN', ru: 'ru' } as const;

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(resolve(`public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const ids = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id), url);
  const id = ids[0];
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the seed document in its own tab and waits until ResLens has marked and analysed it. */
async function openSeed(page: Page, worker: Worker): Promise<number> {
  await page.goto(SEED);
  await marksSettled(page);
  await expect.poll(() => page.locator('reslens-ref[data-status="pending"]').count()).toBe(0);
  return tabIdOf(worker, `${SEED}*`);
}

test.describe('popup', () => {
  test.beforeEach(async ({ ext }) => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
  });

  test('lookup: WSIS, keyboard navigation, a typed citation, no result', async ({ page, ext }, info) => {
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(`chrome-extension://${ext.id}/popup.html`);
    const box = page.getByRole('combobox', { name: 'Look up a resolution' });
    await expect(box).toBeFocused();
    await expect(page.getByText('Type a number, a citation')).toBeVisible();

    await box.fill('WSIS');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    const firstFive = (await options.allTextContents()).slice(0, 5).join(' ');
    expect(firstFive).toContain('ITU/PP/RES/140');
    expect(firstFive).toContain('ITU/COUNCIL/RES/1332');

    // ↓ moves the active option (aria-activedescendant), Enter opens its card, Escape closes it.
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', 'lookup-opt-1');
    const secondId = (await options.nth(1).locator('.id').textContent()) ?? '';
    await box.press('Enter');
    await expect(page.locator('.details .card .head .id')).toHaveText(secondId);
    await box.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Escape');
    await expect(page.locator('.details')).toHaveCount(0);

    await box.fill('A/RES/70/684');
    const card = page.locator('.details .card');
    await expect(card).toContainText('A/70/684');
    await expect(card.locator('.badge')).toHaveText('Not a resolution');

    await box.fill('Res 140 (Rev. Dubai, 2018)');
    await expect(page.locator('.details .card .badge')).toHaveText('Outdated version');
    await expect(page.locator('.details .card')).toContainText('Versions');
    await page.screenshot({ path: info.outputPath('popup-lookup-en.png'), fullPage: true });

    await box.fill('zzqx nothing');
    await expect(page.getByText('Nothing in the index matches “zzqx nothing”.')).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  test('on the Arabic seed page: every reference grouped with its status, reveal, export', async ({
    page,
    ext,
  }) => {
    const tabId = await openSeed(page, ext.worker);
    const pageIds = await page.$$eval('reslens-ref', (els) => [
      ...new Set(els.map((e) => (e as HTMLElement).dataset.refId ?? '')),
    ]);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    const report = popup.locator('section.page');
    await expect(report.locator('li.ref').first()).toBeVisible();
    const listed = await report
      .locator('li.ref')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.refId ?? ''))]);
    expect(listed.sort()).toEqual(pageIds.sort()); // unknowns are listed, not dropped

    await expect(report.locator('li.ref[data-ref-id="A/RES/70/684"]').first()).toHaveAttribute(
      'data-status',
      'not-a-resolution',
    );
    await expect(
      report.locator('li.ref[data-ref-id="ITU/COUNCIL/RES/1332"][data-status="outdated"]'),
    ).not.toHaveCount(0);
    await expect(report.getByRole('heading', { name: /ITU Council/ })).toBeVisible();
    await expect(report.getByRole('heading', { name: /UN General Assembly/ })).toBeVisible();
    await expect(report.locator('.count')).toContainText('References:');

    // The filter keeps problems only.
    await report.getByLabel('Only problems').check();
    // A problem is a status to act on or a warning about the citation (PP 172 "Rev." at its adoption).
    const kept = await report.locator('li.ref').evaluateAll((els) =>
      els.map((e) => ({
        status: (e as HTMLElement).dataset.status,
        warned: !!e.querySelector('.row-warning'),
      })),
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const { status, warned } of kept)
      expect(
        warned ||
          ['outdated', 'no-such-version', 'not-a-resolution', 'ambiguous', 'not-in-index'].includes(
            status ?? '',
          ),
        status,
      ).toBe(true);
    await expect(report.locator('li.ref[data-ref-id="ITU/PP/RES/172"]')).not.toHaveCount(0);
    await report.getByLabel('Only problems').uncheck();

    // A click on an occurrence scrolls the page to it and focuses the mark.
    const row = report.locator('li.ref[data-ref-id="A/RES/70/684"]').first();
    await row.locator('button.occ').first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (document.activeElement?.closest('reslens-ref') as HTMLElement | null)?.dataset.refId,
        ),
      )
      .toBe('A/RES/70/684');

    // Export, three formats, each a real download.
    const save = async (format: string) => {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        report.locator(`.export button[data-format="${format}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^reslens-www\\.itu\\.int-\\d{4}-\\d{2}-\\d{2}\\.${format}$`),
      );
      return readFileSync(await download.path(), 'utf8');
    };
    const csv = await save('csv');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'id,citation,status,latestVersion,title,link,occurrences',
    );
    expect(csv).toContain('A/RES/70/684');
    expect(csv).toContain('not-a-resolution');
    const json = JSON.parse(await save('json')) as {
      url: string;
      references: { id: string; occurrences: number }[];
    };
    expect(json.url).toContain('seed-ar.html');
    expect(new Set(json.references.map((r) => r.id))).toEqual(new Set(pageIds));
    expect(json.references.reduce((n, r) => n + r.occurrences, 0)).toBe(
      await page.evaluate(() => Number(document.documentElement.dataset.reslensCount)),
    );
    const md = await save('md');
    expect(md).toMatch(/^# ResLens references/);
    expect(md).toContain('| Id | Citation as written | Status |');
    expect(md).toContain('Not a resolution');
    await expect(popup.getByRole('status').filter({ hasText: 'Saved reslens-' })).toBeVisible();
    await popup.close();
  });

  test('the site switch turns ResLens off and on for the tab’s site', async ({ page, ext }) => {
    const tabId = await openSeed(page, ext.worker);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    const toggle = popup.getByRole('button', { name: 'ResLens on www.itu.int' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(popup.getByText('ResLens is off for www.itu.int.')).toBeVisible();
    await expect.poll(() => page.locator('reslens-ref').count()).toBe(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.locator('reslens-ref').count()).toBeGreaterThan(0);
    await expect(popup.locator('section.page li.ref').first()).toBeVisible();
    await popup.close();
  });

  test('a tab without ResLens offers to annotate it', async ({ page, ext }) => {
    await page.goto('http://example.org/x/demo-en.html');
    await page.bringToFront();
    // Without a host permission the tab's URL is hidden from the extension: find it as the active tab.
    const tabId = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    await expect(popup.getByText('ResLens is not running on this page.')).toBeVisible();
    // Opened as a page, not from the toolbar, the popup holds no activeTab grant: the browser refuses.
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await expect(popup.getByText('This page cannot be annotated')).toBeVisible();
    await popup.close();
  });

  test('no accessibility violations (axe-core), in English and Arabic', async ({ page, ext }) => {
    const tabId = await openSeed(page, ext.worker);
    const popup = await ext.context.newPage();
    for (const lang of ['en', 'ar']) {
      await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}&lang=${lang}&q=WSIS`);
      await expect(popup.locator('section.page li.ref').first()).toBeVisible();
      await popup.locator('#q').press('Enter'); // an open card is part of the scan
      await expect(popup.locator('.details .card')).toBeVisible();
      await popup.locator('li.ref summary').first().click(); // and an open report row
      expect(await axeViolations(popup), lang).toEqual([]);
    }
    await popup.close();
  });

  test('screenshots in English and Arabic; each of the six interface languages', async ({
    page,
    ext,
  }, info) => {
    const tabId = await openSeed(page, ext.worker);
    const popup = await ext.context.newPage();
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const m = messages(locale);
      await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}&lang=${lang}&q=A/RES/70/684`);
      await expect(popup.getByRole('heading', { level: 2 })).toHaveText(m.pageHeading?.message ?? '');
      await expect(popup.locator('.details .card .badge')).toHaveText(m.statusNotAResolution?.message ?? '');
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(popup.locator('section.page li.ref').first()).toBeVisible();
      if (lang === 'en' || lang === 'ar') {
        // As the toolbar shows it (600 px high), then the whole report.
        await popup.setViewportSize({ width: 420, height: 600 });
        await popup.screenshot({ path: info.outputPath(`popup-${lang}.png`) });
        await popup.screenshot({ path: info.outputPath(`popup-${lang}-full.png`), fullPage: true });
        const top = await popup
          .locator('section.page')
          .evaluate((e) => e.getBoundingClientRect().top + scrollY);
        await popup.screenshot({
          path: info.outputPath(`popup-${lang}-report.png`),
          fullPage: true,
          clip: { x: 0, y: top, width: 420, height: 640 },
        });
      }
    }
    await popup.close();
  });
});
