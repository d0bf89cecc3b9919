import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe } from 'vitest'

import { EmbeddedSearchEngine } from '../../src/search/embedded/engine'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine'
import { meilisearchSkipped, testIndexUid, testMeilisearch } from '../support/meilisearch'
import { describeCompoundContract } from './compounds'
import { describeSearchContract } from './contract'

const embedded = async () => {
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
}
describeSearchContract('embedded', embedded)
describeCompoundContract('embedded', embedded)

// The run's Meilisearch server (tests/support/meilisearchGlobalSetup.ts), in an index of this file's own.
const meilisearch = testMeilisearch()
const onMeilisearch = (name: string) => async () => {
  const engine = new MeilisearchEngine({ url: meilisearch!.url, apiKey: meilisearch!.apiKey, indexUid: testIndexUid(name) })
  await engine.init()
  return { engine, dispose: () => engine.dropIndex() }
}

// Without a server the same contract is listed as skipped, with the reason; the engines are made only when it runs.
if (!meilisearch) console.log(`Meilisearch contract skipped: ${meilisearchSkipped()}`)
describe.skipIf(!meilisearch)(meilisearch ? 'on Meilisearch' : `on Meilisearch (${meilisearchSkipped()})`, () => {
  describeSearchContract('Meilisearch', onMeilisearch('contract'))
  describeCompoundContract('Meilisearch', onMeilisearch('compounds'))
})
