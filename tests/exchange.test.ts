import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { searchRoutes } from '../src/endpoints/searchRoutes'
import { answerItem } from '../src/exchange/answer'
import { expireOffersAndNeeds } from '../src/exchange/expiry'
import { isExchangeRefusal } from '../src/exchange/refusal'
import { renewItem } from '../src/exchange/renew'
import type { OffersAndNeed, User } from '../src/payload-types'
import { findInbox } from '../src/workflow/inbox'
import { buildCast, type Cast } from './support/fixtures'
import { drainMail, mailRecords } from './support/mail'
import { startPayload } from './support/payload'
import { rest } from './support/rest'
import { startSmtpServer, type SmtpServer } from './support/smtp'

let payload: Payload
let cast: Cast
let smtp: SmtpServer
let womenGroup: number | string
let placementStage: number | string

const day = 24 * 3600 * 1000

beforeAll(async () => {
  smtp = await startSmtpServer()
  vi.stubEnv('SMTP_URL', smtp.url)
  vi.stubEnv('SERVER_URL', 'https://hamafza.example')
  payload = await startPayload()
  cast = await buildCast(payload)
  womenGroup = (await payload.create({ collection: 'target-groups', data: { name: 'زنان سرپرست خانوار', slug: 'women-heads' } })).id
  placementStage = (await payload.create({ collection: 'process-stages', data: { name: 'اشتغال', slug: 'placement', order: 4 } })).id
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await smtp.close()
})

afterEach(() => smtp.clear())

const login = (user: User) => payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } }).then((r) => r.token!)

/** An item posted by an NGO's editor through the API, as the admin posts it. */
const post = async (editor: User, organization: number | string, extra: Record<string, unknown> = {}) => {
  const response = await rest('POST', '/offers-and-needs', {
    token: await login(editor),
    body: {
      organization,
      direction: 'offer',
      kind: 'jobFacilitator',
      title: 'دو تسهیلگر اشتغال برای مراکز حمایت از اشتغال',
      description: 'دو تسهیلگر آموزش‌دیده برای همراهی کارجویان تا استخدام و بیمه.',
      provinces: [cast.provinces.tehran],
      targetGroups: [womenGroup],
      stages: [placementStage],
      contact: { person: 'مریم احمدی', phone: '۰۲۱۸۸۰۰۰۰۰۰', email: 'maryam@roshan.test' },
      ...extra,
    },
  })
  expect(response.status, JSON.stringify(response.json)).toBe(201)
  return response.json.doc as OffersAndNeed
}

const graphql = async (query: string, token?: string) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  return (await (await GRAPHQL_POST(config)(request)).json()) as { data?: { OffersAndNeeds?: { docs: { id: unknown; contact?: { phone?: string } }[] } | null }; errors?: unknown[] }
}

describe('who reads and changes offers and needs', () => {
  it('anonymous readers get nothing over REST or GraphQL, neither the items nor their contact; members of another NGO read both', async () => {
    const offer = await post(cast.users.editor, cast.orgs.roshan)
    expect(offer.expiresAt).toBeTruthy()
    expect(new Date(offer.expiresAt!).getTime() - Date.now()).toBeGreaterThan(89 * day)

    const list = await rest('GET', '/offers-and-needs')
    expect(list.status).toBe(403)
    expect(JSON.stringify(list.json)).not.toContain('maryam@roshan.test')
    const one = await rest('GET', `/offers-and-needs/${offer.id}`)
    expect(one.status).toBe(403)
    expect(JSON.stringify(one.json)).not.toContain('مریم')
    const anonymous = await graphql('{ OffersAndNeeds { docs { id contact { phone email } } } }')
    expect(anonymous.data?.OffersAndNeeds?.docs ?? []).toEqual([])
    expect(JSON.stringify(anonymous)).not.toContain('maryam@roshan.test')

    const asOtherEditor = await rest('GET', `/offers-and-needs/${offer.id}`, { token: await login(cast.users.otherEditor) })
    expect(asOtherEditor.status).toBe(200)
    expect(asOtherEditor.json.contact.email).toBe('maryam@roshan.test')
    const asMember = await graphql('{ OffersAndNeeds { docs { id contact { phone } } } }', await login(cast.users.member))
    expect(asMember.data?.OffersAndNeeds?.docs.map((doc) => String(doc.id))).toContain(String(offer.id))
  })

  it("an NGO editor cannot change or delete another NGO's item, nor post one for it; their own they change", async () => {
    const offer = await post(cast.users.editor, cast.orgs.roshan)
    const token = await login(cast.users.otherEditor)
    const changed = await rest('PATCH', `/offers-and-needs/${offer.id}`, { token, body: { title: 'ربوده‌شده' } })
    expect(changed.status).toBeGreaterThanOrEqual(400)
    expect(changed.status).toBeLessThan(500)
    expect((await rest('DELETE', `/offers-and-needs/${offer.id}`, { token })).status).toBeGreaterThanOrEqual(400)
    const stored = await payload.findByID({ collection: 'offers-and-needs', id: offer.id })
    expect(stored.title).toBe(offer.title)

    const forged = await rest('POST', '/offers-and-needs', { token, body: { organization: cast.orgs.roshan, direction: 'need', kind: 'trainer', title: 'جعلی', description: 'جعلی', contact: { person: 'x' } } })
    expect(forged.status).toBeGreaterThanOrEqual(400)
    const own = await rest('PATCH', `/offers-and-needs/${offer.id}`, { token: await login(cast.users.editor), body: { quantity: 'سه ماه', expiresAt: '2099-01-01T00:00:00.000Z' } })
    expect(own.status).toBe(200)
    expect(own.json.doc.quantity).toBe('سه ماه')
    // The expiry date is the server's: renewing moves it, a hand-set date does not.
    expect(own.json.doc.expiresAt).toBe(offer.expiresAt)
  })

  it('closing an item as fulfilled or withdrawn asks what came of it', async () => {
    const offer = await post(cast.users.editor, cast.orgs.roshan)
    const token = await login(cast.users.editor)
    const bare = await rest('PATCH', `/offers-and-needs/${offer.id}`, { token, body: { status: 'fulfilled' } })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.json)).toMatch(/came of it/)
    const noted = await rest('PATCH', `/offers-and-needs/${offer.id}`, { token, body: { status: 'fulfilled', closingNote: 'دو تسهیلگر سه ماه در مرکز شیراز کار کردند.' } })
    expect(noted.status).toBe(200)
  })
})

