import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { nextBin } from '../../tests/browser/support/build'
import { projectRoot } from '../../tests/browser/support/paths'
import { freePort } from '../../tests/browser/support/server'
import { sleep, watchChild } from '../childProcess'

/**
 * The built app under `next start` on a free loopback port, on the benchmark's database and search
 * index. Also reads its memory and watches the jobs table, so measurements can step around the
 * scheduled reconciliation.
 */

export interface BenchServer {
  url: string
  pid: number
  output: () => string
  stop: () => Promise<void>
}

export interface ServerOptions {
  /** The jobs worker (search sync every second, reconciliation every ten minutes); on in production. */
  jobs: boolean
  dir: string
  databaseFile: string
  searchDbPath: string
  readyPath: string
  timeoutMs?: number
  /** Search with this Meilisearch index rather than the embedded one at searchDbPath. */
  meilisearch?: { url: string; apiKey: string; index: string }
}

export const startServer = async ({ jobs, dir, databaseFile, searchDbPath, readyPath, timeoutMs = 180_000, meilisearch }: ServerOptions): Promise<BenchServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DATABASE_URL|MEDIA_DIR|PAYLOAD_SECRET|SEARCH_DB_PATH|MEILISEARCH_.*|HAMAFZA_.*|VITEST.*)$/.test(name)),
  )
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectRoot,
    detached: true, // its own process group, so stop() ends Next's workers with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${databaseFile}`,
      SEARCH_DB_PATH: searchDbPath,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      PAYLOAD_LOG_LEVEL: 'warn',
      ...(jobs ? {} : { HAMAFZA_JOBS: 'off' }),
      ...(meilisearch ? { MEILISEARCH_URL: meilisearch.url, MEILISEARCH_API_KEY: meilisearch.apiKey, MEILISEARCH_INDEX: meilisearch.index } : {}),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
    },
  })
  const watched = watchChild(child, { group: true })
  const stop = watched.stop
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !watched.exited()) {
    try {
      const response = await fetch(url + readyPath)
      await response.text()
      if (response.status === 200) return { url, pid: child.pid!, output: watched.output, stop }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  await stop()
  throw new Error(`the built app did not answer ${readyPath} at ${url}:\n${watched.output()}`)
}

const parentOf = (pid: number): number | null => {
  try {
    // The command name may hold spaces and parentheses: the fields after its closing one are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

/** A process and all its descendants, from /proc. */
const processTree = (root: number): number[] => {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
  const children = new Map<number, number[]>()
  for (const pid of pids) {
    const parent = parentOf(pid)
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  const tree: number[] = []
  const visit = (pid: number) => {
    tree.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return tree
}

const clockTicksPerSecond = 100

/**
 * CPU time a process and its descendants have used so far, in seconds (user + system, from /proc/<pid>/stat):
 * the difference over a phase says how busy the server was, whatever else the machine ran meanwhile.
 */
export const treeCpuSeconds = (root: number): number =>
  processTree(root).reduce((sum, pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return sum + (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond
    } catch {
      return sum // gone meanwhile
    }
  }, 0)

/** Resident memory of a process and all its descendants, in MB, from /proc/<pid>/status VmRSS. */
export const treeRssMb = (root: number): { totalMb: number; processes: { pid: number; name: string; rssMb: number }[] } => {
  const processes: { pid: number; name: string; rssMb: number }[] = []
  for (const pid of processTree(root)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      const name = /Name:\s+(.*)/.exec(status)?.[1] ?? '?'
      processes.push({ pid, name, rssMb: Math.round((rssKb / 1024) * 10) / 10 })
    } catch {
      // gone meanwhile
    }
  }
  return { totalMb: Math.round(processes.reduce((sum, p) => sum + p.rssMb, 0) * 10) / 10, processes }
}

/**
 * The reconciliation the app schedules every ten minutes reads every record through Payload, in the
 * server's own process, and the jobs queue runs nothing else meanwhile. The benchmark waits while it
 * runs (or is about to), up to a limit, so search timings are not the reconciliation's; when it gives
 * up waiting, the requests that follow are counted as overlapping.
 */
export class ScheduledWork {
  readonly #client: Client
  #ready: Promise<void> | null = null
  waits = 0
  waitedMs = 0
  overlapped = 0

  constructor(databaseFile: string) {
    this.#client = createClient({ url: `file:${databaseFile}` })
  }

  async #busyOrDue(horizonMs: number): Promise<boolean> {
    await (this.#ready ??= this.#client.execute('PRAGMA busy_timeout = 5000').then(() => undefined))
    const read = await this.#client
      .execute(
        `SELECT processing, wait_until FROM payload_jobs
         WHERE task_slug = 'reconcileSearch' AND completed_at IS NULL AND coalesce(has_error, 0) = 0`,
      )
      .catch((error: unknown) => {
        // The server is writing the jobs table: ask again in a moment.
        if (error instanceof Error && /locked|busy/i.test(error.message)) return null
        throw error
      })
    if (read === null) return true
    const soon = Date.now() + horizonMs
    return read.rows.some((row) => Number(row.processing) === 1 || (row.wait_until !== null && Date.parse(String(row.wait_until)) <= soon))
  }

  /** True once no reconciliation runs or is due within `horizonMs`; false if it still does after `maxWaitMs`. */
  async quiet(horizonMs = 3_000, maxWaitMs = 120_000): Promise<boolean> {
    if (!(await this.#busyOrDue(horizonMs))) return true
    const started = performance.now()
    this.waits += 1
    let busy = true
    while (busy && performance.now() - started < maxWaitMs) {
      await sleep(500)
      busy = await this.#busyOrDue(horizonMs)
    }
    this.waitedMs += performance.now() - started
    if (busy) this.overlapped += 1
    return !busy
  }

  close() {
    this.#client.close()
  }
}

/**
 * The first scheduled reconciliation falls on the ten-minute mark after the server starts. Starting just
 * after a mark gives the measurements that need the jobs worker a quiet window of nearly ten minutes.
 */
export const untilQuietWindow = async (windowMs: number): Promise<number> => {
  const tenMinutes = 600_000
  const untilMark = tenMinutes - (Date.now() % tenMinutes)
  if (untilMark >= windowMs) return 0
  await sleep(untilMark + 5_000)
  return untilMark + 5_000
}

/** Space the files take on disk (allocated blocks), in MB: a file, or a folder and everything in it. */
export const diskMb = (...targets: string[]): number => {
  const bytes = (target: string): number => {
    if (!existsSync(target)) return 0
    const stats = statSync(target)
    if (!stats.isDirectory()) return stats.blocks * 512
    return readdirSync(target).reduce((sum, name) => sum + bytes(path.join(target, name)), 0)
  }
  return Math.round(targets.reduce((sum, target) => sum + bytes(target), 0) / 104857.6) / 10
}
