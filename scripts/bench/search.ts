/**
 * `npm run bench:search [-- --sizes 10000,100000] [--n 100000] [--seed 1] [--per-kind 300] [--keep] [--reuse <dir>]`
 *
 * For each size: generates a Persian/English corpus, loads the search index and the Payload database
 * (prepare.ts, its own process), starts the production build with `next start` on loopback, and
 * measures /api/search by query kind, publish → searchable, the server's memory, and the same queries
 * as Payload database queries. Prints a table per size and writes bench/search-<n>.json.
 * Speed and memory are checked here, by figures, never by timed tests.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureFreshBuild } from '../../tests/browser/support/build'
import { projectRoot } from '../../tests/browser/support/paths'
import { createCorpus } from './corpus'
import { adminLogin, firstAdminToken, measureDatabase, measurePublish, measureSearch } from './phases'
import { buildQueries, queryKinds } from './queries'
import { growthTable, sizeTable, type SizeResult } from './report'
import { ScheduledWork, startServer, treeRssMb, untilQuietWindow } from './server'

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

/**
 * A reused corpus was indexed by an earlier version: its reindex is timed again, as `npm run reindex`
 * runs it (scripts/bench/reindex.ts, a process of its own), and the queries then read the index it built.
 */
const runReindex = (dir: string) =>
  new Promise<SizeResult['prepare']['reconcileRebuild']>((resolve, reject) => {
    log('reindex (reconcileSearch with rebuild) over the reused corpus …')
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/reindex.ts', '--dir', dir], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 2],
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
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
    // The queries come from the same vocabulary as the corpus; the warm-up draws its own.
    const corpus = createCorpus({ n, seed: settings.seed })
    const queries = buildQueries(corpus, settings.perKind)
    const warmupSets = buildQueries(corpus, Math.ceil(settings.warmup / queryKinds.length), settings.seed + 1000)
    const warmup = queryKinds.flatMap((kind) => warmupSets[kind])
    const readyPath = `/api/search?q=${encodeURIComponent('آموزش')}`

    // The jobs worker runs, as in production, for the search queries and the publishes.
    const alignedWaitMs = await untilQuietWindow(settings.quietWindowMs)
    if (alignedWaitMs) log(`waited ${Math.round(alignedWaitMs / 1000)} s to start just after a scheduled reconciliation mark`)
    log('starting next start with the jobs worker …')
    let server = await startServer({ jobs: true, dir, databaseFile, searchDbPath, readyPath })
    const scheduled = new ScheduledWork(databaseFile)
    try {
      log('search queries:')
      let afterWarmupMb = 0
      const search = await measureSearch(server.url, queries, warmup, settings.kindBudgetMs, scheduled, () => {
        afterWarmupMb = treeRssMb(server.pid).totalMb
      })
      const afterQueries = treeRssMb(server.pid)
      log('publish → searchable:')
      const publish = await measurePublish(server.url, await firstAdminToken(server.url).catch(() => adminLogin(server.url)), settings.publishes, scheduled)
      log(`  p50 ${publish.fromRequest.p50} ms, p95 ${publish.fromRequest.p95} ms`)
      await server.stop()

      log('database queries (next start without the jobs worker):')
      server = await startServer({ jobs: false, dir, databaseFile, searchDbPath, readyPath })
      const token = await adminLogin(server.url)
      const database = await measureDatabase(server.url, token, queries, search, settings.databasePerKind, settings.databaseBudgetMs)
      const afterDatabase = treeRssMb(server.pid)
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
        search: Object.fromEntries(queryKinds.map((kind) => [kind, (({ samples: _samples, ...rest }) => rest)(search[kind])])) as SizeResult['search'],
        database,
        publish,
        rss: {
          afterWarmupMb,
          afterQueriesMb: afterQueries.totalMb,
          afterDatabaseQueriesMb: afterDatabase.totalMb,
          processes: afterQueries.processes.map(({ name, rssMb }) => ({ name, rssMb })),
        },
        scheduledReconciliation: {
          alignedWaitSeconds: Math.round(alignedWaitMs / 1000),
          waits: scheduled.waits,
          waitedSeconds: Math.round(scheduled.waitedMs / 1000),
          overlappedRequests: scheduled.overlapped,
        },
      }
    } catch (error) {
      log(server.output())
      throw error
    } finally {
      scheduled.close()
      await server.stop()
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
