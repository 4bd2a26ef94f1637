import { browser } from 'wxt/browser';
import { handleAnalyze } from '../src/background/analyze-handler';
import { registerContextMenu } from '../src/background/context-menu';

export default defineBackground(() => {
  // Only this extension's own content scripts and pages may ask; web pages cannot reach runtime messaging.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'analyze')
      return Promise.resolve(handleAnalyze(message));
    return undefined;
  });
  registerContextMenu();
});
