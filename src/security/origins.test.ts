import { afterEach, describe, expect, it, vi } from 'vitest'

import { changesState, configuredOrigin, fromOwnSite, requestOrigin, servedOverHttps, trustedOrigins } from './origins'

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

describe('the address permanent links in files and citations start with', () => {
  const url = new URL('http://localhost:3000/fa/lessons/1/cite.bib')

  it('is SERVER_URL when set, whatever the request says', () => {
    vi.stubEnv('SERVER_URL', 'https://hamafza.example/')
    expect(requestOrigin(url, new Headers({ host: 'elsewhere.example' }))).toBe('https://hamafza.example')
  })

  it('is otherwise the address the reader used, behind a proxy too, and never a Host header that is no host name', () => {
    vi.stubEnv('SERVER_URL', '')
    expect(requestOrigin(url, new Headers({ host: 'hamafza.test:8080' }))).toBe('http://hamafza.test:8080')
    expect(requestOrigin(url, new Headers({ host: 'internal:3000', 'x-forwarded-host': 'hamafza.ir, proxy', 'x-forwarded-proto': 'https' }))).toBe('https://hamafza.ir')
    expect(requestOrigin(url, new Headers({ host: 'evil.example/"><script>' }))).toBe('http://localhost:3000')
    expect(requestOrigin(url)).toBe('http://localhost:3000')
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
