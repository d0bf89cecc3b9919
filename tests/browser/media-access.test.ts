import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { pdf } from '../support/files'
import { startBuiltServer, type BuiltServer } from './support/server'

/** The demo's accounts (README). */
const accounts = {
  admin: { email: 'admin@hamafza.test', password: 'hamafza-admin' },
  editor: { email: 'editor@hamafza.test', password: 'hamafza-editor' },
  member: { email: 'member@hamafza.test', password: 'hamafza-member' },
}
type Account = keyof typeof accounts

const knowledge = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const

/** Every media id a JSON answer names: upload fields (by their names) and uploads inside rich text. */
const mediaIn = (value: unknown, found: Set<string>, key = ''): void => {
  if (value == null) return
  if (Array.isArray(value)) return value.forEach((item) => mediaIn(item, found, key))
  if (typeof value !== 'object') {
    if (['attachments', 'trainerGuide', 'learnerWorkbook', 'logo'].includes(key)) found.add(String(value))
    return
  }
  const record = value as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === 'media' && record.value != null) found.add(String(record.value))
  for (const [inner, child] of Object.entries(record)) mediaIn(child, found, inner)
}

describe('files on the built app follow the documents that show them', () => {
  let server: BuiltServer
  const tokens = {} as Record<Account, string>

  const call = async (method: string, path: string, { as, body }: { as?: Account; body?: BodyInit | object } = {}) => {
    const json = body !== undefined && !(body instanceof FormData)
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { ...(json ? { 'Content-Type': 'application/json' } : {}), ...(as ? { Authorization: `JWT ${tokens[as]}` } : {}) },
      body: json ? JSON.stringify(body) : (body as BodyInit | undefined),
    })
    const text = await response.text()
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, json: parsed as any }
  }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    for (const account of Object.keys(accounts) as Account[]) {
      const login = await call('POST', '/users/login', { body: accounts[account] })
      expect(login.status, JSON.stringify(login.json)).toBe(200)
      tokens[account] = login.json.token
    }
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('lists to a visitor only the files of what a visitor may read, and none attached to a draft', async () => {
    const me = await call('GET', '/users/me', { as: 'editor' })
    const first = me.json.user.organizations[0].organization
    const organization = typeof first === 'object' ? first.id : first
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf())], { type: 'application/pdf' }), 'draftonly-budget.pdf')
    form.append('_payload', JSON.stringify({ organization }))
    const uploaded = await call('POST', '/media', { as: 'editor', body: form })
    expect(uploaded.status, JSON.stringify(uploaded.json)).toBe(201)
    const file = uploaded.json.doc as { id: number | string; filename: string }
    const draft = await call('POST', '/case-studies?draft=true', {
      as: 'editor',
      body: { title: 'پیش‌نویس با پیوست', outcome: 'failure', attachments: [file.id], organization },
    })
    expect(draft.status, JSON.stringify(draft.json)).toBe(201)

    const visitorList = await call('GET', '/media?limit=1000&depth=0')
    expect(visitorList.status).toBe(200)
    const listed = new Set<string>(visitorList.json.docs.map((doc: { id: unknown }) => String(doc.id)))
    expect(listed.has(String(file.id))).toBe(false)
    expect([403, 404]).toContain((await call('GET', `/media/${file.id}`)).status)
    expect([403, 404]).toContain((await fetch(`${server.url}/api/media/file/${file.filename}`)).status)
    expect([403, 404]).toContain((await call('GET', `/media/${file.id}`, { as: 'member' })).status)
    expect((await call('GET', `/media/${file.id}`, { as: 'editor' })).status).toBe(200)

    // What a visitor finds is exactly what the documents a visitor reads show, in their current and earlier editions.
    const shown = new Set<string>()
    for (const collection of knowledge) {
      mediaIn((await call('GET', `/${collection}?limit=1000&depth=0`)).json.docs, shown)
      mediaIn((await call('GET', `/${collection}/versions?limit=1000&depth=0`)).json.docs, shown)
    }
    mediaIn((await call('GET', '/organizations?limit=1000&depth=0')).json.docs, shown)
    expect([...listed].sort()).toEqual([...shown].sort())
    const all = await call('GET', '/media?limit=1000&depth=0', { as: 'admin' })
    expect(all.json.totalDocs).toBeGreaterThan(listed.size)
    console.log(`media: ${all.json.totalDocs} files, ${listed.size} listed to a visitor`)
  })
})
