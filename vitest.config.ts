import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(__dirname, 'payload.config.ts'), '@': path.resolve(__dirname, 'src') },
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] },
      },
      {
        // Real-browser tests drive the production build; their global setup rebuilds it when stale,
        // and runs only when one of them is selected.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/support/globalSetup.ts'],
          testTimeout: 120_000,
          // A page on a busy two-core machine can take seconds to settle; polls wait for it, not a fixed sleep.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
})
