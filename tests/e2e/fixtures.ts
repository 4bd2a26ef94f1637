import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/e2e/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * One Chromium with the built extension per worker. Fixture pages are served from 127.0.0.1 but opened
 * as http://www.itu.int/… and http://docs.un.org/… (--host-resolver-rules), so the extension's real
 * default host permissions are what the tests exercise.
 */
export const test = base.extend<
  { page: import('@playwright/test').Page },
  {
    ext: {
      context: BrowserContext;
      worker: Worker;
      id: string;
      port: number;
      extraRoutes: Map<string, string>;
    };
  }
>({
  ext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('run `npm run build` first');
      if (!existsSync(CHROMIUM))
        throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
      const extraRoutes = new Map<string, string>();
      const server: Server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const extra = extraRoutes.get(path);
        if (extra !== undefined) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(extra);
          return;
        }
        // Any path serves the fixture named by its last segment: /md/S26-CL-demo/seed-ar.html → seed-ar.html.
        const file = join(FIXTURES, basename(path));
        if (!existsSync(file) || !file.endsWith('.html')) {
          res.writeHead(404).end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(file));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as AddressInfo).port;
      const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'reslens-e2e-')), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          `--host-resolver-rules=MAP www.itu.int 127.0.0.1:${port}, MAP docs.un.org 127.0.0.1:${port}, MAP example.org 127.0.0.1:${port}`,
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
        ],
      });
      let [worker] = context.serviceWorkers();
      worker ??= await context.waitForEvent('serviceworker');
      const id = new URL(worker.url()).host;
      await use({ context, worker, id, port, extraRoutes });
      await context.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** Waits until ResLens has marked the page and no scan is under way (marking is sliced across frames). */
export async function marksSettled(page: import('@playwright/test').Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const d = document.documentElement.dataset;
        return Boolean(d.reslensCount) && d.reslensBusy === undefined;
      }),
    )
    .toBe(true);
}
