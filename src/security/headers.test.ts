import { describe, expect, it } from 'vitest'

import { areaOf, contentSecurityPolicy, newNonce, securityHeaders } from './headers'

const directivesOf = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))

describe('which policy an address gets', () => {
  it('sorts pages, the admin, and what is never a page', () => {
    expect(['/', '/fa', '/en/search', '/fa/lessons/3', '/lessons/3', '/xyz'].map(areaOf)).toEqual(Array(6).fill('site'))
    expect(['/admin', '/admin/login', '/admin/collections/lessons/3'].map(areaOf)).toEqual(Array(3).fill('admin'))
    expect(
      ['/api/lessons', '/api/graphql', '/_next/static/chunks/a.js', '/fa/search/export.csv', '/en/search/feed.atom', '/fa/curricula/3/download/pdf', '/favicon.ico', '/oai'].map(areaOf),
    ).toEqual(Array(8).fill('inert'))
    expect(areaOf('/administrators')).toBe('site')
    expect(areaOf('/oai/more')).toBe('site')
  })
})

describe('the content security policy', () => {
  it('lets a public page run only scripts carrying its nonce, or loaded by them, and nothing from elsewhere', () => {
    const policy = directivesOf(contentSecurityPolicy({ area: 'site', nonce: 'abc', https: false }))
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.has('upgrade-insecure-requests')).toBe(false)
    for (const values of policy.values()) expect(values.join(' ')).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('lets the admin write inline styles, never inline or foreign scripts', () => {
    const policy = directivesOf(contentSecurityPolicy({ area: 'admin', nonce: 'abc', https: false }))
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"])
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('gives answers that are not pages nothing to run', () => {
    expect(contentSecurityPolicy({ area: 'inert', https: false })).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  })

  it('allows eval only to next dev', () => {
    expect(contentSecurityPolicy({ area: 'site', nonce: 'abc', https: false, development: true })).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ area: 'admin', nonce: 'abc', https: false })).not.toContain("'unsafe-eval'")
  })
})

describe('the other headers', () => {
  it('are the same for every answer, with HSTS and upgraded requests only over https', () => {
    const plain = securityHeaders({ area: 'inert', https: false })
    expect(plain).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(plain['Permissions-Policy']).toContain(`${feature}=()`)
    expect(plain).not.toHaveProperty('Strict-Transport-Security')

    const secure = securityHeaders({ area: 'site', nonce: 'abc', https: true })
    expect(secure['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('come with a nonce no one can guess or reuse', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})
