import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { labels } from '../../src/i18n/labels'
import { launchChromium } from './support/chromium'
import { changedStores, sendAll, storedCounts, type HostileInput, type Who } from './support/hostile'
import { graphqlInputs, jobsInputs, knowledge, organizationMoveInputs, restInputs, richText, type Knowledge, type Targets } from './support/hostileRest'
import { exportInputs, searchInputs, searchPageInputs } from './support/hostileSearch'
import { appliedInputs, citationInputs, downloadInputs, editionInputs, exchangeInputs, signInInputs, uploadInputs, type ExchangeTargets, type SiteTargets } from './support/hostileSite'
import { startBuiltServer, type BuiltServer } from './support/server'

/**
 * Hostile input against the built app on a copy of the demo content, over HTTP as a client sends it: every
 * input must be answered with a 4xx that says what is wrong, never a 5xx, and the stored documents (every
 * collection and its versions) and the search index must be as they were.
 */

/** Queries whose totals stand for the search index. */
const searchQueries = ['', 'فرش', 'زنبورداری', 'مهارت', 'کارآفرینی', 'lesson']

type Doc = { id: number | string; organization?: number | string | { id: number | string } | null }

const idOf = (value: Doc['organization']) => String(typeof value === 'object' && value !== null ? value.id : value)

