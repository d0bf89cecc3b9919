import { afterEach, describe, expect, it, vi } from 'vitest'

import { changesState, configuredOrigin, fromOwnSite, servedOverHttps, trustedOrigins } from './origins'

const post = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/lessons', { method: 'POST', headers })

afterEach(() => vi.unstubAllEnvs())

describe('the public address', () => {
  it('is the origin of SERVER_URL, and nothing when it is unset or not an address', () => {
    vi.stubEnv('SERVER_URL', 'https://hamafza.example/fa/')
    expect(configuredOrigin()).toBe('https://hamafza.example')
    expect(trustedOrigins()).toEqual(['https://hamafza.example'])
    expect(servedOverHttps()).toBe(true)
    vi.stubEnv('SERVER_URL', 'http://localhost:3000')
    expect(servedOverHttps()).toBe(false)
    for (const value of ['', 'hamafza.example', 'not a url']) {
      vi.stubEnv('SERVER_URL', value)
      expect(configuredOrigin()).toBeNull()
      expect(trustedOrigins()).toEqual([])
      expect(servedOverHttps()).toBe(false)
    }
  })
})

describe('requests from another site', () => {
  it('are only a concern when they could change something', () => {
    expect(['GET', 'HEAD', 'OPTIONS'].map(changesState)).toEqual([false, false, false])
    expect(['POST', 'PATCH', 'PUT', 'DELETE', 'post'].map(changesState)).toEqual([true, true, true, true, true])
  })

  describe('without SERVER_URL, the request’s own origin is the site', () => {
    it('accepts a page of the site, a program that sends no Origin, and a browser that says it is the same origin', () => {
      vi.stubEnv('SERVER_URL', '')
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(true)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000' }))).toBe(true)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }))).toBe(true)
      expect(fromOwnSite(post({ host: 'internal:3000', 'x-forwarded-host': 'hamafza.example', origin: 'https://hamafza.example' }))).toBe(true)
      expect(fromOwnSite(post({ host: 'internal:3000', 'x-forwarded-host': 'hamafza.example, internal', origin: 'https://hamafza.example' }))).toBe(true)
    })

    it('refuses another site, another port of the same host, and the opaque origin', () => {
      vi.stubEnv('SERVER_URL', '')
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', origin: 'https://evil.example' }))).toBe(false)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' }))).toBe(false)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', origin: 'null' }))).toBe(false)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', origin: 'garbage' }))).toBe(false)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'same-site' }))).toBe(false)
      expect(fromOwnSite(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }))).toBe(false)
    })
  })

  it('with SERVER_URL, only its origin is the site, whatever the Host header says', () => {
    vi.stubEnv('SERVER_URL', 'https://hamafza.example')
    expect(fromOwnSite(post({ host: 'hamafza.example', origin: 'https://hamafza.example' }))).toBe(true)
    expect(fromOwnSite(post({ host: 'hamafza.example', origin: 'http://hamafza.example' }))).toBe(false)
    expect(fromOwnSite(post({ host: 'evil.example', origin: 'https://evil.example' }))).toBe(false)
  })
})
