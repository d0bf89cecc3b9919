import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findOverdue } from '../src/workflow/overdue'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

describe('the list of what is overdue for review', () => {
  it('lists lessons and curricula past their review date, oldest first, within what the user may read', async () => {
    const make = (collection: 'lessons' | 'curricula', nextReviewDate: string, extra: Record<string, unknown> = {}) =>
      payload.create({ collection, data: { ...sampleData(collection, cast.orgs.roshan, extra), nextReviewDate, _status: 'published' } as never })
    const old = await make('lessons', '2024-01-01T00:00:00.000Z', { title: 'درس قدیمی' })
    const curriculum = await make('curricula', '2025-01-01T00:00:00.000Z', { code: 'OVD-01' })
    await make('lessons', '2099-01-01T00:00:00.000Z', { title: 'درس تازه' })
    const hiddenDraft = await payload.create({
      collection: 'lessons',
      data: { ...sampleData('lessons', cast.orgs.omid, { title: 'پیش‌نویس امید' }), nextReviewDate: '2023-01-01T00:00:00.000Z' } as never,
      draft: true,
    })

    const forEditor = await findOverdue(payload, cast.users.editor as never, new Date('2026-01-01'))
    expect(forEditor.map((i) => i.id)).toEqual([old.id, curriculum.id])
    const forAdmin = await findOverdue(payload, cast.users.admin as never, new Date('2026-01-01'))
    expect(forAdmin.map((i) => i.id)).toEqual([hiddenDraft.id, old.id, curriculum.id])
  })
})
