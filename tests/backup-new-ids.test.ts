import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAccounts } from '../scripts/seed/index'
import { restoreBackup, type RestoreSummary } from '../src/backup/restore'
import { networkIn, runScript } from './support/commands'
import { startPayload } from './support/payload'
import { takeSnapshot, type Snapshot } from './support/snapshot'

// This file's database gives text ids (UUIDs), as MongoDB gives ObjectIds: a network backed up from
// SQLite's numbered records must come back with every link pointed at its record's new id.
vi.mock('../src/db', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/db')>()
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return { ...original, databaseAdapter: () => sqliteAdapter({ client: { url: process.env.DATABASE_URL! }, idType: 'uuid', push: true }) }
})

const dir = process.env.HAMAFZA_TEST_DIR!
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const accounts = Object.values(demoAccounts).map(({ email, password }) => ({ email, password }))

describe('moving a network to a database whose ids are of another kind', () => {
  let payload: Payload
  let summary: RestoreSummary
  let source: Snapshot

  beforeAll(async () => {
    // The network as SQLite numbers it, made and backed up by processes of their own.
    const folder = path.join(dir, 'numbered')
    mkdirSync(folder, { recursive: true })
    const numbered = networkIn(folder)
    const seeded = await runScript('tests/support/seedFullNetwork.ts', [], numbered)
    if (seeded.code !== 0) throw new Error(seeded.stderr)
    const archive = path.join(dir, 'numbered.tar.gz')
    const backup = await runScript('scripts/backup.ts', [archive], numbered)
    if (backup.code !== 0) throw new Error(backup.stderr)
    const out = path.join(dir, 'numbered.json')
    const snapshot = await runScript('tests/support/networkSnapshot.ts', [out], numbered, {
      SNAPSHOT_WITHOUT_IDS: '1',
      SNAPSHOT_ACCOUNTS: JSON.stringify(accounts),
    })
    if (snapshot.code !== 0) throw new Error(snapshot.stderr)
    source = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')) as Snapshot

    payload = await startPayload()
    // Search results are compared by tests/backup.test.ts: the index's SQLite reader reads numbered rows.
    summary = await restoreBackup(payload, archive)
  }, 600_000)

  it('gives every record a new id of the new kind', async () => {
    expect(summary.idsKept).toBe(false)
    expect(summary.droppedLinks).toBe(0)
    for (const { slug } of payload.config.collections) {
      const { docs } = await payload.find({ collection: slug as 'lessons', pagination: false, depth: 0, overrideAccess: true })
      for (const doc of docs) expect(String(doc.id), slug).toMatch(uuid)
    }
  })

  it('leaves no link pointing at nothing, by SQLite’s own check', async () => {
    const client = createClient({ url: process.env.DATABASE_URL! })
    try {
      expect((await client.execute('PRAGMA foreign_key_check')).rows).toEqual([])
    } finally {
      client.close()
    }
  })

  it('holds the same documents, versions, links, files and sign-ins, each link read through to its record', async () => {
    const moved = await takeSnapshot(payload, { withoutIds: true, accounts })
    for (const slug of Object.keys(source.collections)) {
      if (slug === 'payload-jobs') continue
      expect(moved.collections[slug], slug).toEqual(source.collections[slug])
    }
    expect(moved.files).toEqual(source.files)
    expect(moved.signIns).toEqual(source.signIns)
    expect(Object.values(moved.signIns).every(Boolean)).toBe(true)
  })

  it('points links inside rich text, polymorphic links and a scheduled job at the new records', async () => {
    const lessonVersions = await payload.findVersions({ collection: 'lessons', where: { autosave: { equals: true } }, depth: 0, limit: 1 })
    const observation = JSON.stringify(lessonVersions.docs[0]!.version.observation)
    const [link] = /"doc":\{"relationTo":"case-studies","value":"[^"]+"\}/.exec(observation) ?? []
    expect(link).toBeDefined()
    const linked = JSON.parse(`{${link}}`).doc.value as string
    expect(linked).toMatch(uuid)
    await expect(payload.findByID({ collection: 'case-studies', id: linked, depth: 0 })).resolves.toBeTruthy()

    const events = await payload.find({ collection: 'review-events', depth: 1, limit: 5, overrideAccess: true })
    for (const event of events.docs) expect(typeof (event.document as { value: unknown }).value).toBe('object')

    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0 })
    expect(jobs).toHaveLength(1)
    const input = jobs[0]!.input as { doc: { value: string }; user: { value: string } }
    expect((await payload.findByID({ collection: 'case-studies', id: input.doc.value, draft: true, depth: 0 }))._status).toBe('draft')
    expect((await payload.findByID({ collection: 'users', id: input.user.value, depth: 0 })).email).toBe(demoAccounts.admin.email)
  })
})
