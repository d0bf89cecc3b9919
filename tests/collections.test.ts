import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
let adminToken: string

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  adminToken = (await payload.login({ collection: 'users', data: { email: cast.users.admin.email, password: cast.passwords[cast.users.admin.email]! } })).token!
})

/** For each collection: what to create, and one field to change. */
const recipes = (): { collection: CollectionSlug; data: Record<string, unknown>; change: Record<string, unknown> }[] => [
  { collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan, { context: lexical('زمینه') }), change: { outcome: 'failure' } },
  { collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan), change: { rootCause: 'funding' } },
  { collection: 'best-practices', data: sampleData('best-practices', cast.orgs.roshan), change: { resourcesNeeded: 'یک مربی' } },
  { collection: 'curricula', data: sampleData('curricula', cast.orgs.roshan, { code: 'CRUD-01' }), change: { hoursPractice: 60 } },
  { collection: 'organizations', data: { name: 'انجمن نو', slug: 'now', province: cast.provinces.fars }, change: { licenceStage: 'licensed' } },
  { collection: 'provinces', data: { name: 'یزد', code: '21' }, change: { name: 'استان یزد' } },
  { collection: 'topics', data: { name: 'سواد مالی', slug: 'financial-literacy' }, change: { description: 'بودجه‌بندی خانوار' } },
  { collection: 'target-groups', data: { name: 'زنان سرپرست خانوار', slug: 'women-heads' }, change: { description: 'زنانی که نان‌آور خانواده‌اند' } },
  { collection: 'process-stages', data: { name: 'کارورزی', slug: 'placement', order: 8 }, change: { order: 9 } },
  { collection: 'funding-instruments', data: { name: 'بیمه کارفرمایی', slug: 'employer-insurance' }, change: { description: 'سهم بیمه کارفرما' } },
  { collection: 'users', data: { email: 'new@test.ir', password: 'a-long-password', fullName: 'نو', roles: ['member'] }, change: { fullName: 'تازه' } },
]

describe('every collection can be created, read, updated and deleted', () => {
  it('through the Local API and REST, as a network admin', async () => {
    let checked = 0
    for (const { collection, data, change } of recipes()) {
      const created = await payload.create({ collection, data: data as never, user: cast.users.admin, overrideAccess: false })
      const read = await payload.findByID({ collection, id: created.id, user: cast.users.admin, overrideAccess: false, draft: true })
      expect(read.id).toBe(created.id)
      const updated = await payload.update({ collection, id: created.id, data: change as never, user: cast.users.admin, overrideAccess: false, draft: true })
      for (const [key, value] of Object.entries(change)) expect((updated as unknown as Record<string, unknown>)[key]).toEqual(value)

      const viaRest = await rest('GET', `/${collection}/${created.id}?draft=true`, { token: adminToken })
      expect(viaRest.status).toBe(200)
      const patched = await rest('PATCH', `/${collection}/${created.id}?draft=true`, { token: adminToken, body: change })
      expect(patched.status).toBe(200)
      const removed = await rest('DELETE', `/${collection}/${created.id}`, { token: adminToken })
      expect(removed.status).toBe(200)
      const after = await rest('GET', `/${collection}/${created.id}?draft=true`, { token: adminToken })
      expect(after.status).toBe(404)
      checked += 1
    }
    expect(checked).toBe(recipes().length)
  })
})

