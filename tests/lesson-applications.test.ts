import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getSearchEngine } from '../src/jobs/searchEngine'
import { ApplicationRequestError, recordApplication } from '../src/lessons/recordApplication'
import type { Lesson, User } from '../src/payload-types'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
let publicLesson: Lesson
let membersLesson: Lesson
let draftLesson: Lesson

const drain = () => payload.jobs.run({ queue: 'search', limit: 100 })

/** A lesson of Roshan's, as its editor publishes it. */
const lesson = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'lessons', data: { ...sampleData('lessons', cast.orgs.roshan, { title, ...extra }), _status: 'published' } as never }) as Promise<Lesson>

const entry = (user: User | null, data: Record<string, unknown>) =>
  payload.create({
    collection: 'lesson-applications',
    data: { lesson: publicLesson.id, organization: cast.orgs.omid, appliedOn: '2025-04-01T00:00:00.000Z', result: 'improved', whatHappened: 'به کار بستیم', ...data } as never,
    overrideAccess: user === null,
    user,
    depth: 0,
  })

const readAs = async (user: User | null, lessonId: number | string) =>
  (await payload.find({ collection: 'lesson-applications', where: { lesson: { equals: lessonId } }, overrideAccess: false, user, depth: 0 })).docs

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  publicLesson = await lesson('درس عمومی')
  membersLesson = await lesson('درس ویژه اعضا', { visibility: 'members' })
  draftLesson = (await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan, { title: 'پیش‌نویس' }) as never, draft: true })) as Lesson
})

describe('an NGO records that it applied a lesson', () => {
  it('an editor records it for their own NGO on another NGO’s published lesson, and the lesson does not go through review again', async () => {
    const before = await payload.findByID({ collection: 'lessons', id: publicLesson.id, depth: 0 })
    const versionsBefore = (await payload.findVersions({ collection: 'lessons', where: { parent: { equals: publicLesson.id } } })).totalDocs
    const created = await entry(cast.users.otherEditor, {})
    expect(created.organization).toBe(cast.orgs.omid)
    const after = await payload.findByID({ collection: 'lessons', id: publicLesson.id, depth: 0 })
    expect(after.workflowState).toBe(before.workflowState)
    expect(after._status).toBe('published')
    expect(after.updatedAt).toBe(before.updatedAt)
    expect((await payload.findVersions({ collection: 'lessons', where: { parent: { equals: publicLesson.id } } })).totalDocs).toBe(versionsBefore)
  })

  it('an editor cannot record it for another NGO', async () => {
    await expect(entry(cast.users.otherEditor, { organization: cast.orgs.roshan })).rejects.toMatchObject({ status: 403 })
    await expect(
      recordApplication(payload, cast.users.otherEditor, publicLesson.id, { organization: String(cast.orgs.roshan), appliedOn: '2025-01-02', result: 'worse', whatHappened: 'x' }, 'fa'),
    ).rejects.toMatchObject({ problem: 'notOwnOrganization', status: 403 })
  })

  it('an editor cannot edit or delete another NGO’s entry, and edits their own', async () => {
    const omids = await entry(cast.users.otherEditor, { whatHappened: 'نوشتهٔ امید' })
    await expect(
      payload.update({ collection: 'lesson-applications', id: omids.id, data: { result: 'worse' }, overrideAccess: false, user: cast.users.editor }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'lesson-applications', id: omids.id, overrideAccess: false, user: cast.users.editor })).rejects.toMatchObject({ status: 403 })
    // Nor move it to their own NGO.
    await expect(
      payload.update({ collection: 'lesson-applications', id: omids.id, data: { organization: cast.orgs.roshan as number }, overrideAccess: false, user: cast.users.otherEditor }),
    ).rejects.toMatchObject({ status: 403 })
    const changed = await payload.update({ collection: 'lesson-applications', id: omids.id, data: { result: 'unchanged' }, overrideAccess: false, user: cast.users.otherEditor })
    expect(changed.result).toBe('unchanged')
    await payload.delete({ collection: 'lesson-applications', id: omids.id, overrideAccess: false, user: cast.users.otherEditor })
  })

  it('a member who is no editor, and a lesson that is not published, are refused with the reason', async () => {
    await expect(entry(cast.users.member, {})).rejects.toMatchObject({ status: 403 })
    await expect(entry(cast.users.otherEditor, { lesson: draftLesson.id })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('منتشر نشده') })
    const form = { organization: '', appliedOn: '2025-01-02', result: 'improved', whatHappened: 'چیزی' }
    await expect(recordApplication(payload, cast.users.member, publicLesson.id, form, 'fa')).rejects.toMatchObject({ problem: 'notEditor', status: 403 })
    await expect(recordApplication(payload, cast.users.otherEditor, draftLesson.id, form, 'fa')).rejects.toMatchObject({ problem: 'noLesson', status: 404 })
    for (const [bad, problem] of [
      [{ appliedOn: '2025-02-30' }, 'date'],
      [{ appliedOn: '2999-01-01' }, 'date'],
      [{ appliedOn: '1402/12/30' }, 'date'],
      [{ appliedOn: '۱۴۸۰/۰۱/۰۱' }, 'date'],
      [{ result: 'great' }, 'result'],
      [{ whatHappened: '   ' }, 'text'],
    ] as const) {
      const refusal = await recordApplication(payload, cast.users.otherEditor, publicLesson.id, { ...form, ...bad }, 'fa').catch((error: unknown) => error)
      expect(refusal).toBeInstanceOf(ApplicationRequestError)
      expect(refusal).toMatchObject({ problem, status: 400 })
    }
  })

  it('those who may read the lesson read its entries: a visitor does not read those of a members-only lesson', async () => {
    await entry(null, { lesson: membersLesson.id, whatHappened: 'ویژه اعضا' })
    expect(await readAs(null, membersLesson.id)).toHaveLength(0)
    expect(await readAs(cast.users.member, membersLesson.id)).toHaveLength(1)
    expect((await readAs(null, publicLesson.id)).length).toBeGreaterThan(0)
    // Nor after the lesson is withdrawn from the public.
    await payload.update({ collection: 'lessons', id: publicLesson.id, data: { visibility: 'members', _status: 'published' } as never })
    expect(await readAs(null, publicLesson.id)).toHaveLength(0)
    await payload.update({ collection: 'lessons', id: publicLesson.id, data: { visibility: 'public', _status: 'published' } as never })
    expect((await readAs(null, publicLesson.id)).length).toBeGreaterThan(0)
  })
})

