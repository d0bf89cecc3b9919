/**
 * `npm run bench:search [-- --sizes 10000,100000] [--n 100000] [--seed 1] [--per-kind 300] [--keep] [--reuse <dir>]`
 *
 * For each size: generates a Persian/English corpus, loads the search index and the Payload database
 * (prepare.ts, its own process), starts the production build with `next start` on loopback, and
 * measures /api/search by query kind, publish → searchable, the server's memory, and the same queries
 * as Payload database queries. When the Meilisearch test server is installed (linux-x64, see
 * tests/support/meilisearchServer.ts), the same corpus is then reindexed into it and measured the same
 * way with the app searching Meilisearch, side by side (`--engines embedded` measures one engine).
 * Prints the tables per size and writes bench/search-<n>.json.
 * Speed and memory are checked here, by figures, never by timed tests.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureFreshBuild } from '../../tests/browser/support/build'
import { projectRoot } from '../../tests/browser/support/paths'
import { meilisearchBinary, startMeilisearch, testedMeilisearchVersion, type RunningMeilisearch } from '../../tests/support/meilisearchServer'
import { createCorpus } from './corpus'
import { percentiles } from './measure'
import { adminLogin, firstAdminToken, measureDatabase, measurePublish, measureSearch, withoutSamples, type KindResult, type PublishResult } from './phases'
import { buildQueries, queryKinds, type BenchQuery, type QueryKind } from './queries'
import { growthTable, sideBySideTable, sizeTable, type MeilisearchResult, type SizeResult } from './report'
import { diskMb, ScheduledWork, startServer, treeRssMb, untilQuietWindow, type ServerOptions } from './server'

const flag = (name: string) => process.argv.includes(`--${name}`)
const option = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback
}
const count = (text: string) => Number(text.replaceAll('_', '').replace(/k$/i, '000'))

const settings = {
  sizes: option('sizes', option('n', '100000')).split(',').map(count),
  seed: Number(option('seed', '1')),
  perKind: count(option('per-kind', '300')),
  warmup: count(option('warmup', '30')),
  kindBudgetMs: Number(option('kind-budget-s', '120')) * 1000,
  databasePerKind: count(option('db-per-kind', '20')),
  databaseBudgetMs: Number(option('db-budget-s', '120')) * 1000,
  publishes: count(option('publishes', '20')),
  // Start the server only when this long remains before the next ten-minute mark (see untilQuietWindow).
  quietWindowMs: Number(option('quiet-window-min', '6')) * 60_000,
  reconcileBudgetS: option('reconcile-budget-s', '300'),
  keep: flag('keep'),
  engines: option('engines', 'embedded,meilisearch').split(','),
  // One folder per size, in the order of --sizes.
  reuse: option('reuse', '').split(',').filter(Boolean),
}

const log = (message: string) => process.stderr.write(`${message}\n`)

const runPrepare = (n: number, dir: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/prepare.ts', '--n', String(n), '--seed', String(settings.seed), '--dir', dir, '--reconcile-budget-s', settings.reconcileBudgetS], {
      cwd: projectRoot,
      // Its output is progress: to stderr, so stdout holds the tables alone.
      stdio: ['ignore', 2, 2],
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare exited with ${code}`))))
  })

type MeilisearchIndex = NonNullable<ServerOptions['meilisearch']>

/**
 * The reindex `npm run reindex` runs (scripts/bench/reindex.ts, a process of its own): over a reused
 * corpus, indexed by an earlier version, into its embedded index; or into a Meilisearch index.
 */
const runReindex = (dir: string, meilisearch?: MeilisearchIndex) =>
  new Promise<SizeResult['prepare']['reconcileRebuild']>((resolve, reject) => {
    log(`reindex (reconcileSearch with rebuild) into ${meilisearch ? 'Meilisearch' : 'the embedded index'} …`)
    const engine = meilisearch
      ? { MEILISEARCH_URL: meilisearch.url, MEILISEARCH_API_KEY: meilisearch.apiKey, MEILISEARCH_INDEX: meilisearch.index }
      : {}
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/reindex.ts', '--dir', dir, '--engine', meilisearch ? 'meilisearch' : 'embedded'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 2],
      env: { ...process.env, ...engine, NODE_OPTIONS: '--no-deprecation' },
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`reindex exited with ${code}`))
      const measured = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
      log(`  ${measured.seconds} s, ${measured.documentsPerSecond} documents/s, peak RSS ${measured.peakRssMb} MB`)
      resolve({ completed: true, ...measured })
    })
  })

