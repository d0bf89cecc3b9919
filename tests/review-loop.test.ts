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

/** What the admin does for an editor: save a draft, edit it, then submit it with "save draft" again. */
const submittedTheNormalWay = async (collection: 'case-studies' | 'lessons' = 'case-studies') => {
  const created = await rest('POST', `/${collection}?draft=true`, { token: tokens.editor, body: sampleData(collection, cast.orgs.roshan) })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  const id = created.json.doc.id
  expect((await rest('PATCH', `/${collection}/${id}?draft=true`, { token: tokens.editor, body: { title: 'کارگاه قالی‌بافی کاشان' } })).status).toBe(200)
  const submitted = await rest('PATCH', `/${collection}/${id}?draft=true`, { token: tokens.editor, body: { workflowState: 'submitted' } })
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
  return id as number | string
}

describe('the review loop, as reviewers meet it', () => {
  it('lets the reviewer open a document the editor saved and then submitted', async () => {
    const id = await submittedTheNormalWay()
    const opened = await rest('GET', `/case-studies/${id}?draft=true&depth=0`, { token: tokens.reviewer })
    expect(opened.status, JSON.stringify(opened.json)).toBe(200)
    expect(opened.json).toMatchObject({ title: 'کارگاه قالی‌بافی کاشان', workflowState: 'submitted' })
    const listed = await rest('GET', `/case-studies?where[id][equals]=${id}&depth=0`, { token: tokens.reviewer })
    expect(listed.json.totalDocs).toBe(1)
    const local = await payload.findByID({ collection: 'case-studies', id, draft: true, user: cast.users.reviewer, overrideAccess: false })
    expect(local.workflowState).toBe('submitted')
  })

  it('lets the coordinator of the document’s province open it too, and no coordinator elsewhere', async () => {
    const id = await submittedTheNormalWay('lessons')
    expect((await rest('GET', `/lessons/${id}?draft=true&depth=0`, { token: tokens.coordinator })).status).toBe(200)
    expect((await rest('GET', `/lessons/${id}?draft=true&depth=0`, { token: tokens.otherCoordinator })).status).toBe(404)
    expect((await rest('GET', `/lessons/${id}?draft=true&depth=0`, { token: tokens.otherEditor })).status).toBe(404)
  })

  it('offers the review steps as buttons in the edit view, with their own comment box, and the review state only to read', () => {
    for (const collection of ['case-studies', 'lessons', 'best-practices', 'curricula'] as const) {
      const fields = payload.collections[collection].config.fields
      const named = (name: string) => fields.find((f) => 'name' in f && f.name === name)
      const actions = named('workflowActions') as { type: string; admin?: { components?: { Field?: unknown } } } | undefined
      expect(actions?.type, collection).toBe('ui')
      expect(actions?.admin?.components?.Field, collection).toBe('/src/components/admin/WorkflowActions#WorkflowActions')
      expect((named('workflowState')!.admin as { readOnly?: boolean }).readOnly, collection).toBe(true)
      // The comment still travels with a step over the API; the edit view asks for it beside "Request changes".
      const comment = named('transitionComment')!.admin as { hidden?: boolean; readOnly?: boolean }
      expect([comment.hidden, comment.readOnly], collection).toEqual([true, false])
      expect(payload.collections[collection].config.admin.components?.edit?.PublishButton, collection).toBe('/src/components/admin/PublishIfAllowed#PublishIfAllowed')
    }
  })

  it('sends a document submitted the normal way back with the reviewer’s comment, and the author reads it', async () => {
    const id = await submittedTheNormalWay()
    const review = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: tokens.reviewer, body: { workflowState: 'inReview' } })
    expect(review.status, JSON.stringify(review.json)).toBe(200)
    const comment = 'نتیجهٔ پیگیری شش‌ماهه را بیفزایید.'
    const back = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: tokens.reviewer, body: { workflowState: 'draft', transitionComment: comment } })
    expect(back.status, JSON.stringify(back.json)).toBe(200)
    const seen = await rest('GET', `/case-studies/${id}?draft=true&depth=0`, { token: tokens.editor })
    expect(seen.json.workflowState).toBe('draft')
    const events = await rest('GET', `/review-events?where[document.value][equals]=${id}&sort=-createdAt&depth=0`, { token: tokens.editor })
    expect(events.json.docs[0]).toMatchObject({ transition: 'requestChanges', comment })
    // Sent back, it is the NGO's draft again: no longer the reviewer's to read.
    expect((await rest('GET', `/case-studies/${id}?draft=true&depth=0`, { token: tokens.reviewer })).status).toBe(404)
  })

  it('lets the reviewer publish a document submitted the normal way', async () => {
    const id = await submittedTheNormalWay()
    const published = await rest('PATCH', `/case-studies/${id}`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    expect((await rest('GET', `/case-studies/${id}?depth=0`)).json).toMatchObject({ workflowState: 'published', title: 'کارگاه قالی‌بافی کاشان' })
  })
})
