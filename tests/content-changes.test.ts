import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { followChanges, pruneChangeLog } from '../src/contentChanges/log'
import { contentMemo } from '../src/contentChanges/memo'
import { changedSince, changeMark, contentChanged } from '../src/contentChanges/signal'
import { membersTag, recordTag, referencedRecords, tagsOfList } from '../src/contentChanges/tags'
import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

describe('the visitors’ cache of page data', () => {
  afterEach(() => vi.useRealTimers())

  it('answers from memory until a tag its value depends on changes, and keeps what the change did not touch', async () => {
    const cache = contentMemo<string>(60_000)
    let reads = 0
    const read = (name: string) => () => Promise.resolve(`${name}${++reads}`)
    expect(await cache('lesson 1', read('lesson'), () => [recordTag('lessons', 1)])).toBe('lesson1')
    expect(await cache('lesson 1', read('lesson'), () => [recordTag('lessons', 1)])).toBe('lesson1')
    expect(await cache('lesson 2', read('lesson'), () => [recordTag('lessons', 2)])).toBe('lesson2')
    contentChanged([recordTag('lessons', 1)])
    expect(await cache('lesson 1', read('lesson'), () => [recordTag('lessons', 1)])).toBe('lesson3')
    expect(await cache('lesson 2', read('lesson'), () => [recordTag('lessons', 2)])).toBe('lesson2')
  })

  it('does not keep a read that was under way when a tag it depends on changed', async () => {
    const cache = contentMemo<number>(60_000)
    let reads = 0
    let finish!: () => void
    const slow = cache('home', () => new Promise<number>((resolve) => (finish = () => resolve(++reads))), () => [membersTag('lessons')])
    contentChanged([membersTag('lessons')])
    finish()
    expect(await slow).toBe(1)
    expect(await cache('home', () => Promise.resolve(++reads), () => [membersTag('lessons')])).toBe(2)
  })

  it('reads again once its time is up, and forgets a failed read at once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const cache = contentMemo<number>(1_000)
    let reads = 0
    const none = () => []
    expect(await cache('k', () => Promise.resolve(++reads), none)).toBe(1)
    vi.advanceTimersByTime(999)
    expect(await cache('k', () => Promise.resolve(++reads), none)).toBe(1)
    vi.advanceTimersByTime(2)
    expect(await cache('k', () => Promise.resolve(++reads), none)).toBe(2)

    await expect(cache('bad', () => Promise.reject(new Error('database away')), none)).rejects.toThrow('database away')
    expect(await cache('bad', () => Promise.resolve(7), none)).toBe(7)
  })

  it('keeps at most its number of keys, the oldest read going first', async () => {
    const cache = contentMemo<string>(60_000, 3)
    let reads = 0
    const read = (key: string) => cache(key, () => Promise.resolve(`${key}${++reads}`), () => [])
    for (const key of ['a', 'b', 'c', 'd']) await read(key)
    expect(await read('b')).toBe('b2')
    expect(await read('a')).toBe('a5')
  })
})

describe('what a list depends on', () => {
  it('depends on the values its filter picks records by, and on the records it shows', () => {
    const tags = tagsOfList('lessons', { organization: { equals: 7 } }, [{ id: 3 }])
    expect(tags).toEqual(['members:lessons:organization=7', recordTag('lessons', 3)])
    // Related documents: any shared topic or stage.
    expect(tagsOfList('lessons', { or: [{ topics: { in: [1, 2] } }, { stages: { in: [5] } }] }, [])).toEqual([
      'members:lessons:topics=1',
      'members:lessons:topics=2',
      'members:lessons:stages=5',
    ])
    // Narrowed by one part of an `and`; a filter on another field depends on the whole collection.
    expect(tagsOfList('curricula', { and: [{ code: { equals: 'SOFT-01' } }, { _status: { equals: 'published' } }] }, [])).toEqual(['members:curricula:code=SOFT-01'])
    expect(tagsOfList('curricula', { workflowState: { not_equals: 'retired' } }, [])).toEqual([membersTag('curricula')])
    expect(tagsOfList('lessons', { or: [{ topics: { in: [1] } }, { rootCause: { equals: 'market' } }] }, [])).toEqual([membersTag('lessons')])
  })
})

