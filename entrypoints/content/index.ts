import { browser } from 'wxt/browser';
import { DEFAULT_SITE_PATTERNS } from '../../src/core/sites';
import { PageController } from '../../src/page/controller';
import { isDisabled } from '../../src/shared/site-switch';

/** Runs on the ITU and UN sites by default; elsewhere the popup injects this same file on request. */
export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  cssInjectionMode: 'manual', // the card's CSS is inlined (src/page/tooltip.tsx)
  async main(ctx) {
    // The popup may inject this script into a page where it already runs: keep one controller.
    const w = window as unknown as { __reslens?: PageController };
    if (w.__reslens) return;
    const controller = new PageController(ctx);
    w.__reslens = controller;
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null)
        return undefined;
      const m = message as { type?: string; key?: number };
      if (m.type === 'page-report') return Promise.resolve({ url: location.href, refs: controller.report() });
      if (m.type === 'reveal' && typeof m.key === 'number')
        return Promise.resolve({ ok: controller.reveal(m.key) });
      return undefined;
    });
    if (!(await isDisabled(location.hostname))) await controller.start();
  },
});
