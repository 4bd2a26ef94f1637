import { expect, marksSettled, test } from './fixtures';

/** The extension's own API, reached from the service worker in tests. */
declare const chrome: {
  storage: {
    local: { set(items: Record<string, unknown>): Promise<void> };
    sync: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> };
  };
};

const TOOLTIP = 'reslens-tooltip [role=dialog]';

test.describe('page annotation on real ITU/UN hosts', () => {
  test('marks every reference of the Arabic seed document and explains the wrong citations', async ({
    page,
  }, info) => {
    await page.goto('http://www.itu.int/md/S26-CL-demo/seed-ar.html');
    await marksSettled(page);
    const ids = await page.$$eval('reslens-ref', (els) => [
      ...new Set(els.map((e) => (e as HTMLElement).dataset.refId)),
    ]);
    for (const id of [
      'A/RES/70/684',
      'ITU/PP/RES/172',
      'ITU/COUNCIL/RES/1332',
      'ITU/WTDC/RES/30',
      'ITU/WTSA/RES/75',
      'ITU/RA/RES/61',
      'E/RES/2025/18',
      'ITU/PP/RES/214',
    ])
      expect(ids).toContain(id);

    const bad = page.locator('reslens-ref[data-ref-id="A/RES/70/684"]').first();
    await expect(bad).toHaveAttribute('data-status', 'not-a-resolution');
    await bad.hover();
    await expect(page.locator(TOOLTIP)).toContainText('A/70/684');
    await expect(page.locator(TOOLTIP)).toContainText('not a resolution');
    await page.screenshot({ path: info.outputPath('tooltip-ar.png') });
    // The card lives in a shadow root: the page's own DOM has no tooltip.
    expect(await page.evaluate(() => document.querySelector('[role=dialog]'))).toBeNull();

    await page.locator('reslens-ref[data-ref-id="ITU/PP/RES/172"]').first().hover();
    await expect(page.locator(TOOLTIP)).toContainText('adopted (not revised)');

    const council2023 = page
      .locator('reslens-ref[data-ref-id="ITU/COUNCIL/RES/1332"]', { hasText: '2023' })
      .first();
    await expect(council2023).toHaveAttribute('data-status', 'outdated');
    await council2023.hover();
    await expect(page.locator(TOOLTIP)).toContainText('Modified 2024');
    await expect(page.locator(TOOLTIP)).toContainText('cites ITU/COUNCIL/RES/1332 as');
  });

  test('English page: split references, keyboard, form fields untouched, new content', async ({
    page,
  }, info) => {
    await page.goto('http://www.itu.int/en/demo/demo-en.html');
    const split = page.locator('#split reslens-ref[data-ref-id="ITU/PP/RES/140"]');
    await expect(split).toHaveCount(3); // "Resolution ", "140" (inside <b>) and " (Rev. Dubai, 2018)"
    await expect(
      page.locator('#split reslens-ref[data-ref-id="ITU/PP/RES/140"][data-status="outdated"]').first(),
    ).toBeVisible();
    expect(await page.locator('#field reslens-ref, #editable reslens-ref').count()).toBe(0);

    await split.first().focus();
    await expect(page.locator(TOOLTIP)).toBeVisible();
    await expect(split.first()).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(TOOLTIP)).toContainText('the latest is Rev. Bucharest, 2022');
    await page.screenshot({ path: info.outputPath('tooltip-en.png') });
    await page.keyboard.press('Escape');
    await expect(page.locator(TOOLTIP)).toBeHidden();

    // Enter opens the card with focus on its first link; Tab stays inside it; Escape returns to the mark.
    await split.first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`${TOOLTIP} a`).first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator(TOOLTIP)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(TOOLTIP)).toBeHidden();
    await expect(split.first()).toBeFocused();

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Later the WTSA adopted Resolution 75 (Rev. Geneva, 2022).';
      document.getElementById('later')?.append(p);
    });
    await expect(page.locator('#added reslens-ref[data-ref-id="ITU/WTSA/RES/75"]')).toHaveCount(1);
  });

  test('turning ResLens off for the site restores the page DOM exactly', async ({ page, ext }) => {
    await page.goto('http://www.itu.int/en/demo/demo-en.html');
    const original = await (await fetch(`http://127.0.0.1:${ext.port}/demo-en.html`)).text();
    await marksSettled(page);
    await ext.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ['www.itu.int'] }));
    await expect.poll(() => page.locator('reslens-ref').count()).toBe(0);
    const body = await page.evaluate(() => document.body.innerHTML);
    const expected = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
      original,
    );
    expect(body.replace(/<reslens-tooltip[\s\S]*?<\/reslens-tooltip>/, '')).toBe(expected);
    await ext.worker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
    await expect.poll(() => page.locator('reslens-ref').count()).toBeGreaterThan(0);
  });

  test('does not run on other sites until asked', async ({ page }) => {
    await page.goto('http://example.org/demo-en.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('reslens-ref').count()).toBe(0);
  });
});

