import config from '@payload-config'
import type { Payload } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { graphqlId } from './support/ids'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

const graphql = async (query: string, token?: string) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  // The route handler Next serves at /api/graphql, called in-process.
  const response = await GRAPHQL_POST(config)(request)
  return (await response.json()) as { data?: Record<string, { docs: { id: number; title: string }[] }>; errors?: { message: string }[] }
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

describe('GraphQL obeys the same access rules as REST and the Local API', () => {
  it('shows an anonymous reader published public case studies only, and an NGO editor also their drafts', async () => {
    const open = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan, { title: 'باز' }), _status: 'published' } as never })
    const members = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan, { title: 'اعضا' }), visibility: 'members', _status: 'published' } as never })
    const draft = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan, { title: 'پیش‌نویس' }) as never, draft: true })
    const query = '{ CaseStudies(draft: true, limit: 100) { docs { id title } } }'
    const seen = async (token?: string) => ((await graphql(query, token)).data?.CaseStudies?.docs ?? []).map((d) => d.id)

    expect(await seen()).toEqual([open.id])
    const login = (email: string) => payload.login({ collection: 'users', data: { email, password: cast.passwords[email]! } }).then((r) => r.token!)
    expect((await seen(await login(cast.users.member.email))).sort()).toEqual([open.id, members.id].sort())
    expect((await seen(await login(cast.users.otherEditor.email))).sort()).toEqual([open.id, members.id].sort())
    expect((await seen(await login(cast.users.editor.email))).sort()).toEqual([open.id, members.id, draft.id].sort())
  })

  it('refuses an editor publishing through a mutation', async () => {
    const draft = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true })
    const token = (await payload.login({ collection: 'users', data: { email: cast.users.editor.email, password: cast.passwords[cast.users.editor.email]! } })).token!
    const result = await graphql(`mutation { updateCaseStudy(id: ${graphqlId(draft.id)}, data: { _status: published }) { id _status } }`, token)
    expect(result.errors?.[0]?.message).toMatch(/approval/)
    const stored = await payload.findByID({ collection: 'case-studies', id: draft.id, draft: true })
    expect(stored._status).toBe('draft')
  })
})
