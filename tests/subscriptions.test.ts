import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { POST as unsubscribeRoute } from '../src/app/(frontend)/[locale]/unsubscribe/[id]/[token]/route'
import type { User } from '../src/payload-types'
import { sendDigests } from '../src/subscriptions/digest'
import { subscribe } from '../src/subscriptions/manage'
import { unsubscribeToken } from '../src/subscriptions/token'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { drainMail } from './support/mail'
import { startPayload } from './support/payload'
import { startSmtpServer, type SmtpServer } from './support/smtp'

let payload: Payload
let cast: Cast
let smtp: SmtpServer

beforeAll(async () => {
  smtp = await startSmtpServer()
  vi.stubEnv('SMTP_URL', smtp.url)
  vi.stubEnv('SERVER_URL', 'https://hamafza.example')
  payload = await startPayload()
  cast = await buildCast(payload)
})

// The worker process runs other test files after this one: what this file set goes with it.
afterAll(async () => {
  vi.unstubAllEnvs()
  await smtp.close()
})

beforeEach(async () => {
  await drainMail(payload)
  smtp.clear()
})

const indexAll = () => payload.jobs.run({ queue: 'search', limit: 500 })

const publish = async (title: string, extra: Record<string, unknown> = {}, english?: string) => {
  const doc = await payload.create({ collection: 'lessons', data: { ...sampleData('lessons', cast.orgs.roshan, { title }), ...extra, _status: 'published' } as never })
  if (english) await payload.update({ collection: 'lessons', id: doc.id, locale: 'en', data: { title: english, _status: 'published' } as never })
  await indexAll()
  return doc
}

const header = (mail: { headerLines: readonly { key: string; line: string }[] }, name: string) =>
  mail.headerLines.find((entry) => entry.key === name)?.line.slice(name.length + 1).trim()

const digestsTo = async (user: User, now = new Date()) => {
  await sendDigests(payload, now)
  await drainMail(payload)
  return smtp.to(user.email)
}

