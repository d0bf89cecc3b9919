import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

const as = (user: keyof Cast['users']) => ({ user: cast.users[user], overrideAccess: false as const })

const newDraft = async (collection: 'case-studies' | 'lessons' | 'best-practices' | 'curricula' = 'case-studies', extra = {}) =>
  payload.create({ collection, data: sampleData(collection, cast.orgs.roshan, extra) as never, draft: true, ...as('editor') })

const move = (collection: string, id: number | string, who: keyof Cast['users'], data: Record<string, unknown>, draft = true) =>
  payload.update({ collection: collection as 'case-studies', id, data: data as never, draft, ...as(who) })

const history = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'review-events',
      where: { and: [{ 'document.value': { equals: id } }, { 'document.relationTo': { equals: collection } }] },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs.map((e) => `${e.fromState ?? '∅'}→${e.toState}`)

describe('the review workflow', () => {
  it('takes a case study from draft through review to publication, recording every step', async () => {
    const doc = await newDraft()
    expect(doc.workflowState).toBe('draft')
    expect(doc._status).toBe('draft')
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await move('case-studies', doc.id, 'reviewer', { workflowState: 'inReview' })
    const published = await move('case-studies', doc.id, 'reviewer', { _status: 'published' }, false)
    expect(published.workflowState).toBe('published')
    expect(published._status).toBe('published')
    expect(await history('case-studies', doc.id)).toEqual(['∅→draft', 'draft→submitted', 'submitted→inReview', 'inReview→published'])
  })

  it('refuses an NGO editor who tries to publish, on the server, and leaves the draft as it was', async () => {
    const doc = await newDraft()
    await expect(move('case-studies', doc.id, 'editor', { _status: 'published', title: 'تغییر' }, false)).rejects.toThrow(/approval/)
    const after = await payload.findByID({ collection: 'case-studies', id: doc.id, draft: true, overrideAccess: true })
    expect(after._status).toBe('draft')
    expect(after.title).toBe('کارگاه قالی‌بافی')
  })

  it('sends a document back with changes requested only when the reviewer writes a comment', async () => {
    const doc = await newDraft()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await expect(move('case-studies', doc.id, 'reviewer', { workflowState: 'draft' })).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'transitionComment', message: expect.stringMatching(/comment/) }] },
    })
    const back = await move('case-studies', doc.id, 'reviewer', { workflowState: 'draft', transitionComment: 'شاخص‌های ماندگاری را کامل کنید.' })
    expect(back.workflowState).toBe('draft')
    const events = await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } }, sort: '-createdAt', overrideAccess: true })
    expect(events.docs[0]?.comment).toBe('شاخص‌های ماندگاری را کامل کنید.')
    expect(events.docs[0]?.transition).toBe('requestChanges')
  })

  it('lets the coordinator of the document’s province approve it, but not a coordinator elsewhere', async () => {
    const doc = await newDraft()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await expect(move('case-studies', doc.id, 'otherCoordinator', { _status: 'published' }, false)).rejects.toThrow()
    const ok = await move('case-studies', doc.id, 'coordinator', { _status: 'published' }, false)
    expect(ok._status).toBe('published')
  })

  it('makes a curriculum the network standard only on a reviewer’s approval, not a coordinator’s', async () => {
    const doc = await newDraft('curricula', { code: 'SOFT-02' })
    await move('curricula', doc.id, 'editor', { workflowState: 'submitted' })
    await expect(move('curricula', doc.id, 'coordinator', { _status: 'published' }, false)).rejects.toMatchObject({ status: 403 })
    const ok = await move('curricula', doc.id, 'reviewer', { _status: 'published' }, false)
    expect(ok.workflowState).toBe('published')
  })

  it('retires the previous edition of a curriculum when the next one is published', async () => {
    const first = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'APPR-01' }), _status: 'published' } as never,
      ...as('admin'),
    })
    const second = await newDraft('curricula', { code: 'APPR-01', edition: '2.0', derivedFrom: first.id, changelog: 'پودمان سواد مالی افزوده شد.' })
    await move('curricula', second.id, 'editor', { workflowState: 'submitted' })
    await move('curricula', second.id, 'reviewer', { _status: 'published' }, false)
    const old = await payload.findByID({ collection: 'curricula', id: first.id, overrideAccess: true })
    expect(old.workflowState).toBe('retired')
    expect(await history('curricula', first.id)).toContain('published→retired')
  })

  it('refuses a second document claiming the same edition of a curriculum', async () => {
    await newDraft('curricula', { code: 'FIN-01' })
    await expect(newDraft('curricula', { code: 'FIN-01' })).rejects.toThrow(/already exists/)
  })

  it('does not retire another NGO’s edition that a new curriculum names as the one it derives from', async () => {
    const theirs = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.omid, { code: 'ADPT-01' }), _status: 'published' } as never,
      ...as('admin'),
    })
    const adaptation = await newDraft('curricula', { code: 'ADPT-02', derivedFrom: theirs.id })
    await move('curricula', adaptation.id, 'editor', { workflowState: 'submitted' })
    await move('curricula', adaptation.id, 'reviewer', { _status: 'published' }, false)
    const after = await payload.findByID({ collection: 'curricula', id: theirs.id, overrideAccess: true })
    expect(after.workflowState).toBe('published')
    expect(await history('curricula', theirs.id)).not.toContain('published→retired')
  })

  it('does not reveal another NGO’s draft through the edition check, and still keeps one published edition per code', async () => {
    const theirs = await payload.create({
      collection: 'curricula',
      data: sampleData('curricula', cast.orgs.omid, { code: 'SECR-01' }) as never,
      draft: true,
      ...as('otherEditor'),
    })
    const ours = await newDraft('curricula', { code: 'SECR-01' })
    expect((ours as { code?: string }).code).toBe('SECR-01')
    await move('curricula', ours.id, 'editor', { workflowState: 'submitted' })
    await move('curricula', theirs.id, 'otherEditor', { workflowState: 'submitted' })
    await move('curricula', theirs.id, 'reviewer', { _status: 'published' }, false)
    await expect(move('curricula', ours.id, 'reviewer', { _status: 'published' }, false)).rejects.toThrow(/already exists/)
    await expect(newDraft('curricula', { code: 'SECR-01' })).rejects.toThrow(/already exists/)
  })

  it('sends a document back to draft when its author changes it during review, so that Publish puts only reviewed text live', async () => {
    for (const stage of ['submitted', 'inReview'] as const) {
      const doc = await newDraft()
      await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
      if (stage === 'inReview') await move('case-studies', doc.id, 'reviewer', { workflowState: 'inReview' })
      // A save that changes nothing leaves it where it was.
      expect((await move('case-studies', doc.id, 'editor', { title: 'کارگاه قالی‌بافی' })).workflowState).toBe(stage)
      const changed = await move('case-studies', doc.id, 'editor', { title: 'متن بازبینی‌نشده' })
      expect(changed.workflowState).toBe('draft')
      expect((await history('case-studies', doc.id)).at(-1)).toBe(`${stage}→draft`)
      await expect(move('case-studies', doc.id, 'reviewer', { _status: 'published' }, false)).rejects.toMatchObject({ status: 403 })
      const live = await payload.find({ collection: 'case-studies', where: { id: { equals: doc.id } }, draft: false, overrideAccess: true })
      expect(live.docs[0]?._status).not.toBe('published')
    }
  })

  it('lets the author take a submitted document back to draft, recorded as withdrawn', async () => {
    const doc = await newDraft()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    expect((await move('case-studies', doc.id, 'editor', { workflowState: 'draft' })).workflowState).toBe('draft')
    const events = await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } }, sort: '-createdAt', overrideAccess: true })
    expect(events.docs[0]?.transition).toBe('withdraw')
  })

  it('drops a scheduled publication when the author changes the document after it was approved for it', async () => {
    for (const scheduler of ['reviewer', 'admin'] as const) {
      const doc = await newDraft()
      await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
      await move('case-studies', doc.id, 'reviewer', { workflowState: 'inReview' })
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'case-studies', value: String(doc.id) }, user: { relationTo: 'users', value: cast.users[scheduler].id } },
        waitUntil: new Date(Date.now() - 1000),
      } as never)
      await move('case-studies', doc.id, 'editor', { title: 'پس از تأیید' })
      await payload.jobs.run({ where: { id: { equals: job.id } } })
      const live = await payload.find({ collection: 'case-studies', where: { id: { equals: doc.id } }, draft: false, overrideAccess: true })
      expect(live.docs[0]?._status).toBe('draft')
      const scheduled = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })
      expect(scheduled.docs.filter((pending) => String((pending.input as { doc?: { value?: unknown } }).doc?.value) === String(doc.id))).toEqual([])
    }
  })

  it('keeps the live version when the author starts a revision, and needs review again to publish it', async () => {
    const doc = await newDraft()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await move('case-studies', doc.id, 'reviewer', { _status: 'published' }, false)
    const revision = await move('case-studies', doc.id, 'editor', { title: 'عنوان تازه' })
    expect(revision.workflowState).toBe('draft')
    const live = await payload.findByID({ collection: 'case-studies', id: doc.id, overrideAccess: true })
    expect(live.title).toBe('کارگاه قالی‌بافی')
    expect(live._status).toBe('published')
    await expect(move('case-studies', doc.id, 'editor', { title: 'بی‌بازبینی' }, false)).rejects.toThrow(/may not move/)
  })

  it('refuses transitions that do not exist or that the role may not make', async () => {
    const doc = await newDraft()
    await expect(move('case-studies', doc.id, 'editor', { workflowState: 'inReview' })).rejects.toThrow(/No transition|may not/)
    await expect(move('case-studies', doc.id, 'reviewer', { workflowState: 'submitted' })).rejects.toThrow()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await expect(move('case-studies', doc.id, 'editor', { workflowState: 'inReview' })).rejects.toThrow()
    await expect(move('case-studies', doc.id, 'editor', { workflowState: 'published' })).rejects.toThrow(/Publish/)
  })

  it('lets only approvers take a published document down', async () => {
    const doc = await newDraft()
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await move('case-studies', doc.id, 'reviewer', { _status: 'published' }, false)
    await expect(move('case-studies', doc.id, 'editor', { _status: 'draft' }, false)).rejects.toThrow()
    const down = await move('case-studies', doc.id, 'reviewer', { _status: 'draft' }, false)
    expect(down._status).toBe('draft')
    expect(down.workflowState).toBe('draft')
  })
})
