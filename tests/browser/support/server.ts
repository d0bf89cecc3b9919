import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sleep, watchChild } from '../../../scripts/childProcess'
import { dropTestIndex, testIndexUid, type MeilisearchConnection } from '../../support/meilisearchServer'
import { nextBin } from './build'
import { copyDemoData, indexDemoDataIn } from './demo'
import { projectRoot } from './paths'

export type BuiltServer = {
  /** Base address, e.g. http://127.0.0.1:41234 */
  url: string
  /** Everything the server printed, to explain a failure. */
  output: () => string
  /** The Meilisearch index it searches, when it was given a Meilisearch server. */
  meilisearchIndex?: string
  stop: () => Promise<void>
}

/** A port nothing listens on now, on loopback (also used by the benchmarks). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })


type ServerOptions = {
  readyPath?: string
  timeoutMs?: number
  /** Start on a copy of the seeded demo content (the folder the browser tests' global setup provides). */
  demoDataDir?: string
  /** Search with this Meilisearch server, in an index of this server's own (the demo content indexed into it), rather than the embedded engine. */
  meilisearch?: MeilisearchConnection
  /** More of the server's environment, e.g. `SERVER_URL`. */
  env?: Record<string, string>
  /**
   * Run on this folder's database, search index and uploads instead (see demo.ts for their names), with
   * every other server given the same folder, as several app processes share one network's data. The
   * folder is the caller's: it is left in place when the server stops.
   */
  sharedDataDir?: string
}

/**
 * `next start` on the last build, on a free local port, with its own SQLite database, search index and
 * upload folder: empty (the committed migrations create the schema when Payload first starts, through
 * prodMigrations) or a copy of the demo content; or on a folder shared with other servers.
 */
export const startBuiltServer = async ({
  readyPath = '/admin/login',
  timeoutMs = 90_000,
  demoDataDir,
  sharedDataDir,
  env = {},
  meilisearch,
}: ServerOptions = {}): Promise<BuiltServer> => {
  const dir = sharedDataDir ?? mkdtempSync(path.join(tmpdir(), 'hamafza-server-'))
  if (demoDataDir && !sharedDataDir) copyDemoData(demoDataDir, dir)
  const index = meilisearch && { ...meilisearch, index: testIndexUid('server') }
  if (index && demoDataDir) await indexDemoDataIn(dir, index)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Drop what the Vitest worker set for its own Local API database (and its markers), and the public
  // address and mail settings an earlier test file in the same worker may have left, then give the
  // server its own, as production would run it (an https SERVER_URL would make every cookie Secure).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DATABASE_URL|MEDIA_DIR|SEARCH_DB_PATH|PAYLOAD_SECRET|MEILISEARCH_.*|VITEST.*|TEST|SERVER_URL|SMTP_URL|MAIL_.*)$/.test(name)),
  )
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: projectRoot,
    detached: true, // its own process group, so stop() ends Next's workers with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${path.join(dir, 'hamafza.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SEARCH_DB_PATH: path.join(dir, 'search.db'),
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      HAMAFZA_JOBS: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation',
      ...(index ? { MEILISEARCH_URL: index.url, MEILISEARCH_API_KEY: index.apiKey, MEILISEARCH_INDEX: index.index } : {}),
      ...env,
    },
  })
  const watched = watchChild(child, { group: true })
  const stop = async () => {
    await watched.stop()
    if (!sharedDataDir) rmSync(dir, { recursive: true, force: true })
    if (index) await dropTestIndex(index, index.index)
  }

  // The first request starts Payload and runs the migrations; wait until a page renders.
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (watched.exited()) break
    try {
      const response = await fetch(url + readyPath, { redirect: 'manual' })
      if (response.status < 500) return { url, output: watched.output, stop, meilisearchIndex: index?.index }
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  await stop()
  throw new Error(`the built app did not start at ${url}${readyPath}:\n${watched.output()}`)
}
