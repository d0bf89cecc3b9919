import { describe, expect, it } from 'vitest'

import { startPayload } from './support/payload'

describe('smoke', () => {
  it('starts on an empty database and stores a province', async () => {
    const payload = await startPayload()
    const p = await payload.create({ collection: 'provinces', data: { name: 'تهران', code: '23' } })
    expect(p.code).toBe('23')
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'انجمن روشن', slug: 'roshan', province: p.id, licenceStage: 'registered', membershipStatus: 'active' },
    })
    const cs = await payload.create({
      collection: 'case-studies',
      data: { title: 'آزمون', outcome: 'success', organization: org.id, evidenceType: 'monitoring' },
      draft: true,
    })
    expect(cs.workflowState).toBe('draft')
    expect(cs.provinces).toEqual([expect.objectContaining({ id: p.id })])
  })
})
