import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts } from '../scripts/seed/index'
import { rewriteArchive } from './support/archives'
import { linesOf, networkIn, runScript, type Network } from './support/commands'
import { fillNetwork } from './support/fullNetwork'
import { startPayload } from './support/payload'
import { skippedWithUuidIds } from './support/ids'

const dir = process.env.HAMAFZA_TEST_DIR!
const source: Network = {
  database: process.env.DATABASE_URL!.slice('file:'.length),
  media: process.env.MEDIA_DIR!,
  searchIndex: process.env.SEARCH_DB_PATH!,
}
const archive = path.join(dir, 'network.tar.gz')
const accounts = Object.values(demoAccounts).map(({ email, password }) => ({ email, password }))
const queries = ['قالی', 'کندوی عسل', 'مهارت نرم', 'carpet', 'beekeeping', 'placement', 'آمادگی شغلی']

let fresh = 0
const freshNetwork = (): Network => {
  const folder = path.join(dir, `target-${++fresh}`)
  mkdirSync(folder, { recursive: true })
  return networkIn(folder)
}

/** A network as the app reads it, from a process of its own (tests/support/networkSnapshot.ts). */
const snapshot = async (network: Network) => {
  const out = path.join(dir, `snapshot-${path.basename(path.dirname(network.database))}-${Date.now()}.json`)
  const run = await runScript('tests/support/networkSnapshot.ts', [out], network, {
    SNAPSHOT_ACCOUNTS: JSON.stringify(accounts),
    SNAPSHOT_QUERIES: JSON.stringify(queries),
  })
  if (run.code !== 0 || !existsSync(out)) throw new Error(`the snapshot exited with ${run.code}: ${run.stdout}\n${run.stderr}`)
  return JSON.parse(readFileSync(out, 'utf8')) as {
    collections: Record<string, { documents: unknown[]; versions?: unknown[]; versionsPerDocument?: Record<string, number> }>
    files: Record<string, string>
    search: Record<string, { total: number; hits: unknown[] }>
    signIns: Record<string, boolean>
  }
}

/** Everything this file's own network holds, in one hash: to tell that a refused restore changed nothing. */
const digest = async (payload: Payload) => {
  const hash = createHash('sha256')
  for (const { slug, versions } of payload.config.collections) {
    const collection = slug as 'lessons'
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, pagination: false, showHiddenFields: true, overrideAccess: true, sort: 'id' })
    hash.update(JSON.stringify(docs))
    if (versions) hash.update(JSON.stringify((await payload.findVersions({ collection, locale: 'all', depth: 0, pagination: false, sort: 'id' })).docs))
  }
  for (const name of readdirSync(source.media).sort()) hash.update(name).update(readFileSync(path.join(source.media, name)))
  return hash.digest('hex')
}

