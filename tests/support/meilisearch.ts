import { randomBytes } from 'node:crypto'

import { inject } from 'vitest'

import type { MeilisearchConnection } from './meilisearchServer'

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

/** An index name no other file, server or run uses. */
export const testIndexUid = (purpose: string) => `hamafza-${purpose}-${process.pid}-${randomBytes(4).toString('hex')}`

/** Removes a test's index; a missing one is already gone. */
export const dropTestIndex = async ({ url, apiKey }: MeilisearchConnection, uid: string): Promise<void> => {
  const response = await fetch(`${url}/indexes/${encodeURIComponent(uid)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${apiKey}` } })
  if (!response.ok && response.status !== 404) throw new Error(`removing the index ${uid}: HTTP ${response.status} ${await response.text()}`)
}
