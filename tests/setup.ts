import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Every test file gets its own empty database and upload folder, made before the config loads.
const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-test-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.HAMAFZA_JOBS = 'off'
process.env.HAMAFZA_TEST_DIR = dir
process.env.PAYLOAD_LOG_LEVEL = 'warn'
process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
