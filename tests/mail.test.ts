import { readFileSync } from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '../src/payload-types'
import { buildCast, type Cast } from './support/fixtures'
import { drainMail, mailRecords } from './support/mail'
import { startPayload } from './support/payload'
import { startSmtpServer, type SmtpServer } from './support/smtp'

let payload: Payload
let cast: Cast
let smtp: SmtpServer

beforeAll(async () => {
  smtp = await startSmtpServer()
  vi.stubEnv('SMTP_URL', smtp.url)
  vi.stubEnv('MAIL_FROM', 'هم‌افزا <no-reply@hamafza.test>')
  vi.stubEnv('SERVER_URL', 'https://hamafza.example')
  payload = await startPayload()
  cast = await buildCast(payload)
})

// The worker process runs other test files after this one: what this file set goes with it.
afterAll(async () => {
  vi.unstubAllEnvs()
  await smtp.close()
})

afterEach(() => {
  vi.stubEnv('SMTP_URL', smtp.url)
  smtp.clear()
  vi.useRealTimers()
})

const persianDigits = /[۰-۹]/

describe('e-mail through a real SMTP server', () => {
  it('a forgotten password sends a Persian reset e-mail, in HTML and plain text, recorded as delivered', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: cast.users.editor.email } })
    expect(smtp.received).toHaveLength(0) // queued, not sent in the request
    await drainMail(payload)

    const [mail] = smtp.to(cast.users.editor.email)
    expect(mail).toBeDefined()
    expect(mail!.from!.value[0]).toMatchObject({ address: 'no-reply@hamafza.test', name: 'هم‌افزا' })
    expect(mail!.subject).toBe('بازنشانی گذرواژه هم‌افزا')
    expect(mail!.html).toContain('<html lang="fa" dir="rtl">')
    expect(mail!.html).toContain('Vazirmatn')
    expect(mail!.html).toContain(`https://hamafza.example/admin/reset/${token}`)
    expect(mail!.text).toContain('گذرواژه تازه')
    expect(mail!.text).toMatch(persianDigits)
    expect(mail!.text).toContain(`https://hamafza.example/admin/reset/${token}`)
    // The person's notification settings (an editor's are on the admin account page).
    expect(mail!.text).toContain('تنظیم اعلان‌های من: https://hamafza.example/admin/account')

    const [record] = await mailRecords(payload, { to: { equals: cast.users.editor.email } })
    expect(record).toMatchObject({ kind: 'passwordReset', status: 'delivered', attempts: 1, via: 'smtp', language: 'fa' })
    expect(record!.deliveredAt).toBeTruthy()
  })

  it('a person who reads English gets English, with Latin digits and left-to-right', async () => {
    await payload.update({ collection: 'users', id: cast.users.member.id, data: { language: 'en' } })
    await payload.forgotPassword({ collection: 'users', data: { email: cast.users.member.email } })
    await drainMail(payload)
    const [mail] = smtp.to(cast.users.member.email)
    expect(mail!.subject).toBe('Reset your Hamafza password')
    expect(mail!.html).toContain('<html lang="en" dir="ltr">')
    expect(mail!.text).toContain('valid for 1 hours')
    // A member has no admin: their settings are on the public site.
    expect(mail!.text).toContain('My notification settings: https://hamafza.example/en/notices')
  })

  it('an account an admin adds gets a welcome e-mail with a link to set its password', async () => {
    const created = (await payload.create({
      collection: 'users',
      data: { email: 'trainer@test.ir', password: 'temporary-password-1', fullName: 'مربی تازه', roles: ['member'] },
      user: cast.users.admin,
    })) as User
    await drainMail(payload)
    const [mail] = smtp.to('trainer@test.ir')
    expect(mail!.subject).toBe('حساب شما در هم‌افزا ساخته شد')
    expect(mail!.text).toContain('مربی تازه گرامی')
    expect(mail!.text).toContain('«عضو (خواننده)»')
    const link = /https:\/\/hamafza\.example\/admin\/reset\/([0-9a-f]+)/.exec(mail!.text ?? '')
    expect(link).not.toBeNull()
    // The link sets the password: Payload's own reset accepts the token.
    const reset = await payload.resetPassword({ collection: 'users', data: { token: link![1]!, password: 'my-own-password-1' }, overrideAccess: true })
    expect(reset.user?.id).toBe(created.id)
  })

  it('a send the server refuses is retried with a pause and then delivered, once', async () => {
    smtp.refuse(1)
    await payload.forgotPassword({ collection: 'users', data: { email: cast.users.reviewer.email } })
    await drainMail(payload)
    expect(smtp.to(cast.users.reviewer.email)).toHaveLength(0)
    let [record] = await mailRecords(payload, { to: { equals: cast.users.reviewer.email } })
    expect(record).toMatchObject({ status: 'failed', attempts: 1 })
    expect(record!.error).toMatch(/451|busy/i)
    const [job] = (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendMail' } }, { completedAt: { exists: false } }] }, overrideAccess: true })).docs
    expect(new Date(job!.waitUntil!).getTime()).toBeGreaterThan(Date.now()) // the back-off

    // Not before the pause is over…
    await drainMail(payload)
    expect(smtp.to(cast.users.reviewer.email)).toHaveLength(0)
    // …then delivered.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 61_000)
    await drainMail(payload)
    vi.useRealTimers()
    expect(smtp.to(cast.users.reviewer.email)).toHaveLength(1)
    ;[record] = await mailRecords(payload, { to: { equals: cast.users.reviewer.email } })
    expect(record).toMatchObject({ status: 'delivered', attempts: 2, error: null })
  })

  it('an unreachable SMTP server leaves the save intact and the message recorded as failed', async () => {
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:9')
    const created = await payload.create({
      collection: 'users',
      data: { email: 'unreached@test.ir', password: 'temporary-password-1', fullName: 'دور از دسترس', roles: ['member'] },
      user: cast.users.admin,
    })
    await drainMail(payload)
    expect((await payload.findByID({ collection: 'users', id: created.id })).email).toBe('unreached@test.ir')
    const [record] = await mailRecords(payload, { to: { equals: 'unreached@test.ir' } })
    expect(record).toMatchObject({ kind: 'welcome', status: 'failed', attempts: 1 })
    expect(record!.error).toMatch(/ECONNREFUSED|connect/i)
  })

  it('without SMTP_URL the message is written to the file outbox, never dropped', async () => {
    vi.stubEnv('SMTP_URL', undefined)
    vi.stubEnv('MAIL_OUTBOX_DIR', path.join(process.env.HAMAFZA_TEST_DIR!, 'outbox'))
    await payload.forgotPassword({ collection: 'users', data: { email: cast.users.coordinator.email } })
    await drainMail(payload)
    const [record] = await mailRecords(payload, { to: { equals: cast.users.coordinator.email } })
    expect(record).toMatchObject({ status: 'delivered', via: 'outbox' })
    expect(record!.outboxFile).toContain(process.env.MAIL_OUTBOX_DIR)
    const mail = await simpleParser(readFileSync(record!.outboxFile!))
    expect(mail.subject).toBe('بازنشانی گذرواژه هم‌افزا')
    expect(mail.to).toMatchObject({ value: [{ address: cast.users.coordinator.email }] })
    expect(mail.html).toContain('dir="rtl"')
  })

  it('only network admins read the sent e-mails', async () => {
    const asEditor = await payload.find({ collection: 'mail-messages', user: cast.users.editor, overrideAccess: false }).catch((error: Error) => error)
    expect(asEditor).toBeInstanceOf(Error)
    const asAdmin = await payload.find({ collection: 'mail-messages', user: cast.users.admin, overrideAccess: false })
    expect(asAdmin.totalDocs).toBeGreaterThan(0)
  })
})
