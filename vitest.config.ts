import path from 'node:path'

import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config'

/** What every project shares. Projects take it explicitly rather than extend this file, so the global setup below runs once. */
const shared: ViteUserConfig = {
  resolve: {
    alias: { '@payload-config': path.resolve(__dirname, 'payload.config.ts'), '@': path.resolve(__dirname, 'src') },
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
}

/** The browser tests drive the production build; their global setup rebuilds it when stale and seeds the demo content. */
const browser: ViteUserConfig = {
  test: {
    globalSetup: ['tests/browser/support/globalSetup.ts'],
    testTimeout: 120_000,
    // A page on a busy two-core machine can take seconds to settle; polls wait for it, not a fixed sleep.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
}

const project = (...configs: ViteUserConfig[]) => configs.reduce((merged, config) => mergeConfig(merged, config), shared)

export default defineConfig({
  test: {
    // Once per run, whichever projects run: the Meilisearch test server (tests/support/meilisearchGlobalSetup.ts).
    globalSetup: ['tests/support/meilisearchGlobalSetup.ts'],
    reporters: ['default'],
    projects: [
      project({
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] },
      }),
      // Real-browser tests; their global setup runs only when one of them is selected.
      project(browser, { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } }),
      // The app on Meilisearch end to end: the search journeys and the reliability test once more, with the
      // app's search on the test server (tests/setup.ts gives each file an index of its own).
      project(browser, {
        test: {
          name: 'meilisearch',
          include: ['tests/browser/search.test.ts', 'tests/search-reliability.test.ts'],
          env: { HAMAFZA_TEST_SEARCH_ENGINE: 'meilisearch' },
        },
      }),
    ],
  },
})
