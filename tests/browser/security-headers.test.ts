import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { contentSecurityPolicy, type Area } from '../../src/security/headers'
import { startBuiltServer, type BuiltServer } from './support/server'

/** The demo content's accounts (README). */
const accounts = {
  admin: { email: 'admin@hamafza.test', password: 'hamafza-admin' },
  member: { email: 'member@hamafza.test', password: 'hamafza-member' },
}

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1]

const logIn = async (base: string, account: { email: string; password: string }) => {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status, await response.clone().text()).toBe(200)
  return { token: ((await response.json()) as { token: string }).token, setCookie: response.headers.getSetCookie() }
}

type Answer = { name: string; path: string; area: Area; init?: RequestInit; status?: number }

/** Checks every security header of one answer; `https` is whether the server's SERVER_URL is https. */
const expectProtected = (response: Response, { name, area }: Answer, https: boolean) => {
  const headers = response.headers
  const policy = headers.get('content-security-policy') ?? ''
  const nonce = nonceOf(policy)
  expect(policy, name).toBe(contentSecurityPolicy({ area, nonce, https }))
  if (area === 'inert') expect(nonce, name).toBeUndefined()
  else expect(nonce, name).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  expect(policy, name).toContain("frame-ancestors 'none'")
  expect(policy, name).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  expect(headers.get('x-frame-options'), name).toBe('DENY')
  expect(headers.get('x-content-type-options'), name).toBe('nosniff')
  expect(headers.get('referrer-policy'), name).toBe('strict-origin-when-cross-origin')
  const permissions = headers.get('permissions-policy') ?? ''
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions, name).toContain(`${feature}=()`)
  if (https) expect(headers.get('strict-transport-security'), name).toBe('max-age=31536000')
  else expect(headers.get('strict-transport-security'), name).toBeNull()
}

/** The answers a reader, an editor and a program meet: pages, the admin, the APIs, files, redirects and 404s. */
const answersOf = async (base: string, token: string): Promise<Answer[]> => {
  const first = async (collection: string, where: string) => {
    const response = await fetch(`${base}/api/${collection}?depth=0&limit=1&${where}`, { headers: { Authorization: `JWT ${token}` } })
    return ((await response.json()) as { docs: { id: string | number; url?: string }[] }).docs[0]!
  }
  const lesson = await first('lessons', 'where[_status][equals]=published&where[visibility][equals]=public')
  const curriculum = await first('curricula', 'where[_status][equals]=published&where[workflowState][not_equals]=retired')
  const upload = await first('media', 'sort=id')
  const home = await (await fetch(`${base}/fa`)).text()
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1]
  const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1]
  expect(script && stylesheet, 'the home page links its scripts and styles').toBeTruthy()
  const query = `q=${encodeURIComponent('مهارت')}`
  const graphql = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ Lessons(limit: 1) { totalDocs } }' }) }
  return [
    { name: 'the home page', path: '/fa', area: 'site', status: 200 },
    { name: 'the search page', path: `/fa/search?${query}`, area: 'site', status: 200 },
    { name: 'a document page', path: `/fa/lessons/${lesson.id}`, area: 'site', status: 200 },
    { name: 'the sign-in page', path: '/en/sign-in', area: 'site', status: 200 },
    { name: "the site's 404", path: '/fa/no-such-page', area: 'site', status: 404 },
    { name: "Next's plain 404", path: '/no-such-page', area: 'site', status: 404 },
    { name: 'the bare address, redirected', path: '/', area: 'site', status: 307 },
    { name: 'a permanent link, redirected', path: `/lessons/${lesson.id}`, area: 'site', status: 307 },
    { name: 'the admin login', path: '/admin/login', area: 'admin', status: 200 },
    { name: 'the admin, redirected to its login', path: '/admin', area: 'admin' },
    { name: 'Payload REST', path: '/api/lessons?limit=1', area: 'inert', status: 200 },
    { name: 'Payload REST, not found', path: '/api/lessons/999999', area: 'inert', status: 404 },
    { name: 'Payload GraphQL', path: '/api/graphql', area: 'inert', init: graphql, status: 200 },
    { name: 'the search API', path: `/api/search?${query}`, area: 'inert', status: 200 },
    { name: 'search suggestions', path: `/api/search/suggest?${query}`, area: 'inert', status: 200 },
    // With SERVER_URL, Payload gives the file's address on the public host: only its path is asked here.
    { name: 'an uploaded file', path: new URL(upload.url!, base).pathname, area: 'inert', init: { headers: { Authorization: `JWT ${token}` } }, status: 200 },
    { name: 'a curriculum PDF', path: `/fa/curricula/${curriculum.id}/download/pdf`, area: 'inert', status: 200 },
    { name: 'a curriculum DOCX', path: `/en/curricula/${curriculum.id}/download/docx`, area: 'inert', status: 200 },
    { name: 'the CSV export', path: `/fa/search/export.csv?${query}`, area: 'inert', status: 200 },
    { name: 'the JSON export', path: `/en/search/export.json?${query}`, area: 'inert', status: 200 },
    { name: 'the Atom feed', path: '/fa/search/feed.atom', area: 'inert', status: 200 },
    { name: "one of Next's scripts", path: script!, area: 'inert', status: 200 },
    { name: "one of Next's stylesheets", path: stylesheet!, area: 'inert', status: 200 },
    { name: 'a missing file', path: '/favicon.ico', area: 'inert', status: 404 },
  ]
}

