import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { linesOf, runScript, type Network } from './support/commands'
import { startPayload } from './support/payload'
import { skippedWithUuidIds } from './support/ids'

const dir = process.env.HAMAFZA_TEST_DIR!
const live: Network = {
  database: process.env.DATABASE_URL!.slice('file:'.length),
  media: process.env.MEDIA_DIR!,
  searchIndex: process.env.SEARCH_DB_PATH!,
}

const rowsIn = async (database: string, table: string) => {
  const client = createClient({ url: `file:${database}` })
  try {
    return Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n)
  } finally {
    client.close()
  }
}

describe.skipIf(skippedWithUuidIds('the online SQLite copy', 'its commands run the committed migrations, whose ids are numeric'))('an online copy of the SQLite database', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload()
  })

  it('is consistent and whole while the app goes on writing', { timeout: 240_000 }, async () => {
    // The app counting downloads as fast as it can, through the Local API, all the time the copy is made.
    let written = 0
    let failed: unknown
    let writing = true
    const writer = (async () => {
      while (writing) {
        await payload
          .create({ collection: 'download-events', data: { code: 'SOFT-01', edition: '1.0', format: 'pdf', locale: 'fa' } })
          .then(() => written++)
          .catch((error: unknown) => (failed = error))
        // A server takes requests between writes; libsql's local writes alone would never yield to timers.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    while (written < 20 && !failed) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(failed).toBeUndefined()
    const before = written
    const copy = path.join(dir, 'copy.db')
    const run = await runScript('scripts/backup.ts', ['--sqlite-copy', copy], live)
    const after = written
    writing = false
    await writer

    expect(run.code, run.stderr).toBe(0)
    expect(linesOf(run.stdout)).toEqual([expect.stringMatching(/^backup: copied the database to .*copy\.db \([\d.]+ MB\) in [\d.]+ s$/)])
    // No write of the app failed or waited past its turn while the copy was made.
    expect(failed).toBeUndefined()
    expect(after).toBeGreaterThan(before)

    const client = createClient({ url: `file:${copy}` })
    try {
      expect((await client.execute('PRAGMA integrity_check')).rows[0]).toEqual({ integrity_check: 'ok' })
      expect((await client.execute('PRAGMA foreign_key_check')).rows).toEqual([])
    } finally {
      client.close()
    }
    // Each download is in the copy whole or not at all, and those counted before it began are all there.
    const copied = await rowsIn(copy, 'download_events')
    expect(copied).toBeGreaterThanOrEqual(before)
    expect(copied).toBeLessThanOrEqual(after)

    // The copy is a database the app opens: a backup reads every download from it.
    const archived = await runScript('scripts/backup.ts', [path.join(dir, 'from-copy.tar.gz')], { ...live, database: copy })
    expect(archived.code, archived.stderr).toBe(0)
    expect(archived.stdout).toMatch(new RegExp(`: ${copied} records, 0 versions and 0 files`))
  })

  it('lets the app write while another process holds a snapshot of the database open, as the copy does', async () => {
    const download = { code: 'SOFT-01', edition: '1.0', format: 'pdf', locale: 'fa' } as const
    await payload.create({ collection: 'download-events', data: download })
    const reader = createClient({ url: `file:${live.database}` })
    const snapshot = await reader.transaction('read')
    try {
      const count = async () => Number((await snapshot.execute('SELECT count(*) AS n FROM download_events')).rows[0]!.n)
      const seen = await count()
      // In a rollback journal this write would wait on the reader, then fail with SQLITE_BUSY.
      await payload.create({ collection: 'download-events', data: download })
      expect(await count()).toBe(seen)
      expect((await payload.count({ collection: 'download-events' })).totalDocs).toBe(seen + 1)
    } finally {
      snapshot.close()
      reader.close()
    }
  })

  it('refuses to write over a file that exists, and leaves it as it was', async () => {
    const existing = path.join(dir, 'existing.db')
    writeFileSync(existing, 'keep me')
    const run = await runScript('scripts/backup.ts', ['--sqlite-copy', existing], live)
    expect(run.code).toBe(2)
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^backup: .*existing\.db already exists; name a new file for the copy$/)])
    expect((await import('node:fs')).readFileSync(existing, 'utf8')).toBe('keep me')
  })

  it('says that it copies SQLite alone when DATABASE_URL names MongoDB', async () => {
    const run = await runScript('scripts/backup.ts', ['--sqlite-copy', path.join(dir, 'never.db')], live, {
      DATABASE_URL: 'mongodb://127.0.0.1:1/hamafza',
    })
    expect(run.code).toBe(2)
    expect(linesOf(run.stderr)).toEqual(['backup: --sqlite-copy copies a SQLite database, and DATABASE_URL does not name one (file:…)'])
  })
})
