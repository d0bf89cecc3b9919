import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

describe('versions of a knowledge document', () => {
  it('draft → publish → edit → list versions → restore an old one', async () => {
    const reviewer = { user: cast.users.reviewer, overrideAccess: false }
    const editor = { user: cast.users.editor, overrideAccess: false }
    const draft = await payload.create({
      collection: 'lessons',
      data: sampleData('lessons', cast.orgs.roshan, { title: 'نسخه یکم' }) as never,
      draft: true,
      ...editor,
    })
    await payload.update({ collection: 'lessons', id: draft.id, data: { workflowState: 'submitted' }, draft: true, ...editor })
    await payload.update({ collection: 'lessons', id: draft.id, data: { _status: 'published' }, ...reviewer })

    await payload.update({ collection: 'lessons', id: draft.id, data: { title: 'نسخه دوم', workflowState: 'submitted' }, draft: true, ...editor })
    await payload.update({ collection: 'lessons', id: draft.id, data: { _status: 'published' }, ...reviewer })

    const versions = await payload.findVersions({ collection: 'lessons', where: { parent: { equals: draft.id } }, sort: 'createdAt', ...editor })
    const titles = versions.docs.map((v) => `${v.version.title}/${v.version._status}`)
    expect(titles).toContain('نسخه یکم/published')
    expect(titles.at(-1)).toBe('نسخه دوم/published')
    expect(versions.totalDocs).toBeGreaterThanOrEqual(5)

    const first = versions.docs.find((v) => v.version.title === 'نسخه یکم' && v.version._status === 'published')!
    // Restoring as a draft brings the old text back for review; restoring it live is an approver's call.
    await expect(payload.restoreVersion({ collection: 'lessons', id: first.id, ...editor })).rejects.toThrow(/approval/)
    const editorToken = (await payload.login({ collection: 'users', data: { email: cast.users.editor.email, password: cast.passwords[cast.users.editor.email]! } })).token
    const restored = await rest('POST', `/lessons/versions/${first.id}?draft=true`, { token: editorToken })
    expect(restored.status).toBe(200)
    const live = await payload.findByID({ collection: 'lessons', id: draft.id, overrideAccess: true })
    expect(live.title).toBe('نسخه دوم')
    const latest = await payload.findByID({ collection: 'lessons', id: draft.id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('نسخه یکم')
    expect(latest.workflowState).toBe('draft')

    await payload.restoreVersion({ collection: 'lessons', id: first.id, ...reviewer })
    const republished = await payload.findByID({ collection: 'lessons', id: draft.id, overrideAccess: true })
    expect(republished.title).toBe('نسخه یکم')
    expect(republished._status).toBe('published')
  })

  it('keeps at least 50 versions of a document', async () => {
    const doc = await payload.create({ collection: 'best-practices', data: sampleData('best-practices', cast.orgs.roshan) as never, draft: true })
    for (let i = 1; i <= 55; i++) {
      await payload.update({ collection: 'best-practices', id: doc.id, data: { resourcesNeeded: `نسخه ${i}` }, draft: true })
    }
    const versions = await payload.findVersions({ collection: 'best-practices', where: { parent: { equals: doc.id } }, limit: 1 })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(50)
  })

  it('lets an anonymous reader list the published versions of a public document, and nothing of a draft', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), _status: 'published' } as never })
    const hidden = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true })
    const shown = await rest('GET', `/case-studies/versions?where[parent][equals]=${doc.id}`)
    expect(shown.status).toBe(200)
    expect(shown.json.docs.length).toBeGreaterThan(0)
    expect(shown.json.docs.every((v: { version: { _status: string } }) => v.version._status === 'published')).toBe(true)
    const none = await rest('GET', `/case-studies/versions?where[parent][equals]=${hidden.id}`)
    expect(none.json.docs).toEqual([])
  })

  it('hides the old published versions of a document from those who may no longer read it', async () => {
    const publish = () =>
      payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), _status: 'published' } as never })
    const listed = async (id: number | string, token?: string) =>
      (await rest('GET', `/case-studies/versions?where[parent][equals]=${id}&depth=0`, { token })).json.docs.length
    const memberToken = (await payload.login({ collection: 'users', data: { email: cast.users.member.email, password: cast.passwords[cast.users.member.email]! } })).token

    const withdrawn = await publish()
    expect(await listed(withdrawn.id)).toBeGreaterThan(0)
    await payload.update({ collection: 'case-studies', id: withdrawn.id, data: { _status: 'draft', transitionComment: 'نادرست بود' } as never, user: cast.users.reviewer, overrideAccess: false })
    expect(await listed(withdrawn.id)).toBe(0)
    expect(await listed(withdrawn.id, memberToken)).toBe(0)
    const one = (await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: withdrawn.id } }, limit: 1, sort: 'createdAt' })).docs[0]!
    expect([403, 404]).toContain((await rest('GET', `/case-studies/versions/${one.id}`)).status)

    const closed = await publish()
    await payload.update({ collection: 'case-studies', id: closed.id, data: { visibility: 'members', _status: 'published' } as never, user: cast.users.reviewer, overrideAccess: false })
    expect(await listed(closed.id)).toBe(0)
    expect(await listed(closed.id, memberToken)).toBeGreaterThan(0)
  })

  it('records who created and who last changed a document', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true, user: cast.users.editor, overrideAccess: false })
    const changed = await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' }, draft: true, user: cast.users.editor, overrideAccess: false, depth: 0 })
    const reviewed = await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'inReview' }, draft: true, user: cast.users.reviewer, overrideAccess: false, depth: 0 })
    expect(changed.createdBy).toBe(cast.users.editor.id)
    expect(reviewed.createdBy).toBe(cast.users.editor.id)
    expect(reviewed.updatedBy).toBe(cast.users.reviewer.id)
  })
})
