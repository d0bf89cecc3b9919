import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { sendOverdueNotices } from '../src/notifications/overdueNotices'
import type { User } from '../src/payload-types'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { drainMail, mailRecords } from './support/mail'
import { startPayload } from './support/payload'
import { startSmtpServer, type SmtpServer } from './support/smtp'

let payload: Payload
let cast: Cast
let smtp: SmtpServer
let englishEditor: User
let quietReviewer: User

beforeAll(async () => {
  smtp = await startSmtpServer()
  vi.stubEnv('SMTP_URL', smtp.url)
  vi.stubEnv('SERVER_URL', 'https://hamafza.example')
  payload = await startPayload()
  cast = await buildCast(payload)
  // A second editor of Roshan who reads English, and a reviewer who turned review requests off.
  englishEditor = (await payload.create({
    collection: 'users',
    data: { email: 'editor-en@test.ir', password: 'correct-horse-battery', fullName: 'Sara', roles: ['editor'], language: 'en', organizations: [{ organization: cast.orgs.roshan }] } as never,
  })) as User
  quietReviewer = (await payload.create({
    collection: 'users',
    data: { email: 'quiet@test.ir', password: 'correct-horse-battery', fullName: 'آرام', roles: ['reviewer'], notices: { reviewRequests: false } } as never,
  })) as User
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

const as = (user: keyof Cast['users']) => ({ user: cast.users[user], overrideAccess: false as const })

const newDraft = (collection: 'case-studies' | 'lessons' | 'curricula' = 'case-studies', extra: Record<string, unknown> = {}) =>
  payload.create({ collection, data: sampleData(collection, cast.orgs.roshan, extra) as never, draft: true, ...as('editor') })

const move = (collection: string, id: number | string, who: keyof Cast['users'], data: Record<string, unknown>, draft = true) =>
  payload.update({ collection: collection as 'case-studies', id, data: data as never, draft, ...as(who) })

const recipients = () => smtp.received.flatMap((mail) => mail.envelopeTo).sort()

describe('workflow notices, sent through a real SMTP server', () => {
  it('a submitted case study is told to the reviewers and the coordinator of its province, in Persian with a Jalali date', async () => {
    const doc = await newDraft('case-studies', { title: 'کارگاه فرش کرمان' })
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await drainMail(payload)
    // Not the coordinator of another province, not the editor who submitted, not the reviewer who turned it off.
    expect(recipients()).toEqual([cast.users.coordinator.email, cast.users.reviewer.email].sort())
    const [mail] = smtp.to(cast.users.reviewer.email)
    expect(mail!.subject).toBe('منتظر تصمیم شما: «کارگاه فرش کرمان»')
    expect(mail!.text).toContain('مطالعه موردی «کارگاه فرش کرمان» از انجمن روشن در')
    expect(mail!.text).toMatch(/در [۰-۹]+ [^\s]+ [۰-۹]{4} برای بازبینی/) // a Jalali date in Persian digits
    expect(mail!.text).toContain(`https://hamafza.example/admin/collections/case-studies/${doc.id}`)
    expect(mail!.html).toContain('dir="rtl"')
    const [record] = await mailRecords(payload, { and: [{ kind: { equals: 'submitted' } }, { to: { equals: cast.users.reviewer.email } }] })
    expect(record).toMatchObject({ status: 'delivered', about: `case-studies:${doc.id}` })
    expect(quietReviewer.notices?.reviewRequests).toBe(false)
  })

  it('a submitted curriculum is told to the reviewers only', async () => {
    const doc = await newDraft('curricula', { code: 'NOTE-01' })
    await move('curricula', doc.id, 'editor', { workflowState: 'submitted' })
    await drainMail(payload)
    expect(recipients()).toEqual([cast.users.reviewer.email])
  })

  it('changes requested are told to the author, with the reviewer’s comment', async () => {
    const doc = await newDraft('lessons', { title: 'درس بازار کار' })
    await move('lessons', doc.id, 'editor', { workflowState: 'submitted' })
    await drainMail(payload)
    smtp.clear()
    await move('lessons', doc.id, 'reviewer', { workflowState: 'draft', transitionComment: 'شاخص‌های ماندگاری را کامل کنید.\nمنبع داده را بنویسید.' })
    await drainMail(payload)
    expect(recipients()).toEqual([cast.users.editor.email])
    const [mail] = smtp.received
    expect(mail!.subject).toBe('«درس بازار کار» برای اصلاح بازگشت')
    expect(mail!.text).toContain('editor گرامی')
    expect(mail!.text).toContain('reviewer در ')
    expect(mail!.text).toContain('> شاخص‌های ماندگاری را کامل کنید.\n> منبع داده را بنویسید.')
    expect(mail!.html).toContain('<blockquote')
    expect(mail!.html).toContain('شاخص‌های ماندگاری را کامل کنید.')
  })

  it('a publication is told to the author and the NGO’s editors, each in their language, with the public link', async () => {
    const doc = await newDraft('case-studies', { title: 'کارگاه خیاطی' })
    await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
    await drainMail(payload)
    smtp.clear()
    await move('case-studies', doc.id, 'reviewer', { _status: 'published' }, false)
    await drainMail(payload)
    expect(recipients()).toEqual([cast.users.editor.email, englishEditor.email].sort())
    const [persian] = smtp.to(cast.users.editor.email)
    expect(persian!.subject).toBe('«کارگاه خیاطی» منتشر شد')
    expect(persian!.text).toContain(`https://hamafza.example/fa/case-studies/${doc.id}`)
    const [english] = smtp.to(englishEditor.email)
    expect(english!.subject).toBe('"کارگاه خیاطی" is published')
    expect(english!.text).toContain('The case study "کارگاه خیاطی" was published on ')
    expect(english!.text).toMatch(/published on \d{1,2} \w+ \d{4}/)
    expect(english!.text).toContain(`https://hamafza.example/en/case-studies/${doc.id}`)
    expect(english!.html).toContain('<html lang="en" dir="ltr">')
  })

  it('a retired curriculum edition is told to those who downloaded it signed in, with a link to the new edition', async () => {
    const first = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'RET-01', title: 'آمادگی شغلی' }), _status: 'published' } as never,
      ...as('admin'),
    })
    const download = (reader: number | null, edition = '1.0') =>
      payload.create({ collection: 'download-events', data: { curriculum: first.id, code: 'RET-01', edition, format: 'pdf', locale: 'fa', reader } })
    await download(cast.users.member.id)
    await download(cast.users.member.id) // twice: one message
    await download(null) // an anonymous reader cannot be told
    await download(cast.users.otherEditor.id, '0.9') // another edition
    const second = await newDraft('curricula', { code: 'RET-01', edition: '2.0', derivedFrom: first.id, title: 'آمادگی شغلی' })
    await move('curricula', second.id, 'editor', { workflowState: 'submitted' })
    await drainMail(payload)
    smtp.clear()
    await move('curricula', second.id, 'reviewer', { _status: 'published' }, false)
    await drainMail(payload)
    const retired = smtp.to(cast.users.member.email)
    expect(retired).toHaveLength(1)
    expect(retired[0]!.subject).toBe('ویرایش تازه‌ای از «آمادگی شغلی» منتشر شد')
    expect(retired[0]!.text).toContain('ویرایش 1.0 برنامه درسی «آمادگی شغلی»')
    expect(retired[0]!.text).toContain(`https://hamafza.example/fa/curricula/${second.id}`)
    expect(smtp.to(cast.users.otherEditor.email)).toHaveLength(0)
  })

  it('a lesson past its review date is told to the NGO’s editors daily, at most once a week', async () => {
    const lesson = await payload.create({
      collection: 'lessons',
      data: { ...sampleData('lessons', cast.orgs.roshan, { title: 'درس کهنه' }), nextReviewDate: '2026-01-01T00:00:00.000Z', _status: 'published' } as never,
    })
    const now = new Date('2026-03-01T05:00:00.000Z')
    await sendOverdueNotices(payload, now)
    await drainMail(payload)
    expect(recipients()).toEqual([cast.users.editor.email, englishEditor.email].sort())
    expect(smtp.to(cast.users.editor.email)[0]!.subject).toBe('موعد بازنگری «درس کهنه» گذشته است')
    expect(smtp.to(cast.users.editor.email)[0]!.text).toContain('(۵۹ روز پیش)')
    smtp.clear()
    // The next days of the same week: nothing again.
    await sendOverdueNotices(payload, new Date('2026-03-02T05:00:00.000Z'))
    await drainMail(payload)
    expect(smtp.received).toHaveLength(0)
    const records = await mailRecords(payload, { about: { equals: `lessons:${lesson.id}` } })
    expect(records).toHaveLength(2)
  })

  it('an unreachable SMTP server does not stop an editor from submitting', async () => {
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:9')
    try {
      const doc = await newDraft('case-studies', { title: 'بی‌پاسخ' })
      const submitted = await move('case-studies', doc.id, 'editor', { workflowState: 'submitted' })
      expect(submitted.workflowState).toBe('submitted')
      await drainMail(payload)
      const after = await payload.findByID({ collection: 'case-studies', id: doc.id, draft: true, overrideAccess: true })
      expect(after.workflowState).toBe('submitted')
      const records = await mailRecords(payload, { about: { equals: `case-studies:${doc.id}` } })
      expect(records.map((r) => r.status)).toEqual(['failed', 'failed'])
    } finally {
      vi.stubEnv('SMTP_URL', smtp.url)
    }
  })
})
