import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { siteSettingsPlugin } from './src/integrations/site-settings';
import { dataModulesPlugin } from './src/integrations/widget-data';
import { readSiteSettings } from './src/lib/settings/read-site-settings';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Property tests run a hundred cases; on a busy two-core machine that can take longer than the default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // Islands rendered with Preact in a DOM (happy-dom), without a build or a browser: what a widget shows and
        // does for clicks and keys. Layout, print, embeds, servers and a11y stay with e2e.
        resolve: { alias },
        plugins: [dataModulesPlugin('content'), siteSettingsPlugin(readSiteSettings('content'))],
        test: {
          name: 'component',
          include: ['test/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One build, served once, shared by every browser test file.
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // A busy 2-core machine (a build beside the suite) can take many seconds to render a page. The tests
          // wait for what they read, so the limits only bound a real hang; expect.poll's 1 s default would fail
          // a correct page that is merely slow.
          testTimeout: 180_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 60_000 } },
          // Two cores: two Chromium instances at a time is the most that helps.
          maxWorkers: 2,
        },
      },
    ],
  },
});
