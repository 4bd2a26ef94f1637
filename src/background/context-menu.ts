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
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'reslens-lookup' || !info.selectionText) return;
    const params = new URLSearchParams({ q: info.selectionText.slice(0, 200) });
    // The window's page report is about the tab the text was selected in.
    if (typeof tab?.id === 'number' && tab.id >= 0) params.set('tab', String(tab.id));
    void browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?${params.toString()}`),
      type: 'popup',
      width: 440,
      height: 600,
    });
  });
}
