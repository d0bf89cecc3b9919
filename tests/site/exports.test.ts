import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SearchEngine, SearchHit, SearchRequest, SearchResult } from '../../src/search/port'
import { csvCell, exportResponse, maxExportRows, type ExportFormat } from '../../src/site/search/exports'
import type { User } from '../../src/payload-types'
import { buildCast, sampleData, type Cast } from '../support/fixtures'
import { startPayload } from '../support/payload'

let payload: Payload
let cast: Cast
const ids: Record<string, string | number> = {}

const drain = () => payload.jobs.run({ queue: 'search', limit: 500 })

const exported = async (format: ExportFormat, query: string, user: User | null = null, engine?: SearchEngine) => {
  const url = new URL(`http://hamafza.test/fa/search/${format === 'atom' ? 'feed.atom' : `export.${format}`}?${query}`)
  return exportResponse({ url, locale: 'fa', format, payload, user, engine })
}

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (quoted) cell += char
    else if (char === ',') endCell()
    else if (char === '\r' && text[i + 1] === '\n') {
      endCell()
      rows.push(row)
      row = []
      i++
    } else cell += char
  }
  return rows
}

const csvRecords = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer())
  // The UTF-8 byte-order mark, for Excel; TextDecoder drops it as it reads.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes))
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])))
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const publish = async (key: string, collection: 'case-studies' | 'lessons', extra: Record<string, unknown>) => {
    const doc = await payload.create({
      collection,
      data: { ...sampleData(collection, cast.orgs.roshan, extra), provinces: [cast.provinces.tehran], _status: 'published' } as never,
    })
    ids[key] = doc.id
  }
  await publish('success', 'case-studies', { title: 'کارگاه کیف‌دوزی، "چرم" و فروش, برخط', outcome: 'success', summary: 'کیف دوزی <b>زنان</b> & بازار' })
  await publish('failure', 'case-studies', { title: '=کیف‌دوزی ناموفق در روستا', outcome: 'failure' })
  await publish('members', 'case-studies', { title: 'کیف‌دوزی ویژه اعضا', outcome: 'mixed', visibility: 'members' })
  await publish('lesson', 'lessons', { title: 'درس کیف‌دوزی: بازار را بسنج' })
  await drain()
})

