import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import { EmbeddedSearchEngine } from '../../src/search/embedded/engine'
import { schemaVersion } from '../../src/search/embedded/schema'
import { facetTag, isTagTerm } from '../../src/search/embedded/tags'
import { indexTextOf } from '../../src/search/documents'
import { SearchDocumentError, SearchUnavailableError } from '../../src/search/errors'
import type { SearchDocument } from '../../src/search/port'
import { facetNames } from '../../src/search/port'
import { facetValues, searchSettings } from '../../src/search/settings'
import { fixtures, microloans, youthJobSearch } from './fixtures'

const dirs: string[] = []
const engines: EmbeddedSearchEngine[] = []

const tempFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-search-'))
  dirs.push(dir)
  return path.join(dir, 'nested', 'search.db')
}

const open = async (file: string, options: Partial<ConstructorParameters<typeof EmbeddedSearchEngine>[0]> = {}) => {
  const engine = new EmbeddedSearchEngine({ path: file, ...options })
  engines.push(engine)
  await engine.init()
  return engine
}

afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the embedded search index on disk', () => {
  it('creates its folder and keeps its documents after closing and reopening', async () => {
    const file = tempFile()
    const first = await open(file)
    await first.upsert(fixtures)
    await first.close()
    const reopened = await open(file)
    expect(await reopened.count()).toBe(fixtures.length)
    expect((await reopened.search({ q: 'کاریابی ' })).hits.map((hit) => hit.id)).toEqual([youthJobSearch.id])
  })

  it('runs in WAL mode, so a reader sees what another connection wrote', async () => {
    const file = tempFile()
    const writer = await open(file)
    const reader = await open(file)
    await writer.upsert([youthJobSearch])
    expect((await reader.search({ q: 'كاريابي ' })).hits).toHaveLength(1)
    const client = createClient({ url: `file:${file}` })
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
    client.close()
  })

  it('follows what another process writes: new, changed, hidden and deleted documents, and a rebuild, in its facet counts', async () => {
    const file = tempFile()
    const writer = await open(file)
    const reader = await open(file)
    const lesson = (id: number, province: string, visibility: 'public' | 'members' = 'public'): SearchDocument => ({
      ...youthJobSearch,
      id: `lessons:${id}`,
      title: { fa: 'کارگاه سفالگری' },
      provinces: [province],
      visibility,
    })
    const provinces = async () => (await reader.search({ q: 'سفالگری ', facets: ['province'] })).facets.province
    await writer.upsert([lesson(1, 'fars'), lesson(2, 'fars')])
    expect(await provinces()).toEqual({ fars: 2 })
    await writer.upsert([lesson(2, 'gilan'), lesson(3, 'gilan'), lesson(4, 'gilan', 'members')])
    expect(await provinces()).toEqual({ fars: 1, gilan: 2 })
    const members = await reader.search({ q: 'سفالگری ', facets: ['province'], filters: { visibility: ['public', 'members'] } })
    expect(members.facets.province).toEqual({ fars: 1, gilan: 3 })
    await writer.upsert([lesson(3, 'gilan', 'members')])
    await writer.delete(['lessons:1'])
    expect(await provinces()).toEqual({ gilan: 1 })
    expect((await reader.search({ q: 'سفالگری ' })).hits.map((hit) => hit.id)).toEqual(['lessons:2'])
    // Further behind than the log reaches (its oldest changes dropped): it reads everything again.
    await writer.upsert([lesson(5, 'fars'), lesson(6, 'fars')])
    const client = createClient({ url: `file:${file}` })
    await client.execute('DELETE FROM search_changes WHERE seq < (SELECT max(seq) FROM search_changes)')
    client.close()
    expect(await provinces()).toEqual({ gilan: 1, fars: 2 })
    // A rebuild gives every document a new rowid.
    const rebuild = await writer.rebuild()
    await rebuild.upsert([lesson(7, 'tehran'), lesson(8, 'tehran', 'members')])
    await rebuild.commit()
    expect(await provinces()).toEqual({ tehran: 1 })
    expect((await reader.search({ q: 'سفالگری ' })).hits.map((hit) => hit.id)).toEqual(['lessons:7'])
  })

  it('writes in batches and refuses a bad batch before writing any of it', async () => {
    const engine = await open(':memory:', { batchSize: 2 })
    await engine.upsert(fixtures)
    expect(await engine.count()).toBe(fixtures.length)
    const draft = { ...youthJobSearch, id: 'lessons:99', visibility: 'draft' } as unknown as SearchDocument
    await expect(engine.upsert([{ ...youthJobSearch, id: 'lessons:98' }, draft])).rejects.toBeInstanceOf(SearchDocumentError)
    expect(await engine.count()).toBe(fixtures.length)
  })

  it('gives the event loop a turn between write batches, where libsql frees the statements it ran', async () => {
    const engine = await open(':memory:', { batchSize: 2 })
    const turns: string[] = []
    const tick = () => setImmediate(() => turns.push('turn'))
    tick()
    const writing = engine.upsert(fixtures).then(() => turns.push('written'))
    await writing
    // Three batches of two: the turn queued before the first came while the writes went on.
    expect(turns).toEqual(['turn', 'written'])
    turns.length = 0
    tick()
    await engine.delete(fixtures.map((document) => document.id)).then(() => turns.push('deleted'))
    expect(turns).toEqual(['turn', 'deleted'])
  })

  it('counts a record filed twice under the same value once', async () => {
    const engine = await open(':memory:')
    await engine.upsert([{ ...youthJobSearch, provinces: ['isfahan', 'isfahan'] }])
    expect((await engine.search({ q: '', facets: ['province'] })).facets.province).toEqual({ isfahan: 1 })
  })

  it('stops counting at the cap and says the total is not exact', async () => {
    const settings = { ...searchSettings, limits: { ...searchSettings.limits, maxTotalHits: 3 } }
    const engine = await open(':memory:', { settings })
    await engine.upsert(fixtures)
    const result = await engine.search({ q: '', facets: ['type'] })
    expect(result).toMatchObject({ total: 3, totalExact: false, facetsExact: false })
    expect(Object.values(result.facets.type ?? {}).reduce((sum, n) => sum + n, 0)).toBe(3)
    const small = await engine.search({ q: 'کاریابی ' })
    expect(small).toMatchObject({ total: 1, totalExact: true })
  })

  it('past the cap, ranks a match in a title ahead of matches in bodies, and still narrows by facets', async () => {
    const settings = { ...searchSettings, limits: { ...searchSettings.limits, maxTotalHits: 3 } }
    const engine = await open(':memory:', { settings })
    const filler = (i: number): SearchDocument => ({
      ...youthJobSearch,
      id: `lessons:${100 + i}`,
      title: { fa: `گزارش شماره ${i}` },
      summary: {},
      body: { fa: 'در این گزارش از زنبورداری روستایی گفته شد.' },
      provinces: [i % 2 ? 'fars' : 'gilan'],
    })
    const titled = { ...filler(99), id: 'lessons:999', title: { fa: 'زنبورداری در دامنه‌ها' } }
    await engine.upsert([...Array.from({ length: 8 }, (_, i) => filler(i)), titled])
    const result = await engine.search({ q: 'زنبورداری', facets: ['province'] })
    expect(result).toMatchObject({ total: 3, totalExact: false })
    expect(result.hits[0]?.id).toBe('lessons:999')
    const narrowed = await engine.search({ q: 'زنبورداری', filters: { province: ['gilan'] }, limit: 50 })
    expect(narrowed.hits.length).toBeGreaterThan(0)
    expect(narrowed.hits.every((hit) => hit.provinces.includes('gilan'))).toBe(true)
    const newest = await engine.search({ q: 'زنبورداری', sort: 'newest', filters: { province: ['fars'] } })
    expect(newest.hits.every((hit) => hit.provinces.includes('fars'))).toBe(true)
  })

  it('ranks by where every word matched (title, then title and summary, then anywhere), newest first within each', async () => {
    const engine = await open(':memory:')
    const day = (n: number) => Date.parse('2024-01-01T00:00:00Z') + n * 86_400_000
    const doc = (id: number, title: string, summary: string, body: string, published: number): SearchDocument => ({
      ...youthJobSearch,
      id: `lessons:${id}`,
      title: { fa: title },
      summary: { fa: summary },
      body: { fa: body },
      publishedAt: day(published),
    })
    await engine.upsert([
      doc(1, 'گزارش سال', 'خلاصه‌ای کوتاه', 'زنبورداری در کوهستان آموزش داده شد.', 9),
      doc(2, 'گزارش دوم', 'زنبورداری', 'در کوهستان', 5),
      doc(3, 'زنبورداری زنان', 'در کوهستان', 'متن', 1),
      doc(4, 'زنبورداری در کوهستان', 'خلاصه', 'متن', 2),
      doc(5, 'زنبورداری در کوهستان', 'خلاصه', 'متن', 3),
    ])
    const ids = async (q: string) => (await engine.search({ q })).hits.map((hit) => hit.id.split(':')[1])
    // Both words in the title (the newer first), then both within title and summary, then anywhere.
    expect(await ids('زنبورداری کوهستان ')).toEqual(['5', '4', '3', '1', '2'])
    expect(await ids('زنبورداری ')).toEqual(['5', '4', '3', '2', '1'])
    expect(await ids('کوهستان ')).toEqual(['5', '4', '3', '1', '2'])
    // A word only bodies hold ranks them by date alone.
    expect(await ids('آموزش ')).toEqual(['1'])
  })

  it('finds a compound typed joined, half-spaced or spaced in documents that joined it, half-spaced it or spaced it', async () => {
    const engine = await open(':memory:')
    const doc = (id: number, body: string): SearchDocument => ({ ...youthJobSearch, id: `lessons:${id}`, title: { fa: 'گزارش' }, summary: {}, body: { fa: body } })
    await engine.upsert([
      doc(1, 'هر دانش‌آموز یک استاد کار دارد.'),
      doc(2, 'هر دانشآموز یک استاد کار دارد.'),
      doc(3, 'هر دانش آموز یک استاد کار دارد.'),
      doc(4, 'دانش فنی را استاد کار می‌داند.'),
    ])
    const ids = async (q: string) => new Set((await engine.search({ q })).hits.map((hit) => hit.id.split(':')[1]))
    // Typed joined, it also matches as the two indexed words it splits into; typed spaced, as the one
    // indexed word they make joined (see compounds.ts). Document 4 holds «دانش» alone.
    for (const q of ['دانش‌آموز ', 'دانشآموز ', 'دانش آموز ']) expect(await ids(q), q).toEqual(new Set(['1', '2', '3']))
  })

  it('ranks exact spellings above typo forms, and adds no typo forms once exact matches fill the cap', async () => {
    const settings = { ...searchSettings, limits: { ...searchSettings.limits, maxTotalHits: 3 } }
    const engine = await open(':memory:', { settings })
    const doc = (id: number, word: string): SearchDocument => ({ ...youthJobSearch, id: `lessons:${id}`, title: { fa: `گزارش ${word}` }, summary: {}, body: {} })
    await engine.upsert([doc(1, 'کارآفرینان'), doc(2, 'کارآفرینی')])
    expect((await engine.search({ q: 'کارآفرینان ' })).hits.map((hit) => hit.id)).toEqual(['lessons:1', 'lessons:2'])
    // Typo forms past the cap, indexed after the exact matches: the exact ones still lead the page.
    await engine.upsert([doc(3, 'کارآفرینی'), doc(4, 'کارآفرینی'), doc(5, 'کارآفرینی')])
    const widened = await engine.search({ q: 'کارآفرینان ', limit: 10 })
    expect(widened).toMatchObject({ total: 3, totalExact: false })
    expect(widened.hits.slice(0, 1).map((hit) => hit.id)).toEqual(['lessons:1'])
    await engine.upsert([doc(6, 'کارآفرینان'), doc(7, 'کارآفرینان'), doc(8, 'کارآفرینان')])
    const capped = await engine.search({ q: 'کارآفرینان ', limit: 10 })
    expect(capped).toMatchObject({ total: 3, totalExact: false })
    expect(capped.hits.map((hit) => hit.id).filter((id) => ['lessons:2', 'lessons:3', 'lessons:4', 'lessons:5'].includes(id))).toEqual([])
  })

  it('completes a long prefix from its words, and still matches it when it has too many to list', async () => {
    const engine = await open(':memory:')
    const letters = [...'ابپتجدرسک']
    const words = letters.flatMap((a) => letters.map((b) => `زنبور${a}${b}`))
    await engine.upsert(words.map((word, i) => ({ ...youthJobSearch, id: `lessons:${i + 1}`, title: { fa: word }, summary: {}, body: {} })))
    // «زنبور» starts 81 indexed words, more than are listed: it is matched as a prefix.
    expect((await engine.search({ q: 'زنبور', limit: 100 })).total).toBe(81)
    // «زنبورب» starts nine: each is matched as a word and marked, ahead of typo forms such as «زنبوراب».
    const result = await engine.search({ q: 'زنبورب', limit: 100 })
    const completed = result.hits.slice(0, 9)
    expect(new Set(completed.map((hit) => hit.title))).toEqual(new Set(words.filter((word) => word.startsWith('زنبورب'))))
    expect(completed.every((hit) => hit.highlights?.title?.html === `<mark>${hit.title}</mark>`)).toBe(true)
    expect(result.hits.slice(9).map((hit) => hit.title)).toContain('زنبوراب')
  })

  it('forgives a typo in the word still being typed: words beginning within its budget, marked, after exact beginnings', async () => {
    const engine = await open(':memory:')
    const titles = ['زنبورداری در لرستان', 'زنبورستان کوهستانی', 'زنجبیل و زردچوبه', 'زنبوتدوزی']
    await engine.upsert(titles.map((title, i) => ({ ...youthJobSearch, id: `lessons:${i + 1}`, title: { fa: title }, summary: {}, body: {} })))
    const found = async (q: string) => (await engine.search({ q })).hits.map((hit) => [hit.id.split(':')[1], hit.highlights?.title?.html])
    // «زنبوتد», six letters, one typo: «زنبورد» begins «زنبورداری»; the exact beginning «زنبوتدوزی» leads.
    expect(await found('زنبوتد')).toEqual([
      ['4', '<mark>زنبوتدوزی</mark>'],
      ['1', '<mark>زنبورداری</mark> در لرستان'],
    ])
    // Eight letters may carry two typos («زنبرداتی»: a letter dropped, one changed); three letters none.
    expect((await found('زنبرداتی')).map(([id]) => id)).toEqual(['1'])
    expect(await found('زنپ')).toEqual([])
  })

  it('merges the segments that one-document writes leave, without changing what a search finds', async () => {
    const file = tempFile()
    const engine = await open(file)
    for (let i = 1; i <= 60; i++)
      await engine.upsert([{ ...youthJobSearch, id: `lessons:${i}`, title: { fa: `گزارش زنبورداری شماره ${i}` } }])
    const client = createClient({ url: `file:${file}` })
    const segments = async () => Number((await client.execute('SELECT count(DISTINCT segid) AS n FROM search_text_idx')).rows[0]?.n)
    const found = async () => (await engine.search({ q: 'زنبورداری ', limit: 100 })).hits.map((hit) => hit.id).sort()
    const before = { segments: await segments(), found: await found() }
    expect(before.segments).toBeGreaterThan(1)
    await engine.maintain()
    expect(await segments()).toBe(1)
    expect(await found()).toEqual(before.found)
    expect(before.found).toHaveLength(60)
    client.close()
  })

  it('upgrades an index written by the first version in place, keeping its documents and facets', async () => {
    const file = tempFile()
    const engine = await open(file)
    await engine.upsert(fixtures)
    await engine.close()
    // Back to version 1's layout: facet values in search_facets, no facets column, no search_head,
    // no tags column in search_text.
    const client = createClient({ url: `file:${file}` })
    const text = 'title_fa, title_en, summary_fa, summary_en, body_fa, body_en'
    const facetRows = fixtures.flatMap((document) =>
      facetNames.flatMap((facet) =>
        facetValues(document, facet).map((value) => ({
          sql: 'INSERT INTO search_facets (doc, facet, value) SELECT rowid, ?, ? FROM search_docs WHERE id = ?',
          args: [facet, value, document.id],
        })),
      ),
    )
    await client.batch(
      [
        `CREATE TABLE search_facets (doc INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL,
           PRIMARY KEY (doc, facet, value)) WITHOUT ROWID`,
        ...facetRows,
        'ALTER TABLE search_docs DROP COLUMN facets',
        'DROP TABLE search_head',
        'DROP TABLE search_vocab',
        `CREATE VIRTUAL TABLE old_text USING fts5(${text}, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix = '2 3 4')`,
        `INSERT INTO old_text (rowid, ${text}) SELECT rowid, ${text} FROM search_text`,
        'DROP TABLE search_text',
        'ALTER TABLE old_text RENAME TO search_text',
        `CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row')`,
        `UPDATE search_meta SET value = '1' WHERE key = 'schema'`,
      ],
      'write',
    )
    client.close()
    const upgraded = await open(file)
    expect(await upgraded.count()).toBe(fixtures.length)
    const found = await upgraded.search({ q: 'کاریابی ', facets: ['type'] })
    expect(found.hits.map((hit) => hit.id)).toEqual([youthJobSearch.id])
    expect(found.facets.type).toEqual({ lessons: 1 })
    const narrowed = await upgraded.search({ q: 'آموزش', filters: { type: ['case-studies'] } })
    expect(narrowed.hits.map((hit) => hit.id)).toContain('case-studies:1')
    expect(narrowed.hits.every((hit) => hit.type === 'case-studies')).toBe(true)
    const browsed = await upgraded.search({ q: '', filters: { type: ['lessons'] }, facets: ['type'] })
    expect(browsed.hits.map((hit) => hit.id)).toEqual([youthJobSearch.id])
    expect(browsed.facets.type).toEqual({ lessons: 1 })
  })

  it('upgrades an index written by the second version in place, giving search_head the facet tags its filters need', async () => {
    const file = tempFile()
    const engine = await open(file)
    await engine.upsert(fixtures)
    await engine.close()
    // Back to version 2's layout: search_head without a tags column.
    const client = createClient({ url: `file:${file}` })
    const head = 'title_fa, title_en, summary_fa, summary_en'
    await client.batch(
      [
        `CREATE VIRTUAL TABLE old_head USING fts5(${head}, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix = '2 3 4')`,
        `INSERT INTO old_head (rowid, ${head}) SELECT rowid, ${head} FROM search_head`,
        'DROP TABLE search_head',
        'ALTER TABLE old_head RENAME TO search_head',
        `UPDATE search_meta SET value = '2' WHERE key = 'schema'`,
      ],
      'write',
    )
    client.close()
    const upgraded = await open(file, { settings: { ...searchSettings, limits: { ...searchSettings.limits, maxTotalHits: 1 } } })
    expect(await upgraded.count()).toBe(fixtures.length)
    // Past a cap of one, the title tier is read from search_head with the filter's tags.
    const failures = await upgraded.search({ q: 'شکست', filters: { type: ['case-studies'] } })
    expect(failures.hits.map((hit) => hit.id)).toEqual([microloans.id])
    const lessons = await upgraded.search({ q: 'شکست', filters: { type: ['lessons'] } })
    expect(lessons.hits.map((hit) => hit.id)).toEqual([youthJobSearch.id])
    const check = createClient({ url: `file:${file}` })
    expect((await check.execute(`SELECT value FROM search_meta WHERE key = 'schema'`)).rows[0]?.value).toBe(String(schemaVersion))
    const tagged = await check.execute({
      sql: 'SELECT d.id FROM search_head JOIN search_docs d ON d.rowid = search_head.rowid WHERE search_head MATCH ?',
      args: [`"${facetTag('type', 'lessons')}"`],
    })
    expect(tagged.rows.map((row) => row.id)).toEqual([youthJobSearch.id])
    check.close()
  })

  it('upgrades an index written by the third version, whose documents had no Jalali year: they stay found and are reported stale until written again', async () => {
    const file = tempFile()
    const engine = await open(file)
    // As version 3 wrote them: no Jalali year.
    await engine.upsert(fixtures.map(({ jalaliYear: _, ...document }) => document))
    await engine.close()
    const client = createClient({ url: `file:${file}` })
    await client.execute(`UPDATE search_meta SET value = '3' WHERE key = 'schema'`)
    client.close()
    const upgraded = await open(file)
    expect(await upgraded.count()).toBe(fixtures.length)
    expect((await upgraded.search({ q: 'شکست', filters: { type: ['case-studies'] } })).hits.map((hit) => hit.id)).toEqual([microloans.id])
    const ids = fixtures.map((document) => document.id)
    // Reconciliation compares these with the records' dates: -1 matches none, so it writes every one again.
    expect((await upgraded.entriesOf(ids)).map((entry) => entry.updatedAt)).toEqual(fixtures.map(() => -1))
    expect((await upgraded.search({ q: '', facets: ['jalaliYear'] })).facets.jalaliYear).toEqual({})
    await upgraded.upsert(fixtures)
    expect(new Set((await upgraded.entriesOf(ids)).map((entry) => entry.updatedAt))).not.toContain(-1)
    expect((await upgraded.search({ q: '', facets: ['jalaliYear'] })).facets.jalaliYear).toEqual({ '1399': 1, '1400': 2, '1402': 1 })
  })

  it('drops the words of deleted documents from its typo candidates when the vocabulary is rebuilt', async () => {
    const file = tempFile()
    const engine = await open(file)
    await engine.upsert(fixtures)
    await engine.delete([youthJobSearch.id])
    const client = createClient({ url: `file:${file}` })
    const has = async (term: string) =>
      (await client.execute({ sql: 'SELECT 1 FROM search_terms WHERE term = ?', args: [term] })).rows.length > 0
    expect(await has('کاریابی')).toBe(true)
    await engine.rebuildVocabulary()
    expect(await has('کاریابی')).toBe(false)
    expect(await has('کارافرینی')).toBe(true)
    client.close()
    expect((await engine.search({ q: 'کارافرینی ' })).hits.map((hit) => hit.id)).toContain('case-studies:1')
  })

  it('indexes exactly the words normalization makes: FTS5 splits the text nowhere else', async () => {
    const file = tempFile()
    const engine = await open(file)
    const punctuated: SearchDocument = {
      ...youthJobSearch,
      id: 'lessons:90',
      type: 'lessons',
      title: { fa: '«کارگاه‌های» مهارت—آموزی، ۱۲ هفته؛ خیاطیِ زنان؟', en: "Women's tailoring: 12 weeks (pilot) — O'Neil & co." },
      summary: { fa: 'قالی\u00a0بافی و ــ کشیدهٔ حروف، ﻻ و ك و ي', en: 'naïve café, e-mail/SMS' },
    }
    const documents = [...fixtures, punctuated]
    await engine.upsert(documents)
    const expected = new Set(documents.flatMap((document) => Object.values(indexTextOf(document)).flatMap((text) => text.split(' ').filter(Boolean))))
    const client = createClient({ url: `file:${file}` })
    const { rows } = await client.execute(`SELECT term FROM search_vocab WHERE NOT (${isTagTerm('term')})`)
    client.close()
    expect(new Set(rows.map((row) => String(row.term)))).toEqual(expected)
    expect(expected).toContain('کارگاههای')
    expect(expected).toContain('o')
  })

  it('lists what it holds, with update times, for reconciliation', async () => {
    const engine = await open(':memory:')
    await engine.upsert(fixtures)
    const { entries } = await engine.entries()
    expect(entries).toContainEqual({ id: youthJobSearch.id, updatedAt: youthJobSearch.updatedAt, visibility: 'public' })
  })

  describe('rebuilding beside the live index', () => {
    const renamed = (doc: SearchDocument, fa: string): SearchDocument => ({ ...doc, title: { fa, en: null }, updatedAt: doc.updatedAt + 1 })
    const ids = async (engine: EmbeddedSearchEngine, q: string) => (await engine.search({ q, filters: { visibility: ['public', 'members'] } })).hits.map((hit) => hit.id)

    it('keeps readers on the old index until the commit, then drops what was not rewritten', async () => {
      const file = tempFile()
      const engine = await open(file, { rebuildBatchSize: 2 })
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      const [first, ...rest] = fixtures
      await rebuild.upsert([renamed(first!, 'نوسازی شده'), ...rest.slice(1)])
      expect(await ids(engine, 'نوسازی ')).toEqual([])
      expect(await engine.count()).toBe(fixtures.length)
      await rebuild.commit()
      expect(await ids(engine, 'نوسازی ')).toEqual([first!.id])
      expect(await engine.count()).toBe(fixtures.length - 1)
      expect(await engine.entriesOf([rest[0]!.id])).toEqual([])
      // Its words became typo candidates; facet tags did not.
      const client = createClient({ url: `file:${file}` })
      const terms = async (sql: string) => (await client.execute(sql)).rows.map((row) => String(row.term))
      expect(await terms(`SELECT term FROM search_terms WHERE term = 'نوسازی'`)).toEqual(['نوسازی'])
      expect(await terms(`SELECT term FROM search_terms WHERE term GLOB 'zqf*'`)).toEqual([])
      client.close()
      // The swapped-in tables take writes and deletes as the old ones did, and the date order holds.
      await engine.upsert([rest[0]!])
      await engine.delete([first!.id])
      expect(await engine.count()).toBe(fixtures.length - 1)
      expect((await engine.search({ q: '', sort: 'newest', filters: { visibility: ['public', 'members'] } })).hits.map((hit) => hit.publishedAt)).toEqual(
        rest.map((doc) => doc.publishedAt).sort((a, b) => b - a),
      )
    })

    it('carries over writes and deletes made meanwhile, from another connection too', async () => {
      const file = tempFile()
      const engine = await open(file)
      const other = await open(file)
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      await rebuild.upsert(fixtures)
      await other.upsert([renamed(fixtures[1]!, 'ویرایش همزمان')])
      await other.delete([fixtures[2]!.id])
      await other.upsert([{ ...fixtures[2]!, id: 'lessons:77' }])
      await rebuild.commit()
      expect(await ids(engine, 'همزمان ')).toEqual([fixtures[1]!.id])
      expect(await engine.entriesOf([fixtures[2]!.id, 'lessons:77'])).toEqual([{ id: 'lessons:77', updatedAt: fixtures[2]!.updatedAt, visibility: fixtures[2]!.visibility }])
      expect(await engine.count()).toBe(fixtures.length)
      // Nothing is noted once the rebuild is over.
      const client = createClient({ url: `file:${file}` })
      await other.upsert([fixtures[0]!])
      expect((await client.execute('SELECT count(*) AS n FROM search_rebuild_log')).rows[0]?.n).toBe(0)
      expect((await client.execute(`SELECT count(*) AS n FROM sqlite_master WHERE name LIKE '%_next%'`)).rows[0]?.n).toBe(0)
      client.close()
    })

    it('leaves the live index as it was when abandoned, or when a document is bad', async () => {
      const file = tempFile()
      const engine = await open(file)
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      await rebuild.upsert([renamed(fixtures[0]!, 'رهاشده')])
      await rebuild.abort()
      await rebuild.abort()
      await expect(rebuild.commit()).rejects.toThrow(/aborted/)
      expect(await ids(engine, 'رهاشده ')).toEqual([])
      expect(await engine.count()).toBe(fixtures.length)

      const twice = await engine.rebuild()
      await expect(twice.upsert([fixtures[0]!, fixtures[0]!])).rejects.toThrow(/live search index is unchanged/)
      await twice.abort()
      expect(await engine.count()).toBe(fixtures.length)
    })

    it('lets a later rebuild take over one left behind, which then cannot swap', async () => {
      const engine = await open(tempFile())
      await engine.upsert(fixtures)
      const left = await engine.rebuild()
      await left.upsert([renamed(fixtures[0]!, 'جامانده')])
      const later = await engine.rebuild()
      await later.upsert(fixtures)
      await expect(left.commit()).rejects.toThrow(/live search index is unchanged/)
      await later.commit()
      expect(await ids(engine, 'جامانده ')).toEqual([])
      expect(await engine.count()).toBe(fixtures.length)
    })

    it('rebuilds an index in memory too', async () => {
      const engine = await open(':memory:')
      await engine.upsert(fixtures)
      const rebuild = await engine.rebuild()
      await rebuild.upsert([renamed(fixtures[0]!, 'حافظه')])
      await rebuild.commit()
      expect(await ids(engine, 'حافظه ')).toEqual([fixtures[0]!.id])
      expect(await engine.count()).toBe(1)
    })
  })

  it('reports a file it cannot open as unavailable, and health says so without throwing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-search-'))
    dirs.push(dir)
    const blocker = path.join(dir, 'not-a-folder')
    writeFileSync(blocker, 'x')
    const engine = new EmbeddedSearchEngine({ path: path.join(blocker, 'search.db') })
    await expect(engine.init()).rejects.toBeInstanceOf(SearchUnavailableError)
    expect(await engine.health()).toMatchObject({ ok: false, engine: 'embedded' })
  })

  it('tells how long a search took', async () => {
    const engine = await open(':memory:')
    await engine.upsert(fixtures)
    const result = await engine.search({ q: 'کار' })
    expect(result.tookMs).toBeGreaterThan(0)
    expect(result.tookMs).toBeLessThan(1000)
  })
})
