/**
 * One size of the benchmark, before the server starts: generates the corpus, loads it into a fresh
 * search index through the engine's own `upsert` (as the jobs do, in batches) and into a fresh Payload
 * SQLite database (bulk, see database.ts), then times `reconcileSearch({ rebuild: true })`, the
 * reindex `npm run reindex` runs, over that database. Run as its own process (the Payload config
 * reads DATABASE_URL once): `tsx scripts/bench/prepare.ts --n 10000 --seed 1 --dir /tmp/x`.
 */
import { statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import type { SearchDocument, SearchEngine } from '../../src/search/port'

const argument = (name: string, fallback?: string): string => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? process.argv[at + 1] : fallback
  if (value === undefined) throw new Error(`--${name} is required`)
  return value
}

const n = Number(argument('n'))
const seed = Number(argument('seed', '1'))
const dir = argument('dir')
const batchSize = Number(argument('batch', '1000'))
// The rebuild through Payload stops after this long; its rate is then measured on what it did.
const reconcileBudgetMs = Number(argument('reconcile-budget-s', '300')) * 1000
const databaseFile = path.join(dir, 'hamafza.db')
const searchDbPath = path.join(dir, 'search.db')

// Before the config is imported: it reads these once.
process.env.DATABASE_URL = `file:${databaseFile}`
process.env.SEARCH_DB_PATH = searchDbPath
process.env.PAYLOAD_SECRET ??= 'benchmark-only-secret'
process.env.HAMAFZA_JOBS = 'off'
process.env.PAYLOAD_LOG_LEVEL = 'warn'
delete process.env.MEILISEARCH_URL

