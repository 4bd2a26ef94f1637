import { browser } from 'wxt/browser';
import { handleAnalyze } from '../src/background/analyze-handler';
import { registerContextMenu } from '../src/background/context-menu';
import { watchGrantedSites } from '../src/background/granted-sites';
import { applyStoredUpdate, importUpdate } from '../src/shared/index-update';
import { loadSettings } from '../src/shared/settings';

export default defineBackground(() => {
  // A stored index update is applied before the first analysis is answered.
  const ready = applyStoredUpdate().catch(() => undefined);
  // Only this extension's own content scripts and pages may ask; web pages cannot reach runtime messaging.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message !== 'object' || message === null) return undefined;
    const m = message as { type?: unknown; json?: unknown };
    if (m.type === 'analyze') return ready.then(() => handleAnalyze(message));
    // Pages get the validated settings from here, so the content script carries no validator.
    if (m.type === 'settings') return loadSettings();
    // Only the extension's own pages (options, popup) may replace the index; content scripts may not.
    if (m.type === 'index-update' && sender.url?.startsWith(browser.runtime.getURL('/')))
      return importUpdate(m.json);
    return undefined;
  });
  registerContextMenu();
  watchGrantedSites();
});
