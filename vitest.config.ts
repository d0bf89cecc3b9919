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

const unitTests = ['tests/**/*.test.ts', 'src/**/*.test.ts']
const notUnitTests = ['tests/browser/**', '**/node_modules/**']

const project = (...configs: ViteUserConfig[]) => configs.reduce((merged, config) => mergeConfig(merged, config), shared)

export default defineConfig({
  test: {
    // Once per run, whichever projects run: the Meilisearch test server (tests/support/meilisearchGlobalSetup.ts).
    globalSetup: ['tests/support/meilisearchGlobalSetup.ts'],
    reporters: ['default'],
    // Both cores: a browser test mostly waits on its server and Chromium while a unit test computes, so two
    // files side by side take about two thirds of the time one after the other did.
    maxWorkers: 2,
    projects: [
      project({ test: { name: 'unit', include: unitTests, exclude: notUnitTests } }),
      // The tests that store and link documents once more on uuid ids, so no code may take ids for numbers
      // (MongoDB's are ObjectIDs). Left out: tests that touch no document id (src/, the search engines and
      // their benchmark corpus, PDFs, the proxy, MongoDB) and those on numeric ids only (backups, the generated types,
      // the commands, which run the committed migrations).
      project({
        test: {
          name: 'uuid',
          include: ['tests/**/*.test.ts'],
          exclude: [...notUnitTests, 'tests/search/**', 'tests/bench/**', 'tests/search-reliability.test.ts', 'tests/backup*.test.ts', 'tests/generated.test.ts', 'tests/seed.test.ts', 'tests/commandLine.test.ts', 'tests/pdfLetters.test.ts', 'tests/site/proxy.test.ts', 'tests/mongodb.test.ts'],
          env: { HAMAFZA_ID_TYPE: 'uuid' },
        },
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
