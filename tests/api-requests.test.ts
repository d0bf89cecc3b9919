import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { answerRefusalsWithTheirMessage } from '../src/api/errorResponses'
import { logRefusalsQuietly } from '../src/api/refusalLogging'
import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { absentId } from './support/ids'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

/**
 * What the REST API and the Local API refuse before Payload runs, in process (the built app is driven by
 * tests/browser/hostile.test.ts): ids, queries and values of the wrong kind are a 4xx with a message, and
 * nothing is stored.
 */

let payload: Payload
let cast: Cast
let adminToken: string
let editorToken: string
let lessonId: number | string

const login = async (email: string) => (await rest('POST', '/users/login', { body: { email, password: cast.passwords[email] } })).json.token as string
const fieldErrors = (json: { errors: { data?: { errors?: { path: string; message: string }[] } }[] }) => json.errors[0]!.data?.errors ?? []

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  adminToken = await login('admin@test.ir')
  editorToken = await login('editor@test.ir')
  lessonId = (await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan) as never, draft: true })).id
})

describe('the REST API refuses what the database could not take, with a message', () => {
  it('answers an id of the wrong kind as not found, in the address and in its versions', async () => {
    for (const path of ['/lessons/abc', `/lessons/${lessonId}abc`, '/lessons/versions/abc', '/case-studies/abc']) {
      const { status, json } = await rest('GET', path, { token: adminToken })
      expect(status, path).toBe(404)
      expect(json.errors[0].message, path).toBeTruthy()
    }
    expect((await rest('PATCH', '/lessons/abc', { token: adminToken, body: { title: 'x' } })).status).toBe(404)
    expect((await rest('DELETE', '/lessons/abc', { token: adminToken })).status).toBe(404)
  })

  it('refuses a query the database cannot run, naming the condition', async () => {
    for (const [query, names] of [
      ['where[reviewHistory.comment][like]=a', /reviewHistory\.comment/],
      ['where[createdAt][greater_than]=garbage', /createdAt.*garbage/],
      [`where[id][in]=${lessonId},abc`, /where\[id\]\[in\].*abc/],
      ['where[organization.province][equals]=abc', /organization\]\[province/],
      ['where[title][like]=a&where[title][like]=b', /where\[title\]\[like\]/],
      ['where[title][near]=1,2', /near/],
      ['where[title][exists]=perhaps', /exists/],
      ['limit=1.5', /limit/],
      ['page=0', /page/],
    ] as const) {
      const { status, json } = await rest('GET', `/lessons?${query}`, { token: adminToken })
      expect(status, query).toBe(400)
      expect(json.errors[0].message, query).toMatch(names)
    }
    for (const query of ['where[parent][equals]=abc', 'where[version.organization][equals]=abc', 'where[version.createdAt][less_than]=soon']) {
      const { status } = await rest('GET', `/lessons/versions?${query}`, { token: adminToken })
      expect(status, `versions: ${query}`).toBe(400)
    }
    // A query of the right kinds still runs.
    const fine = await rest('GET', `/lessons?where[id][in]=${lessonId}&where[createdAt][less_than]=2999-01-01&where[organization][equals]=${cast.orgs.roshan}`, { token: adminToken })
    expect(fine.status).toBe(200)
    expect(fine.json.totalDocs).toBe(1)
  })

  it('refuses values of the wrong kind field by field, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'lessons' })).totalDocs
    const body = sampleData('lessons', cast.orgs.roshan, {
      title: 5,
      rootCause: ['market'],
      nextReviewDate: 12,
      recommendation: 'act',
      provinces: ['abc'],
    })
    const { status, json } = await rest('POST', '/lessons', { token: editorToken, body })
    expect(status).toBe(400)
    expect(json.errors[0].name).toBe('ValidationError')
    expect(fieldErrors(json).map((error) => error.path).sort()).toEqual(['nextReviewDate', 'provinces', 'recommendation', 'rootCause', 'title'])
    expect((await payload.count({ collection: 'lessons' })).totalDocs).toBe(before)
  })

  it('refuses a language the network does not have, rather than writing Persian in its place', async () => {
    const before = await payload.findByID({ collection: 'lessons', id: lessonId, locale: 'fa', draft: true })
    const { status, json } = await rest('PATCH', `/lessons/${lessonId}?locale=EN&draft=true`, { token: adminToken, body: { title: 'An English title' } })
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/EN/)
    expect((await payload.findByID({ collection: 'lessons', id: lessonId, locale: 'fa', draft: true })).title).toBe(before.title)
    expect((await rest('GET', '/lessons?locale=de', { token: adminToken })).status).toBe(400)
    expect((await rest('GET', '/lessons?locale=en', { token: adminToken })).status).toBe(200)
  })

  it('refuses a reference to a document that does not exist, where the database would have failed', async () => {
    const absent = absentId(payload, 'organizations')
    const { status, json } = await rest('POST', '/lessons', { token: adminToken, body: sampleData('lessons', absent) })
    expect(status).toBe(400)
    expect(fieldErrors(json)).toEqual([expect.objectContaining({ path: 'organization', message: expect.stringContaining(String(absent)) })])
  })

  it('takes what Payload itself turns into the right kind: a number as text, { id } for a relation, rich text as JSON text', async () => {
    const { status, json } = await rest('POST', '/case-studies?draft=true', {
      token: editorToken,
      body: {
        ...sampleData('case-studies', cast.orgs.roshan),
        organization: { id: cast.orgs.roshan },
        context: JSON.stringify(lexical('زمینه')),
        metrics: { placed: '12' },
        consentConfirmed: 'false',
        periodStart: '2025-03-21',
      },
    })
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc.metrics.placed).toBe(12)
  })

  it('refuses a body that is not an object, or nests past a hundred levels', async () => {
    const deep = JSON.parse(`{"title":${'['.repeat(500)}${']'.repeat(500)}}`)
    for (const body of [null, 'title', deep]) {
      const { status, json } = await rest('POST', '/lessons', { token: editorToken, body })
      expect(status).toBe(400)
      expect(json.errors[0].message).toMatch(/JSON|لایه/)
    }
  })
})