describe('subscriptions to a search, with digests through a real SMTP server', () => {
  it('sends what is newly published in the search, only what the member may read, and nothing twice', async () => {
    const member = cast.users.member
    const subscription = await subscribe(payload, member, { query: 'q=زنبورداری&page=3', label: 'زنبورداری', frequency: 'immediate', locale: 'fa' })
    expect(subscription.query).toBe('q=%D8%B2%D9%86%D8%A8%D9%88%D8%B1%D8%AF%D8%A7%D8%B1%DB%8C')

    const first = await publish('زنبورداری در کوهستان')
    const hidden = await publish('زنبورداری برای اعضا', { visibility: 'members' })
    // Indexed, then taken down without the index hearing of it: the member may no longer read it.
    const withdrawn = await publish('زنبورداری کنارگذاشته')
    await payload.db.updateOne({ collection: 'lessons', id: withdrawn.id, data: { _status: 'draft' } })
    await publish('قالی‌بافی') // another search

    const [digest, ...more] = await digestsTo(member)
    expect(more).toHaveLength(0)
    expect(digest!.subject).toBe('۲ سند تازه در «زنبورداری»')
    expect(digest!.text).toContain(`زنبورداری در کوهستان: https://hamafza.example/fa/lessons/${first.id}`)
    expect(digest!.text).toContain(`https://hamafza.example/fa/lessons/${hidden.id}`)
    expect(digest!.text).not.toContain('کنارگذاشته')
    expect(digest!.text).not.toContain('قالی')
    // One-click unsubscribe: the link in the message and the headers mail programs read.
    const token = unsubscribeToken(subscription.id)
    expect(digest!.text).toContain(`https://hamafza.example/fa/unsubscribe?s=${subscription.id}&t=${token}`)
    expect(header(digest!, 'list-unsubscribe')).toBe(`<https://hamafza.example/fa/unsubscribe/${subscription.id}/${token}>`)
    expect(header(digest!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')

    // Nothing twice: the next round has nothing new, then only the new document.
    smtp.clear()
    expect(await digestsTo(member)).toHaveLength(0)
    const second = await publish('زنبورداری و بازار عسل')
    const [next] = await digestsTo(member)
    expect(next!.subject).toBe('۱ سند تازه در «زنبورداری»')
    expect(next!.text).toContain(`/fa/lessons/${second.id}`)
    expect(next!.text).not.toContain(`/fa/lessons/${first.id}`)
  })

  it('sends a daily digest once a day, a weekly one once a week, in the subscription’s language', async () => {
    const reader = cast.users.reviewer
    await subscribe(payload, reader, { query: 'q=carpet', label: 'carpet', frequency: 'daily', locale: 'en' })
    await publish('قالی', {}, 'Carpet weaving in Kerman')
    const start = new Date(Date.now() + 60_000)
    const [first] = await digestsTo(reader, start)
    expect(first!.subject).toBe('1 new documents in "carpet"')
    expect(first!.html).toContain('<html lang="en" dir="ltr">')
    smtp.clear()
    await publish('قالی ۲', {}, 'Carpet dyes')
    expect(await digestsTo(reader, new Date(start.getTime() + 3600_000))).toHaveLength(0)
    expect(await digestsTo(reader, new Date(start.getTime() + 25 * 3600_000))).toHaveLength(1)
  })

  it('sends no digest to a member who turned digests off', async () => {
    const quiet = (await payload.create({
      collection: 'users',
      data: { email: 'quiet-reader@test.ir', password: 'correct-horse-battery', fullName: 'آرام', roles: ['member'], notices: { digests: false } } as never,
    })) as User
    await subscribe(payload, quiet, { query: 'q=باغبانی', label: 'باغبانی', frequency: 'immediate', locale: 'fa' })
    await publish('باغبانی گلخانه‌ای')
    expect(await digestsTo(quiet)).toHaveLength(0)
  })

  it('refuses a search the site would refuse, with the reason', async () => {
    await expect(subscribe(payload, cast.users.member, { query: 'year=last', label: 'x', frequency: 'daily', locale: 'fa' })).rejects.toMatchObject({
      code: 'SUBSCRIPTION_REQUEST',
      message: expect.stringMatching(/year/),
    })
    await expect(subscribe(payload, cast.users.member, { query: 'q=x', label: 'x', frequency: 'hourly', locale: 'fa' })).rejects.toThrow(/frequency/)
  })

  it('unsubscribes with the token alone, as a mail program’s one-click POST does; a wrong token changes nothing', async () => {
    const subscription = await subscribe(payload, cast.users.member, { query: 'q=نجاری', label: 'نجاری', frequency: 'weekly', locale: 'fa' })
    const post = (token: string) =>
      unsubscribeRoute(
        new Request(`https://hamafza.example/fa/unsubscribe/${subscription.id}/${token}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }),
        { params: Promise.resolve({ locale: 'fa', id: String(subscription.id), token }) },
      )
    const wrong = await post('x'.repeat(32))
    expect(wrong.status).toBe(404)
    expect(await wrong.text()).toContain('معتبر نیست')
    expect(await payload.count({ collection: 'subscriptions', where: { id: { equals: subscription.id } } })).toMatchObject({ totalDocs: 1 })
    const right = await post(unsubscribeToken(subscription.id))
    expect(right.status).toBe(200)
    expect(await right.text()).toContain('اشتراک لغو شد')
    expect(await payload.count({ collection: 'subscriptions', where: { id: { equals: subscription.id } } })).toMatchObject({ totalDocs: 0 })
  })

  it('tells those who follow a curriculum by subscription when its edition is retired', async () => {
    await subscribe(payload, cast.users.member, { query: 'q=FOLLOW-01&type=curricula', label: 'FOLLOW-01', frequency: 'weekly', locale: 'fa' })
    const first = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'FOLLOW-01', title: 'پیگیری' }), _status: 'published' } as never,
    })
    await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'FOLLOW-01', edition: '2.0', derivedFrom: first.id, title: 'پیگیری' }), _status: 'published' } as never,
      user: cast.users.admin,
    })
    await drainMail(payload)
    const [mail] = smtp.to(cast.users.member.email)
    expect(mail!.subject).toBe('ویرایش تازه‌ای از «پیگیری» منتشر شد')
  })

  it('lets a member read and change only their own subscriptions', async () => {
    const mine = await subscribe(payload, cast.users.member, { query: 'q=خیاطی', label: 'خیاطی', frequency: 'weekly', locale: 'fa' })
    const asOther = { user: { ...cast.users.otherEditor, collection: 'users' as const }, overrideAccess: false as const }
    expect((await payload.find({ collection: 'subscriptions', ...asOther })).docs.map((d) => d.id)).not.toContain(mine.id)
    await expect(payload.update({ collection: 'subscriptions', id: mine.id, data: { frequency: 'daily' }, ...asOther })).rejects.toThrow()
  })
})
