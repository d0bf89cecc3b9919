import config from '@payload-config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchRoutes } from '../src/endpoints/searchRoutes'
import { reconcileSearch } from '../src/jobs/reconcile'
import { getSearchEngine } from '../src/jobs/searchEngine'
import { buildCast, leakedEntry, lexical, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast
let memberToken: string

const drain = () => payload.jobs.run({ queue: 'search', limit: 500 })

// The route handlers Next serves at /api/search and /api/search/suggest, on this file's database.
const routes = searchRoutes(config, { payloadInstanceCacheKey: process.env.DATABASE_URL, cron: false })

/** A GET as a browser or the public site sends it: the token, if any, as a header or as the cookie. */
const get = async (route: 'search' | 'suggest', query: string, { token, cookie }: { token?: string; cookie?: boolean } = {}) => {
  const headers = new Headers()
  if (token && cookie) headers.set('Cookie', `payload-lng=fa; payload-token=${token}`)
  else if (token) headers.set('Authorization', `JWT ${token}`)
  const path = route === 'search' ? '/api/search' : '/api/search/suggest'
  const response = await routes[route](new Request(`http://localhost:3000${path}?${query}`, { headers }))
  const text = await response.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies loosely
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : null) as any }
}
const search = (query: string, token?: string, cookie = false) => get('search', query, { token, cookie })
const ids = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id)

const publish = async (collection: 'case-studies' | 'lessons', extra: Record<string, unknown>) => {
  const doc = await payload.create({ collection, data: { ...sampleData(collection, cast.orgs.roshan, extra), _status: 'published' } as never })
  await drain()
  return `${collection}:${doc.id}`
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  memberToken = (await payload.login({ collection: 'users', data: { email: cast.users.member.email, password: cast.passwords[cast.users.member.email]! } })).token!
})