describe('the Local API is held to the same kinds', () => {
  it('refuses an id of the wrong kind as not found rather than failing in the database', async () => {
    await expect(payload.findByID({ collection: 'lessons', id: Number.NaN })).rejects.toMatchObject({ status: 404 })
    await expect(payload.find({ collection: 'lessons', where: { organization: { equals: 'abc' } } })).rejects.toMatchObject({ status: 400 })
  })
})

describe('a refusal is answered with its own message and status', () => {
  it('keeps the message of an error whose class lost its name in the build', async () => {
    const req = { payload, routeParams: {}, t: (key: string) => key, headers: new Headers() } as never
    // What a minified APIError looks like: no name, a public 403.
    const error = Object.assign(new Error('Publishing needs the approval of a reviewer.'), { name: '', status: 403, isPublic: true })
    const result = await answerRefusalsWithTheirMessage({ error, req, context: {}, result: { errors: [{ message: 'An unknown error occurred.' }] } })
    expect(result).toEqual({ status: 403, response: { errors: [{ name: 'Forbidden', message: 'Publishing needs the approval of a reviewer.' }] } })
    // A server failure keeps Payload's own answer.
    const failure = Object.assign(new Error('disk full'), { status: 500 })
    expect(await answerRefusalsWithTheirMessage({ error: failure, req, context: {}, result: { errors: [{ message: 'Something went wrong.' }] } })).toBeUndefined()
  })
})

describe('a refusal is logged as the client\'s mistake', () => {
  it('writes an error with a 4xx status at info, as one line, whatever its class is called', () => {
    const written: { level: string; args: unknown[] }[] = []
    const logger = { info: (object: object) => written.push({ level: 'info', args: [object] }) }
    const method = (...args: unknown[]) => written.push({ level: 'error', args })
    const refusal = Object.assign(new Error('You may only write for your own organization.'), { name: '', status: 403 })
    logRefusalsQuietly.call(logger, [{ err: refusal }], method, 50)
    // GraphQL logs its own error around the refusal.
    logRefusalsQuietly.call(logger, [{ err: Object.assign(new Error('wrapped'), { originalError: { status: 404 } }) }], method, 50)
    const failure = Object.assign(new Error('disk full'), { status: 500 })
    logRefusalsQuietly.call(logger, [{ err: failure }], method, 50)
    expect(written.map((entry) => entry.level)).toEqual(['info', 'info', 'error'])
    expect(written[0]!.args[0]).toEqual({ msg: 'You may only write for your own organization.', status: 403 })
  })
})
