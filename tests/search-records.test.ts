import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { reconcileSearch } from '../src/jobs/reconcile'
import { recordsForRebuild, recordsInWorker } from '../src/jobs/recordsInWorker'
import { isSearchable, loadSearchDocument, searchedCollections, toSearchDocument, withFirstPublications } from '../src/jobs/searchDocuments'
import { sqliteClientOf, sqliteRecords } from '../src/jobs/sqliteRecords'
import { indexTextOf } from '../src/search/documents'
import { EmbeddedSearchEngine } from '../src/search/embedded/engine'
import type { SearchDocument } from '../src/search/port'
import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

/**
 * The reindex reads SQLite's tables directly (src/jobs/sqliteRecords.ts). Whatever it reads must
 * become exactly the search document that reading through Payload gives, for every collection,
 * with both locales, rich text, arrays, groups and relationships, drafts included.
 */
beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const topic = await payload.create({ collection: 'topics', data: { name: 'بازار کار', slug: 'labour-market' } })
  const stage = await payload.create({ collection: 'process-stages', data: { name: 'جذب', slug: 'outreach', order: 1 } })
  const group = await payload.create({ collection: 'target-groups', data: { name: 'زنان سرپرست خانوار', slug: 'women-heads' } })
  const common = {
    provinces: [cast.provinces.fars, cast.provinces.tehran],
    topics: [topic.id],
    stages: [stage.id],
    targetGroups: [group.id],
    _status: 'published',
  }
  const records: [string, Record<string, unknown>][] = [
    ['case-studies', { summary: 'خلاصه‌ای کوتاه', context: lexical('زمینه‌ی کار'), intervention: lexical('مداخله'), results: lexical('نتیجه'), periodStart: '2019-03-01T00:00:00.000Z' }],
    ['case-studies', { title: 'پیش‌نویس', _status: 'draft' }],
    ['lessons', { observation: lexical('مشاهده'), recommendation: { action: 'بسنجید', actor: 'هماهنگ‌کننده' }, applicability: 'همه جا' }],
    ['best-practices', { summary: 'خلاصه', steps: [{ title: 'گام یک', description: lexical('شرح گام') }, { title: 'گام دو' }], transferConditions: lexical('شرایط'), resourcesNeeded: 'منابع' }],
    ['curricula', { summary: 'خلاصه', changelog: 'تغییرات', modules: [{ code: 'M1', title: 'پودمان', content: lexical('محتوا'), methods: 'روش', hours: 4 }], placement: { months: 4, tasks: [{ task: 'کارورزی' }] } }],
  ]
  for (const [collection, extra] of records) {
    const doc = await payload.create({ collection: collection as 'lessons', data: { ...sampleData(collection, cast.orgs.roshan, common), ...extra } as never, draft: extra._status === 'draft' })
    if (extra._status !== 'draft')
      await payload.update({ collection: collection as 'lessons', id: doc.id, locale: 'en', data: { title: `English ${collection}`, _status: 'published' } as never })
  }
  // Another NGO applied the lesson: its entry is a fact of the lesson's search document, in both languages.
  const { docs: [lesson] } = await payload.find({ collection: 'lessons', limit: 1, depth: 0 })
  const applied = await payload.create({
    collection: 'lesson-applications',
    data: { lesson: lesson!.id, organization: cast.orgs.omid as number, appliedOn: '2025-01-05T00:00:00.000Z', result: 'improved', whatHappened: 'به کار بستند' },
  })
  await payload.update({ collection: 'lesson-applications', id: applied.id, locale: 'en', data: { whatHappened: 'They applied it' } })
  await payload.update({ collection: 'organizations', id: cast.orgs.roshan, locale: 'en', data: { name: 'Roshan Association', description: 'An NGO', city: 'Tehran' } })
  const offer = await payload.create({
    collection: 'offers-and-needs',
    data: {
      organization: cast.orgs.roshan,
      direction: 'offer',
      kind: 'jobFacilitator',
      title: 'دو تسهیلگر اشتغال',
      description: 'همراهی کارجویان تا استخدام',
      quantity: 'سه ماه',
      provinces: common.provinces,
      stages: common.stages,
      targetGroups: common.targetGroups,
      contact: { person: 'مریم احمدی' },
    } as never,
  })
  await payload.update({ collection: 'offers-and-needs', id: offer.id, locale: 'en', data: { title: 'Two job facilitators', description: 'Job seekers accompanied until hired' } })
})

