// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledLookup } from '../../../src/core/index/load';
import { disabledSites } from '../../../src/shared/settings';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { SAMPLE } from './sample';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function openFor(url: string, reply: (m: { type: string; key?: number }) => unknown) {
  const tab = await fakeBrowser.tabs.create({ url });
  const send = vi
    .spyOn(browser.tabs, 'sendMessage')
    .mockImplementation((async (_id: number, m: { type: string; key?: number }) => reply(m)) as never);
  render(<PopupApp index={bundledLookup()} tabId={tab.id} />);
  return { tab, send };
}

describe('popup', () => {
  it('reports on the tab named by ?tab=, reveals an occurrence, and switches the site off and on', async () => {
    const { tab, send } = await openFor('http://www.itu.int/x/seed-ar.html', (m) =>
      m.type === 'page-report' ? { url: 'http://www.itu.int/x/seed-ar.html', refs: SAMPLE } : { ok: true },
    );
    expect(await screen.findByText(/References: 8/)).toBeTruthy();
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'page-report' });

    fireEvent.click(
      screen.getAllByRole('button', { name: /Show occurrence 1 in the page/ })[0] as HTMLElement,
    );
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'reveal', key: 2 });

    const toggle = screen.getByRole('button', { name: 'ResLens on www.itu.int' });
    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['www.itu.int']));
    expect(await screen.findByText('ResLens is off for www.itu.int.')).toBeTruthy();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual([]));
  });

  it('offers to annotate when no content script answers', async () => {
    await openFor('http://example.org/', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await screen.findByText('ResLens is not running on this page.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annotate this page' })).toBeTruthy();
  });
});