const seconds = (ms: number) => Math.round(ms / 100) / 10
const sizeOf = (file: string) => {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
/** The database file with its write-ahead log. */
const megabytes = (file: string) => Math.round((sizeOf(file) + sizeOf(`${file}-wal`)) / 1048576)
const log = (message: string) => process.stderr.write(`[prepare ${n}] ${message}\n`)

class OutOfTime extends Error {}

type Reconcile = typeof import('../../src/jobs/reconcile').reconcileSearch

/**
 * Times `reconcileSearch({ rebuild: true })`, the reindex `npm run reindex` runs, over the whole
 * database. Past the budget it is stopped between batches (rewriting an entry is idempotent), and the
 * figure is the rate it kept until then.
 */
const timeReconcile = async (payload: Parameters<Reconcile>[0], engine: SearchEngine, reconcile: Reconcile, budgetMs: number) => {
  if (budgetMs <= 0) return { skipped: true }
  log('reconcileSearch({ rebuild: true }) over the database …')
  const { peakMemory } = await import('../../src/jobs/peakMemory')
  const memory = peakMemory()
  const started = performance.now()
  const progress: [number, number][] = []
  let done = 0
  try {
    const { recordsForRebuild } = await import('../../src/jobs/recordsInWorker')
    const drift = await reconcile(payload, {
      engine,
      rebuild: true,
      records: recordsForRebuild(payload),
      onProgress: (count) => {
        done = count
        const elapsed = performance.now() - started
        progress.push([count, seconds(elapsed)])
        if (elapsed > budgetMs && count < n) throw new OutOfTime()
      },
    })
    const ms = performance.now() - started
    const peakRssMb = Math.round(memory.stop() / 1048576)
    const documentsPerSecond = Math.round(drift.expected / (ms / 1000))
    log(`reindex through Payload: ${seconds(ms)} s, ${documentsPerSecond} documents/s, peak RSS ${peakRssMb} MB (${JSON.stringify(drift)})`)
    return { completed: true, seconds: seconds(ms), documents: drift.expected, documentsPerSecond, peakRssMb, loadAverage: loadavg(), drift, progress }
  } catch (error) {
    if (!(error instanceof OutOfTime)) throw error
    const ms = performance.now() - started
    const rate = done / (ms / 1000)
    const peakRssMb = Math.round(memory.stop() / 1048576)
    log(`reindex through Payload stopped after ${seconds(ms)} s at ${done} / ${n} (${rate.toFixed(1)} documents/s, peak RSS ${peakRssMb} MB)`)
    return {
      completed: false,
      seconds: seconds(ms),
      documents: done,
      documentsPerSecond: Math.round(rate * 10) / 10,
      projectedSeconds: Math.round(n / rate),
      peakRssMb,
      loadAverage: loadavg(),
      progress,
    }
  }
}

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { migrations } = await import('../../src/migrations')
  const { reconcileSearch } = await import('../../src/jobs/reconcile')
  const { toSearchDocument } = await import('../../src/jobs/searchDocuments')
  const { createSearchEngine } = await import('../../src/search')
  const { createCorpus } = await import('./corpus')
  const { insertRecords, insertTaxonomies } = await import('./database')
  const { nextTurn } = await import('../../src/search/nextTurn')

  const payload = await getPayload({ config, cron: false })
  await payload.db.migrate({ migrations } as never)
  const client = (payload.db as unknown as { client: Parameters<typeof insertRecords>[0] }).client
  const engine = await createSearchEngine({ SEARCH_DB_PATH: searchDbPath })

  const corpus = createCorpus({ n, seed })
  await insertTaxonomies(client, corpus.taxonomies)
  const perCollection: Record<string, number> = {}
  const stats = { membersOnly: 0, withEnglish: 0, persianBodyWords: 0 }
  const samples: SearchDocument[] = []
  // Reading a record back with every locale scans its whole `_locales` table: a small sample.
  const sampleEvery = Math.max(1, Math.floor(n / 25))
  let upsertMs = 0
  let databaseMs = 0
  let generateMs = 0
  const wallStarted = performance.now()
  let batch: Parameters<typeof insertRecords>[1] = []
  let index = 0
  const flush = async () => {
    const started = performance.now()
    const documents = batch.map((record) => toSearchDocument(record.collection, record.doc))
    generateMs += performance.now() - started
    for (const document of documents) {
      if (document.visibility === 'members') stats.membersOnly += 1
      if (document.title.en) stats.withEnglish += 1
      stats.persianBodyWords += (document.body.fa ?? '').split(/\s+/).length
      if (index++ % sampleEvery === 0) samples.push(document)
    }
    // The engine's own batched write, exactly what the sync task and the reindex call.
    const upsertStarted = performance.now()
    await engine.upsert(documents, { wait: true })
    upsertMs += performance.now() - upsertStarted
    const databaseStarted = performance.now()
    await insertRecords(client, batch)
    databaseMs += performance.now() - databaseStarted
    batch = []
    // libsql frees statements on the event loop's turns (see nextTurn): without one, 1,000,000
    // documents would not fit in memory.
    await nextTurn()
    if (index % 10_000 < batchSize) log(`${index} / ${n} loaded`)
  }
  let generated = performance.now()
  for (const record of corpus.records()) {
    perCollection[record.collection] = (perCollection[record.collection] ?? 0) + 1
    batch.push(record)
    if (batch.length === batchSize) {
      generateMs += performance.now() - generated
      await flush()
      generated = performance.now()
    }
  }
  generateMs += performance.now() - generated
  if (batch.length) await flush()
  const loadWallMs = performance.now() - wallStarted
  log(`engine upsert ${seconds(upsertMs)} s, database insert ${seconds(databaseMs)} s`)

  // What Payload reads back must be what was indexed, or the comparison would be on different data.
  let mismatches = 0
  let firstMismatch: string | null = null
  for (const expected of samples) {
    const [collection, id] = expected.id.split(':') as [Parameters<typeof toSearchDocument>[0], string]
    const doc = await payload.findByID({ collection, id, locale: 'all', depth: 0, draft: false, overrideAccess: true })
    const actual = toSearchDocument(collection, doc as unknown as Record<string, unknown>)
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      mismatches += 1
      firstMismatch ??= `${expected.id}: ${JSON.stringify(actual).slice(0, 300)} ≠ ${JSON.stringify(expected).slice(0, 300)}`
    }
  }
  log(`${samples.length} records read back through Payload, ${mismatches} differ`)

  const reconcileRebuild = await timeReconcile(payload, engine, reconcileSearch, reconcileBudgetMs)
  await engine.close()

  const index_ = createClient({ url: `file:${searchDbPath}` })
  const terms = Number((await index_.execute('SELECT count(*) AS n FROM search_terms')).rows[0]?.n ?? 0)
  index_.close()

  const result = {
    n,
    seed,
    corpus: {
      perCollection,
      vocabulary: { persian: corpus.vocabulary.persian.length, english: corpus.vocabulary.english.length },
      distinctIndexedTerms: terms,
      membersOnly: stats.membersOnly,
      withEnglish: stats.withEnglish,
      meanPersianBodyWords: Math.round(stats.persianBodyWords / n),
    },
    engineLoad: {
      seconds: seconds(upsertMs),
      documentsPerSecond: Math.round(n / (upsertMs / 1000)),
      batchSize,
      generateSeconds: seconds(generateMs),
      wallSeconds: seconds(loadWallMs),
    },
    databaseLoad: { seconds: seconds(databaseMs), method: 'bulk SQL inserts into the migrated Payload tables' },
    readBack: { sampled: samples.length, mismatches, firstMismatch },
    reconcileRebuild,
    files: { databaseMb: megabytes(databaseFile), searchIndexMb: megabytes(searchDbPath) },
  }
  writeFileSync(path.join(dir, 'prepare.json'), JSON.stringify(result, null, 2))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`prepare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
