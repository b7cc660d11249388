import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The end-to-end tests build a variant (SIDELIGHT_E2E=1, into .output-e2e/) that may script
 * pages on 127.0.0.1 without a click, because a test cannot perform the toolbar click that grants
 * activeTab. The extension readers install asks for no host permission at all.
 */
const e2e = process.env.SIDELIGHT_E2E === '1';

// WXT has no Preact module: the Vite preset does JSX and the react → preact/compat aliases.
export default defineConfig({
  outDir: e2e ? '.output-e2e' : '.output',
  manifest: {
    name: 'Sidelight',
    description: 'See who claims what, and for which side, in the news article you are reading.',
    // activeTab: access to the current tab only, and only after the reader clicks the icon.
    // scripting: inject the content script into that tab from the popup.
    // storage: remember the reader's side corrections and settings, on this device.
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Sidelight: who claims what' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next claim on the page',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous claim on the page',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'sidelight@sidelight.invalid',
        strict_min_version: '142.0',
        // Sidelight collects and sends nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.SIDELIGHT_E2E': JSON.stringify(e2e) },
    build: { target: 'es2022' },
  }),
});
