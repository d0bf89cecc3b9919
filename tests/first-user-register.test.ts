import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { peerAddressHeader } from '../src/auth/clientAddress'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

describe('the admin’s first-user form on a new installation', () => {
  it('registers the network admin and signs them in, the sign-in counted as a success', async () => {
    const registered = await rest('POST', '/users/first-register', {
      body: { email: 'first@test.ir', password: 'a-long-first-password', fullName: 'نخستین' },
      headers: { [peerAddressHeader]: '192.0.2.50' },
    })
    expect(registered.status, JSON.stringify(registered.json)).toBe(200)
    expect(registered.json.token).toEqual(expect.any(String))
    const attempts = await payload.find({ collection: 'sign-in-attempts', overrideAccess: true, depth: 0 })
    expect(attempts.docs.map((row) => [row.email, row.address, row.succeeded])).toEqual([['first@test.ir', '192.0.2.50', true]])
  })
})
