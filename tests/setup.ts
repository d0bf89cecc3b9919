import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// A MongoDB server named by DATABASE_URL is kept for tests/mongodb.test.ts, and a Meilisearch server named
// by MEILISEARCH_URL for the search contract (tests/search/contract.test.ts), which run on them. Every other
// file runs on its own SQLite file and embedded index whatever the addresses, so files never share state.
if (/^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URL ?? '')) process.env.HAMAFZA_TEST_MONGODB_URL ??= process.env.DATABASE_URL
if (process.env.MEILISEARCH_URL?.trim()) process.env.HAMAFZA_TEST_MEILISEARCH_URL ??= process.env.MEILISEARCH_URL
delete process.env.MEILISEARCH_URL

// Every test file gets its own empty database and upload folder, made before the config loads.
const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-test-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.HAMAFZA_JOBS = 'off'
process.env.HAMAFZA_TEST_DIR = dir
process.env.PAYLOAD_LOG_LEVEL = 'warn'
process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
