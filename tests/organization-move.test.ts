import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  for (const [role, user] of Object.entries(cast.users)) {
    tokens[role] = (await payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } })).token!
  }
})

const submitted = async () => {
  const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true, user: cast.users.editor, overrideAccess: false })
  await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' } as never, draft: true, user: cast.users.editor, overrideAccess: false })
  return doc.id
}

const published = async () => {
  const id = await submitted()
  await payload.update({ collection: 'case-studies', id, data: { _status: 'published' } as never, user: cast.users.reviewer, overrideAccess: false })
  return id
}

const organizationOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'case-studies', id, draft: true, depth: 0, overrideAccess: true })).organization

describe('the NGO a document belongs to', () => {
  it('cannot be changed by a coordinator or a reviewer, whose refusal says why, and the other NGO reads nothing of it', async () => {
    for (const role of ['coordinator', 'reviewer']) {
      for (const make of [submitted, published]) {
        const id = await make()
        for (const draft of ['?draft=true', '']) {
          const moved = await rest('PATCH', `/case-studies/${id}${draft}`, { token: tokens[role], body: { organization: cast.orgs.omid } })
          expect(moved.status, `${role} ${draft}: ${JSON.stringify(moved.json)}`).toBe(403)
          expect(moved.json.errors[0].message).toMatch(/سازمان|NGO/)
        }
        expect(await organizationOf(id)).toBe(cast.orgs.roshan)
        const versions = await rest('GET', `/case-studies/versions?where[parent][equals]=${id}&draft=true&depth=0`, { token: tokens.otherEditor })
        expect(versions.json.docs.filter((v: { version: { _status: string } }) => v.version._status !== 'published')).toEqual([])
      }
    }
  })

  it('answers in English to an English request', async () => {
    const id = await submitted()
    const moved = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: tokens.reviewer, body: { organization: cast.orgs.omid }, headers: { 'Accept-Language': 'en' } })
    expect(moved.status).toBe(403)
    expect(moved.json.errors[0].message).toMatch(/Only a network admin/)
  })

  it('cannot be changed by the Local API acting for a reviewer either, nor by an editor of both NGOs', async () => {
    const id = await submitted()
    await expect(
      payload.update({ collection: 'case-studies', id, data: { organization: cast.orgs.omid } as never, draft: true, user: cast.users.reviewer, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const both = await payload.create({
      collection: 'users',
      data: { email: 'both@test.ir', password: 'correct-horse-battery', fullName: 'both', roles: ['editor'], organizations: [{ organization: cast.orgs.roshan }, { organization: cast.orgs.omid }] } as never,
    })
    const draft = await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan) as never, draft: true, user: both, overrideAccess: false })
    await expect(
      payload.update({ collection: 'lessons', id: draft.id, data: { organization: cast.orgs.omid } as never, draft: true, user: both, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('is changed by a network admin, and saving the same NGO again is no change', async () => {
    const id = await submitted()
    const same = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: tokens.reviewer, body: { organization: cast.orgs.roshan, summary: 'خلاصه' } })
    expect(same.status, JSON.stringify(same.json)).toBe(200)
    const moved = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: tokens.admin, body: { organization: cast.orgs.omid } })
    expect(moved.status, JSON.stringify(moved.json)).toBe(200)
    expect(await organizationOf(id)).toBe(cast.orgs.omid)
  })
})