describe('a lesson deleted outright', () => {
  it('takes its applied-by entries with it', async () => {
    const gone = await lesson('درسی که پاک می‌شود')
    await entry(null, { lesson: gone.id })
    await entry(null, { lesson: gone.id, organization: cast.orgs.roshan })
    expect((await payload.count({ collection: 'lesson-applications', where: { lesson: { equals: gone.id } } })).totalDocs).toBe(2)
    const before = (await payload.count({ collection: 'lesson-applications' })).totalDocs
    await payload.delete({ collection: 'lessons', id: gone.id })
    expect((await payload.count({ collection: 'lesson-applications' })).totalDocs).toBe(before - 2)
  })
})

describe('the admin, through the REST API it writes with', () => {
  it('creates an entry for the editor’s own NGO, and refuses one for another NGO and one without Persian, each with its reason', async () => {
    const token = (await rest('POST', '/users/login', { body: { email: cast.users.otherEditor.email, password: cast.passwords[cast.users.otherEditor.email] } })).json.token as string
    const body = { lesson: publicLesson.id, organization: cast.orgs.omid, appliedOn: '2025-02-01T00:00:00.000Z', result: 'worse', whatHappened: 'در ادمین ثبت شد' }
    const made = await rest('POST', '/lesson-applications?depth=0', { token, body })
    expect(made.status).toBe(201)
    expect(made.json.doc).toMatchObject({ organization: cast.orgs.omid, result: 'worse' })
    const other = await rest('POST', '/lesson-applications', { token, body: { ...body, organization: cast.orgs.roshan } })
    expect(other.status).toBe(403)
    expect(other.json.errors[0].message).toBe('You may only write for your own organization.')
    const empty = await rest('POST', '/lesson-applications', { token, body: { ...body, whatHappened: ' ' } })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.json.errors)).toContain('Required in Persian')
    await rest('DELETE', `/lesson-applications/${made.json.doc.id}`, { token })
  })
})

describe('the applied-by entries are searchable facts of their lesson', () => {
  it('finds a lesson by the words of an entry, and no longer once the entry is gone', async () => {
    const engine = await getSearchEngine()
    const search = async (q: string) => (await engine.search({ q, filters: { visibility: ['public', 'members'] }, limit: 10 })).hits.map((hit) => hit.id)
    await drain()
    expect(await search('زعفران‌کاری')).toEqual([])
    const created = await recordApplication(
      payload,
      cast.users.otherEditor,
      publicLesson.id,
      { organization: '', appliedOn: '2025-03-01', result: 'improved', whatHappened: 'در کارگاه زعفران‌کاری به کار بستیم و ماندگاری بیشتر شد.' },
      'fa',
    )
    await drain()
    expect(await search('زعفران‌کاری')).toEqual([`lessons:${publicLesson.id}`])
    const applied = await engine.search({ q: '', filters: { type: ['lessons'], practice: ['applied'], visibility: ['public', 'members'] }, limit: 10 })
    expect(applied.hits.map((hit) => hit.id)).toContain(`lessons:${publicLesson.id}`)
    await payload.delete({ collection: 'lesson-applications', id: created.id })
    await drain()
    expect(await search('زعفران‌کاری')).toEqual([])
  })
})
