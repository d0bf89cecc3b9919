import { describe, expect, it } from 'vitest'

import { startPayload } from './support/payload'

describe('the first account on a new installation', () => {
  it('is the network admin whatever role the form asked for; later accounts keep theirs', async () => {
    const payload = await startPayload()
    const first = await payload.create({ collection: 'users', data: { email: 'first@test.ir', password: 'long-enough-1', fullName: 'نخستین', roles: ['member'] } })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({ collection: 'users', data: { email: 'second@test.ir', password: 'long-enough-1', fullName: 'دومین', roles: ['member'] } })
    expect(second.roles).toEqual(['member'])
  })
})