describe('security headers on every answer of the built app, served over http', () => {
  let server: BuiltServer
  let admin: { token: string }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { SERVER_URL: '' } })
    admin = await logIn(server.url, accounts.admin)
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('on pages, the admin, the APIs, downloads, exports, static files, redirects and 404s; no HSTS over http', async () => {
    const answers = await answersOf(server.url, admin.token)
    for (const answer of answers) {
      const response = await fetch(server.url + answer.path, { redirect: 'manual', ...answer.init })
      if (answer.status) expect(response.status, `${answer.name}: ${answer.path}`).toBe(answer.status)
      expectProtected(response, answer, false)
      await response.arrayBuffer()
    }
  })

  it('gives each page a fresh nonce and puts it on every script of the page, never one the client sent', async () => {
    const pages = await Promise.all(
      ['/fa', '/fa', '/admin/login'].map(async (path) => {
        const response = await fetch(server.url + path, { headers: { 'Content-Security-Policy': "script-src 'nonce-chosenbytheclient'" } })
        return { nonce: nonceOf(response.headers.get('content-security-policy')!)!, html: await response.text() }
      }),
    )
    expect(new Set(pages.map((page) => page.nonce)).size).toBe(3)
    for (const { nonce, html } of pages) {
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
      expect(scripts.length).toBeGreaterThan(3)
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
      expect(html).not.toContain('chosenbytheclient')
    }
  })

  it('sets cookies without Secure over http, so the demo keeps working on localhost', async () => {
    const cookies = [
      ...(await fetch(`${server.url}/fa`)).headers.getSetCookie(),
      ...(await fetch(`${server.url}/admin/login`)).headers.getSetCookie(),
      ...(await logIn(server.url, accounts.member)).setCookie,
    ]
    expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['hamafza-locale', 'payload-lng', 'payload-token'])
    for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})

describe('with SERVER_URL on https', () => {
  let server: BuiltServer

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { SERVER_URL: 'https://hamafza.example' } })
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('every answer also carries HSTS, and pages upgrade any insecure request', async () => {
    const { token } = await logIn(server.url, accounts.admin)
    for (const answer of await answersOf(server.url, token)) {
      const response = await fetch(server.url + answer.path, { redirect: 'manual', ...answer.init })
      expectProtected(response, answer, true)
      expect(response.headers.get('content-security-policy'), answer.name).toContain('upgrade-insecure-requests')
      await response.arrayBuffer()
    }
  })

  it("sends every cookie, the site's, the admin's and Payload's session, over https only", async () => {
    const cookies = [
      ...(await fetch(`${server.url}/fa`)).headers.getSetCookie(),
      ...(await fetch(`${server.url}/admin/login`)).headers.getSetCookie(),
      ...(await logIn(server.url, accounts.member)).setCookie,
    ]
    expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['hamafza-locale', 'payload-lng', 'payload-token'])
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i)
  })
})
