import { createServer, type Server } from 'node:http'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signInToAdmin } from './support/adminSignIn'
import { launchChromium, type Browser } from './support/chromium'
import { freePort, startBuiltServer, type BuiltServer } from './support/server'

/** The demo content's accounts (README). */
const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }
const member = { email: 'member@hamafza.test', password: 'hamafza-member' }

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

type Form = { id: string; action: string; enctype?: string; fields: Record<string, string> }

const formHtml = ({ id, action, enctype = 'application/x-www-form-urlencoded', fields }: Form) =>
  `<form id="${id}" method="post" action="${escapeAttribute(action)}" enctype="${enctype}">${Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeAttribute(name)}" value="${escapeAttribute(value)}">`)
    .join('')}<button type="submit">${id}</button></form>`

/** A JSON body sent by a plain form: the browser writes `name=value` as it is under text/plain. */
const jsonForm = (id: string, action: string, body: Record<string, string>): Form => {
  const json = JSON.stringify({ ...body, padding: '' })
  return { id, action, enctype: 'text/plain', fields: { [json.slice(0, -2)]: '"}' } }
}

describe('the sign-in page sends a member back only to a page of this site', () => {
  let server: BuiltServer

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { SERVER_URL: '' } })
  })

  afterAll(async () => {
    await server?.stop()
  })

  // [what it is, what the form's `next` says, where the member lands]
  const table: [string, string, string][] = [
    ['a page with its query and fragment', '/fa/lessons/3?version=2#evidence', '/fa/lessons/3?version=2#evidence'],
    ['a search for an address', '/fa/search?q=%2F%2Fevil.example', '/fa/search?q=%2F%2Fevil.example'],
    ['a dot segment before two slashes', '/.//evil.example', '/fa'],
    ['a parent segment before two slashes', '/..//evil.example', '/fa'],
    ['encoded slashes', '/%2F%2Fevil.example', '/fa'],
    ['an encoded slash, lower case', '/%2f/evil.example', '/fa'],
    ['encoded backslashes', '/%5C%5Cevil.example', '/fa'],
    ['a backslash', '/\\evil.example', '/fa'],
    ['a backslash and a slash', '/\\/evil.example', '/fa'],
    ['a tab', '/\t/evil.example', '/fa'],
    ['a newline', '/\n/evil.example', '/fa'],
    ['an encoded tab', '/%09/evil.example', '/fa'],
    ['an encoded header break', '/%0d%0aLocation:%20https://evil.example', '/fa'],
    ['protocol-relative', '//evil.example', '/fa'],
    ['three slashes', '///evil.example', '/fa'],
    ['an absolute URL', 'https://evil.example/fa', '/fa'],
    ['a scheme with one slash', 'http:/evil.example', '/fa'],
    ['javascript:', 'javascript:alert(1)', '/fa'],
    ['data:', 'data:text/html,<script>alert(1)</script>', '/fa'],
    ['2,100 characters', `/fa/${'a'.repeat(2_100)}`, '/fa'],
    ['the sign-in page itself', '/fa/sign-in?next=/fa', '/fa'],
  ]

  it.each(table)('%s: lands on the right page', async (_, next, landing) => {
    const response = await fetch(`${server.url}/fa/sign-in/session`, {
      method: 'POST',
      body: new URLSearchParams({ email: member.email, password: member.password, next }),
      redirect: 'manual',
    })
    expect(response.status, await response.text()).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toBe(landing)
    expect(new URL(location, server.url).origin).toBe(server.url)
  })

  it('and the sign-in page itself never puts another site into its form', async () => {
    for (const [name, next, landing] of table) {
      const html = await (await fetch(`${server.url}/fa/sign-in?next=${encodeURIComponent(next)}`)).text()
      const value = /<input type="hidden" name="next" value="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')
      expect(value, name).toBe(landing)
    }
  })
})

describe('a page on another origin cannot act with the signed-in reader’s cookie', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let attacker: Server
  let attackerUrl: string
  let token: string
  const forms: Form[] = []

  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}/api/${path}`, { ...init, headers: { Authorization: `JWT ${token}`, ...init.headers } })
    expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300)
    return response.json() as Promise<Record<string, unknown>>
  }
  const lessonCount = async () => (await api('lessons/count?draft=true')).totalDocs as number
  const lessonState = async (id: string | number) => {
    const lesson = (await api(`lessons/${id}?draft=true&depth=0`)) as { title: string; updatedAt: string }
    const versions = (await api(`lessons/versions?limit=1&depth=0&where[parent][equals]=${id}`)).totalDocs
    return { title: lesson.title, updatedAt: lesson.updatedAt, versions }
  }
  const signedInAs = async () =>
    ((await (await page.request.get(`${server.url}/api/users/me`)).json()) as { user: { email: string } | null }).user?.email ?? null
  const sessionCookie = async () => (await browser.context.cookies(server.url)).find((cookie) => cookie.name === 'payload-token')?.value

  let lesson: { id: string | number; data: Record<string, unknown> }
  let oldVersion: string | number

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { SERVER_URL: '' } })
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
    token = ((await login.json()) as { token: string }).token

    // A published lesson with an older version, and a copy of its data that the API accepts as a new lesson.
    const found = (await api('lessons?depth=0&limit=1&sort=id&where[_status][equals]=published')) as { docs: Record<string, unknown>[] }
    const { id, createdAt, updatedAt, createdBy, updatedBy, reviewHistory, workflowState, _status, ...data } = found.docs[0]!
    void [createdAt, updatedAt, createdBy, updatedBy, reviewHistory, workflowState, _status]
    // Array rows keep their own ids; a new lesson needs new ones.
    const rows = JSON.parse(JSON.stringify(data, (key, value: unknown) => (key === 'id' ? undefined : value))) as Record<string, unknown>
    lesson = { id: id as string | number, data: { ...rows, title: 'forged from another site' } }
    const versions = (await api(`lessons/versions?depth=0&limit=1&sort=createdAt&where[parent][equals]=${lesson.id}`)) as { docs: { id: string | number }[] }
    oldVersion = versions.docs[0]!.id

    const app = server.url
    const gql = (query: string) => ({ query })
    forms.push(
      { id: 'rest-create', action: `${app}/api/lessons?draft=true`, enctype: 'multipart/form-data', fields: { _payload: JSON.stringify(lesson.data) } },
      { id: 'rest-duplicate', action: `${app}/api/lessons/${lesson.id}/duplicate`, enctype: 'multipart/form-data', fields: { _payload: '{}' } },
      { id: 'rest-restore-version', action: `${app}/api/lessons/versions/${oldVersion}`, fields: {} },
      jsonForm('graphql-update', `${app}/api/graphql`, gql(`mutation { updateLesson(id: ${JSON.stringify(lesson.id)}, data: { title: "forged" }, draft: true) { id } }`)),
      jsonForm('graphql-delete', `${app}/api/graphql`, gql(`mutation { deleteLesson(id: ${JSON.stringify(lesson.id)}) { id } }`)),
      { id: 'payload-login', action: `${app}/api/users/login`, enctype: 'multipart/form-data', fields: { _payload: JSON.stringify(member) } },
      { id: 'payload-logout', action: `${app}/api/users/logout`, fields: {} },
      { id: 'site-sign-in', action: `${app}/fa/sign-in/session`, fields: { ...member, next: '/fa' } },
      { id: 'site-sign-out', action: `${app}/fa/sign-out`, fields: {} },
    )

    // The other origin: the same host on another port, so that the browser still sends the SameSite=Lax
    // cookie with its form posts (same site, another origin), as the testers' page did.
    const port = await freePort()
    attackerUrl = `http://127.0.0.1:${port}`
    attacker = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(`<!doctype html><html><body>${forms.map(formHtml).join('\n')}</body></html>`)
    })
    await new Promise<void>((resolve) => attacker.listen(port, '127.0.0.1', resolve))

    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    await signInToAdmin(page, { url: server.url, email: admin.email, password: admin.password })
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => attacker?.close(resolve))
    await server?.stop()
  })

  it('the same form, posted from a page of the site itself, does create a lesson (what the refusals below must stop)', async () => {
    const before = await lessonCount()
    const status = await page.evaluate(async ({ action, payload }) => {
      const body = new FormData()
      body.set('_payload', payload)
      return (await fetch(action, { method: 'POST', body })).status
    }, { action: `${server.url}/api/lessons?draft=true`, payload: JSON.stringify(lesson.data) })
    expect(status).toBe(201)
    expect(await lessonCount()).toBe(before + 1)
  })

  it('its form posts are refused, and nothing changes: REST, GraphQL, Payload’s and the site’s sign-in and sign-out', async () => {
    const count = await lessonCount()
    const state = await lessonState(lesson.id)
    const cookie = await sessionCookie()
    expect(await signedInAs()).toBe(admin.email)

    for (const form of forms) {
      await page.goto(attackerUrl)
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === 'POST' && candidate.url().startsWith(server.url)),
        page.locator(`#${form.id} button`).click(),
      ])
      expect(response.status(), `${form.id}: ${await response.text()}`).toBe(403)
      expect(await response.text(), form.id).toMatch(/another site/)
    }

    expect(await lessonCount()).toBe(count)
    expect(await lessonState(lesson.id)).toEqual(state)
    expect(await sessionCookie()).toBe(cookie)
    expect(await signedInAs()).toBe(admin.email)
  })

  it('its scripts can neither post, patch nor delete with the cookie', async () => {
    const count = await lessonCount()
    const state = await lessonState(lesson.id)
    await page.goto(attackerUrl)
    const outcomes = await page.evaluate(
      async ({ app, id, payload }) => {
        const attempt = async (path: string, init: RequestInit) => {
          try {
            const response = await fetch(app + path, { credentials: 'include', ...init })
            return response.type === 'opaque' ? 'sent unreadably' : String(response.status)
          } catch {
            return 'blocked'
          }
        }
        const form = new FormData()
        form.set('_payload', payload)
        return {
          create: await attempt('/api/lessons?draft=true', { method: 'POST', mode: 'no-cors', body: form }),
          patch: await attempt(`/api/lessons/${id}?draft=true`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"title":"forged"}' }),
          delete: await attempt(`/api/lessons/${id}`, { method: 'DELETE' }),
          graphql: await attempt('/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `mutation { deleteLesson(id: ${id}) { id } }` }) }),
        }
      },
      { app: server.url, id: lesson.id, payload: JSON.stringify(lesson.data) },
    )
    // A no-cors post reaches the server (and is refused there); the others never leave the browser.
    expect(outcomes).toEqual({ create: 'sent unreadably', patch: 'blocked', delete: 'blocked', graphql: 'blocked' })
    expect(await lessonCount()).toBe(count)
    expect(await lessonState(lesson.id)).toEqual(state)
    expect(await signedInAs()).toBe(admin.email)
  })
})