describe('reading records for the reindex straight from SQLite', () => {
  it('gives the same search documents as reading through Payload', async () => {
    const client = sqliteClientOf(payload)
    expect(client).not.toBeNull()
    const all: { searchable: boolean; document: ReturnType<typeof toSearchDocument> }[] = []
    for (const collection of searchedCollections) {
      const { docs } = await payload.find({ collection, locale: 'all', depth: 0, draft: false, overrideAccess: true, pagination: false, sort: 'id' })
      const records = await withFirstPublications(payload, collection, docs as unknown as Record<string, unknown>[])
      const viaPayload = records.map((record) => ({ searchable: isSearchable(collection, record), document: toSearchDocument(collection, record) }))
      const direct: typeof viaPayload = []
      for await (const page of sqliteRecords(client!, collection, 2))
        for (const record of page) direct.push({ searchable: isSearchable(collection, record), document: toSearchDocument(collection, record) })
      expect(viaPayload.length, collection).toBeGreaterThan(0)
      expect(direct, collection).toEqual(viaPayload)
      all.push(...direct)
    }
    // And the fixtures did reach every kind of field.
    const find = (id: string) => all.find((entry) => entry.document.id.startsWith(id) && entry.searchable)?.document
    expect(find('curricula:')).toMatchObject({ title: { en: 'English curricula' }, body: { fa: expect.stringContaining('کارورزی') } })
    expect(find('curricula:')?.body.fa).toContain('محتوا')
    expect(find('lessons:')?.body.fa).toContain('به کار بستند')
    expect(find('lessons:')?.body.en).toContain('They applied it')
    expect(find('lessons:')?.practice).toBe('applied')
    expect(find('lessons:')?.body.fa).toContain('هماهنگ‌کننده')
    expect(find('best-practices:')?.body.fa).toContain('شرح گام')
    // 1 March 2019 is in the Jalali year 1397: Nowruz 1398 fell on 21 March.
    expect(find('case-studies:')).toMatchObject({ summary: { fa: 'خلاصه‌ای کوتاه' }, year: 2019, jalaliYear: 1397, fundingInstruments: [] })
    expect(find('case-studies:')?.provinces).toHaveLength(2)
    expect(find('offers-and-needs:')).toMatchObject({ title: { en: 'Two job facilitators' }, summary: { fa: 'همراهی کارجویان تا استخدام' }, visibility: 'members', url: expect.stringMatching(/^\/exchange\//) })
    expect(find('offers-and-needs:')?.body.fa).toContain('تسهیلگر اشتغال')
    expect(find('offers-and-needs:')?.body.fa).toContain('سه ماه')
    expect(find('offers-and-needs:')?.stages).toHaveLength(1)
    expect(find(`organizations:${cast.orgs.roshan}`)).toMatchObject({ title: { en: 'Roshan Association' }, body: { en: expect.stringContaining('Tehran') } })
    expect(all.filter((entry) => !entry.searchable)).toHaveLength(1)
  })

  it('reads the same searchable records in a worker thread, each with its index text, for the reindex', async () => {
    const expected: SearchDocument[] = []
    for (const collection of searchedCollections) {
      const { docs } = await payload.find({ collection, locale: 'all', depth: 0, draft: false, overrideAccess: true, pagination: false, sort: 'id' })
      for (const doc of await withFirstPublications(payload, collection, docs as unknown as Record<string, unknown>[]))
        if (isSearchable(collection, doc)) expected.push(toSearchDocument(collection, doc))
    }
    const read: SearchDocument[] = []
    for await (const page of recordsInWorker(process.env.DATABASE_URL!, { pageSize: 2, ahead: 1 })) {
      const { documents, indexText } = await page.documents(new Set(page.entries.map((entry) => entry.id)))
      expect(documents.map((document) => document.id)).toEqual(page.entries.map((entry) => entry.id))
      expect(indexText).toEqual(documents.map(indexTextOf))
      read.push(...documents)
    }
    expect(read.length).toBeGreaterThan(4)
    expect(read).toEqual(expected)
  })

  it('rebuilds the index from records read in a worker thread, and says so when the database cannot be read', async () => {
    const engine = new EmbeddedSearchEngine({ path: ':memory:' })
    try {
      const drift = await reconcileSearch(payload, { engine, rebuild: true, records: recordsForRebuild(payload) })
      expect(drift).toMatchObject({ missing: drift.expected, stale: 0, leaked: 0 })
      expect(await engine.count()).toBe(drift.expected)
      expect((await engine.search({ q: 'کارورزی ' })).hits.map((hit) => hit.id)).toEqual([expect.stringMatching(/^curricula:/)])
      const missing = recordsInWorker(`file:${path.join(process.env.HAMAFZA_TEST_DIR!, 'no-such-folder', 'none.db')}`)
      await expect(reconcileSearch(payload, { engine, rebuild: true, records: missing })).rejects.toThrow(/reading the records failed/)
      // The failed rebuild left the index as it was.
      expect(await engine.count()).toBe(drift.expected)
    } finally {
      await engine.close()
    }
  })
})

describe('the date a search document carries', () => {
  it('is the first publication of the document: not its creation as a draft, nor its latest edition', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20))
    const draft = await payload.create({ collection: 'lessons', data: { ...sampleData('lessons', cast.orgs.roshan), title: 'درس تاریخ‌دار' } as never, draft: true })
    await pause()
    await payload.update({ collection: 'lessons', id: draft.id, data: { _status: 'published' } as never })
    await pause()
    const edited = await payload.update({ collection: 'lessons', id: draft.id, data: { title: 'درس تاریخ‌دار، ویراست دوم', _status: 'published' } as never })
    const { docs: versions } = await payload.findVersions({ collection: 'lessons', where: { parent: { equals: draft.id } }, sort: 'updatedAt', pagination: false })
    const firstPublished = versions.find((version) => version.version._status === 'published')!.updatedAt
    expect(Date.parse(firstPublished)).toBeGreaterThan(Date.parse(draft.createdAt))
    expect(Date.parse(firstPublished)).toBeLessThan(Date.parse(edited.updatedAt))

    // The sync job's reader (the Local API) and the reindex's (SQLite's tables) agree on it.
    const synced = await loadSearchDocument(payload, 'lessons', draft.id)
    expect(synced?.publishedAt).toBe(Date.parse(firstPublished))
    const client = sqliteClientOf(payload)!
    const direct = []
    for await (const page of sqliteRecords(client, 'lessons', 100)) direct.push(...page.filter((record) => record.id === draft.id))
    expect(toSearchDocument('lessons', direct[0]!).publishedAt).toBe(Date.parse(firstPublished))
  })
})
