import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { followChanges, pruneChangeLog } from '../src/contentChanges/log'
import { changedSince, changeMark } from '../src/contentChanges/signal'
import { recordTag } from '../src/contentChanges/tags'
import { reconcileSearch } from '../src/jobs/reconcile'
import { recordsForRebuild } from '../src/jobs/recordsInWorker'
import { getSearchEngine } from '../src/jobs/searchEngine'
import { buildCast, leakedEntry, lexical, sampleData, type Cast } from './support/fixtures'

/**
 * The same config on MongoDB, the production database, whenever a server is named:
 * `DATABASE_URL=mongodb://localhost:27017 npm test` (tests/setup.ts keeps that address for this file and
 * gives every other file a SQLite file of its own). Each run uses a database of its own and drops it.
 * What SQLite's tests cannot show: ids that are ObjectId strings, relationships, versions and the jobs
 * queue through the mongoose adapter, and the search index fed and reconciled through the Local API
 * (the SQLite-only table reader is not used).
 */

const server = process.env.HAMAFZA_TEST_MONGODB_URL

/** The server's address with a database name of this run's own. */
const ownDatabase = (address: string) => {
  const url = new URL(address)
  url.pathname = `/hamafza_test_${randomUUID().slice(0, 8)}`
  return url.toString()
}

if (!server) {
  console.log('MongoDB tests skipped: DATABASE_URL does not name a MongoDB server (mongodb:// or mongodb+srv://).')
  describe.skip('Hamafza on MongoDB (DATABASE_URL does not name a server)', () => {
    it('runs when DATABASE_URL=mongodb://… is set', () => {})
  })
} else {
  describe('Hamafza on MongoDB', () => {
    let payload: Payload
    let cast: Cast
    const drain = () => payload.jobs.run({ queue: 'search', limit: 500 })
    const found = async (q: string, visibility: ('public' | 'members')[] = ['public']) =>
      (await (await getSearchEngine()).search({ q, filters: { visibility } })).hits.map((hit) => hit.id)

    beforeAll(async () => {
      process.env.DATABASE_URL = ownDatabase(server)
      // Loaded only now: the config picks its database adapter from DATABASE_URL when it is read.
      const { default: config } = await import('@payload-config')
      const { getPayload } = await import('payload')
      payload = await getPayload({ config, key: process.env.DATABASE_URL, cron: false })
      expect(payload.db.name).toBe('mongoose')
      cast = await buildCast(payload)
    })

    afterAll(async () => {
      const connection = (payload?.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } } | undefined)?.connection
      await connection?.dropDatabase()
      await payload?.db.destroy?.()
    })

    it('keeps editions of a case study and finds it once published, never as a draft', async () => {
      const draft = await payload.create({
        collection: 'case-studies',
        data: sampleData('case-studies', cast.orgs.roshan, { title: 'کارگاه زنبورداری خانگی', context: lexical('کندوها در حیاط خانه‌ها') }) as never,
      })
      expect(typeof draft.id).toBe('string')
      const id = `case-studies:${draft.id}`
      await drain()
      expect(await found('زنبورداری')).not.toContain(id)

      await payload.update({ collection: 'case-studies', id: draft.id, data: { _status: 'published' } as never })
      await drain()
      // Arabic Yeh and a spaced half-space in the query, as readers type them.
      expect(await found('زنبورداري')).toContain(id)
      expect(await found('خانه ها')).toContain(id)

      const versions = await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: draft.id } } })
      expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    })

    it('shows a members-only lesson to members alone, and drops an unpublished one', async () => {
      const lesson = await payload.create({
        collection: 'lessons',
        data: { ...sampleData('lessons', cast.orgs.roshan, { title: 'درس گلخانه‌داری', visibility: 'members' }), _status: 'published' } as never,
      })
      const id = `lessons:${lesson.id}`
      await drain()
      expect(await found('گلخانه‌داری')).not.toContain(id)
      expect(await found('گلخانه‌داری', ['public', 'members'])).toContain(id)

      await payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'draft' } as never })
      await drain()
      expect(await found('گلخانه‌داری', ['public', 'members'])).not.toContain(id)
    })

    it('keeps the change log that other app processes follow: a publish logged, another process’s row learned, old rows pruned', async () => {
      const rows = async () => (await payload.count({ collection: 'content-changes', overrideAccess: true })).totalDocs
      const before = await rows()
      await payload.create({
        collection: 'lessons',
        data: { ...sampleData('lessons', cast.orgs.roshan, { title: 'درس بازار محلی' }), _status: 'published' } as never,
      })
      expect(await rows()).toBe(before + 1)

      await followChanges(payload)
      const elsewhere = recordTag('lessons', 'written-by-another-process')
      await payload.create({ collection: 'content-changes', data: { tags: [elsewhere] }, overrideAccess: true })
      const mark = changeMark()
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      await followChanges(payload)
      expect(changedSince([elsewhere], mark)).toBe(true)

      await pruneChangeLog(payload, Date.now() + 11 * 60_000)
      expect(await rows()).toBe(0)
    })

    it('reconciles the index through the Local API: missing and leaked entries repaired, then none', async () => {
      expect(recordsForRebuild(payload)).toBeUndefined()
      const engine = await getSearchEngine()
      const published = await payload.create({
        collection: 'case-studies',
        data: { ...sampleData('case-studies', cast.orgs.omid, { title: 'تعاونی فرش دستباف' }), _status: 'published' } as never,
      })
      await drain()
      const id = `case-studies:${published.id}`
      await engine.delete([id])
      // An ObjectId no record has, and an id MongoDB could never have given.
      const leaked = ['case-studies:0123456789abcdef01234567', 'case-studies:999999']
      await engine.upsert(leaked.map(leakedEntry))
      const drift = await reconcileSearch(payload)
      expect(drift).toMatchObject({ missing: 1, leaked: 2 })
      expect(await found('دستباف')).toContain(id)
      expect(await found('نشت')).toEqual([])
      const again = await reconcileSearch(payload)
      expect(again).toMatchObject({ missing: 0, stale: 0, leaked: 0 })
      expect(again.indexed).toBe(again.expected)

      const rebuilt = await reconcileSearch(payload, { rebuild: true })
      expect(rebuilt).toMatchObject({ missing: 0, stale: 0, leaked: 0 })
      expect(await found('دستباف')).toContain(id)
    })
  })
}
