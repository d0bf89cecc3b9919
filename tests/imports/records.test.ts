import type { Payload } from 'payload'
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
