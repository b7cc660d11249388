import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT has no Preact module: the Vite preset does JSX and the react → preact/compat aliases.
export default defineConfig({
  manifest: {
    name: 'Sidelight',
    description: 'See who claims what, and for which side, in the news article you are reading.',
    // activeTab: access to the current tab only after the reader clicks the icon.
    // scripting: inject the content script into that tab from the popup.
    // storage: remember the reader's side corrections and settings, on this device.
    permissions: ['activeTab', 'scripting', 'storage'],
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
      gecko: { id: 'sidelight@example.org', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
});
