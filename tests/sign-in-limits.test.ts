import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { peerAddressHeader } from '../src/auth/clientAddress'
import { limits } from '../src/auth/signInLimits'
import { buildCast, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

const password = 'correct-horse-battery'
const from = (address: string, extra: Record<string, string> = {}) => ({ [peerAddressHeader]: address, ...extra })
const logIn = (email: string, pass: string, address: string, extra: Record<string, string> = {}) =>
  rest('POST', '/users/login', { body: { email, password: pass }, headers: from(address, extra) })

describe('sign-in limits', () => {
  it('lets an address fail five times, then answers 429 with Retry-After and a Persian message, even for the right password', async () => {
    for (let i = 0; i < limits.perAddress; i++) expect((await logIn(cast.users.member.email, 'wrong', '198.51.100.1')).status).toBe(401)
    const refused = await logIn(cast.users.member.email, password, '198.51.100.1')
    expect(refused.status).toBe(429)
    expect(refused.json.errors[0]).toMatchObject({ name: 'TooManyRequests', data: { retryAfterSeconds: expect.any(Number) } })
    expect(refused.json.errors[0].message).toMatch(/۵ بار/)
    expect(refused.json.errors[0].message).toMatch(/دقیقه/)
    // Other addresses are not held back, and the account is not locked.
    expect((await logIn(cast.users.member.email, password, '198.51.100.2')).status).toBe(200)
  })

  it('says so in English to an English request', async () => {
    for (let i = 0; i < limits.perAddress; i++) await logIn('nobody@test.ir', 'wrong', '198.51.100.3')
    const refused = await logIn('nobody@test.ir', 'wrong', '198.51.100.3', { 'Accept-Language': 'en' })
    expect(refused.status).toBe(429)
    expect(refused.json.errors[0].message).toMatch(/5 failed sign-ins from this address; try again in \d+ minutes/)
  })

  it('locks an account after ten failures from strangers with a clear 423, not a wrong-password answer', async () => {
    const email = cast.users.reviewer.email
    for (let i = 0; i < limits.perAccount; i++) {
      expect((await logIn(email, 'wrong', `203.0.113.${i + 1}`)).status).toBe(401)
    }
    const locked = await logIn(email, password, '203.0.113.200')
    expect(locked.status).toBe(423)
    expect(locked.json.errors[0]).toMatchObject({ name: 'Locked' })
    expect(locked.json.errors[0].message).toMatch(/قفل/)
  })

  it('never locks an admin out of the address they signed in from before', async () => {
    const email = cast.users.admin.email
    expect((await logIn(email, password, '192.0.2.10')).status).toBe(200)
    for (let i = 0; i < limits.perAccount + 2; i++) await logIn(email, 'wrong', `203.0.114.${i + 1}`)
    expect((await logIn(email, password, '203.0.114.250')).status).toBe(423)
    const own = await logIn(email, password, '192.0.2.10')
    expect(own.status, JSON.stringify(own.json)).toBe(200)
    expect(own.json.token).toEqual(expect.any(String))
  })

  it('keeps every attempt for admins to read, and for no one else', async () => {
    const admin = (await payload.login({ collection: 'users', data: { email: cast.users.admin.email, password }, req: { headers: new Headers(from('192.0.2.10')) } })).token!
    const member = (await payload.login({ collection: 'users', data: { email: cast.users.editor.email, password }, req: { headers: new Headers(from('192.0.2.11')) } })).token!
    const read = await rest('GET', '/sign-in-attempts?limit=200&depth=0', { token: admin })
    expect(read.status).toBe(200)
    expect(read.json.docs.some((row: { email: string; address: string; succeeded: boolean }) => row.address === '198.51.100.1' && !row.succeeded)).toBe(true)
    expect(read.json.docs.some((row: { email: string; succeeded: boolean }) => row.email === cast.users.editor.email && row.succeeded)).toBe(true)
    expect((await rest('GET', '/sign-in-attempts', { token: member })).status).toBe(403)
    expect((await rest('POST', '/sign-in-attempts', { token: admin, body: { email: 'x@y.z', address: '1.1.1.1' } })).status).toBe(403)
  })

  it('has no lock of Payload’s own left on accounts', () => {
    expect(payload.collections.users.config.auth.maxLoginAttempts).toBe(0)
  })
})
