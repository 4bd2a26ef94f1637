import type { Request } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, marksSettled, test } from './fixtures';

/**
 * Offline and private (issue #8): during a full scan of the seed page, hovering references and a popup
 * lookup session, the browser contacts only the fixture host. Every request of the e2e browser context is
 * watched — pages, frames and the extension's service worker — and positive controls (one probe request
 * from each) prove the watcher really sees each of them.
 */

const FIXTURE_HOSTS = new Set(['www.itu.int']);
const TOOLTIP = 'reslens-tooltip [role=dialog]';

test('only the fixture host is contacted: full scan, hovering, popup lookup', async ({ page, ext }) => {
  const seen: { url: string; from: string }[] = [];
  // In Chromium the context's request event also carries the extension service worker's requests.
  const onRequest = (r: Request) =>
    seen.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : r.frame().url() || 'frame' });
  ext.context.on('request', onRequest);
  try {
    await page.goto('http://www.itu.int/md/S26-CL-demo/seed-ar.html');
    await marksSettled(page);
    // The scan is finished when every mark has its status from the background.
    await expect.poll(() => page.locator('reslens-ref[data-status="pending"]').count()).toBe(0);
    for (const id of ['A/RES/70/684', 'ITU/PP/RES/172', 'ITU/COUNCIL/RES/1332']) {
      await page.locator(`reslens-ref[data-ref-id="${id}"]`).first().hover();
      await expect(page.locator(TOOLTIP)).toBeVisible();
    }
    await page.mouse.move(0, 0);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    for (const q of ['WSIS', 'A/RES/70/684', 'Resolution 140 (Rev. Dubai, 2018)', '1332']) {
      await popup.locator('input[type=search]').fill(q);
      await expect(popup.locator('.results > li').first()).toBeVisible();
    }
    await popup.locator('.results > li').nth(1).click();

    // Positive controls: one request from the page, the popup and the service worker, to the fixture host.
    await page.evaluate(() => fetch('/probe-page.html').catch(() => undefined));
    await popup.evaluate(() => fetch('http://www.itu.int/probe-popup.html').catch(() => undefined));
    await ext.worker.evaluate(() => fetch('http://www.itu.int/probe-worker.html').catch(() => undefined));
    await expect
      .poll(() =>
        ['probe-page', 'probe-popup', 'probe-worker'].filter((p) => !seen.some((s) => s.url.includes(p))),
      )
      .toEqual([]);
    await popup.close();
  } finally {
    ext.context.off('request', onRequest);
  }

  const foreign = seen.filter(({ url }) => {
    const u = new URL(url);
    // The extension's own files (web-accessible ones under a per-session dynamic id): never the network.
    if (u.protocol === 'chrome-extension:')
      return !existsSync(join(EXTENSION_DIR, decodeURIComponent(u.pathname)));
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
    return !FIXTURE_HOSTS.has(u.hostname);
  });
  expect(foreign, 'requests to anything but the fixture host and the extension itself').toEqual([]);
  // The watcher saw the whole session, the service worker's probe as the service worker's.
  expect(seen.find((s) => s.url.includes('probe-worker'))?.from).toBe('service worker');
  expect(seen.some((s) => s.url.endsWith('/seed-ar.html'))).toBe(true);
  expect(seen.some((s) => s.url.startsWith(`chrome-extension://${ext.id}/`))).toBe(true);
});