const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '?',
  memoryGb: Math.round(os.totalmem() / 1073741824),
  node: process.version,
  loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
})

interface EngineRun {
  search: Record<QueryKind, KindResult>
  publish: PublishResult
  rss: { afterWarmupMb: number; afterQueries: ReturnType<typeof treeRssMb>; meilisearchMb: number | null }
  alignedWaitMs: number
}

/**
 * The app with its jobs worker, searching one engine: the queries by kind, then publish → searchable,
 * and the memory of the app (and of Meilisearch, when it searches there) after the queries.
 */
const measureEngine = async (
  options: Omit<ServerOptions, 'jobs' | 'readyPath'>,
  queries: Record<QueryKind, BenchQuery[]>,
  warmup: BenchQuery[],
  scheduled: ScheduledWork,
  firstServer: boolean,
  meilisearch: RunningMeilisearch | null,
): Promise<EngineRun> => {
  const alignedWaitMs = await untilQuietWindow(settings.quietWindowMs)
  if (alignedWaitMs) log(`waited ${Math.round(alignedWaitMs / 1000)} s to start just after a scheduled reconciliation mark`)
  log(`starting next start with the jobs worker, searching ${options.meilisearch ? 'Meilisearch' : 'the embedded index'} …`)
  const server = await startServer({ ...options, jobs: true, readyPath })
  try {
    log('search queries:')
    let afterWarmupMb = 0
    const search = await measureSearch(server.url, queries, warmup, settings.kindBudgetMs, scheduled, () => {
      afterWarmupMb = treeRssMb(server.pid).totalMb
    })
    const afterQueries = treeRssMb(server.pid)
    const meilisearchMb = meilisearch ? treeRssMb(meilisearch.pid).totalMb : null
    log('publish → searchable:')
    const token = firstServer ? await firstAdminToken(server.url).catch(() => adminLogin(server.url)) : await adminLogin(server.url)
    const publish = await measurePublish(server.url, token, settings.publishes, scheduled)
    log(`  p50 ${publish.fromRequest.p50} ms, p95 ${publish.fromRequest.p95} ms`)
    return { search, publish, rss: { afterWarmupMb, afterQueries, meilisearchMb }, alignedWaitMs }
  } catch (error) {
    log(server.output())
    throw error
  } finally {
    await server.stop()
  }
}

const readyPath = `/api/search?q=${encodeURIComponent('آموزش')}`

/** The Meilisearch side: the same corpus reindexed into a server of its own, then measured as the embedded engine was. */
const measureMeilisearch = async (
  dir: string,
  files: { databaseFile: string; searchDbPath: string },
  queries: Record<QueryKind, BenchQuery[]>,
  warmup: BenchQuery[],
  scheduled: ScheduledWork,
): Promise<{ result: Omit<MeilisearchResult, 'database'>; search: Record<QueryKind, KindResult> }> => {
  log(`starting Meilisearch ${testedMeilisearchVersion} on loopback …`)
  const server = await startMeilisearch()
  try {
    const index = { url: server.url, apiKey: server.apiKey, index: 'hamafza' }
    const build = await runReindex(dir, index)
    const indexMb = diskMb(server.dbPath)
    const run = await measureEngine({ dir, ...files, meilisearch: index }, queries, warmup, scheduled, false, server)
    return {
      search: run.search,
      result: {
        version: testedMeilisearchVersion,
        build,
        indexMb,
        search: withoutSamples(run.search),
        publish: run.publish,
        rss: { appMb: run.rss.afterQueries.totalMb, meilisearchMb: run.rss.meilisearchMb ?? 0 },
      },
    }
  } finally {
    await server.stop()
  }
}