test('follows a single-page app to a new route and marks what it renders', async ({ page }) => {
  await page.goto('http://www.itu.int/spa/spa.html');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.reslens)).toBe('on');
  await page.click('#go');
  await expect(page).toHaveURL(/\/spa\/council$/);
  await expect(page.locator('#view reslens-ref[data-ref-id="ITU/COUNCIL/RES/1332"]')).toHaveCount(1);
  await expect(page.locator('#view reslens-ref[data-ref-id="ITU/PP/RES/140"]')).toHaveCount(1);
});

test('the tooltip and the marks pass an axe-core accessibility scan', async ({ page }) => {
  await page.goto('http://www.itu.int/md/S26-CL-demo/seed-ar.html');
  const mark = page.locator('reslens-ref[data-ref-id="ITU/PP/RES/172"]').first();
  await mark.focus();
  await expect(page.locator('reslens-tooltip [role=dialog]')).toBeVisible();
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    // Only what ResLens adds: the card (its shadow root is open to axe) and the marks in the text.
    const result = await axe.run(
      { include: [['reslens-tooltip'], ['reslens-ref']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
});

test('settings from the options page reach the page: bodies, only problems, link language', async ({
  page,
  ext,
}) => {
  await page.goto('http://www.itu.int/md/S26-CL-demo/seed-ar.html');
  await expect(page.locator('[data-ref-id="A/RES/70/684"]').first()).toHaveAttribute(
    'data-status',
    'not-a-resolution',
  );
  await ext.worker.evaluate(() =>
    chrome.storage.sync.set({
      settings: {
        bodies: {
          PP: true,
          COUNCIL: true,
          WTDC: true,
          WTSA: true,
          RA: true,
          WRC: true,
          GA: true,
          ECOSOC: false,
          SC: true,
          HRC: true,
        },
        onlyProblems: true,
        linkLanguage: 'fixed',
        fixedLinkLanguage: 'fr',
      },
    }),
  );
  // ECOSOC's marks go; the rest are re-marked with the new settings.
  await expect(page.locator('[data-ref-id="E/RES/2025/18"]')).toHaveCount(0);
  await expect(page.locator('[data-ref-id="A/RES/70/684"]').first()).toHaveAttribute('data-problem', '');
  expect(await page.evaluate(() => document.documentElement.dataset.reslensMarks)).toBe('problems');
  // A current reference is no longer underlined; a problem still is.
  const decoration = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
  await expect.poll(() => decoration('[data-ref-id="A/RES/70/1"]')).toBe('none');
  expect(await decoration('[data-ref-id="A/RES/70/684"]')).toBe('underline');
  await page.locator('[data-ref-id="A/RES/70/684"]').first().hover();
  await expect(page.locator(`${TOOLTIP} a[href^="https://docs.un.org/fr/"]`).first()).toBeAttached();
  await ext.worker.evaluate(() => chrome.storage.sync.clear());
  await expect(page.locator('[data-ref-id="E/RES/2025/18"]')).toHaveCount(1);
});
