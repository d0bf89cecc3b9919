import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, type Cast } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let cast: Cast
let token: string

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const women = await payload.create({ collection: 'target-groups', data: { name: 'زنان سرپرست خانوار', slug: 'women-heads' }, locale: 'fa' })
  await payload.update({ collection: 'target-groups', id: women.id, data: { name: 'Female heads of household' }, locale: 'en' })
  await payload.create({ collection: 'target-groups', data: { name: 'افراد دارای معلولیت', slug: 'disability' }, locale: 'fa' })
  const email = cast.users.editor.email
  token = (await payload.login({ collection: 'users', data: { email, password: cast.passwords[email]! } })).token!
})

const send = (collection: string, name: string, text: string, query = '') => {
  const form = new FormData()
  form.append('file', new Blob([text], { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }), name)
  form.append('_payload', JSON.stringify({}))
  return rest('POST', `/${collection}/import-records${query}`, { token, form })
}

const lessonCount = async () => (await payload.count({ collection: 'lessons', overrideAccess: true })).totalDocs

const csv = [
  'title,rootCause,lesson,targetGroups',
  'درس اول بازار,market,پیش از آموزش بازار را بسنجید.,زنان سرپرست خانوار',
  '"درس دوم, با ویرگول",design,"سطر نخست\nسطر دوم",Female heads of household; افراد داراي معلوليت; سالمندان',
  'درس فرمول,market,=HYPERLINK("http://evil.example"),',
  'درس اول بازار,market,تکراری,',
].join('\n')

describe('records from a sheet', () => {
  it('previews a CSV in a dry run and writes nothing', async () => {
    const before = await lessonCount()
    const response = await send('lessons', 'lessons.csv', csv, '?dryRun=1')
    expect(response.status).toBe(200)
    expect(response.json.report.map((r: { status: string }) => r.status)).toEqual(['wouldCreate', 'wouldCreate', 'refused', 'skipped'])
    expect(await lessonCount()).toBe(before)
  })

  it('makes drafts of the editor’s NGO, matches taxonomy names in either language, and reports what it refused or skipped', async () => {
    const response = await send('lessons', 'lessons.csv', csv)
    expect(response.status).toBe(201)
    const [first, second, formula, duplicate] = response.json.report
    expect(first).toMatchObject({ row: 1, status: 'created' })
    expect(second).toMatchObject({ status: 'created', unmatched: [{ column: 'targetGroups', names: ['سالمندان'] }] })
    expect(formula).toMatchObject({ status: 'refused' })
    expect(formula.reason).toMatch(/looks like a formula/)
    expect(duplicate).toMatchObject({ status: 'skipped', reason: 'duplicate title' })

    const doc = await payload.findByID({ collection: 'lessons', id: second.id, draft: true, depth: 1, overrideAccess: true })
    expect(doc._status).toBe('draft')
    expect(typeof doc.organization === 'object' ? doc.organization?.id : doc.organization).toBe(cast.orgs.roshan)
    // «افراد داراي معلوليت», typed with Arabic letters, still matches.
    expect((doc.targetGroups ?? []).map((g) => (typeof g === 'object' ? g.slug : g))).toEqual(['women-heads', 'disability'])
  })

  it('exports records in the columns it imports: a sheet exported by one NGO and imported by another gives the same records', async () => {
    const exported = async (as: string, format: 'csv' | 'json') => {
      const request = new Request(`http://localhost:3000/api/lessons/export-records?format=${format}`, { headers: { Authorization: `JWT ${as}` } })
      const response = await handleEndpoints({ config, path: '/api/lessons/export-records', request, payloadInstanceCacheKey: process.env.DATABASE_URL })
      expect(response.status).toBe(200)
      return (await response.text()).replace(/^\uFEFF/, '')
    }
    const mine = JSON.parse(await exported(token, 'json')) as Record<string, string>[]
    // The lessons the earlier tests imported, a cell of two lines among them.
    expect(mine.map((row) => row.title).sort()).toEqual(['درس اول بازار', 'درس دوم, با ویرگول'])
    expect(mine.find((row) => row.title === 'درس دوم, با ویرگول')?.lesson).toBe('سطر نخست\nسطر دوم')

    const other = cast.users.otherEditor.email
    const otherToken = (await payload.login({ collection: 'users', data: { email: other, password: cast.passwords[other]! } })).token!
    const form = new FormData()
    form.append('file', new Blob([await exported(token, 'csv')], { type: 'text/csv' }), 'lessons.csv')
    form.append('_payload', JSON.stringify({}))
    const imported = await rest('POST', '/lessons/import-records', { token: otherToken, form })
    expect(imported.status, JSON.stringify(imported.json)).toBe(201)
    expect(imported.json.report.map((line: { status: string }) => line.status)).toEqual(['created', 'created'])
    const theirs = JSON.parse(await exported(otherToken, 'json')) as Record<string, string>[]
    const byTitle = (rows: Record<string, string>[]) => [...rows].sort((a, b) => a.title!.localeCompare(b.title!))
    expect(byTitle(theirs)).toEqual(byTitle(mine))
  })

  it('refuses a sheet with a wrong column whole, naming it, and creates nothing', async () => {
    const before = await lessonCount()
    const response = await send('lessons', 'bad.csv', 'title,rootcause\nدرس,market\n')
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toMatch(/^ستون‌های ناشناخته: rootcause؛/)
    const json = await send('lessons', 'bad.json', '{"title": ')
    expect(json.status).toBe(400)
    expect(await lessonCount()).toBe(before)
  })
})
