import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, expect } from 'vitest'

import { dropTestIndex, searchEngineUnderTest, testIndexUid, testMeilisearch } from './support/meilisearch'

// A MongoDB server named by DATABASE_URL is kept for tests/mongodb.test.ts, which runs on it. The run's
// Meilisearch server reaches the tests through inject('meilisearch') (tests/support/meilisearch.ts), never
// through the environment: every file runs on its own SQLite file and embedded index unless its project
// says otherwise, so files never share state.
if (/^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URL ?? '')) process.env.HAMAFZA_TEST_MONGODB_URL ??= process.env.DATABASE_URL
delete process.env.MEILISEARCH_URL
delete process.env.MEILISEARCH_API_KEY
delete process.env.MEILISEARCH_INDEX

// Every test file gets its own empty database and upload folder, made before the config loads.
const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-test-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.HAMAFZA_JOBS = 'off'
process.env.HAMAFZA_TEST_DIR = dir
process.env.PAYLOAD_LOG_LEVEL = 'warn'
process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
// E-mail goes to this file's own outbox unless a test starts an SMTP server (tests/support/smtp.ts).
delete process.env.SMTP_URL
process.env.MAIL_OUTBOX_DIR = path.join(dir, 'outbox')

// The `meilisearch` project: this file's app code searches the test server, in an index of its own.
const meilisearch = searchEngineUnderTest() === 'meilisearch' ? testMeilisearch() : null
if (meilisearch) {
  const uid = testIndexUid('file')
  process.env.MEILISEARCH_URL = meilisearch.url
  process.env.MEILISEARCH_API_KEY = meilisearch.apiKey
  process.env.MEILISEARCH_INDEX = uid
  afterAll(() => dropTestIndex(meilisearch, uid))
}

// A worker whose event loop stops for a minute misses its own calls to Vitest, which then fails the whole
// run with "Timeout calling onTaskUpdate" and no test named. A stop of ten seconds or more is reported
// here with the test that was running, so the cause can be found and fixed rather than the run retried.
const watchEvery = 1000
// performance.now(), not Date.now(): tests that fake the date would read as a stop.
let lastTick = performance.now()
setInterval(() => {
  const now = performance.now()
  const stopped = now - lastTick - watchEvery
  lastTick = now
  if (stopped < 10_000) return
  const state = expect.getState()
  const file = path.relative(process.cwd(), state.testPath ?? '?')
  process.stderr.write(`[event loop] stopped ${(stopped / 1000).toFixed(1)} s in ${file} › ${state.currentTestName ?? '(between tests)'}\n`)
}, watchEvery).unref()
