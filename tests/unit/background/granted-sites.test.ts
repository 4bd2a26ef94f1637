import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncGrantedSites } from '../../../src/background/granted-sites';

// fakeBrowser declares permissions and scripting but does not implement them: stub what the code calls.
function stub(origins: string[], registered: { id: string }[] = []) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [
      { matches: [], js: ['content-scripts/content.js'], css: ['content-scripts/marks.css'] },
    ],
  } as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins, permissions: [] });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue(registered as never);
  const register = vi
    .spyOn(fakeBrowser.scripting, 'registerContentScripts')
    .mockResolvedValue(undefined as never);
  const unregister = vi
    .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
    .mockResolvedValue(undefined as never);
  return { register, unregister };
}

describe('sites the user granted', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers the content script and marks stylesheet for granted sites, not for the defaults', async () => {
    const { register } = stub(['*://*.itu.int/*', 'https://www.wipo.int/*']);
    await syncGrantedSites();
    expect(register).toHaveBeenCalledWith([
      expect.objectContaining({
        matches: ['https://www.wipo.int/*'],
        js: ['content-scripts/content.js'],
        css: ['content-scripts/marks.css'],
      }),
    ]);
  });

  it('unregisters when the last granted site is revoked', async () => {
    const { register, unregister } = stub(['*://*.un.org/*'], [{ id: 'reslens-user-sites' }]);
    await syncGrantedSites();
    expect(unregister).toHaveBeenCalledWith({ ids: ['reslens-user-sites'] });
    expect(register).not.toHaveBeenCalled();
  });
});
