import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getSearchEngine } from '../src/jobs/searchEngine'
import type { User } from '../src/payload-types'
import type { SearchEngine } from '../src/search/port'
import { mapCsvResponse } from '../src/site/map/csv'
import { csvLine } from '../src/site/search/exports'
import { evidenceGaps, mapCategories, outcomeMap, type MapCategory, type OutcomeMap } from '../src/site/map/matrix'
import { mapProblem, parseMapParams, type MapColumn } from '../src/site/map/params'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast
type Id = number | string
const ids: { stages: Id[]; targetGroups: Id[]; topics: Id[]; fundingInstruments: Id[] } = {
  stages: [],
  targetGroups: [],
  topics: [],
  fundingInstruments: [],
}

const drain = () => payload.jobs.run({ queue: 'search', limit: 500 })

/** A small deterministic generator, so a failure can be read again with the same records. */
const random = (() => {
  let seed = 20_261_206
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
})()
const someOf = <T>(values: T[], most = 2): T[] => {
  const chosen = new Set<T>()
  const count = 1 + Math.floor(random() * most)
  while (chosen.size < count) chosen.add(values[Math.floor(random() * values.length)]!)
  return [...chosen]
}
const oneOf = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!

const relation = (name: string, id: string): Where => ({ [name]: { in: [id] } })

/** The lessons that an NGO applied, by the entries the reader may read. */
const appliedLessons = async (user: User | null): Promise<Id[]> => {
  const { docs } = await payload.find({ collection: 'lesson-applications', depth: 0, pagination: false, overrideAccess: false, user, select: { lesson: true } })
  return [...new Set(docs.map((doc) => doc.lesson as Id))]
}

/** The same cell counted in the database, as the reader is allowed to read it. */
const countInDatabase = async (
  user: User | null,
  category: MapCategory,
  stage: string,
  by: MapColumn,
  column: string,
  extra: Where[] = [],
): Promise<number> => {
  const columnField = { targetGroup: 'targetGroups', topic: 'topics', fundingInstrument: 'fundingInstruments' }[by]
  const where: Where = {
    and: [
      { _status: { equals: 'published' } },
      { visibility: { in: user ? ['public', 'members'] : ['public'] } },
      relation('stages', stage),
      relation(columnField, column),
      ...(category === 'lessons' ? [] : category === 'applied' ? [{ id: { in: await appliedLessons(user) } }] : [{ outcome: { equals: category } }]),
      ...extra,
    ],
  }
  const lessons = category === 'lessons' || category === 'applied'
  const { totalDocs } = await payload.count({ collection: lessons ? 'lessons' : 'case-studies', where, overrideAccess: false, user })
  return totalDocs
}

const expectMatchesDatabase = async (map: OutcomeMap, user: User | null, extra: Where[] = [], extraLessons: Where[] = extra) => {
  for (const [r, row] of map.rows.entries())
    for (const [c, column] of map.columns.entries())
      for (const category of map.categories) {
        const expected = await countInDatabase(user, category, row.id, map.params.by, column.id, category === 'lessons' || category === 'applied' ? extraLessons : extra)
        expect(map.cells[r]![c]![category], `${row.label} × ${column.label}: ${category}`).toBe(expected)
      }
}