describe('exports of a search', () => {
  it('gives visitors a CSV with a byte-order mark, named for download, with names rather than ids and no members-only rows', async () => {
    const response = await exported('csv', `q=${encodeURIComponent('كيف دوزي')}&type=case-studies`)
    expect(response.status).toBe(200)
    expect(response.body).toBeInstanceOf(ReadableStream)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="hamafza-search-\d{4}-\d{2}-\d{2}\.csv"/)
    const rows = await csvRecords(response)
    expect(rows.map((row) => row.title).sort()).toEqual(["'=کیف‌دوزی ناموفق در روستا", 'کارگاه کیف‌دوزی، "چرم" و فروش, برخط'].sort())
    const success = rows.find((row) => row.outcome === 'موفق')!
    expect(success).toMatchObject({
      type: 'مطالعه موردی',
      organization: 'انجمن روشن',
      provinces: 'تهران',
      licence: 'CC-BY-4.0',
      visibility: 'public',
      url: `http://hamafza.test/case-studies/${ids.success}`,
    })
    expect(rows.find((row) => row.title!.includes('ناموفق'))!.outcome).toBe('ناموفق')
  })

  it('includes members-only rows for a signed-in member', async () => {
    const rows = await csvRecords(await exported('csv', `q=${encodeURIComponent('کیف‌دوزی')}`, cast.users.member))
    expect(rows.map((row) => row.url)).toContain(`http://hamafza.test/case-studies/${ids.members}`)
    expect(rows.find((row) => row.url!.endsWith(`/${ids.members}`))!.visibility).toBe('members')
    const visitor = await csvRecords(await exported('csv', `q=${encodeURIComponent('کیف‌دوزی')}`))
    expect(visitor.map((row) => row.url)).not.toContain(`http://hamafza.test/case-studies/${ids.members}`)
    expect(visitor).toHaveLength(rows.length - 1)
  })

  it('streams JSON that parses, with the query it answers and the facet filters applied', async () => {
    const response = await exported('json', `q=${encodeURIComponent('کیف‌دوزی')}&outcome=failure`)
    expect(response.headers.get('content-disposition')).toMatch(/filename="hamafza-search-[\d-]+\.json"/)
    const body = (await response.json()) as { query: { q: string; filters: Record<string, string[]> }; results: Record<string, unknown>[] }
    expect(body.query.q).toBe('کیف‌دوزی')
    expect(body.query.filters.outcome).toEqual(['failure'])
    expect(body.results).toHaveLength(1)
    expect(body.results[0]).toMatchObject({ outcome: 'ناموفق', organization: 'انجمن روشن', provinces: ['تهران'], language: 'fa' })
  })

  it('writes an Atom 1.0 feed, newest first, escaped, in the page language', async () => {
    const response = await exported('atom', `q=${encodeURIComponent('کیف‌دوزی')}&sort=oldest`)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = await response.text()
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="fa">/)
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="http://hamafza.test/fa/search/feed.atom?')
    expect(feed).toContain('&lt;b&gt;زنان&lt;/b&gt; &amp; بازار')
    expect(feed).not.toContain('<b>')
    const published = [...feed.matchAll(/<published>([^<]+)<\/published>/g)].map((match) => match[1]!)
    expect(published.length).toBe(3)
    expect([...published].sort().reverse()).toEqual(published)
    expect(feed.match(/<entry>/g)).toHaveLength(3)
    expect(feed.match(/<id>/g)).toHaveLength(4)
    expect(feed.match(/<updated>/g)).toHaveLength(4)
  })

  it('refuses bad parameters with 400 and a message naming the parameter: JSON for the JSON export, plain text for CSV and the feed', async () => {
    for (const [format, query, message] of [
      ['csv', 'colour=red', /colour/],
      ['csv', 'visibility=members', /visibility/],
      ['json', 'sort=sideways', /\(sort\).*relevance/],
      ['atom', 'sort=sideways', /\(sort\)/],
      ['csv', 'limit=0', /\(limit\).*۱۰٬۰۰۰/],
      ['json', 'limit=10001', /\(limit\)/],
      ['csv', 'limit=5&limit=6', /limit را یک بار بدهید/],
      ['atom', 'limit=51', /\(limit\).*۵۰/],
      ['csv', 'page=two', /\(page\)/],
      ['csv', 'year=last', /\(year\)/],
      ['csv', 'q=a&q=b', /q را یک بار بدهید/],
      ['json', 'locale=de', /locale/],
      ['atom', 'locale=en', /locale/],
      ['csv', `province=${Array.from({ length: 500 }, (_, n) => n + 1).join(',')}`, /province.*۵۰/],
    ] as const) {
      const response = await exported(format, query)
      expect(response.status, query).toBe(400)
      if (format === 'json') {
        expect(response.headers.get('content-type'), query).toMatch(/^application\/json/)
        const body = (await response.json()) as { errors: { message: string }[] }
        expect(body.errors[0]!.message, query).toMatch(message)
      } else {
        expect(response.headers.get('content-type'), query).toBe('text/plain; charset=utf-8')
        expect(await response.text(), query).toMatch(message)
      }
    }
  })

  it('takes a locale parameter that repeats the address\'s language', async () => {
    expect((await exported('csv', 'locale=fa')).status).toBe(200)
  })

  it('reads the engine a page at a time and stops at the row limit or at 10,000 rows', async () => {
    const total = maxExportRows + 250
    const asked: SearchRequest[] = []
    const hit = (n: number): SearchHit => ({
      id: `lessons:${n}`,
      type: 'lessons',
      title: `درس ${n}`,
      summary: '',
      locale: 'fa',
      organization: String(cast.orgs.omid),
      provinces: [String(cast.provinces.fars)],
      targetGroups: [],
      stages: [],
      topics: [],
      fundingInstruments: [],
      visibility: 'public',
      licence: 'CC-BY-4.0',
      url: `/lessons/${n}`,
      publishedAt: Date.UTC(2025, 0, 1) + n,
      updatedAt: Date.UTC(2025, 0, 1) + n,
    })
    const engine = {
      search: async (request: SearchRequest): Promise<SearchResult> => {
        asked.push(request)
        const page = request.page ?? 1
        const limit = request.limit ?? 20
        const start = (page - 1) * limit
        const hits = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => hit(start + i + 1))
        return { hits, total, totalExact: true, facets: {}, facetsExact: true, page, limit, tookMs: 0 }
      },
    } as unknown as SearchEngine

    const some = await csvRecords(await exported('csv', 'limit=250', null, engine))
    expect(some).toHaveLength(250)
    expect(some.at(-1)!.title).toBe('درس 250')
    expect(some[0]).toMatchObject({ organization: 'مؤسسه امید', provinces: 'فارس', url: 'http://hamafza.test/lessons/1' })
    expect(asked.map((request) => request.page)).toEqual([1, 2, 3])
    expect(asked.every((request) => request.limit === 100 && request.highlight === false)).toBe(true)
    expect(asked[0]!.filters!.visibility).toEqual(['public'])

    asked.length = 0
    const body = (await (await exported('json', '', cast.users.member, engine)).json()) as { results: { title: string }[] }
    expect(body.results).toHaveLength(maxExportRows)
    expect(body.results.at(-1)!.title).toBe(`درس ${maxExportRows}`)
    expect(asked).toHaveLength(maxExportRows / 100)
    expect(asked[0]!.filters!.visibility).toEqual(['public', 'members'])
  })

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell(['تهران', 'فارس'])).toBe('"تهران; فارس"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(1404)).toBe('1404')
  })
})
