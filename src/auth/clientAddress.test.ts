import { describe, expect, it } from 'vitest'

import { clientAddress, peerAddressHeader, trustedProxies } from './clientAddress'

const headers = (entries: Record<string, string>) => new Headers(entries)

describe('the address a sign-in comes from', () => {
  it('is the connection’s own address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(headers({ [peerAddressHeader]: '203.0.113.7', 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('203.0.113.7')
    expect(clientAddress(headers({ [peerAddressHeader]: '::ffff:127.0.0.1' }), 0)).toBe('127.0.0.1')
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown')
  })

  it('is the address the outermost trusted proxy saw, counted from the right', () => {
    // A client that sends its own X-Forwarded-For only adds hops on the left.
    const chain = headers({ [peerAddressHeader]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.9' })
    expect(clientAddress(chain, 1)).toBe('198.51.100.9')
    expect(clientAddress(chain, 2)).toBe('6.6.6.6')
    expect(clientAddress(chain, 9)).toBe('6.6.6.6')
    expect(clientAddress(headers({ [peerAddressHeader]: '10.0.0.2' }), 1)).toBe('10.0.0.2')
  })

  it('never takes text that is not an address', () => {
    expect(clientAddress(headers({ [peerAddressHeader]: '10.0.0.2', 'x-forwarded-for': '<script>' }), 1)).toBe('10.0.0.2')
  })

  it('reads TRUST_PROXY as a number of proxies, and refuses anything else with a readable line', () => {
    expect(trustedProxies(undefined)).toBe(0)
    expect(trustedProxies('')).toBe(0)
    expect(trustedProxies('2')).toBe(2)
    expect(trustedProxies('true')).toBe(1)
    expect(() => trustedProxies('nginx')).toThrow(/TRUST_PROXY must be the number of proxies/)
  })
})