describe('expiry', () => {
  it('expires items still open or in discussion past their 90 days, keeps them for their own NGO to renew, and warns editors a week before, once', async () => {
    const old = await post(cast.users.editor, cast.orgs.roshan, { title: 'پیشنهاد کهنه' })
    // Taken up once and then left: in discussion, it lapses like an open item, and its NGO may renew it first.
    const talked = await post(cast.users.editor, cast.orgs.roshan, { title: 'پیشنهاد در گفت‌وگو' })
    const soon = await post(cast.users.editor, cast.orgs.roshan, { title: 'پیشنهاد رو به پایان' })
    const fresh = await post(cast.users.editor, cast.orgs.roshan, { title: 'پیشنهاد تازه' })
    const now = new Date()
    await payload.update({ collection: 'offers-and-needs', id: old.id, data: { expiresAt: new Date(now.getTime() - day).toISOString() } })
    await payload.update({ collection: 'offers-and-needs', id: soon.id, data: { expiresAt: new Date(now.getTime() + 5 * day).toISOString() } })
    await payload.update({ collection: 'offers-and-needs', id: talked.id, data: { status: 'inDiscussion' } })
    expect((await renewItem(payload, cast.users.editor, talked.id)).status).toBe('inDiscussion')
    await payload.update({ collection: 'offers-and-needs', id: talked.id, data: { expiresAt: new Date(now.getTime() - day).toISOString() } })

    const result = await expireOffersAndNeeds(payload, now)
    expect(result.expired).toBe(2)
    expect((await payload.findByID({ collection: 'offers-and-needs', id: talked.id })).status).toBe('expired')
    expect(result.warned).toBe(1) // Roshan's one editor, for the item about to expire
    expect((await payload.findByID({ collection: 'offers-and-needs', id: old.id })).status).toBe('expired')
    expect((await payload.findByID({ collection: 'offers-and-needs', id: fresh.id })).status).toBe('open')
    expect((await expireOffersAndNeeds(payload, now)).warned).toBe(0)

    await drainMail(payload)
    const [warning] = smtp.to(cast.users.editor.email)
    expect(warning?.subject).toBe('«پیشنهاد رو به پایان» به‌زودی منقضی می‌شود')
    expect(warning?.text).toMatch(/[۰-۹]/)
    expect(warning?.text).toContain(`https://hamafza.example/fa/exchange/${soon.id}`)

    // Another NGO's member no longer sees the expired item; its own editor does, and renews it.
    const members = await payload.find({ collection: 'offers-and-needs', user: { ...cast.users.otherEditor, collection: 'users' }, overrideAccess: false, pagination: false })
    expect(members.docs.map((doc) => doc.id)).not.toContain(old.id)
    const token = await login(cast.users.editor)
    expect((await rest('GET', `/offers-and-needs/${old.id}`, { token })).status).toBe(200)
    const renewed = await rest('PATCH', `/offers-and-needs/${old.id}`, { token, body: { renew: true } })
    expect(renewed.status).toBe(200)
    expect(renewed.json.doc.status).toBe('open')
    expect(new Date(renewed.json.doc.expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * day)

    // The site's renew button does the same for the NGO's own editors, and for them alone.
    await payload.update({ collection: 'offers-and-needs', id: soon.id, data: { status: 'expired' } })
    const refused = await renewItem(payload, cast.users.otherEditor, soon.id).then(
      () => null,
      (error: unknown) => (isExchangeRefusal(error) ? error.status : error),
    )
    expect(refused).toBe(404) // another NGO's member does not see an expired item at all
    const again = await renewItem(payload, cast.users.editor, soon.id)
    expect(again.status).toBe('open')
    expect(new Date(again.expiresAt!).getTime() - Date.now()).toBeGreaterThan(89 * day)
    const current = await renewItem(payload, cast.users.otherEditor, soon.id).then(
      () => null,
      (error: unknown) => (isExchangeRefusal(error) ? { status: error.status, reason: error.reason } : error),
    )
    expect(current).toEqual({ status: 403, reason: 'notOwner' })
  })
})

describe('answering an offer or need', () => {
  it("reaches the item's NGO's editors by e-mail and in their inbox, and moves an open item to in discussion", async () => {
    const need = await post(cast.users.otherEditor, cast.orgs.omid, { direction: 'need', title: 'نیاز به تسهیلگر اشتغال در شیراز', provinces: [cast.provinces.fars] })
    const answer = await answerItem(payload, cast.users.editor, need.id, 'ما دو تسهیلگر آموزش‌دیده داریم؛ تماس بگیرید.')
    expect(answer.message).toContain('دو تسهیلگر')
    expect((await payload.findByID({ collection: 'offers-and-needs', id: need.id })).status).toBe('inDiscussion')

    await drainMail(payload)
    const [mail] = smtp.to(cast.users.otherEditor.email)
    expect(mail?.subject).toBe('پاسخ تازه به «نیاز به تسهیلگر اشتغال در شیراز»')
    expect(mail?.text).toContain('ما دو تسهیلگر آموزش‌دیده داریم')
    expect(mail?.text).toContain('انجمن روشن')
    expect(mail?.replyTo?.value[0]?.address).toBe(cast.users.editor.email)
    expect(smtp.to(cast.users.editor.email)).toHaveLength(0)
    const [record] = await mailRecords(payload, { and: [{ kind: { equals: 'exchangeAnswer' } }, { to: { equals: cast.users.otherEditor.email } }] })
    expect(record?.status).toBe('delivered')

    const inbox = await findInbox(payload, { ...cast.users.otherEditor, collection: 'users' } as never)
    expect(inbox.answers).toEqual([expect.objectContaining({ collection: 'offers-and-needs', id: need.id, title: 'نیاز به تسهیلگر اشتغال در شیراز — انجمن روشن' })])
    expect((await findInbox(payload, { ...cast.users.editor, collection: 'users' } as never)).answers).toEqual([])
  })

  it("refuses answering one's own NGO's item, a closed item, an empty message and a plain member, each with its reason", async () => {
    const own = await post(cast.users.editor, cast.orgs.roshan)
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (isExchangeRefusal(error) ? { status: error.status, reason: error.reason } : error))
    expect(await refusal(answerItem(payload, cast.users.editor, own.id, 'سلام'))).toEqual({ status: 403, reason: 'ownItem' })
    expect(await refusal(answerItem(payload, cast.users.otherEditor, own.id, '   '))).toEqual({ status: 400, reason: 'emptyMessage' })
    expect(await refusal(answerItem(payload, cast.users.member, own.id, 'سلام'))).toEqual({ status: 403, reason: 'notEditor' })
    await payload.update({ collection: 'offers-and-needs', id: own.id, data: { status: 'withdrawn', closingNote: 'برنامه متوقف شد.' } })
    expect(await refusal(answerItem(payload, cast.users.otherEditor, own.id, 'سلام'))).toEqual({ status: 409, reason: 'closed' })
    expect(await payload.count({ collection: 'exchange-answers', where: { item: { equals: own.id } } })).toEqual({ totalDocs: 0 })
  })
})