describe('GET /api/search', () => {
  it('finds a published case study typed with Arabic letters or without the half-space, with highlights and facets', async () => {
    const id = await publish('case-studies', {
      title: 'کارگاه قالی‌بافی زنان سرپرست خانوار در کرمان',
      summary: 'استادکاران به کارآموزان می‌آموزند.',
      context: lexical('این کارگاه با کمک‌هزینه آموزش راه افتاد.'),
    })
    for (const q of ['قالی‌بافی', 'قاليبافي', 'قالی بافی', 'كرمان', 'می‌آموزند', 'میآموزند']) {
      const { status, json } = await search(`q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
      expect(ids(json), q).toContain(id)
    }
    const { json } = await search(`q=${encodeURIComponent('قالیبافی')}`)
    expect(json.hits[0].highlights.title.html).toContain('<mark>قالی‌بافی</mark>')
    // HTML alone: the segments the site renders from stay on the server.
    expect(json.hits[0].highlights.title).toEqual({ locale: 'fa', html: expect.any(String) })
    expect(json.facets.type).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'case-studies', label: 'مطالعات موردی' })]))
    expect(json.facets.province[0]).toMatchObject({ label: 'تهران', count: expect.any(Number) })
    expect(typeof json.tookMs).toBe('number')
  })

  it('counts and filters years in both calendars: Jalali for Persian readers, whichever a year parameter is written in', async () => {
    // 1 March 2019 is in the Jalali year 1397; 1 April 2019 in 1398 (Nowruz fell on 21 March).
    const march = await publish('case-studies', { title: 'سال‌شمار اسفند', periodStart: '2019-03-01T00:00:00.000Z' })
    const april = await publish('case-studies', { title: 'سال‌شمار فروردین', periodStart: '2019-04-01T00:00:00.000Z' })
    const q = `q=${encodeURIComponent('سال‌شمار')}`
    const both = await search(q)
    expect(both.json.facets.year).toEqual([expect.objectContaining({ value: '2019', count: 2, label: '۲۰۱۹ میلادی' })])
    expect(both.json.facets.jalaliYear).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: '1397', count: 1, label: '۱۳۹۷' }), expect.objectContaining({ value: '1398', count: 1, label: '۱۳۹۸' })]),
    )
    expect((await search(`${q}&locale=en`)).json.facets.jalaliYear).toEqual(expect.arrayContaining([expect.objectContaining({ value: '1397', label: '1397 SH' })]))
    expect(ids((await search(`${q}&year=1397`)).json)).toEqual([march])
    expect(ids((await search(`${q}&jalaliYear=1398`)).json)).toEqual([april])
    expect(new Set(ids((await search(`${q}&year=2019`)).json))).toEqual(new Set([march, april]))
    expect(new Set(ids((await search(`${q}&year=1397,1398`)).json))).toEqual(new Set([march, april]))
    const bad = await search(`${q}&jalaliYear=last`)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('jalaliYear')
  })

  it('with the jobs worker on, runs a published record\'s sync right after the save, without waiting for the worker', async () => {
    // This file's Payload runs no worker (its cron is off): only the run queued beside the job can index it.
    process.env.HAMAFZA_JOBS = 'on'
    try {
      const doc = await payload.create({
        collection: 'case-studies',
        data: { ...sampleData('case-studies', cast.orgs.roshan, { title: 'کارگاه سفال‌گری بی‌درنگ' }), _status: 'published' } as never,
      })
      let found: string[] = []
      for (let attempt = 0; attempt < 50 && !found.includes(`case-studies:${doc.id}`); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        found = ids((await search(`q=${encodeURIComponent('سفالگری')}`)).json)
      }
      expect(found).toContain(`case-studies:${doc.id}`)
    } finally {
      process.env.HAMAFZA_JOBS = 'off'
    }
  })

  it('never shows a draft, and shows members-only records to signed-in members alone', async () => {
    const draft = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan, { title: 'زنبورداری پیش‌نویس' }) as never, draft: true })
    const members = await publish('case-studies', { title: 'زنبورداری ویژه اعضا', visibility: 'members' })
    await drain()
    const anonymous = await search(`q=${encodeURIComponent('زنبورداری')}`)
    expect(ids(anonymous.json)).not.toContain(`case-studies:${draft.id}`)
    expect(ids(anonymous.json)).not.toContain(members)
    const member = await search(`q=${encodeURIComponent('زنبورداری')}`, memberToken)
    expect(ids(member.json)).toContain(members)
    expect(ids(member.json)).not.toContain(`case-studies:${draft.id}`)
    // Signed in through the admin's cookie rather than a header: the same.
    expect(ids((await search(`q=${encodeURIComponent('زنبورداری')}`, memberToken, true)).json)).toContain(members)
    // A forged or stale token is an anonymous reader, not an error.
    const forged = await search(`q=${encodeURIComponent('زنبورداری')}`, `${memberToken.slice(0, -4)}abcd`)
    expect(forged.status).toBe(200)
    expect(ids(forged.json)).not.toContain(members)
    // Suggestions follow the same rule.
    const suggested = (token?: string) => get('suggest', `q=${encodeURIComponent('زنبوردار')}`, { token })
    expect((await suggested()).json.suggestions.map((s: { id: string }) => s.id)).not.toContain(members)
    expect((await suggested(memberToken)).json.suggestions.map((s: { id: string }) => s.id)).toContain(members)
  })

  it('names facet values, and learns a renamed province without a restart', async () => {
    await publish('case-studies', { title: 'باغداری پایدار' })
    const before = await search(`q=${encodeURIComponent('باغداری')}`)
    const tehran = before.json.facets.province.find((f: { label: string }) => f.label === 'تهران')
    expect(tehran).toBeDefined()
    await payload.update({ collection: 'provinces', id: tehran.value, data: { name: 'تهران بزرگ' }, locale: 'fa' })
    const after = await search(`q=${encodeURIComponent('باغداری')}`)
    expect(after.json.facets.province.find((f: { value: string }) => f.value === tehran.value).label).toBe('تهران بزرگ')
    await payload.update({ collection: 'provinces', id: tehran.value, data: { name: 'تهران' }, locale: 'fa' })
  })

  it('drops a record from the index when it is unpublished or deleted', async () => {
    const id = await publish('lessons', { title: 'درس گلخانه' })
    const numeric = id.split(':')[1]!
    expect(ids((await search(`q=${encodeURIComponent('گلخانه')}`)).json)).toContain(id)
    await payload.update({ collection: 'lessons', id: numeric, data: { _status: 'draft' } })
    await drain()
    expect(ids((await search(`q=${encodeURIComponent('گلخانه')}`)).json)).not.toContain(id)
    await payload.update({ collection: 'lessons', id: numeric, data: { _status: 'published' } })
    await drain()
    expect(ids((await search(`q=${encodeURIComponent('گلخانه')}`)).json)).toContain(id)
    await payload.delete({ collection: 'lessons', id: numeric })
    await drain()
    expect(ids((await search(`q=${encodeURIComponent('گلخانه')}`)).json)).not.toContain(id)
  })

  it('narrows by a facet and sorts', async () => {
    await publish('case-studies', { title: 'تعاونی صنایع دستی', outcome: 'failure' })
    const failures = await search(`outcome=failure&sort=newest`)
    expect(failures.json.hits.length).toBeGreaterThan(0)
    expect(failures.json.hits.every((h: { outcome: string }) => h.outcome === 'failure')).toBe(true)
  })

  it('refuses bad input with a 400 and a message, never a 500', async () => {
    const bad = [
      'colour=red',
      'limit=1000',
      'limit=ten',
      'year=last',
      `q=${'ا'.repeat(2000)}`,
      `q=${encodeURIComponent('کار\u0007')}`,
      'visibility=members',
      'sort=random',
      'page=0',
    ]
    for (const query of bad) {
      const response = await search(query)
      expect(response.status, query).toBe(400)
      expect(response.json.errors[0].message, query).toEqual(expect.any(String))
    }
    expect((await get('suggest', 'q=x&colour=red')).status).toBe(400)
  })
})

describe('GET /api/search/suggest', () => {
  it('suggests titles as the reader types', async () => {
    await publish('case-studies', { title: 'پرورش قارچ خوراکی' })
    const { status, json } = await get('suggest', `q=${encodeURIComponent('پرور')}`)
    expect(status).toBe(200)
    expect(json.suggestions.map((s: { title: string }) => s.title)).toContain('پرورش قارچ خوراکی')
  })
})

describe('reconciliation', () => {
  it('finds and repairs missing, stale and leaked entries', async () => {
    const engine = await getSearchEngine()
    const kept = await publish('case-studies', { title: 'کارآفرینی روستایی' })
    await engine.delete([kept]) // missing
    await engine.upsert([leakedEntry('case-studies:999999')])
    const drift = await reconcileSearch(payload)
    expect(drift.missing).toBe(1)
    expect(drift.leaked).toBe(1)
    const again = await reconcileSearch(payload)
    expect(again).toMatchObject({ missing: 0, stale: 0, leaked: 0 })
    expect(again.indexed).toBe(again.expected)
  })
})
