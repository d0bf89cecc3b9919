import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexical } from '../support/fixtures'
import { copyDemoData } from './support/demo'
import { startBuiltServer, type BuiltServer } from './support/server'

const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }

type Lesson = { id: number; title: string; organization: number }

/**
 * Two `next start` processes on one database, search index and upload folder, as a network that outgrows one
 * server runs: what is published through one is what visitors of the other read, within two seconds, although
 * each keeps what visitors read in memory.
 */
describe('two app servers on one database', () => {
  const shared = mkdtempSync(path.join(tmpdir(), 'hamafza-shared-'))
  let writer: BuiltServer
  let reader: BuiltServer
  let token: string
  let lesson: Lesson

  const html = async (server: BuiltServer, address: string) => {
    const response = await fetch(server.url + address)
    expect(response.status, `${address}\n${server.output().slice(-3000)}`).toBe(200)
    return response.text()
  }
  const send = async (method: 'POST' | 'PATCH', address: string, body: object) => {
    const response = await fetch(`${writer.url}/api/${address}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.ok, `${method} ${address} answered ${response.status}: ${text}\n${writer.output().slice(-3000)}`).toBe(true)
    return (JSON.parse(text) as { doc: Lesson }).doc
  }
  /**
   * Asks the reader for a page again and again until it shows `text`; returns how long after `since` the
   * request that first showed it was sent (its own rendering time is the server's, not the staleness).
   */
  const freshAfter = async (address: string, text: string, since: number) => {
    while (performance.now() - since < 30_000) {
      const sent = performance.now()
      if ((await html(reader, address)).includes(text)) return sent - since
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`${address} on the second server never showed ${text}`)
  }

  beforeAll(async () => {
    copyDemoData(inject('demoDataDir'), shared)
    // One after the other: the first applies any pending migration before the second looks.
    writer = await startBuiltServer({ sharedDataDir: shared, readyPath: '/fa' })
    reader = await startBuiltServer({ sharedDataDir: shared, readyPath: '/fa' })
    const response = await fetch(`${writer.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    token = ((await response.json()) as { token: string }).token
    const lessons = (await (await fetch(`${writer.url}/api/lessons?depth=0&limit=1&locale=fa`)).json()) as { docs: Lesson[] }
    lesson = lessons.docs[0]!
    expect(lesson?.title).toBeTruthy()
  })

  afterAll(async () => {
    await writer?.stop()
    await reader?.stop()
    rmSync(shared, { recursive: true, force: true })
  })

  it('shows a revised lesson published through one server on the other within two seconds, and a draft nowhere', async () => {
    const address = `/fa/lessons/${lesson.id}`
    // Both servers have read the page and keep it.
    expect(await html(writer, address)).toContain(lesson.title)
    expect(await html(reader, address)).toContain(lesson.title)

    const revised = `بازنگری ${Date.now().toString(36)}`
    await send('PATCH', `lessons/${lesson.id}?draft=true`, { title: revised })
    expect(await html(writer, address)).not.toContain(revised)
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(await html(reader, address)).not.toContain(revised)

    await send('PATCH', `lessons/${lesson.id}`, { _status: 'published' })
    const published = performance.now()
    // At once on the server that published it.
    expect(await html(writer, address)).toContain(revised)
    expect(await freshAfter(address, revised, published)).toBeLessThanOrEqual(2_000)
  })

  it('lists a lesson published through one server on its NGO’s page on the other within two seconds', async () => {
    const address = `/fa/organizations/${lesson.organization}`
    const title = `درس تازه ${Date.now().toString(36)}`
    expect(await html(reader, address)).not.toContain(title)
    await send('POST', 'lessons', { title, rootCause: 'market', lesson: lexical('بازار را پیش از آموزش بسنجید.'), organization: lesson.organization, _status: 'published' })
    const published = performance.now()
    expect(await html(writer, address)).toContain(title)
    expect(await freshAfter(address, title, published)).toBeLessThanOrEqual(2_000)
  })
})