describe('searching offers and needs', () => {
  const routes = searchRoutes(config, { payloadInstanceCacheKey: process.env.DATABASE_URL, cron: false })
  const search = async (query: string, token?: string) => {
    const response = await routes.search(new Request(`http://localhost:3000/api/search?${query}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }))
    return (await response.json()) as { hits: { id: string; type: string }[]; facets: { type?: { value: string; label: string; count: number }[] } }
  }
  const drain = () => payload.jobs.run({ queue: 'search', limit: 500 })

  it('finds an item for members only, under its own type, and forgets it once it expires', async () => {
    const offer = await post(cast.users.editor, cast.orgs.roshan, { kind: 'grantPartner', title: 'شریک برای کمک‌بلاعوض ۵۰ میلیون تومانی', description: 'برای راه‌اندازی کسب‌وکار خانگی کارجویان' })
    await drain()
    const id = `offers-and-needs:${offer.id}`
    expect((await search('q=کمک‌بلاعوض')).hits.map((hit) => hit.id)).not.toContain(id)
    const asMember = await search('q=کمک‌بلاعوض&type=offers-and-needs', await login(cast.users.member))
    expect(asMember.hits.map((hit) => hit.id)).toEqual([id])
    expect(asMember.facets.type).toEqual([{ value: 'offers-and-needs', label: 'پیشنهادها و نیازها', count: 1 }])

    await payload.update({ collection: 'offers-and-needs', id: offer.id, data: { expiresAt: new Date(Date.now() - day).toISOString() } })
    await expireOffersAndNeeds(payload)
    await drain()
    expect((await search('q=کمک‌بلاعوض&type=offers-and-needs', await login(cast.users.member))).hits).toEqual([])
  })
})