/** Whether a target holds nothing at all: no row in any table but the migrations', and no file. */
const isEmpty = async (network: Network) => {
  if (existsSync(network.media) && readdirSync(network.media).length) return false
  if (!existsSync(network.database)) return true
  const client = createClient({ url: `file:${network.database}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('payload_migrations', 'sqlite_sequence')")
    for (const { name } of tables.rows) {
      const { rows } = await client.execute(`SELECT count(*) AS n FROM "${String(name)}"`)
      if (Number(rows[0]!.n) > 0) return false
    }
    return true
  } finally {
    client.close()
  }
}

const restore = (network: Network, ...args: string[]) => runScript('scripts/restore.ts', args, network)

describe.skipIf(skippedWithUuidIds('backup and restore', 'its commands run the committed migrations, whose ids are numeric (tests/backup-new-ids.test.ts restores into uuids)'))('backup and restore', () => {
  let payload: Payload
  let backup: Awaited<ReturnType<typeof runScript>>
  let restored: Awaited<ReturnType<typeof snapshot>>

  beforeAll(async () => {
    payload = await startPayload()
    await fillNetwork(payload)
    backup = await runScript('scripts/backup.ts', [archive], source)
  }, 600_000)

  it('npm run backup writes one archive and says what it holds in one line', () => {
    expect(backup.code, backup.stderr).toBe(0)
    expect(linesOf(backup.stdout)).toEqual([expect.stringMatching(/^backup: .*network\.tar\.gz: \d+ records, \d+ versions and \d+ files \(.* MB before compression\) in [\d.]+ s$/)])
    expect(backup.stderr).toMatch(/backup \[#+\] \d+\/\d+/)
    expect(statSync(archive).size).toBeGreaterThan(1000)
  })

  it('restores into a fresh SQLite database every document, version, file, sign-in and search result, identical', { timeout: 300_000 }, async () => {
    const target = freshNetwork()
    const run = await restore(target, archive)
    expect(run.code, run.stderr).toBe(0)
    expect(linesOf(run.stdout)).toEqual([expect.stringMatching(/^restore: \d+ records, \d+ versions and \d+ files from .* \(ids kept\), search index rebuilt with \d+ documents, in [\d.]+ s$/)])
    expect(run.stderr).toMatch(/restore \[#+\] \d+\/\d+/)

    const [before, after] = await Promise.all([snapshot(source), snapshot(target)])
    restored = after
    for (const slug of Object.keys(before.collections)) {
      expect(after.collections[slug], slug).toEqual(before.collections[slug])
    }
    expect(Object.keys(after.collections)).toEqual(Object.keys(before.collections))
    expect(after.files).toEqual(before.files)
    expect(after.search).toEqual(before.search)
    expect(after.signIns).toEqual(before.signIns)

    // The comparison compared something: every kind of record the network holds is there.
    expect(Object.values(before.signIns).every(Boolean)).toBe(true)
    // The photo and the thumbnail Payload generated from it.
    expect(Object.keys(before.files).filter((name) => name.startsWith('media/workshop'))).toEqual(['media/workshop-320x240.png', 'media/workshop.png'])
    expect(Object.values(before.search).filter((result) => result.total > 0).length).toBeGreaterThanOrEqual(6)
    expect(before.collections['payload-jobs']!.documents).toHaveLength(1)
    expect(before.collections['payload-preferences']!.documents).toHaveLength(1)
    expect(before.collections['download-events']!.documents).toHaveLength(1)
    expect((before.collections.lessons!.versions as { autosave: boolean }[]).some((version) => version.autosave)).toBe(true)
    expect(Math.max(...Object.values(before.collections.curricula!.versionsPerDocument!))).toBeGreaterThan(1)
  })

  it('refuses a database that is not empty, in one line, and changes nothing', async () => {
    const before = await digest(payload)
    const run = await restore(source, archive)
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/^restore: the database is not empty \(\d+ case-studies, .*\); restore into an empty database, or add --force to replace what it holds$/),
    ])
    expect(await digest(payload)).toBe(before)
  })

  it('refuses a truncated archive and writes nothing', async () => {
    const truncated = path.join(dir, 'truncated.tar.gz')
    writeFileSync(truncated, readFileSync(archive).subarray(0, Math.floor(statSync(archive).size * 0.6)))
    const target = freshNetwork()
    const run = await restore(target, truncated)
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^restore: .*truncated\.tar\.gz is damaged or truncated \(.+\)$/)])
    expect(await isEmpty(target)).toBe(true)
  })

  it('refuses a damaged archive, even with --force over a network, and loses nothing', async () => {
    const damaged = path.join(dir, 'damaged.tar.gz')
    const bytes = Buffer.from(readFileSync(archive))
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 64; i++) bytes[i] = bytes[i]! ^ 0xff
    writeFileSync(damaged, bytes)
    const before = await digest(payload)
    const run = await restore(source, damaged, '--force')
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(/^restore: .*damaged\.tar\.gz is damaged( or truncated \(.+\)|: line \d+ of collections\/.+ is not JSON)$/)])
    expect(await digest(payload)).toBe(before)
  })

  it('refuses an archive whose records no longer match their checksums, even with --force, and loses nothing', async () => {
    const altered = path.join(dir, 'altered.tar.gz')
    await rewriteArchive(archive, altered, (entry, content) =>
      entry.startsWith('collections/lessons/documents/') ? Buffer.from(content.toString().replace('"fa":"', '"fa":"X')) : content,
    )
    const before = await digest(payload)
    const run = await restore(source, altered, '--force')
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/^restore: .*altered\.tar\.gz does not match its checksums: collections\/lessons\/documents\/000001\.ndjson has changed since the backup was written$/),
    ])
    expect(await digest(payload)).toBe(before)
  })

  it('refuses an archive of a format version it does not know, and writes nothing', async () => {
    const future = path.join(dir, 'future.tar.gz')
    await rewriteArchive(archive, future, (entry, content) =>
      entry === 'format.json' ? Buffer.from(JSON.stringify({ ...JSON.parse(content.toString()), formatVersion: 2 })) : content,
    )
    const target = freshNetwork()
    const run = await restore(target, future)
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual([
      expect.stringMatching(/^restore: .*future\.tar\.gz is a backup of format version 2, and this version of Hamafza reads version 1 only$/),
    ])
    expect(await isEmpty(target)).toBe(true)
  })

  it('a restore that fails half way, with --force, leaves the network as it was', async () => {
    // A well-formed archive that the database cannot take: two accounts with one e-mail address.
    const clashing = path.join(dir, 'clashing.tar.gz')
    await rewriteArchive(
      archive,
      clashing,
      (entry, content) =>
        entry.startsWith('collections/users/documents/')
          ? Buffer.from(content.toString().replaceAll(demoAccounts.member.email, demoAccounts.admin.email))
          : content,
      { resign: true },
    )
    const before = await digest(payload)
    const run = await restore(source, clashing, '--force')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^restore --force: replacing \d+ case-studies, .* and their versions and files$/m)
    expect(linesOf(run.stderr).at(-1)).toMatch(/^restore: failed: .+/)
    expect(await digest(payload)).toBe(before)
  })

  it('restore --force replaces a network with the archive, and says what it replaced', { timeout: 300_000 }, async () => {
    const target = freshNetwork()
    expect((await restore(target, archive)).code).toBe(0)
    const run = await restore(target, archive, '--force')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^restore --force: replacing \d+ case-studies, \d+ lessons, .*\d+ users, .* and their versions and files$/m)
    // Compared with the first restore's network as it was read, before anyone signed in to either.
    const after = await snapshot(target)
    expect(after.collections).toEqual(restored.collections)
    expect(after.files).toEqual(restored.files)
  })

  it('says how to use it when given no archive', async () => {
    const run = await restore(freshNetwork())
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(linesOf(run.stderr)).toEqual(['restore: usage: npm run restore <archive.tar.gz> [--force]'])
  })
})
