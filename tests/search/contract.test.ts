import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, it } from 'vitest'

import { EmbeddedSearchEngine } from '../../src/search/embedded/engine'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine'
import { describeSearchContract } from './contract'

describeSearchContract('embedded', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-search-'))
  const engine = new EmbeddedSearchEngine({ path: path.join(dir, 'search.db') })
  await engine.init()
  return {
    engine,
    dispose: async () => {
      await engine.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})

// MEILISEARCH_URL as given to `npm test` (tests/setup.ts keeps it here and unsets it for every other file).
const meilisearchUrl = process.env.HAMAFZA_TEST_MEILISEARCH_URL?.trim()

if (meilisearchUrl) {
  describeSearchContract('Meilisearch', async () => {
    const engine = new MeilisearchEngine({
      url: meilisearchUrl,
      apiKey: process.env.MEILISEARCH_API_KEY,
      indexUid: `hamafza-contract-${process.pid}-${Date.now()}`,
    })
    await engine.init()
    return { engine, dispose: () => engine.dropIndex() }
  })
} else {
  console.log('Meilisearch contract skipped: MEILISEARCH_URL is not set.')
  describe.skip('the Meilisearch search engine (MEILISEARCH_URL is not set)', () => {
    it('runs the search contract against a live server', () => {})
  })
}
