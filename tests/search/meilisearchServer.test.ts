import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Meilisearch } from 'meilisearch'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { facetTagsField, normalizedFieldNames, toMeilisearchDocument } from '../../src/search/meilisearch/documents'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine'
import { rebuildIndexes } from '../../src/search/meilisearch/rebuild'
import type { SearchDocument } from '../../src/search/port'
import { meilisearchSkipped, testIndexUid, testMeilisearch } from '../support/meilisearch'
import { dropTestIndex } from '../support/meilisearchServer'
import { fixtures, microloans, womenSkills, youthJobSearch } from './fixtures'

/**
 * The Meilisearch adapter against the run's real server, where reading its code left doubts: what the
 * server makes of the settings, of quoted filter values, of long id lists, and how a rebuild swaps in.
 */

const server = testMeilisearch()
if (!server) console.log(`Meilisearch adapter tests skipped: ${meilisearchSkipped()}`)

describe.skipIf(!server)('the Meilisearch adapter on a real server', () => {
  const { url, apiKey } = server ?? { url: '', apiKey: '' }
  const client = new Meilisearch({ host: url, apiKey, defaultWaitOptions: { timeout: 60_000 } })
  const engines: MeilisearchEngine[] = []
  const open = async (uid = testIndexUid('adapter'), target = url) => {
    const engine = new MeilisearchEngine({ url: target, apiKey, indexUid: uid })
    engines.push(engine)
    await engine.init()
    return { engine, uid }
  }
  const ids = async (engine: MeilisearchEngine, q: string, filters?: Parameters<MeilisearchEngine['search']>[0]['filters']) =>
    (await engine.search({ q, filters, limit: 100 })).hits.map((hit) => hit.id)
  const indexNames = async () => (await client.getIndexes({ limit: 1000 })).results.map((index) => index.uid)

  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.dropIndex()
  })

  it('reads the settings back as sent: every normalized field named for its locale, nothing left to a pattern', async () => {
    const { uid } = await open()
    const settings = await client.index(uid).getSettings()
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: [...normalizedFieldNames, facetTagsField], locales: ['eng'] }])
    expect(settings.searchableAttributes).toEqual([...normalizedFieldNames, facetTagsField])
    expect(settings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 })
  })

  it('keeps Persian words as Hamafza split them, where its Persian locale would cut «ال» off them', async () => {
    const { engine, uid } = await open()
    const model = { ...microloans, id: 'lessons:70', title: { fa: 'الگوی همراهی برای زنان', en: null }, summary: {}, body: {} }
    await engine.upsert([model])
    expect(await ids(engine, 'الگوی ')).toEqual([model.id])
    expect(await ids(engine, 'الگ')).toEqual([model.id])
    expect(await ids(engine, 'گوی ')).toEqual([])
    const [hit] = (await client.index(uid).search('الگوی', { locales: ['eng'], showMatchesPosition: true, attributesToRetrieve: ['key'] })).hits
    // The whole word, 10 bytes of UTF-8, matched as one.
    expect(hit?._matchesPosition?.norm_title_fa).toEqual([{ start: 0, length: 10 }])

    // Why the fields are not declared Persian: under `pes`, Meilisearch 1.21 uses its Arabic segmenter.
    const persian = testIndexUid('persian-locale')
    try {
      await client.createIndex(persian, { primaryKey: 'key' }).waitTask()
      await client.index(persian).updateSettings({ localizedAttributes: [{ attributePatterns: ['title'], locales: ['pes'] }] }).waitTask()
      await client.index(persian).addDocuments([{ key: 'a', title: 'الگوی همراهی' }]).waitTask()
      expect((await client.index(persian).search('گوی ', { locales: ['pes'] })).hits.map((found) => found.key)).toEqual(['a'])
    } finally {
      await client.deleteIndex(persian).waitTask()
    }
  })

  it('filters on values holding quotes and backslashes, which Meilisearch unescapes', async () => {
    const { engine } = await open()
    const organizations = ['ngo\\x', 'ngo"y', 'ngo\\"z', 'ngo\\', "ngo'w"]
    await engine.upsert(organizations.map((organization, i) => ({ ...womenSkills, id: `case-studies:${i + 1}`, organization })))
    for (const [i, organization] of organizations.entries())
      expect(await ids(engine, '', { organization: [organization] }), organization).toEqual([`case-studies:${i + 1}`])
    expect(new Set(await ids(engine, '', { organization: ['ngo\\x', 'ngo\\'] }))).toEqual(new Set(['case-studies:1', 'case-studies:4']))
  })

  it('reports a document an earlier version wrote, without the Jalali year, as stale until it is written again', async () => {
    const { engine, uid } = await open()
    await engine.upsert(fixtures)
    // As the previous version wrote them: no `format`, no Jalali year.
    const earlier = fixtures.map((document) => {
      const { jalaliYear: _, format: __, ...rest } = toMeilisearchDocument(document)
      return rest
    })
    await client.index(uid).addDocuments(earlier, { primaryKey: 'key' }).waitTask()
    const ids = fixtures.map((document) => document.id)
    expect((await engine.entriesOf(ids)).map((entry) => entry.updatedAt)).toEqual(fixtures.map(() => -1))
    expect((await engine.entries()).entries.every((entry) => entry.updatedAt === -1)).toBe(true)
    await engine.upsert(fixtures)
    const entries = new Map((await engine.entriesOf(ids)).map((entry) => [entry.id, entry.updatedAt]))
    expect(fixtures.every((document) => entries.get(document.id) === document.updatedAt)).toBe(true)
    expect((await engine.search({ q: '', facets: ['jalaliYear'] })).facets.jalaliYear).toEqual({ '1399': 1, '1400': 2, '1402': 1 })
    expect((await engine.search({ q: '', filters: { jalaliYear: [1400] }, limit: 10 })).hits.map((hit) => hit.jalaliYear)).toEqual([1400, 1400])
  })

  describe('behind a proxy that refuses requests with over 8 KB of headers, as a default nginx does', () => {
    let proxy: Server
    let proxyUrl: string
    beforeAll(async () => {
      const target = new URL(url)
      proxy = createServer({ maxHeaderSize: 8192 }, (incoming, outgoing) => {
        const forwarded = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        })
        incoming.pipe(forwarded)
      })
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())))

    it('looks a thousand entries up by id at once, as reconciliation does', async () => {
      const { engine } = await open(undefined, proxyUrl)
      // MongoDB's ids: 24 hexadecimal digits each, about 40 characters once a key.
      const documents: SearchDocument[] = Array.from({ length: 1000 }, (_, i) => ({
        ...youthJobSearch,
        id: `best-practices:${(0x65a1b2c3d4e5f6000000n + BigInt(i)).toString(16).padStart(24, '0')}`,
        updatedAt: youthJobSearch.updatedAt + i,
      }))
      await engine.upsert(documents)
      const entries = await engine.entriesOf(documents.map((document) => document.id))
      expect(entries).toHaveLength(1000)
      expect(new Map(entries.map((entry) => [entry.id, entry.updatedAt])).get(documents[999]!.id)).toBe(documents[999]!.updatedAt)
    })
  })

  describe('rebuilding', () => {
    const retitled = (document: SearchDocument, fa: string): SearchDocument => ({ ...document, title: { ...document.title, fa } })

    it('fills a fresh index with the settings and swaps it in: readers keep the old one until the commit', async () => {
      const { engine, uid } = await open()
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      const { next, log } = rebuildIndexes(uid)
      expect(await indexNames()).toEqual(expect.arrayContaining([next, log]))
      expect((await client.index(next).getSettings()).localizedAttributes).toEqual([{ attributePatterns: [...normalizedFieldNames, facetTagsField], locales: ['eng'] }])
      await rebuild.upsert([retitled(microloans, 'وام خرد تازه'), womenSkills])
      expect(await ids(engine, 'تازه ')).toEqual([])
      expect(await engine.count()).toBe(fixtures.length)
      await rebuild.commit()
      expect(await ids(engine, 'تازه ')).toEqual([microloans.id])
      // What the rebuild did not rewrite went with the old index, which is gone, with the log.
      expect(await engine.count()).toBe(2)
      expect(await indexNames()).not.toEqual(expect.arrayContaining([next]))
      expect(await indexNames()).not.toContain(log)
      const swaps = await client.tasks.getTasks({ types: ['indexSwap'], statuses: ['succeeded'], limit: 1000 })
      expect(swaps.results.some((task) => JSON.stringify(task.details).includes(`"${next}"`))).toBe(true)
    })

    it('carries over what another process wrote and deleted meanwhile', async () => {
      const { engine, uid } = await open()
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      await rebuild.upsert(fixtures)
      // Another server's sync job, on the live index, while the rebuild runs.
      const { engine: other } = await open(uid)
      await other.upsert([retitled(youthJobSearch, 'کارگاه‌های تازه')])
      await other.delete([womenSkills.id])
      await rebuild.commit()
      expect(await ids(engine, 'تازه ')).toEqual([youthJobSearch.id])
      expect((await engine.entriesOf([womenSkills.id]))).toEqual([])
      expect(await engine.count()).toBe(fixtures.length - 1)
      // Writing goes on as usual once the rebuild is over.
      await other.upsert([womenSkills])
      expect(await engine.count()).toBe(fixtures.length)
    })

    it('waits for its batches as long as bulk indexing takes, where a single save waits only briefly', async () => {
      const uid = testIndexUid('bulk')
      // Saves may wait 1 ms: none finishes that soon. The rebuild keeps its own, longer patience.
      const engine = new MeilisearchEngine({ url, apiKey, indexUid: uid, taskTimeoutMs: 1 })
      try {
        await expect(engine.upsert(fixtures)).rejects.toThrow(/did not finish in time/)
        const rebuild = await engine.rebuild()
        await rebuild.upsert(fixtures)
        await rebuild.commit()
        expect(await engine.count()).toBe(fixtures.length)
      } finally {
        await dropTestIndex({ url, apiKey }, uid)
      }
    })

    it('leaves the live index as it was when abandoned', async () => {
      const { engine, uid } = await open()
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      await rebuild.upsert([retitled(microloans, 'وام خرد تازه')])
      await rebuild.abort()
      expect(await ids(engine, 'تازه ')).toEqual([])
      expect(await engine.count()).toBe(fixtures.length)
      expect(await indexNames()).not.toContain(rebuildIndexes(uid).next)
    })

    it('lets a later rebuild take over one left behind, which then cannot swap', async () => {
      const { engine } = await open()
      await engine.upsert(fixtures)
      const abandoned = await engine.rebuild()
      const later = await engine.rebuild()
      await later.upsert(fixtures)
      await expect(abandoned.commit()).rejects.toThrow('taken this one over')
      await later.commit()
      expect(await engine.count()).toBe(fixtures.length)
    })
  })
})
