import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SITE_PATTERNS } from './src/core/sites';

// Permissions are the minimum the features need; README.md § Permissions justifies each one and
// tests/unit/manifest.test.ts holds the built manifests to exactly this set.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'ResLens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...DEFAULT_SITE_PATTERNS],
    // MV2 has no optional_host_permissions: there an optional host is an optional permission.
    ...(manifestVersion === 2
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reslens@reslens.dev',
              // data_collection_permissions exists from Firefox 140 (Android 142): web-ext lint holds us to it.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The marks' stylesheet is a CSS entrypoint (entrypoints/marks.content.css); listing it beside the
    // content script makes the browser inject it as an extension stylesheet, which page CSP cannot block.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? [])
        script.css = [...(script.css ?? []), 'content-scripts/marks.css'];
    },
  },
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'bench-results/**', '.ci/**'],
  },
});
