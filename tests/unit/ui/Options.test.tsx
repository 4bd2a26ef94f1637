// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings } from '../../../src/shared/settings';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';

const DEFAULT_ORIGINS = ['*://*.itu.int/*', '*://*.un.org/*', '*://undocs.org/*', '*://*.undocs.org/*'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({
    origins: DEFAULT_ORIGINS,
    permissions: [],
  } as never);
});
afterEach(cleanup);

async function open() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Sites' });
}

describe('options page', () => {
  it('shows the defaults read-only and every setting with its default', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ResLens settings');
    expect(screen.getByText('None yet.')).toBeTruthy();
    expect((screen.getByLabelText('ITU Council') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Mark only references with a problem/) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((screen.getByLabelText("The page's language") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Language') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Dotted underline') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves each change at once', async () => {
    await open();
    fireEvent.click(screen.getByLabelText('UN Security Council'));
    await waitFor(async () => expect((await loadSettings()).bodies.SC).toBe(false));
    fireEvent.click(screen.getByLabelText(/Mark only references with a problem/));
    fireEvent.click(screen.getByLabelText('Always one language'));
    await waitFor(() =>
      expect((screen.getByLabelText('Language') as HTMLSelectElement).disabled).toBe(false),
    );
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });
    fireEvent.change(screen.getByLabelText(/Delay before the card opens/), { target: { value: '700' } });
    await waitFor(async () =>
      expect(await loadSettings()).toMatchObject({
        onlyProblems: true,
        linkLanguage: 'fixed',
        fixedLinkLanguage: 'ar',
        tooltipDelayMs: 700,
      }),
    );
    expect(screen.getByText('Saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await loadSettings()).toEqual(DEFAULT_SETTINGS));
  });

  it('survives a corrupted stored value, says so, and keeps the valid parts', async () => {
    await fakeBrowser.storage.sync.set({ settings: { tooltipDelayMs: 900, markStyle: ['?'], bodies: 7 } });
    await open();
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect((screen.getByLabelText(/Delay before the card opens/) as HTMLInputElement).value).toBe('900');
    expect((screen.getByLabelText('Dotted underline') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('UN General Assembly') as HTMLInputElement).checked).toBe(true);
  });

  it('asks for a host permission at the moment a site is added, and reports a refusal', async () => {
    await open();
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    fireEvent.input(screen.getByLabelText('Add a site (host name)'), { target: { value: 'bad host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Enter a host name such as example.org.')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();

    fireEvent.input(screen.getByLabelText('Add a site (host name)'), {
      target: { value: 'https://example.org/x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    // Synchronously, inside the click: browsers prompt only during a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['*://example.org/*'] });
    expect(await screen.findByText('Permission for example.org was not granted.')).toBeTruthy();
  });

  it('lists granted sites with a way to remove them', async () => {
    vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({
      origins: [...DEFAULT_ORIGINS, '*://*.example.org/*'],
      permissions: [],
    } as never);
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true as never);
    await open();
    const button = await screen.findByRole('button', { name: 'Remove example.org' });
    expect(screen.getByTestId('user-sites').textContent).toContain('and its subdomains');
    fireEvent.click(button);
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['*://*.example.org/*'] }));
  });
});
