/**
 * Times `reconcileSearch` over a prepared benchmark directory (see prepare.ts): the full reindex
 * `npm run reindex` runs (`--mode rebuild`, the default), or the scheduled reconciliation
 * (`--mode reconcile`), against the search index at `--index` (the directory's own search.db when
 * absent; give a copy when someone else reads that one). Prints documents a second, peak resident
 * memory and the load average, the figures the reindex targets are stated in. With `--engine
 * meilisearch`, into the Meilisearch index that MEILISEARCH_URL, MEILISEARCH_API_KEY and
 * MEILISEARCH_INDEX name instead (search.ts starts the server).
 *
 *   tsx scripts/bench/reindex.ts --dir /tmp/hamafza-bench-100000-x --index /tmp/copy/search.db
 */
import { loadavg } from 'node:os'
import path from 'node:path'

const argument = (name: string, fallback?: string): string => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? process.argv[at + 1] : fallback
  if (value === undefined) throw new Error(`--${name} is required`)
  return value
}

const dir = argument('dir')
const mode = argument('mode', 'rebuild')
if (mode !== 'rebuild' && mode !== 'reconcile') throw new Error('--mode is rebuild or reconcile')
const engineName = argument('engine', 'embedded')
if (engineName !== 'embedded' && engineName !== 'meilisearch') throw new Error('--engine is embedded or meilisearch')
process.env.DATABASE_URL = `file:${path.join(dir, 'hamafza.db')}`
process.env.SEARCH_DB_PATH = argument('index', path.join(dir, 'search.db'))
process.env.PAYLOAD_SECRET ??= 'benchmark-only-secret'
process.env.HAMAFZA_JOBS = 'off'
process.env.PAYLOAD_LOG_LEVEL = 'warn'
if (engineName === 'embedded') delete process.env.MEILISEARCH_URL

const megabytes = (bytes: number) => Math.round(bytes / 1048576)

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { reconcileSearch } = await import('../../src/jobs/reconcile')
  const { recordsForRebuild } = await import('../../src/jobs/recordsInWorker')
  const { createSearchEngine } = await import('../../src/search')
  const { peakMemory } = await import('../../src/jobs/peakMemory')
  const payload = await getPayload({ config, cron: false })
  const engine = await createSearchEngine(engineName === 'meilisearch' ? process.env : { SEARCH_DB_PATH: process.env.SEARCH_DB_PATH })
  const before = megabytes(process.memoryUsage().rss)
  const load = loadavg().map((l) => l.toFixed(2)).join(' ')
  const memory = peakMemory()
  const started = performance.now()
  const drift = await reconcileSearch(payload, {
    engine,
    rebuild: mode === 'rebuild',
    // As `npm run reindex` does.
    records: mode === 'rebuild' ? recordsForRebuild(payload) : undefined,
  })
  const seconds = (performance.now() - started) / 1000
  const peak = memory.stop()
  await engine.close()
  const result = {
    engine: engineName,
    mode,
    documents: drift.expected,
    seconds: Math.round(seconds * 10) / 10,
    documentsPerSecond: Math.round(drift.expected / seconds),
    rssBeforeMb: before,
    peakRssMb: megabytes(peak),
    loadAverageBefore: load,
    loadAverageAfter: loadavg().map((l) => l.toFixed(2)).join(' '),
    drift,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`reindex benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
