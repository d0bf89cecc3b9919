import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findInbox } from '../src/workflow/inbox'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

const as = (user: keyof Cast['users']) => ({ user: cast.users[user], overrideAccess: false as const })
const inboxOf = (who: keyof Cast['users']) => findInbox(payload, { ...cast.users[who], collection: 'users' } as never)
const ids = (items: { id: number | string }[]) => items.map((item) => item.id).sort()

describe('the inbox on the admin dashboard', () => {
  it('shows each person what waits for their decision, what came back to them, their drafts and what is overdue in their scope', async () => {
    const draft = (organization: 'roshan' | 'omid', who: 'editor' | 'otherEditor', title: string) =>
      payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs[organization], { title }) as never, draft: true, ...as(who) })
    const submitted = await draft('roshan', 'editor', 'فرستاده')
    await payload.update({ collection: 'case-studies', id: submitted.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
    const elsewhere = await draft('omid', 'otherEditor', 'فرستاده در فارس')
    await payload.update({ collection: 'case-studies', id: elsewhere.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('otherEditor') })
    const sentBack = await draft('roshan', 'editor', 'بازگشته')
    await payload.update({ collection: 'case-studies', id: sentBack.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
    await payload.update({ collection: 'case-studies', id: sentBack.id, data: { workflowState: 'draft', transitionComment: 'منبع را بنویسید.' } as never, draft: true, ...as('reviewer') })
    const mine = await draft('roshan', 'editor', 'نیمه‌کاره')
    const overdueHere = await payload.create({
      collection: 'lessons',
      data: { ...sampleData('lessons', cast.orgs.roshan), nextReviewDate: '2024-01-01T00:00:00.000Z', _status: 'published' } as never,
    })
    const overdueThere = await payload.create({
      collection: 'lessons',
      data: { ...sampleData('lessons', cast.orgs.omid), nextReviewDate: '2024-01-01T00:00:00.000Z', _status: 'published' } as never,
    })

    const reviewer = await inboxOf('reviewer')
    expect(ids(reviewer.waitingForMe)).toEqual(ids([submitted, elsewhere]))
    expect(ids(reviewer.overdue)).toEqual(ids([overdueHere, overdueThere]))

    // The coordinator of Tehran decides on Roshan's work only, and answers for Tehran's reviews.
    const coordinator = await inboxOf('coordinator')
    expect(ids(coordinator.waitingForMe)).toEqual(ids([submitted]))
    expect(ids(coordinator.overdue)).toEqual(ids([overdueHere]))

    const editor = await inboxOf('editor')
    expect(editor.waitingForMe).toEqual([])
    expect(ids(editor.sentBack)).toEqual(ids([sentBack]))
    expect(ids(editor.myDrafts)).toEqual(ids([mine]))
    expect(ids(editor.overdue)).toEqual(ids([overdueHere]))
    expect(editor.sentBack[0]).toMatchObject({ collection: 'case-studies', title: 'بازگشته' })

    const otherEditor = await inboxOf('otherEditor')
    expect(otherEditor.sentBack).toEqual([])
    expect(otherEditor.myDrafts).toEqual([])
  })
})