describe('sign-in limits on the built app', () => {
  const wrong = (email: string) => JSON.stringify({ email, password: 'not-the-password' })
  const restLogin = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
  const formLogin = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${url}/fa/sign-in/session`, { method: 'POST', headers: { Accept: 'application/json', ...headers }, body: new URLSearchParams(fields), redirect: 'manual' })

  it('holds back an address after five failures, however it spoofs X-Forwarded-For, on REST and on the site’s form alike', async () => {
    const server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    try {
      for (let i = 1; i <= 5; i++) {
        const failed = await restLogin(server.url, wrong('nobody@hamafza.test'), { 'X-Forwarded-For': `198.51.100.${i}` })
        expect(failed.status).toBe(401)
      }
      const refused = await restLogin(server.url, JSON.stringify(member), { 'X-Forwarded-For': '198.51.100.77' })
      expect(refused.status, await refused.clone().text()).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      const body = (await refused.json()) as { errors: { name: string; message: string }[] }
      expect(body.errors[0]).toMatchObject({ name: 'TooManyRequests', message: expect.stringMatching(/ورود ناموفق/) })

      const form = await formLogin(server.url, { ...member, next: '/fa' })
      expect(form.status).toBe(429)
      expect(Number(form.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(((await form.json()) as { message: string }).message).toMatch(/دقیقهٔ دیگر/)
      // Without JavaScript, the form comes back saying how long to wait.
      const plain = await fetch(`${server.url}/fa/sign-in/session`, { method: 'POST', body: new URLSearchParams({ ...member, next: '/fa' }), redirect: 'manual' })
      expect(plain.status).toBe(303)
      const page = await (await fetch(new URL(plain.headers.get('location')!, server.url))).text()
      expect(page).toMatch(/دقیقهٔ دیگر دوباره بکوشید/)
    } finally {
      await server.stop()
    }
  })

  it('behind a trusted proxy, counts each client by X-Forwarded-For, and locks an account with a clear 423', async () => {
    const server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { TRUST_PROXY: '1' } })
    try {
      for (let i = 1; i <= 5; i++) await restLogin(server.url, wrong('nobody@hamafza.test'), { 'X-Forwarded-For': '203.0.113.5' })
      expect((await restLogin(server.url, wrong('nobody@hamafza.test'), { 'X-Forwarded-For': '203.0.113.5' })).status).toBe(429)
      const another = await restLogin(server.url, JSON.stringify(member), { 'X-Forwarded-For': '203.0.113.6' })
      expect(another.status, await another.text()).toBe(200)

      // The admin signs in from their own address first; then strangers try the account ten times.
      expect((await restLogin(server.url, JSON.stringify(admin), { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(200)
      for (let i = 1; i <= 10; i++) {
        expect((await restLogin(server.url, wrong(admin.email), { 'X-Forwarded-For': `203.0.113.${100 + i}` })).status).toBe(401)
      }
      const locked = await formLogin(server.url, { ...admin, next: '/fa' }, { 'X-Forwarded-For': '203.0.113.200' })
      expect(locked.status).toBe(423)
      expect(((await locked.json()) as { message: string }).message).toMatch(/قفل/)
      const lockedRest = await restLogin(server.url, JSON.stringify(admin), { 'X-Forwarded-For': '203.0.113.201', 'Accept-Language': 'en' })
      expect(lockedRest.status).toBe(423)
      expect(((await lockedRest.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/locked/)
      // From the address they signed in from before, the admin still gets in.
      expect((await restLogin(server.url, JSON.stringify(admin), { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(200)
    } finally {
      await server.stop()
    }
  })
})