/** The engine, counting the searches the map makes. */
const countingEngine = (engine: SearchEngine, calls: { n: number }): SearchEngine =>
  new Proxy(engine, {
    get: (target, property, receiver) =>
      property === 'search'
        ? (...args: Parameters<SearchEngine['search']>) => {
            calls.n++
            return target.search(...args)
          }
        : Reflect.get(target, property, receiver),
  })

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const named = async (collection: 'process-stages' | 'target-groups' | 'topics' | 'funding-instruments', names: string[]) =>
    Promise.all(
      names.map(async (name, at) =>
        (await payload.create({ collection, data: { name, slug: `${collection}-${at}`, ...(collection === 'process-stages' ? { order: at + 1 } : {}) } as never })).id,
      ),
    )
  ids.stages = await named('process-stages', ['جذب', 'آموزش مهارت', 'کاریابی', 'پیگیری ماندگاری'])
  // A name a spreadsheet would run as a formula, to be defused in the CSV.
  ids.targetGroups = await named('target-groups', ['زنان سرپرست خانوار', 'جوانان جویای کار', '=HYPERLINK("http://x.test")'])
  ids.topics = await named('topics', ['فرش', 'صنایع دستی'])
  ids.fundingInstruments = await named('funding-instruments', ['وام خرد', 'کمک‌هزینه'])

  // The last stage × the last target group is left without any record: an evidence gap.
  const usable = (stages: Id[], groups: Id[]) =>
    stages.includes(ids.stages[3]!) && groups.includes(ids.targetGroups[2]!) ? { stages: [ids.stages[3]!], targetGroups: [ids.targetGroups[0]!] } : { stages, targetGroups: groups }
  const years = ['2016-08-01T00:00:00.000Z', '2018-08-01T00:00:00.000Z', '2020-08-01T00:00:00.000Z']
  for (let at = 0; at < 36; at++) {
    const kind = at % 6 === 5 ? 'draft' : at % 4 === 3 ? 'members' : 'public'
    const data = sampleData('case-studies', oneOf([cast.orgs.roshan, cast.orgs.omid]), {
      title: `مطالعه نقشه ${at}`,
      outcome: oneOf(['success', 'mixed', 'failure']),
      ...usable(someOf(ids.stages), someOf(ids.targetGroups)),
      topics: someOf(ids.topics),
      fundingInstruments: someOf(ids.fundingInstruments, 1),
      provinces: [oneOf([cast.provinces.tehran, cast.provinces.fars])],
      periodStart: oneOf(years),
      visibility: kind === 'members' ? 'members' : 'public',
    })
    await payload.create({ collection: 'case-studies', data: { ...data, _status: kind === 'draft' ? 'draft' : 'published' } as never, draft: kind === 'draft' })
  }
  for (let at = 0; at < 14; at++) {
    const kind = at % 5 === 4 ? 'draft' : at % 3 === 2 ? 'members' : 'public'
    const data = sampleData('lessons', oneOf([cast.orgs.roshan, cast.orgs.omid]), {
      title: `درس نقشه ${at}`,
      ...usable(someOf(ids.stages), someOf(ids.targetGroups)),
      topics: someOf(ids.topics),
      provinces: [oneOf([cast.provinces.tehran, cast.provinces.fars])],
      visibility: kind === 'members' ? 'members' : 'public',
    })
    const lesson = await payload.create({ collection: 'lessons', data: { ...data, _status: kind === 'draft' ? 'draft' : 'published' } as never, draft: kind === 'draft' })
    // Every other published lesson was applied, some by both NGOs, which counts it once.
    if (kind !== 'draft' && at % 2 === 0) {
      for (const organization of at % 4 === 0 ? [cast.orgs.roshan, cast.orgs.omid] : [cast.orgs.omid])
        await payload.create({
          collection: 'lesson-applications',
          data: { lesson: lesson.id, organization, appliedOn: '2025-05-01T00:00:00.000Z', result: oneOf(['improved', 'unchanged', 'worse', 'too-early']), whatHappened: `به کار بست ${at}` } as never,
        })
    }
  }
  await drain()
})

/** The map both ways it may be counted: records read and counted here, and counts of the engine's facets. */
const bothWays = async (query: Record<string, string>, locale: 'fa' | 'en', user: User | null): Promise<OutcomeMap[]> => {
  const params = parseMapParams(new URLSearchParams(query), locale)
  const read = await outcomeMap(payload, params, locale, user)
  const counted = await outcomeMap(payload, params, locale, user, { readUpTo: 0 })
  expect(counted.cells).toEqual(read.cells)
  // Read a few records at a time, the pages add up to the same.
  expect((await outcomeMap(payload, params, locale, user, { pageSize: 7 })).cells).toEqual(read.cells)
  return [read, counted]
}

