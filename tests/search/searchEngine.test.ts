import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { getSearchEngine } from '../../src/jobs/searchEngine'
import { SearchUnavailableError } from '../../src/search/errors'

describe("the server's one search engine", () => {
  it('is opened again by the next search after it failed to open, instead of failing every search', async () => {
    const good = process.env.SEARCH_DB_PATH
    const blocker = path.join(process.env.HAMAFZA_TEST_DIR!, 'not-a-folder')
    writeFileSync(blocker, 'a file where the index folder should be')
    process.env.SEARCH_DB_PATH = path.join(blocker, 'search.db')
    try {
      await expect(getSearchEngine()).rejects.toBeInstanceOf(SearchUnavailableError)
    } finally {
      process.env.SEARCH_DB_PATH = good
    }
    const engine = await getSearchEngine()
    expect(await engine.health()).toMatchObject({ ok: true, engine: 'embedded', documents: 0 })
    await engine.close()
  })
})
