import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { demoAccounts, seed, seedRefusal } from '../scripts/seed/index'
import { runNode } from './support/commands'
import { startPayload } from './support/payload'

const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' && value !== null ? value.id : value)

const knowledge = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
const counted: CollectionSlug[] = [
  'provinces',
  'topics',
  'target-groups',
  'process-stages',
  'funding-instruments',
  'organizations',
  'users',
  ...knowledge,
  'review-events',
  'offers-and-needs',
  'exchange-answers',
]

/** Every record's id per collection, plus the number of versions of the knowledge documents. */
const snapshot = async (payload: Payload) => {
  const ids: Record<string, (number | string)[]> = {}
  for (const collection of counted) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, sort: 'id' })
    ids[collection] = docs.map((doc) => doc.id)
  }
  for (const collection of knowledge) {
    ids[`${collection} versions`] = [(await payload.countVersions({ collection })).totalDocs]
  }
  return ids
}

describe('the demo seed', () => {
  let payload: Payload
  let first: Awaited<ReturnType<typeof snapshot>>
  const lines: string[] = []

  beforeAll(async () => {
    payload = await startPayload()
    await seed(payload, { log: (line) => lines.push(line) })
    first = await snapshot(payload)
  })

  it('fills every collection, and says so in one line each', () => {
    const count = (collection: string) => first[collection]!.length
    expect(count('provinces')).toBe(31)
    expect(count('topics')).toBeGreaterThanOrEqual(16)
    expect(count('target-groups')).toBeGreaterThanOrEqual(8)
    expect(count('process-stages')).toBe(10)
    expect(count('funding-instruments')).toBeGreaterThanOrEqual(5)
    expect(count('organizations')).toBeGreaterThanOrEqual(6)
    expect(count('users')).toBe(Object.keys(demoAccounts).length)
    expect(count('case-studies')).toBeGreaterThanOrEqual(5)
    expect(count('lessons')).toBeGreaterThanOrEqual(5)
    expect(count('best-practices')).toBeGreaterThanOrEqual(3)
    expect(count('curricula')).toBe(3)
    expect(lines.find((line) => line.startsWith('provinces:'))).toMatch(/^provinces: 31 \(31 created/)
  })

  it('names all 31 provinces in Persian and English under codes 01 to 31', async () => {
    const fa = await payload.find({ collection: 'provinces', locale: 'fa', limit: 0, pagination: false, sort: 'code' })
    const en = await payload.find({ collection: 'provinces', locale: 'en', fallbackLocale: false, limit: 0, pagination: false, sort: 'code' })
    expect(fa.docs.map((p) => p.code)).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0')))
    expect(fa.docs.find((p) => p.code === '28')?.name).toBe('تهران')
    expect(en.docs.every((p) => /^[A-Z][A-Za-z -]+$/.test(p.name ?? ''))).toBe(true)
  })

  it('files topics under the four parent topics and orders the process stages', async () => {
    const { docs: topics } = await payload.find({ collection: 'topics', depth: 0, limit: 0, pagination: false })
    const parents = topics.filter((topic) => topic.parent == null)
    expect(parents.map((topic) => topic.name).sort()).toEqual(['آمادگی شغلی', 'مهارت‌آموزی', 'اشتغال و کارآفرینی', 'تأمین مالی'].sort())
    expect(topics.filter((topic) => topic.parent != null).length).toBeGreaterThan(parents.length)
    const { docs: stages } = await payload.find({ collection: 'process-stages', sort: 'order', limit: 0, pagination: false })
    expect(stages[0]?.slug).toBe('outreach')
    expect(stages.at(-1)?.slug).toBe('retention')
  })

  it('publishes SOFT-01 edition 2.0 and thereby retires edition 1.0', async () => {
    const { docs } = await payload.find({ collection: 'curricula', where: { code: { equals: 'SOFT-01' } }, sort: 'edition', depth: 0 })
    const [one, two] = docs
    expect(one).toMatchObject({ edition: '1.0', workflowState: 'retired', _status: 'published' })
    expect(two).toMatchObject({ edition: '2.0', workflowState: 'published', _status: 'published', derivedFrom: one!.id })
    const { docs: apprenticeship } = await payload.find({ collection: 'curricula', where: { code: { equals: 'APPR-01' } } })
    expect(apprenticeship[0]?.placement?.months).toBeGreaterThanOrEqual(3)
    expect(apprenticeship[0]?.placement?.months).toBeLessThanOrEqual(6)
  })

  it('has lessons applied by NGOs other than their authors, with every kind of result, and an edition a lesson changed', async () => {
    const { docs } = await payload.find({ collection: 'lesson-applications', depth: 1, pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(5)
    for (const entry of docs) {
      const lesson = entry.lesson as { organization: number | { id: number }; _status: string }
      expect(lesson._status).toBe('published')
      expect(idOf(lesson.organization)).not.toBe(idOf(entry.organization as never))
    }
    expect(new Set(docs.map((entry) => entry.result))).toEqual(new Set(['improved', 'unchanged', 'worse', 'too-early']))
    const { docs: changed } = await payload.find({ collection: 'curricula', where: { changedByLessons: { exists: true } }, depth: 0 })
    expect(changed.map((edition) => `${edition.code}@${edition.edition}`)).toEqual(['SOFT-01@2.0'])
  })

  it('leaves documents in every review state, with a request for changes on record', async () => {
    const states = new Set<string>()
    for (const collection of knowledge) {
      const { docs } = await payload.find({ collection, draft: true, depth: 0, limit: 0, pagination: false })
      for (const doc of docs) states.add(doc.workflowState)
      for (const doc of docs) expect(doc.organization).toEqual(expect.anything())
    }
    expect([...states].sort()).toEqual(['draft', 'inReview', 'published', 'retired', 'submitted'])
    const { docs: requests } = await payload.find({ collection: 'review-events', where: { transition: { equals: 'requestChanges' } } })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.comment).toBeTruthy()
  })

  it('keeps the edit history of a published case study and of a curriculum', async () => {
    const { docs } = await payload.find({ collection: 'case-studies', where: { title: { like: 'فرش دستباف' } }, depth: 0 })
    const carpet = docs[0]!
    expect(carpet.metrics?.retained12).toBe(14)
    expect(carpet.lessons).toHaveLength(1)
    const revisions = await payload.count({
      collection: 'review-events',
      where: { and: [{ 'document.value': { equals: carpet.id } }, { 'document.relationTo': { equals: 'case-studies' } }, { transition: { equals: 'revise' } }] },
    })
    expect(revisions.totalDocs).toBeGreaterThanOrEqual(3)
    const versions = await payload.countVersions({ collection: 'case-studies', where: { parent: { equals: carpet.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(8)
    const { docs: appr } = await payload.find({ collection: 'curricula', where: { code: { equals: 'APPR-01' } }, depth: 0 })
    expect((await payload.countVersions({ collection: 'curricula', where: { parent: { equals: appr[0]!.id } } })).totalDocs).toBeGreaterThanOrEqual(8)
  })

  it('posts offers and needs of several NGOs in several provinces: matching ones, one in discussion with its answer, one fulfilled and one withdrawn with what came of it', async () => {
    const { docs } = await payload.find({ collection: 'offers-and-needs', depth: 0, pagination: false, locale: 'all' })
    expect(new Set(docs.map((doc) => String(doc.organization))).size).toBeGreaterThanOrEqual(5)
    expect(new Set(docs.flatMap((doc) => (doc.provinces ?? []).map(String))).size).toBeGreaterThanOrEqual(5)
    const byStatus = (status: string) => docs.filter((doc) => doc.status === status)
    expect(byStatus('inDiscussion')).toHaveLength(1)
    for (const closed of [...byStatus('fulfilled'), ...byStatus('withdrawn')]) {
      expect((closed.closingNote as unknown as { fa: string; en: string }).fa).toBeTruthy()
      expect((closed.closingNote as unknown as { fa: string; en: string }).en).toBeTruthy()
    }
    expect(byStatus('fulfilled')).toHaveLength(1)
    expect(byStatus('withdrawn')).toHaveLength(1)
    const matched = docs.filter((doc) => doc.status === 'open' && docs.some((other) => other.direction !== doc.direction && other.kind === doc.kind && other.status === 'open'))
    expect(matched.length).toBeGreaterThanOrEqual(2)
    const [answer] = (await payload.find({ collection: 'exchange-answers', depth: 0 })).docs
    expect(String(answer?.item)).toBe(String(byStatus('inDiscussion')[0]!.id))
  })

  it('has a lesson whose review date has passed', async () => {
    const overdue = await payload.count({ collection: 'lessons', where: { nextReviewDate: { less_than: new Date().toISOString() } } })
    expect(overdue.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('lets every demo account sign in with the password the README gives', async () => {
    for (const account of Object.values(demoAccounts)) {
      const { user, token } = await payload.login({ collection: 'users', data: { email: account.email, password: account.password } })
      expect(token).toBeTruthy()
      expect(user?.roles).toEqual(account.roles)
    }
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: demoAccounts.editor.email } }, depth: 0 })
    expect(docs[0]?.organizations).toHaveLength(1)
  })

  it('adds nothing and changes no id when run a second time', async () => {
    const again: string[] = []
    await seed(payload, { log: (line) => again.push(line) })
    expect(await snapshot(payload)).toEqual(first)
    expect(again.filter((line) => !/\(0 created, 0 updated/.test(line))).toEqual([])
  })
})

describe('the seed in production', () => {
  it('runs outside production, and in production only when asked', () => {
    expect(seedRefusal({ NODE_ENV: 'development' }, [])).toBeNull()
    expect(seedRefusal({}, [])).toBeNull()
    expect(seedRefusal({ NODE_ENV: 'production' }, [])).toMatch(/--allow-production/)
    expect(seedRefusal({ NODE_ENV: 'production' }, ['--allow-production'])).toBeNull()
    expect(seedRefusal({ NODE_ENV: 'production', HAMAFZA_SEED_PRODUCTION: '1' }, [])).toBeNull()
  })

  it('makes the command exit with one line on stderr', async () => {
    const root = path.resolve(__dirname, '..')
    const result = await runNode([path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/seed.ts'], {
      env: { ...process.env, NODE_ENV: 'production', HAMAFZA_SEED_PRODUCTION: '' },
      timeoutMs: 60_000,
    })
    expect(result.code).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/Refusing to seed demo content with NODE_ENV=production/)
  })
})
