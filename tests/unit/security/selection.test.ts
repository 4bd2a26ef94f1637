import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerContextMenu } from '../../../src/background/context-menu';

/**
 * Malicious selection text (issue #8): "Look up with ResLens" passes the selection to the popup only as a
 * length-capped, URL-encoded query parameter of the extension's own page — never as a URL to open.
 */

type OnClicked = (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number }) => void;

describe('context-menu lookup of a selection', () => {
  let onClicked: OnClicked | undefined;
  let create: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    onClicked = undefined;
    // fakeBrowser does not implement contextMenus: stand in for the two calls the module makes.
    const menus = fakeBrowser.contextMenus as unknown as {
      create: unknown;
      onClicked: { addListener: (fn: OnClicked) => void };
    };
    menus.create = vi.fn();
    menus.onClicked = { addListener: (fn) => (onClicked = fn) };
    create = vi.fn(async () => ({}));
    (fakeBrowser.windows as unknown as { create: unknown }).create = create;
    registerContextMenu();
  });

  it.each([
    ['a citation', 'Resolution 140 (Rev. Dubai, 2018)'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a web URL', 'https://evil.example/phish'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['path, hash and query tricks', '../../options.html#&q=x?y=z\n\r\u0000'],
    ['100,000 characters', 'x'.repeat(100_000)],
  ])('opens only the extension popup, the selection as its q parameter: %s', (_, selection) => {
    expect(onClicked).toBeDefined();
    onClicked?.({ menuItemId: 'reslens-lookup', selectionText: selection });
    expect(create).toHaveBeenCalledTimes(1);
    const { url } = create.mock.calls[0]?.[0] as { url: string };
    const u = new URL(url);
    const own = new URL(fakeBrowser.runtime.getURL('/'));
    expect(`${u.protocol}//${u.host}`).toBe(`${own.protocol}//${own.host}`);
    expect(u.pathname).toBe('/popup.html');
    expect([...u.searchParams.keys()]).toEqual(['q']); // no tab given here: see the next test
    expect(u.searchParams.get('q')).toBe(selection.slice(0, 200));
    expect(u.hash).toBe('');
  });

  it('names the tab the selection came from, as a number only', () => {
    onClicked?.({ menuItemId: 'reslens-lookup', selectionText: 'Resolution 140' }, { id: 42 });
    const { url } = create.mock.calls[0]?.[0] as { url: string };
    expect([...new URL(url).searchParams.entries()]).toEqual([
      ['q', 'Resolution 140'],
      ['tab', '42'],
    ]);
  });

  it('ignores other menu items and empty selections', () => {
    onClicked?.({ menuItemId: 'something-else', selectionText: 'Resolution 140' });
    onClicked?.({ menuItemId: 'reslens-lookup', selectionText: '' });
    expect(create).not.toHaveBeenCalled();
  });
});
