import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { privacyRefusals } from '../../src/i18n/privacyMessages'
import { labels } from '../../src/i18n/labels'
import { launchChromium, type Browser } from './support/chromium'
import { paragraphs } from './support/lexical'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const accounts = {
  admin: { email: 'admin@hamafza.test', password: 'hamafza-admin' },
  reviewer: { email: 'reviewer@hamafza.test', password: 'hamafza-reviewer' },
  editor: { email: 'editor@hamafza.test', password: 'hamafza-editor' },
}
type Account = keyof typeof accounts

const shoot = screenshotsInto('privacy')

const mobile = '۰۹۱۳ ۲۲۲ ۳۳۴۴'
const email = 'zahra.karimi1365@gmail.com'

/** What the built app answers, over HTTP, as the demo's people. */
describe('unsafe links and unchecked identifiers are refused by the built app, with their message', () => {
  let server: BuiltServer
  let browser: Browser
  const tokens = {} as Record<Account, string>
  let organization: number | string
  let caseStudy: number | string

  const call = async (method: string, path: string, { as, body, language }: { as?: Account; body?: unknown; language?: string } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(as ? { Authorization: `JWT ${tokens[as]}` } : {}),
        ...(language ? { 'Accept-Language': language } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, json: (text ? JSON.parse(text) : null) as any, text }
  }
  const countCaseStudies = async () => (await call('GET', '/case-studies?draft=true&limit=1&depth=0', { as: 'admin' })).json.totalDocs as number

  /** Signs the browser in as `account` with the token the API gave, as Payload's own login would. */
  const signIn = async (account: Account) => {
    await browser.context.clearCookies()
    await browser.context.addCookies([{ name: 'payload-token', value: tokens[account], url: server.url }])
  }
  const openPrivacyTab = async (page: Page) => {
    await page.goto(`${server.url}/admin/collections/case-studies/${caseStudy}`)
    await page.getByText(labels.beneficiaryPrivacy.fa, { exact: true }).first().click()
    await expect.poll(() => page.getByText(labels.identifierChecks.fa, { exact: true }).first().isVisible()).toBe(true)
  }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir') })
    for (const account of Object.keys(accounts) as Account[]) {
      const login = await call('POST', '/users/login', { body: accounts[account] })
      expect(login.status).toBe(200)
      tokens[account] = login.json.token
    }
    organization = (await call('GET', '/users/me', { as: 'editor' })).json.user.organizations[0].organization.id
    browser = await launchChromium({ locale: 'fa-IR' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('a draft with a javascript: link is refused with a 400 naming the field, and nothing is stored', async () => {
    const before = await countCaseStudies()
    const link = { type: 'link', version: 3, fields: { linkType: 'custom', url: 'javascript:alert(document.cookie)', newTab: false }, children: [{ type: 'text', text: 'گزارش', version: 1 }] }
    const context = paragraphs('rtl', 'بنگرید به ')
    context.root.children[0]!.children.push(link as never)
    const response = await call('POST', '/case-studies?draft=true', {
      as: 'editor',
      body: { title: 'پیوند ناامن', outcome: 'mixed', evidenceType: 'monitoring', organization, context },
    })
    expect(response.status, response.text).toBe(400)
    // Payload's field-validation refusal names the field («زمینه», Context); the rule's own words travel in the
    // per-field details, which this build's error transport does not yet carry (see the in-process tests).
    expect(response.json.errors[0].message).toContain(labels.context.fa)
    expect(response.text).not.toContain('An unknown error occurred')
    expect(await countCaseStudies()).toBe(before)
  })

  it('an editor’s case study without consent and with a mobile number and a personal address is refused publication, naming field, locale and match', async () => {
    const created = await call('POST', '/case-studies?draft=true', {
      as: 'editor',
      body: {
        title: 'بازگشت به کار پس از آموزش خیاطی',
        summary: `هماهنگی با خانم کریمی از طریق شماره ${mobile} انجام شد.`,
        outcome: 'success',
        evidenceType: 'monitoring',
        organization,
        consentConfirmed: false,
      },
    })
    expect(created.status, created.text).toBe(201)
    caseStudy = created.json.doc.id
    const english = await call('PATCH', `/case-studies/${caseStudy}?draft=true&locale=en`, { as: 'editor', body: { results: paragraphs('ltr', `Follow-up went through ${email}.`) } })
    expect(english.status, english.text).toBe(200)
    expect((await call('PATCH', `/case-studies/${caseStudy}?draft=true`, { as: 'editor', body: { workflowState: 'submitted' } })).status).toBe(200)

    const refused = await call('PATCH', `/case-studies/${caseStudy}`, { as: 'reviewer', body: { _status: 'published' } })
    expect(refused.status, refused.text).toBe(400)
    expect(refused.text).not.toContain('An unknown error occurred')
    const message = refused.json.errors[0].message as string
    expect(message).toContain(privacyRefusals.consentRequired.fa())
    expect(message).toContain(`«خلاصه» (فارسی) چیزی دارد که به شناسه یک شخص می‌ماند: «${mobile}» (شماره تلفن همراه)`)
    expect(message).toContain(`«نتایج» (انگلیسی) چیزی دارد که به شناسه یک شخص می‌ماند: «${email}» (نشانی رایانامه شخصی)`)

    const inEnglish = await call('PATCH', `/case-studies/${caseStudy}`, { as: 'reviewer', body: { _status: 'published' }, language: 'en' })
    expect(inEnglish.status).toBe(400)
    expect(inEnglish.json.errors[0].message).toContain(`Summary (Persian) holds what looks like a person's identifier: "${mobile}" (mobile number)`)
    expect((await call('GET', `/case-studies/${caseStudy}`)).status).not.toBe(200)
  })

  it('an approver sees the matches on the case study’s privacy tab in the admin, and accepts one after checking it', async () => {
    // The network admin: the demo reviewer cannot open a document submitted by "save, then submit" yet (issue 16, item 9).
    await signIn('admin')
    const page = await browser.context.newPage()
    await openPrivacyTab(page)
    const row = page.locator('li', { hasText: mobile })
    await expect.poll(() => row.isVisible()).toBe(true)
    await expect.poll(() => page.locator('li', { hasText: email }).isVisible()).toBe(true)
    await shoot(page, '01-reviewer-checks')

    await row.locator('input').fill('شماره عمومی دفتر مؤسسه است، نه شماره مددجو.')
    await row.getByRole('button', { name: labels.identifierAccept.fa }).click()
    await expect.poll(() => row.textContent()).toContain(labels.identifierAcceptedBy.fa)
    await expect.poll(() => row.textContent()).toContain('شماره عمومی دفتر مؤسسه است')
    await shoot(page, '02-reviewer-accepted')
    await page.close()
  })

  it('the editor reads the same list, with no way to accept', async () => {
    await signIn('editor')
    const page = await browser.context.newPage()
    await openPrivacyTab(page)
    await expect.poll(() => page.locator('li', { hasText: email }).textContent()).toContain(labels.identifierNotAccepted.fa)
    await expect.poll(() => page.locator('li', { hasText: mobile }).textContent()).toContain(labels.identifierAcceptedBy.fa)
    expect(await page.getByRole('button', { name: labels.identifierAccept.fa }).count()).toBe(0)
    await expect.poll(() => page.getByText(labels.identifierOnlyApprovers.fa).isVisible()).toBe(true)
    const editorAccepts = await call('POST', `/case-studies/${caseStudy}/identifier-checks`, { as: 'editor', body: { match: email, reason: 'خودم بررسی کردم.' } })
    expect(editorAccepts.status).toBe(403)
    await shoot(page, '03-editor-read-only')
    await page.close()
  })

  it('once every match is accepted and consent confirmed, the reviewer publishes it and readers see it', async () => {
    const accepted = await call('POST', `/case-studies/${caseStudy}/identifier-checks`, { as: 'reviewer', body: { match: email, reason: 'نشانی کاری کارشناس پیگیری است.' } })
    expect(accepted.status, accepted.text).toBe(201)
    const stillNoConsent = await call('PATCH', `/case-studies/${caseStudy}`, { as: 'reviewer', body: { _status: 'published' } })
    expect(stillNoConsent.status).toBe(400)
    expect(stillNoConsent.json.errors[0].message).toBe(privacyRefusals.consentRequired.fa())
    expect((await call('PATCH', `/case-studies/${caseStudy}?draft=true`, { as: 'reviewer', body: { consentConfirmed: true } })).status).toBe(200)
    const published = await call('PATCH', `/case-studies/${caseStudy}`, { as: 'reviewer', body: { _status: 'published' } })
    expect(published.status, published.text).toBe(200)
    expect((await call('GET', `/case-studies/${caseStudy}`)).json._status).toBe('published')
    const trail = await call('GET', `/review-events?where[document.value][equals]=${caseStudy}&where[transition][equals]=acceptIdentifier&depth=0`, { as: 'editor' })
    expect(trail.json.docs.map((e: { identifier: string }) => e.identifier).sort()).toEqual([email, mobile].sort())
  })
})
