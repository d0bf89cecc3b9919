import type { TestProject } from 'vitest/node'

import type { MeilisearchForTests } from './meilisearch'
import { meilisearchBinary, startMeilisearch } from './meilisearchServer'

const provide = (project: TestProject, meilisearch: MeilisearchForTests) => project.provide('meilisearch', meilisearch)

/**
 * Once per test run, for every project: the Meilisearch server the contract, the adapter's own tests
 * and the `meilisearch` project run against. A server named by MEILISEARCH_URL (and its key in
 * MEILISEARCH_API_KEY) is used as given; otherwise the packaged one is started on loopback and stopped,
 * by its process id, when the run ends, failed or not. Without either, the tests that need one skip
 * and print why.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.MEILISEARCH_URL?.trim()
  if (given) {
    provide(project, { url: given, apiKey: process.env.MEILISEARCH_API_KEY?.trim() ?? '' })
    return undefined
  }
  const binary = meilisearchBinary()
  if ('reason' in binary) {
    console.log(`[meilisearch] no test server: ${binary.reason}; the Meilisearch tests are skipped`)
    provide(project, { skipped: binary.reason })
    return undefined
  }
  const started = Date.now()
  const server = await startMeilisearch()
  console.log(`[meilisearch] test server ${server.url} (pid ${server.pid}) ready in ${Date.now() - started} ms`)
  provide(project, { url: server.url, apiKey: server.apiKey })
  return () => server.stop()
}