describe('bad input is refused with a message, and nothing stored is lost', () => {
  const refuse = async (collection: CollectionSlug, data: Record<string, unknown>, pattern: RegExp) => {
    const before = (await payload.count({ collection })).totalDocs
    const response = await rest('POST', `/${collection}?draft=true`, { token: adminToken, body: data })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json.errors)).toMatch(pattern)
    expect((await payload.count({ collection })).totalDocs).toBe(before)
  }

  it('a missing required field', () => refuse('case-studies', { ...sampleData('case-studies', cast.orgs.roshan), title: undefined, _status: 'published' }, /title/))

  it('an outcome outside its list', () =>
    refuse('case-studies', { ...sampleData('case-studies', cast.orgs.roshan), outcome: 'triumph', _status: 'published' }, /outcome/))

  it('a work placement of 2 or 7 months', async () => {
    for (const months of [2, 7, 4.5]) {
      await refuse('curricula', { ...sampleData('curricula', cast.orgs.roshan, { code: 'PLC-01' }), placement: { months }, _status: 'published' }, /3 to 6 whole months/)
    }
  })

  it('a malformed edition or curriculum code', async () => {
    for (const edition of ['2', 'v2.1', '2.1.3', 'دو']) {
      await refuse('curricula', { ...sampleData('curricula', cast.orgs.roshan, { code: 'EDN-01' }), edition, _status: 'published' }, /major\.minor/)
    }
    await refuse('curricula', { ...sampleData('curricula', cast.orgs.roshan, { code: 'soft 1' }), _status: 'published' }, /curriculum code/)
  })

  it('a period that ends before it starts, and a confidence out of range', async () => {
    await refuse('case-studies', { ...sampleData('case-studies', cast.orgs.roshan), periodStart: '2025-06-01', periodEnd: '2025-01-01', _status: 'published' }, /cannot end before/)
    await refuse('case-studies', { ...sampleData('case-studies', cast.orgs.roshan), confidence: 9, _status: 'published' }, /confidence/)
  })

  it('a malformed organization slug or website', async () => {
    await refuse('organizations', { name: 'x', slug: 'Not A Slug', province: cast.provinces.fars }, /slug/)
    await refuse('organizations', { name: 'x', slug: 'ok-slug', province: cast.provinces.fars, website: 'javascript:alert(1)' }, /http/)
  })

  it('an update that breaks a rule leaves the stored document as it was', async () => {
    const doc = await payload.create({ collection: 'curricula', data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'KEEP-01' }), _status: 'published' } as never })
    const response = await rest('PATCH', `/curricula/${doc.id}`, { token: adminToken, body: { placement: { months: 7 }, title: 'عوض‌شده' } })
    expect(response.status).toBe(400)
    const stored = await payload.findByID({ collection: 'curricula', id: doc.id, draft: true })
    expect(stored.placement?.months).toBe(4)
    expect(stored.title).toBe(doc.title)
  })
})

describe('knowledge travels across the network', () => {
  it('an NGO’s lesson cites another NGO’s published case study as evidence', async () => {
    const theirs = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), _status: 'published' } as never })
    const lesson = await payload.create({
      collection: 'lessons',
      data: sampleData('lessons', cast.orgs.omid, { evidence: [theirs.id] }) as never,
      draft: true,
      user: cast.users.otherEditor,
      overrideAccess: false,
      depth: 0,
    })
    expect(lesson.evidence).toEqual([theirs.id])
  })

  it('a translation may come one field at a time: English without the Persian-only required fields', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), _status: 'published' } as never })
    const english = await payload.update({ collection: 'case-studies', id: doc.id, locale: 'en', data: { summary: 'A carpet-weaving apprenticeship.' }, draft: true })
    expect(english.summary).toBe('A carpet-weaving apprenticeship.')
    expect(english.title).toBe('کارگاه قالی‌بافی') // falls back to Persian until translated
    await expect(payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), title: '' } as never, draft: true })).rejects.toMatchObject({
      data: { errors: [{ path: 'title', message: expect.stringMatching(/Required in Persian/) }] },
    })
  })

  it('a curriculum without a placement is fine; one with a placement keeps to 3 to 6 months', async () => {
    const course = await payload.create({ collection: 'curricula', data: sampleData('curricula', cast.orgs.roshan, { code: 'NOPL-01', placement: {} }) as never, draft: true })
    expect(course.placement?.months ?? null).toBeNull()
  })
})