describe('content changes', () => {
  let payload: Payload
  let cast: Cast
  const logged = async () => (await payload.count({ collection: 'content-changes', overrideAccess: true })).totalDocs
  /** Whether these tags changed while `act` ran, and how many rows it logged. */
  const during = async (tags: string[], act: () => Promise<unknown>) => {
    const [mark, rows] = [changeMark(), await logged()]
    await act()
    return { changed: changedSince(tags, mark), logged: (await logged()) - rows }
  }
  const asEditor = { user: undefined as never, overrideAccess: false as const }

  beforeAll(async () => {
    payload = await startPayload()
    cast = await buildCast(payload)
    asEditor.user = cast.users.editor as never
  })

  afterEach(() => vi.useRealTimers())

  it('names what a record shows of others: its NGO, the case studies it cites, links in its rich text', async () => {
    const fields = payload.collections.lessons.config.flattenedFields
    const tags = referencedRecords(fields, {
      organization: { id: 4, name: 'انجمن روشن' },
      evidence: [{ id: 11, title: 'کارگاه' }, 12],
      topics: [{ id: 5, name: 'بازار کار' }, 6],
      lesson: { root: { children: [{ type: 'link', fields: { doc: { relationTo: 'best-practices', value: { id: 9 } } } }] } },
    })
    expect([...tags].sort()).toEqual(
      [recordTag('organizations', 4), recordTag('case-studies', 11), recordTag('case-studies', 12), recordTag('topics', 5), recordTag('topics', 6), recordTag('best-practices', 9)].sort(),
    )
  })

  it('drops nothing and logs nothing for a draft save, an autosave, a submission or a review', async () => {
    let id: number | string = ''
    const tags = () => [membersTag('lessons'), recordTag('lessons', id)]
    expect(
      await during([membersTag('lessons')], async () => {
        id = (await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan) as never, draft: true, ...asEditor })).id
      }),
    ).toEqual({ changed: false, logged: 0 })
    expect(await during(tags(), () => payload.update({ collection: 'lessons', id, data: { title: 'درس بازار محلی' }, draft: true, ...asEditor }))).toEqual({ changed: false, logged: 0 })
    expect(await during(tags(), () => payload.update({ collection: 'lessons', id, data: { title: 'درس بازار' }, draft: true, autosave: true, ...asEditor }))).toEqual({
      changed: false,
      logged: 0,
    })
    expect(await during(tags(), () => payload.update({ collection: 'lessons', id, data: { workflowState: 'submitted' }, draft: true, ...asEditor }))).toEqual({
      changed: false,
      logged: 0,
    })
    const reviewer = { user: cast.users.reviewer, overrideAccess: false as const }
    expect(await during(tags(), () => payload.update({ collection: 'lessons', id, data: { workflowState: 'inReview' }, draft: true, ...reviewer }))).toEqual({
      changed: false,
      logged: 0,
    })
  })

  it('drops the record, the lists it joins and the counts when it is published, and logs it once', async () => {
    const draft = await payload.create({
      collection: 'lessons',
      data: sampleData('lessons', cast.orgs.roshan, { lesson: lexical('بازار را پیش از آموزش بسنجید.') }) as never,
      draft: true,
      ...asEditor,
    })
    await payload.update({ collection: 'lessons', id: draft.id, data: { workflowState: 'submitted' }, draft: true, ...asEditor })
    const reviewer = { user: cast.users.reviewer, overrideAccess: false as const }
    const publish = () => payload.update({ collection: 'lessons', id: draft.id, data: { _status: 'published' }, ...reviewer })
    const mark = changeMark()
    expect(await during([membersTag('lessons')], publish)).toEqual({ changed: true, logged: 1 })
    expect(changedSince([recordTag('lessons', draft.id)], mark)).toBe(true)
    expect(changedSince([`members:lessons:organization=${cast.orgs.roshan}`], mark)).toBe(true)
    // Another NGO's list, a case study's page and the curricula stay as they were.
    expect(changedSince([`members:lessons:organization=${cast.orgs.omid}`, recordTag('case-studies', 1), membersTag('curricula')], mark)).toBe(false)
    // A new draft over the published lesson is not seen until it is published in turn.
    expect(await during([recordTag('lessons', draft.id)], () => payload.update({ collection: 'lessons', id: draft.id, data: { title: 'درس تازه' }, draft: true, ...reviewer }))).toEqual({
      changed: false,
      logged: 0,
    })
    expect(await during([recordTag('lessons', draft.id)], () => payload.update({ collection: 'lessons', id: draft.id, data: { _status: 'draft' }, ...reviewer }))).toEqual({
      changed: true,
      logged: 1,
    })
  })

  it('drops the pages that name a province when it is renamed; a download or an account change is not content', async () => {
    expect(
      await during([recordTag('provinces', cast.provinces.tehran), membersTag('provinces')], () =>
        payload.update({ collection: 'provinces', id: cast.provinces.tehran, data: { name: 'تهران بزرگ' }, locale: 'fa' }),
      ),
    ).toEqual({ changed: true, logged: 1 })
    const everything = [membersTag('download-events'), membersTag('users'), recordTag('users', cast.users.member.id)]
    expect(await during(everything, () => payload.create({ collection: 'download-events', data: { code: 'SOFT-01', edition: '2.0', format: 'pdf', locale: 'fa' } as never }))).toEqual({
      changed: false,
      logged: 0,
    })
    expect(await during(everything, () => payload.update({ collection: 'users', id: cast.users.member.id, data: { fullName: 'عضو' } }))).toEqual({ changed: false, logged: 0 })
  })

  it('learns from the log, within a second, what another process changed, and never applies its own change twice', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await followChanges(payload)
    vi.advanceTimersByTime(1_000)
    await followChanges(payload)
    // Another process's hook wrote this row; this process never saw the change itself.
    const elsewhere = recordTag('case-studies', 'elsewhere')
    await payload.create({ collection: 'content-changes', data: { tags: [elsewhere] }, overrideAccess: true })
    const mark = changeMark()
    expect(followChanges(payload)).toBeUndefined() // looked less than a second ago
    expect(changedSince([elsewhere], mark)).toBe(false)
    vi.advanceTimersByTime(1_000)
    await followChanges(payload)
    expect(changedSince([elsewhere], mark)).toBe(true)

    // This process's own change was applied when it was made: reading it back changes nothing more.
    await payload.update({ collection: 'organizations', id: cast.orgs.omid, data: { city: 'شیراز' } })
    const afterOwn = changeMark()
    vi.advanceTimersByTime(1_000)
    await followChanges(payload)
    expect(changeMark()).toBe(afterOwn)
  })

  it('keeps the log bounded, and trusts nothing it kept after too long without looking', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const start = Date.now()
    vi.setSystemTime(start - 11 * 60_000)
    const old = await payload.create({ collection: 'content-changes', data: { tags: ['old'] }, overrideAccess: true })
    vi.setSystemTime(start)
    const recent = await payload.create({ collection: 'content-changes', data: { tags: ['recent'] }, overrideAccess: true })
    await pruneChangeLog(payload)
    const left = await payload.find({ collection: 'content-changes', where: { id: { in: [old.id, recent.id] } }, overrideAccess: true })
    expect(left.docs.map((row) => row.id)).toEqual([recent.id])

    await followChanges(payload)
    const mark = changeMark()
    vi.advanceTimersByTime(10 * 60_000)
    await followChanges(payload)
    expect(changedSince(['anything kept'], mark)).toBe(true)
  })
})