describe('hostile input against the built app', () => {
  let server: BuiltServer
  const tokens: Record<Who | 'admin', string | null> = { visitor: null, editor: null, reviewer: null, admin: null }
  let targets: Targets
  let site: SiteTargets
  let exchange: ExchangeTargets

  const api = async <T,>(path: string, { as = 'admin', method = 'GET', json }: { as?: Who | 'admin'; method?: string; json?: unknown } = {}) => {
    const headers: Record<string, string> = tokens[as] ? { Authorization: `JWT ${tokens[as]}` } : {}
    if (json !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(server.url + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
    return { status: response.status, body: (await response.json()) as T & { errors?: { message: string; extensions?: { statusCode?: number } }[] } }
  }
  const signIn = async (email: string, password: string) =>
    (await api<{ token: string }>('/api/users/login', { as: 'visitor', method: 'POST', json: { email, password } })).body.token
  const first = async (collection: string, where: string) =>
    (await api<{ docs: Doc[] }>(`/api/${collection}?${where}&limit=1&depth=0&draft=true&sort=-createdAt`)).body.docs[0]

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir') })
    tokens.admin = await signIn('admin@hamafza.test', 'hamafza-admin')
    tokens.editor = await signIn('editor@hamafza.test', 'hamafza-editor')
    tokens.reviewer = await signIn('reviewer@hamafza.test', 'hamafza-reviewer')
    const me = (await api<{ user: { organizations: { organization: Doc['organization'] }[] } }>('/api/users/me', { as: 'editor' })).body.user
    const ownOrganization = idOf(me.organizations[0]!.organization)
    const sample = (await first('lessons', 'where[_status][equals]=published'))!
    // Numbers on SQLite by default, text (uuids) with idType 'uuid': a word is an id of the wrong kind only for the first.
    const numeric = typeof sample.id === 'number'
    const missing = numeric ? '999999999' : '00000000-0000-4000-8000-000000000000'
    const impossible = numeric ? 'abc' : 'x'.repeat(300)
    const own = {} as Record<Knowledge, string>
    const others = {} as Record<Knowledge, string>
    let otherOrganization = ''
    for (const collection of knowledge) {
      // A draft of the editor's own, made as the editor would, before the stores are counted.
      const made = await api<{ doc: Doc }>(`/api/${collection}?draft=true`, { as: 'editor', method: 'POST', json: draftOf(collection, ownOrganization) })
      expect(made.status, `${collection}: ${JSON.stringify(made.body)}`).toBe(201)
      own[collection] = String(made.body.doc.id)
      const other = (await first(collection, `where[organization][not_equals]=${ownOrganization}`))!
      others[collection] = String(other.id)
      otherOrganization ||= idOf(other.organization)
    }
    targets = { own, others, ownOrganization, otherOrganization, missing, impossible }

    const curricula = (await api<{ docs: Doc[] }>('/api/curricula?where[_status][equals]=published&limit=2&depth=0')).body.docs
    const publishedVersion = async (parent: Doc['id']) =>
      String((await first('curricula/versions', `where[parent][equals]=${parent}&where[version._status][equals]=published`))!.id)
    site = {
      curriculum: String(curricula[0]!.id),
      curriculumVersion: await publishedVersion(curricula[0]!.id),
      otherCurriculumVersion: await publishedVersion(curricula[1]!.id),
      lesson: String(sample.id),
      membersOnlyCaseStudy: String((await first('case-studies', 'where[_status][equals]=published&where[visibility][equals]=members'))!.id),
      missing,
    }
    const item = async (where: string) => String((await first('offers-and-needs', where))!.id)
    exchange = {
      othersOpen: await item(`where[organization][not_equals]=${ownOrganization}&where[status][equals]=open`),
      own: await item(`where[organization][equals]=${ownOrganization}&where[status][in]=open,inDiscussion`),
      fulfilled: await item(`where[organization][not_equals]=${ownOrganization}&where[status][equals]=fulfilled`),
      lesson: String(sample.id),
      missing,
    }
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('answers every input with a 4xx that says what is wrong, and changes nothing stored', async () => {
    const inputs: HostileInput[] = [
      ...searchInputs(),
      ...exportInputs(),
      ...searchPageInputs(),
      ...knowledge.flatMap((collection) => restInputs(collection, targets)),
      ...knowledge.flatMap((collection) => organizationMoveInputs(collection, targets)),
      ...jobsInputs(targets),
      ...graphqlInputs(targets),
      ...uploadInputs(),
      ...downloadInputs(site),
      ...citationInputs(site),
      ...editionInputs(site),
      ...signInInputs(),
      ...exchangeInputs(exchange),
      ...appliedInputs(exchange),
    ]
    const before = await storedCounts(server.url, tokens.admin!, searchQueries)
    const started = performance.now()
    const answers = await sendAll(server.url, tokens, inputs)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const after = await storedCounts(server.url, tokens.admin!, searchQueries)
    const changed = changedStores(before, after)
    const clientErrors = answers.filter((answer) => answer.status >= 400 && answer.status < 500).length
    const serverErrors = answers.filter((answer) => answer.status >= 500).length
    console.log(`${answers.length} inputs, ${clientErrors} 4xx, ${serverErrors} 5xx, ${changed.length} changed (${seconds} s)`)
    const slowest = [...answers].sort((a, b) => b.ms - a.ms).slice(0, 5)
    console.log(`slowest: ${slowest.map((answer) => `${answer.input.what} ${Math.round(answer.ms)} ms`).join('; ')}`)
    const wrong = answers.filter((answer) => answer.problem).map((answer) => `${answer.input.what} (${answer.input.method ?? 'GET'} ${answer.input.path.slice(0, 120)}): ${answer.problem}`)
    expect(wrong, wrong.join('\n')).toEqual([])
    expect(changed, changed.join('\n')).toEqual([])
    expect(answers.length).toBeGreaterThanOrEqual(100)
  })

  /** Messages that say nothing: what a refusal used to reach the client as. */
  const saysNothing = ['An unknown error occurred.', 'Something went wrong.']
  const graphql = (query: string, as: Who) => api<{ data?: unknown }>('/api/graphql', { as, method: 'POST', json: { query } })

  it('keeps a refusal\'s own message and status over REST, in bulk and through GraphQL', async () => {
    const lesson = targets.own.lessons
    const lessonId = Number(lesson) || JSON.stringify(lesson)

    // An NGO editor presses Publish: the workflow's reason, the same one the bulk form gives.
    const single = await api(`/api/lessons/${lesson}`, { as: 'editor', method: 'PATCH', json: { _status: 'published' } })
    expect(single.status).toBe(403)
    const reason = single.body.errors![0]!.message
    expect(saysNothing).not.toContain(reason)
    const bulk = await api(`/api/lessons?where[id][equals]=${lesson}`, { as: 'editor', method: 'PATCH', json: { _status: 'published' } })
    expect(bulk.body.errors![0]!.message).toBe(reason)
    const viaGraphql = await graphql(`mutation { updateLesson(id: ${lessonId}, data: { _status: published }) { id } }`, 'editor')
    expect(viaGraphql.status).toBe(403)
    expect(viaGraphql.body.errors![0]!.message).toBe(reason)
    expect(viaGraphql.body.errors![0]!.extensions?.statusCode).toBe(403)

    // A document in another NGO's name: tenancy's reason, the same over REST and GraphQL.
    const other = Number(targets.otherOrganization) || JSON.stringify(targets.otherOrganization)
    const foreign = await api('/api/lessons', { as: 'editor', method: 'POST', json: { ...draftOf('lessons', targets.otherOrganization) } })
    expect(foreign.status).toBe(403)
    const tenancy = foreign.body.errors![0]!.message
    expect(saysNothing).not.toContain(tenancy)
    expect(tenancy).not.toBe(reason)
    const foreignGraphql = await graphql(
      `mutation { createLesson(draft: true, data: { title: "x", organization: ${other}, rootCause: market, licence: CC_BY_4_0, visibility: public, workflowState: draft }) { id } }`,
      'editor',
    )
    expect(foreignGraphql.body.errors![0]!.message).toBe(tenancy)

    // An NGO changing its own membership: the organizations rule's reason, single and bulk.
    const organization = await api(`/api/organizations/${targets.ownOrganization}`, { as: 'editor', method: 'PATCH', json: { membershipStatus: 'left' } })
    expect(organization.status).toBe(403)
    expect(saysNothing).not.toContain(organization.body.errors![0]!.message)
    const organizations = await api(`/api/organizations?where[id][equals]=${targets.ownOrganization}`, { as: 'editor', method: 'PATCH', json: { membershipStatus: 'left' } })
    expect(organizations.body.errors![0]!.message).toBe(organization.body.errors![0]!.message)

    // A program offered as an upload: the upload check's reason names the file.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], { type: 'application/octet-stream' }), 'setup.exe')
    const uploaded = await fetch(`${server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${tokens.editor}` }, body: form })
    expect(uploaded.status).toBe(415)
    expect(((await uploaded.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/setup\.exe/)
  })

  it('offers an NGO editor no Publish in the admin, and shows the workflow\'s own reason for a step the document has moved past', async () => {
    const created = await api<{ doc: { id: number | string } }>('/api/lessons?draft=true', { as: 'editor', method: 'POST', json: draftOf('lessons', targets.ownOrganization) })
    expect(created.status).toBe(201)
    const lesson = created.body.doc.id
    const browser = await launchChromium({ locale: 'fa-IR' })
    try {
      const { hostname } = new URL(server.url)
      await browser.context.addCookies([{ name: 'payload-token', value: tokens.editor!, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' }])
      const page = await browser.context.newPage()
      await page.goto(`${server.url}/admin/collections/lessons/${lesson}`)
      const submit = page.getByRole('button', { name: labels.actionSubmit.fa, exact: true })
      await expect.poll(() => submit.isEnabled(), { timeout: 30_000 }).toBe(true)
      expect(await page.locator('#action-save').count()).toBe(0)
      // Meanwhile, in another tab, it was submitted and taken into review: the open page's Submit is now stale.
      expect((await api(`/api/lessons/${lesson}?draft=true`, { as: 'editor', method: 'PATCH', json: { workflowState: 'submitted' } })).status).toBe(200)
      expect((await api(`/api/lessons/${lesson}?draft=true`, { as: 'reviewer', method: 'PATCH', json: { workflowState: 'inReview' } })).status).toBe(200)
      const refused = await api(`/api/lessons/${lesson}?draft=true`, { as: 'editor', method: 'PATCH', json: { workflowState: 'submitted' } })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      const reason = refused.body.errors![0]!.message
      expect(saysNothing).not.toContain(reason)
      await submit.click()
      await expect.poll(() => page.getByRole('alert').filter({ hasText: reason }).first().isVisible()).toBe(true)
      expect(await page.getByText(saysNothing[0]!).count()).toBe(0)
    } finally {
      await browser.close()
    }
  })
})

/** A draft each collection takes from an NGO editor. */
function draftOf(collection: Knowledge, organization: string): Record<string, unknown> {
  const common = { title: 'پیش‌نویس برای آزمون ورودی‌های نادرست', organization: Number(organization) || organization }
  switch (collection) {
    case 'case-studies':
      return { ...common, outcome: 'mixed', context: richText('زمینه') }
    case 'lessons':
      return { ...common, lesson: richText('درس'), rootCause: 'market' }
    case 'best-practices':
      return { ...common, steps: [{ title: 'گام نخست' }] }
    case 'curricula':
      return { ...common, code: 'HOST-01', edition: '1.0', skillType: 'soft', hoursTheory: 10, hoursPractice: 20 }
  }
}