const benchSize = async (n: number, reuse: string | undefined): Promise<SizeResult> => {
  const started = Date.now()
  const startMachine = machine()
  // --reuse <dir> measures again on a corpus prepared (and kept) by an earlier run of the same size.
  const reused = reuse && existsSync(path.join(reuse, 'prepare.json')) ? reuse : null
  const dir = reused ?? mkdtempSync(path.join(os.tmpdir(), `hamafza-bench-${n}-`))
  const databaseFile = path.join(dir, 'hamafza.db')
  const searchDbPath = path.join(dir, 'search.db')
  log(`\n== ${n.toLocaleString('en')} documents in ${dir}`)
  try {
    if (!reused) await runPrepare(n, dir)
    const prepare = JSON.parse(readFileSync(path.join(dir, 'prepare.json'), 'utf8')) as SizeResult['prepare'] & { n: number }
    if (prepare.n !== n) throw new Error(`${dir} holds ${prepare.n} documents, not ${n}`)
    if (reused) prepare.reconcileRebuild = await runReindex(dir)
    const embeddedIndexMb = diskMb(searchDbPath, `${searchDbPath}-wal`)
    // The queries come from the same vocabulary as the corpus; the warm-up draws its own.
    const corpus = createCorpus({ n, seed: settings.seed })
    const queries = buildQueries(corpus, settings.perKind)
    const warmupSets = buildQueries(corpus, Math.ceil(settings.warmup / queryKinds.length), settings.seed + 1000)
    const warmup = queryKinds.flatMap((kind) => warmupSets[kind])

    // The jobs worker runs, as in production, for the search queries and the publishes.
    const scheduled = new ScheduledWork(databaseFile)
    try {
      const embedded = await measureEngine({ dir, databaseFile, searchDbPath }, queries, warmup, scheduled, true, null)
      const binary = meilisearchBinary()
      const sideBySide = settings.engines.includes('meilisearch') && 'path' in binary
      if (settings.engines.includes('meilisearch') && 'reason' in binary) log(`Meilisearch not measured: ${binary.reason}`)
      const meilisearch = sideBySide ? await measureMeilisearch(dir, { databaseFile, searchDbPath }, queries, warmup, scheduled) : null

      log('database queries (next start without the jobs worker):')
      const server = await startServer({ jobs: false, dir, databaseFile, searchDbPath, readyPath })
      let database: SizeResult['database']
      let afterDatabase: ReturnType<typeof treeRssMb>
      try {
        const token = await adminLogin(server.url)
        database = await measureDatabase(server.url, token, queries, embedded.search, settings.databasePerKind, settings.databaseBudgetMs)
        afterDatabase = treeRssMb(server.pid)
      } catch (error) {
        log(server.output())
        throw error
      } finally {
        await server.stop()
      }
      const endMachine = machine()
      return {
        n,
        startedAt: new Date(started).toISOString(),
        minutes: Math.round((Date.now() - started) / 6000) / 10,
        machine: {
          cpus: startMachine.cpus,
          cpuModel: startMachine.cpuModel,
          memoryGb: startMachine.memoryGb,
          node: startMachine.node,
          loadAverageAtStart: startMachine.loadAverage,
          loadAverageAtEnd: endMachine.loadAverage,
        },
        prepare,
        search: withoutSamples(embedded.search),
        database,
        publish: embedded.publish,
        rss: {
          afterWarmupMb: embedded.rss.afterWarmupMb,
          afterQueriesMb: embedded.rss.afterQueries.totalMb,
          afterDatabaseQueriesMb: afterDatabase.totalMb,
          processes: embedded.rss.afterQueries.processes.map(({ name, rssMb }) => ({ name, rssMb })),
        },
        embeddedIndexMb,
        ...(meilisearch && {
          meilisearch: {
            ...meilisearch.result,
            // The same database queries against Meilisearch's times on the same queries.
            database: Object.fromEntries(
              queryKinds.map((kind) => {
                const same = percentiles(meilisearch.search[kind].samples.slice(0, database[kind].database.count))
                return [kind, { search: same, ratioP50: Math.round(database[kind].database.p50 / same.p50), ratioP95: Math.round(database[kind].database.p95 / same.p95) }]
              }),
            ) as MeilisearchResult['database'],
          },
        }),
        scheduledReconciliation: {
          alignedWaitSeconds: Math.round(embedded.alignedWaitMs / 1000),
          waits: scheduled.waits,
          waitedSeconds: Math.round(scheduled.waitedMs / 1000),
          overlappedRequests: scheduled.overlapped,
        },
      }
    } finally {
      scheduled.close()
    }
  } finally {
    if (settings.keep || reused) log(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

const main = async () => {
  log(`bench:search sizes ${settings.sizes.join(', ')}, seed ${settings.seed}, ${settings.perKind} queries per kind`)
  await ensureFreshBuild()
  const benchDir = path.join(projectRoot, 'bench')
  mkdirSync(benchDir, { recursive: true })
  const results: SizeResult[] = []
  for (const [i, n] of settings.sizes.entries()) {
    const result = await benchSize(n, settings.reuse[i])
    results.push(result)
    writeFileSync(path.join(benchDir, `search-${n}.json`), `${JSON.stringify({ settings, ...result }, null, 2)}\n`)
    process.stdout.write(`\n${sizeTable(result)}\n`)
    const sideBySide = sideBySideTable(result)
    if (sideBySide) process.stdout.write(`\n${sideBySide}\n`)
  }
  const growth = growthTable(results)
  if (growth) process.stdout.write(`\n${growth}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
