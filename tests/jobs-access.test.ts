import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
const tokens: Record<string, string> = {}
let publishedId: number | string

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  for (const [role, user] of Object.entries(cast.users)) {
    tokens[role] = (await payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } })).token!
  }
  const doc = await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan) as never, draft: false })
  publishedId = doc.id
  await payload.update({ collection: 'lessons', id: publishedId, data: { _status: 'published' } as never })
})

const unpublishJob = (user?: number | string) => ({
  taskSlug: 'schedulePublish',
  input: { type: 'unpublish', doc: { relationTo: 'lessons', value: String(publishedId) }, ...(user ? { user: { relationTo: 'users', value: user } } : {}) },
  waitUntil: new Date(Date.now() - 1000).toISOString(),
})

const jobCount = async () => (await payload.db.count({ collection: 'payload-jobs', where: {} })).totalDocs

describe('the jobs queue belongs to the server', () => {
  it('refuses a member, an editor and a reviewer who try to queue an unpublish job over REST', async () => {
    const before = await jobCount()
    for (const role of ['member', 'editor', 'reviewer', 'coordinator']) {
      const queued = await rest('POST', '/payload-jobs', { token: tokens[role], body: unpublishJob(cast.users.member.id) })
      expect(queued.status, `${role}: ${JSON.stringify(queued.json)}`).toBeGreaterThanOrEqual(400)
      expect(queued.status, role).toBeLessThan(500)
    }
    expect(await jobCount()).toBe(before)
  })

  it('refuses to run the queue or its schedules for anyone who asks over HTTP, signed in or not', async () => {
    for (const token of [tokens.member, tokens.editor, tokens.reviewer, tokens.admin, undefined]) {
      for (const [method, path] of [
        ['GET', '/payload-jobs/run'],
        ['GET', '/payload-jobs/run?queue=default&limit=10'],
        ['GET', '/payload-jobs/handle-schedules'],
      ] as const) {
        const answer = await rest(method, path, { token })
        expect(answer.status, `${path} ${token ? 'signed in' : 'anonymous'}: ${JSON.stringify(answer.json)}`).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(JSON.stringify(answer.json)).toMatch(/message/)
      }
    }
  })

  it('refuses a signed-in user through the Local API when access is checked', async () => {
    const req = await createLocalReq({ user: { ...cast.users.editor, collection: 'users' } as never }, payload)
    await expect(
      payload.jobs.queue({ task: 'schedulePublish', input: unpublishJob().input as never, req, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.jobs.run({ req, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('still queues and runs the server’s own jobs, which leave the published lesson alone here', async () => {
    const job = await payload.jobs.queue({ task: 'syncSearch', input: { collection: 'lessons', id: String(publishedId) }, queue: 'search' })
    expect(job.id).toBeDefined()
    await payload.jobs.run({ queue: 'search' })
    const lesson = await payload.findByID({ collection: 'lessons', id: publishedId })
    expect(lesson._status).toBe('published')
  })
})
