import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { NetworkUser } from '../src/access/roles'
import { steps, stepsFor } from '../src/workflow/steps'
import type { WorkflowState } from '../src/workflow/states'
import type { TransitionName } from '../src/workflow/transitions'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

/**
 * The edit view's review buttons (src/components/admin/WorkflowActions.tsx): which steps each person is
 * offered in each state, and that the request each button sends is the step it names, as the server sees it.
 */

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

const person = (who: keyof Cast['users']) => cast.users[who] as unknown as NetworkUser
const scope = (collection = 'case-studies') => ({ collection, organization: cast.orgs.roshan, provinces: [cast.provinces.tehran] })

describe('the review steps offered in the edit view', () => {
  it.each<[keyof Cast['users'], WorkflowState, string, TransitionName[]]>([
    ['editor', 'draft', 'case-studies', ['submit']],
    ['otherEditor', 'draft', 'case-studies', []],
    ['member', 'draft', 'case-studies', []],
    ['editor', 'submitted', 'case-studies', ['withdraw']],
    ['reviewer', 'submitted', 'case-studies', ['startReview', 'publish', 'requestChanges']],
    ['reviewer', 'inReview', 'case-studies', ['publish', 'requestChanges']],
    ['coordinator', 'submitted', 'case-studies', ['startReview', 'publish', 'requestChanges']],
    // A curriculum becomes the network's standard only on a reviewer's or an admin's approval.
    ['coordinator', 'submitted', 'curricula', []],
    ['otherCoordinator', 'submitted', 'case-studies', []],
    ['admin', 'draft', 'case-studies', ['submit', 'publish']],
    ['reviewer', 'published', 'curricula', ['unpublish', 'retire']],
    ['reviewer', 'published', 'case-studies', ['unpublish']],
    ['editor', 'published', 'case-studies', []],
  ])('%s, %s %s: %j', (who, state, collection, expected) => {
    expect(stepsFor(person(who), state, scope(collection))).toEqual(expected)
  })

  it('offers nothing to nobody', () => {
    expect(stepsFor(null, 'draft', scope())).toEqual([])
  })
})

describe('the request each step sends', () => {
  const take = (name: TransitionName, who: keyof Cast['users'], id: number | string, comment = '') => {
    const { draft, body } = steps.find((step) => step.name === name)!.request(comment)
    return payload.update({ collection: 'case-studies', id, data: body as never, draft, user: cast.users[who], overrideAccess: false })
  }
  const lastEvent = async (id: number | string) =>
    (await payload.find({ collection: 'review-events', where: { 'document.value': { equals: id } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]

  it('moves a case study as each button says, through review to publication and back', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true, user: cast.users.editor, overrideAccess: false })
    const walk: [TransitionName, keyof Cast['users'], WorkflowState, 'draft' | 'published', string?][] = [
      ['submit', 'editor', 'submitted', 'draft'],
      ['withdraw', 'editor', 'draft', 'draft'],
      ['submit', 'editor', 'submitted', 'draft'],
      ['startReview', 'reviewer', 'inReview', 'draft'],
      ['requestChanges', 'reviewer', 'draft', 'draft', 'نتیجه شش‌ماهه را بیفزایید.'],
      ['submit', 'editor', 'submitted', 'draft'],
      ['publish', 'reviewer', 'published', 'published'],
      ['unpublish', 'reviewer', 'draft', 'draft'],
    ]
    for (const [name, who, state, status, comment] of walk) {
      const moved = await take(name, who, doc.id, comment)
      expect([name, moved.workflowState, moved._status]).toEqual([name, state, status])
      expect(await lastEvent(doc.id)).toMatchObject({ transition: name, toState: state, ...(comment ? { comment } : {}) })
    }
  })

  it('is refused for a step the person is not offered, with the workflow’s reason', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true, user: cast.users.editor, overrideAccess: false })
    await take('submit', 'editor', doc.id)
    expect(stepsFor(person('editor'), 'submitted', scope())).not.toContain('publish')
    await expect(take('publish', 'editor', doc.id)).rejects.toMatchObject({ status: 403 })
  })
})