describe('the outcome map', () => {
  it('counts, in every cell, the published case studies by outcome and the lessons a visitor may read, as the database does', async () => {
    for (const map of await bothWays({}, 'fa', null)) {
      expect(map.rows.map((row) => row.id)).toEqual(ids.stages.map(String))
      expect(new Set(map.columns.map((column) => column.id))).toEqual(new Set(ids.targetGroups.map(String)))
      await expectMatchesDatabase(map, null)
      expect(map.exact).toBe(true)
      const gap = map.cells[3]![map.columns.findIndex((column) => column.id === String(ids.targetGroups[2]))]!
      expect(mapCategories.map((category) => gap[category])).toEqual([0, 0, 0, 0, 0])
      expect(evidenceGaps(map)).toBeGreaterThan(0)
      expect(map.cells.flat().some((cell) => cell.success + cell.mixed + cell.failure > 0 && cell.lessons > 0)).toBe(true)
      // Applied lessons are counted beside the lessons, never more of them, and some cells hold lessons none applied.
      expect(map.cells.flat().some((cell) => cell.applied > 0)).toBe(true)
      expect(map.cells.flat().every((cell) => cell.applied <= cell.lessons)).toBe(true)
      expect(map.cells.flat().some((cell) => cell.lessons > cell.applied)).toBe(true)
    }
  })

  it('asks the engine a few searches, not one per cell', async () => {
    const engine = await getSearchEngine()
    const params = parseMapParams(new URLSearchParams(), 'fa')
    const read = { n: 0 }
    await outcomeMap(payload, params, 'fa', null, { engine: countingEngine(engine, read) })
    // One page holds every record of this small network.
    expect(read.n).toBe(1)
    const counted = { n: 0 }
    const map = await outcomeMap(payload, params, 'fa', null, { engine: countingEngine(engine, counted), readUpTo: 0 })
    // The first page (for the years), then one per category for each target group, the shorter axis.
    expect(counted.n).toBe(1 + 5 * Math.min(map.rows.length, map.columns.length))
  })

  it('counts members-only records for a signed-in member, and never a draft', async () => {
    const member = cast.users.member
    const [visitor] = await bothWays({}, 'fa', null)
    for (const map of await bothWays({}, 'fa', member)) await expectMatchesDatabase(map, member)
    const total = (m: OutcomeMap) => m.cells.flat().reduce((sum, cell) => sum + mapCategories.reduce((s, category) => s + cell[category], 0), 0)
    expect(total((await bothWays({}, 'fa', member))[0]!)).toBeGreaterThan(total(visitor!))
  })

  it('puts topics or funding instruments in the columns, counted as the database counts them', async () => {
    for (const by of ['topic', 'fundingInstrument'] as const) {
      for (const map of await bothWays({ by }, 'en', cast.users.member)) {
        expect(new Set(map.columns.map((column) => column.id))).toEqual(new Set((by === 'topic' ? ids.topics : ids.fundingInstruments).map(String)))
        await expectMatchesDatabase(map, cast.users.member)
        // Lessons carry no funding instrument: that view counts case studies alone, rather than a column of zeros.
        expect(map.categories).toEqual(by === 'topic' ? ['success', 'mixed', 'failure', 'lessons', 'applied'] : ['success', 'mixed', 'failure'])
      }
    }
  })

  it('narrows every cell to a province and to a period of Jalali years', async () => {
    const tehran = String(cast.provinces.tehran)
    for (const map of await bothWays({ province: tehran }, 'fa', null)) await expectMatchesDatabase(map, null, [relation('provinces', tehran)])

    // 1396 to 1398 holds the case studies that started in August 2018 (1397), and no lesson, all of which are from this year.
    const within = [{ periodStart: { greater_than: '2017-06-01T00:00:00.000Z' } }, { periodStart: { less_than: '2019-12-01T00:00:00.000Z' } }]
    for (const period of await bothWays({ from: '1396', until: '1398' }, 'fa', cast.users.member)) {
      expect(period.years).toEqual([1396, 1397, 1398])
      // The years on offer stay those of every record, so the period can be widened again.
      expect(period.yearOptions).toEqual(expect.arrayContaining([1395, 1397, 1399]))
      await expectMatchesDatabase(period, cast.users.member, within, [{ createdAt: { less_than: '2019-12-01T00:00:00.000Z' } }])
      expect(period.cells.flat().some((cell) => cell.success + cell.mixed + cell.failure > 0)).toBe(true)
    }
  })

  it('downloads the same numbers as CSV, with a byte order mark and no cell a spreadsheet would run', async () => {
    const url = new URL('http://localhost/fa/map.csv')
    const response = await mapCsvResponse({ url, locale: 'fa', payload, user: null })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // TextDecoder leaves the byte order mark out.
    const text = new TextDecoder().decode(bytes)
    const map = await outcomeMap(payload, parseMapParams(new URLSearchParams(), 'fa'), 'fa', null)
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]).toBe('مرحله فرایند,گروه هدف,موفق,دوگانه,ناموفق,درس‌آموخته‌ها,درس‌های به‌کاربسته')
    expect(lines).toHaveLength(1 + map.rows.length * map.columns.length)
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"")"`)
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
    const expected = map.rows.flatMap((row, r) =>
      map.columns.map((column, c) => csvLine([row.label, column.label, ...mapCategories.map((category) => map.cells[r]![c]![category])]).trimEnd()),
    )
    expect(lines.slice(1)).toEqual(expected)
  })

  it('refuses an address it cannot read with a 400 that says what is wrong, in the page language', async () => {
    expect(mapProblem(new URLSearchParams('by=colour'), 'en')?.message).toContain('by must be one of')
    expect(mapProblem(new URLSearchParams('from=1400&until=2023'), 'fa')?.message).toContain('یک تقویم')
    expect(mapProblem(new URLSearchParams('from=1403&until=1400'), 'en')?.message).toContain('from cannot be later')
    expect(mapProblem(new URLSearchParams('from=1300&until=1400'), 'en')?.message).toContain('at most 50 years')
    expect(mapProblem(new URLSearchParams('from=last'), 'en')?.parameter).toBe('from')
    expect(mapProblem(new URLSearchParams('q=x'), 'en')?.parameter).toBe('q')
    expect(mapProblem(new URLSearchParams('by=topic&province=3&province=7&from=&until=1402'), 'fa')).toBeNull()
    const response = await mapCsvResponse({ url: new URL('http://localhost/en/map.csv?by=colour'), locale: 'en', payload, user: null })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('by must be one of: targetGroup, topic, fundingInstrument')
  })
})
