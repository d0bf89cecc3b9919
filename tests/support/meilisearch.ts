import { inject } from 'vitest'

import type { MeilisearchConnection } from './meilisearchServer'

export { dropTestIndex, testIndexUid } from './meilisearchServer'

/** The run's Meilisearch server, as the global setup (meilisearchGlobalSetup.ts) found or started it. */
export type MeilisearchForTests = MeilisearchConnection | { skipped: string }

declare module 'vitest' {
  export interface ProvidedContext {
    meilisearch: MeilisearchForTests
  }
}

/** The server, or null when this machine has none (`meilisearchSkipped` says why). */
export const testMeilisearch = (): MeilisearchConnection | null => {
  const given = inject('meilisearch')
  return 'url' in given ? given : null
}

export const meilisearchSkipped = (): string => {
  const given = inject('meilisearch')
  return 'skipped' in given ? given.skipped : ''
}

/**
 * The engine the app's search runs on in this Vitest project: the `meilisearch` project runs the
 * search journeys and the reliability test again on the test server (vitest.config.ts).
 */
export const searchEngineUnderTest = (): 'embedded' | 'meilisearch' =>
  process.env.HAMAFZA_TEST_SEARCH_ENGINE === 'meilisearch' ? 'meilisearch' : 'embedded'

/** The server the built app's search should use in this project: none (the embedded engine) unless the `meilisearch` project. */
export const appSearchServer = (): MeilisearchConnection | undefined =>
  searchEngineUnderTest() === 'meilisearch' ? (testMeilisearch() ?? undefined) : undefined

/** The `meilisearch` project on a machine without the server: its files skip, saying why. */
export const meilisearchProjectUnavailable = (): boolean => searchEngineUnderTest() === 'meilisearch' && testMeilisearch() === null
