import { browser } from 'wxt/browser';

/** "Look up with ResLens" on a selection opens the lookup page with the selection as its query. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'reslens-lookup',
      title: browser.i18n.getMessage('contextLookup') || 'Look up with ResLens',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== 'reslens-lookup' || !info.selectionText) return;
    const q = info.selectionText.slice(0, 200);
    void browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(q)}`),
      type: 'popup',
      width: 440,
      height: 600,
    });
  });
}
