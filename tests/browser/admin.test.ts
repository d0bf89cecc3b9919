import { en } from '@payloadcms/translations/languages/en'
import { fa } from '@payloadcms/translations/languages/fa'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { labels } from '../../src/i18n/labels'
import { signInToAdmin } from './support/adminSignIn'
import { launchChromium, type Browser } from './support/chromium'
import { paragraphs } from './support/lexical'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const admin = { email: 'admin@hamafza.test', password: 'a-long-test-password-1404', fullName: 'مریم احمدی' }

const shoot = screenshotsInto('admin')

/** The <html> element's language and direction; Payload writes the direction in capitals. */
const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: (document.documentElement.getAttribute('dir') ?? '').toLowerCase(),
  }))

describe('the admin panel, Persian by default', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  const offSiteRequests: string[] = []
  let caseStudyId: string | number
  let userId: string | number

  beforeAll(async () => {
    server = await startBuiltServer()
    // An English browser: the admin must still open in Persian.
    browser = await launchChromium({ locale: 'en-US' })
    page = await browser.context.newPage()
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) offSiteRequests.push(request.url())
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('greets an English browser on its first visit with the Persian first-user form, right to left', async () => {
    const response = await page.goto(`${server.url}/admin`)
    expect(response?.ok()).toBe(true)
    await page.waitForURL('**/admin/create-first-user')
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await expect.poll(() => page.getByText(fa.translations.authentication.beginCreateFirstUser).isVisible()).toBe(true)
    const cookies = await browser.context.cookies(server.url)
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('fa')
    await shoot(page, '01-create-first-user')
  })

  it('sets the admin in Vazirmatn, served by the app itself', async () => {
    const font = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        family: getComputedStyle(document.body).fontFamily,
        loaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Vazirmatn' && face.status === 'loaded'),
      }
    })
    expect(font.family.split(',')[0]?.replace(/["']/g, '').trim()).toBe('Vazirmatn')
    expect(font.loaded).toBe(true)
    expect(offSiteRequests).toEqual([])
  })

  it('creates the first network admin, who lands on a dashboard that names the collections in Persian', async () => {
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await page.fill('#field-fullName', admin.fullName)
    await page.click('#field-roles .rs__control')
    await page.getByRole('option', { name: labels.roleAdmin.fa, exact: true }).click()
    await page.click('form button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')

    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    const main = page.locator('.dashboard')
    for (const collection of [labels.caseStudies, labels.lessons, labels.curricula, labels.organizations]) {
      await expect.poll(() => main.getByText(collection.fa, { exact: true }).first().isVisible()).toBe(true)
    }
    await shoot(page, '02-dashboard')
  })

  it('logs out to the Persian login page and logs in again', async () => {
    await page.goto(`${server.url}/admin/logout`)
    await page.waitForURL('**/admin/login**')
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await expect.poll(() => page.getByRole('button', { name: fa.translations.authentication.login }).isVisible()).toBe(true)
    await shoot(page, '03-login')

    await signInToAdmin(page, { email: admin.email, password: admin.password })
  })

  it('shows a case study in Persian: the list, the tabbed edit view with its sidebar and rich text, its versions', async () => {
    // Content goes in through REST as the signed-in admin (the page's cookies), then the admin shows it.
    const post = async (path: string, data: unknown) => {
      const response = await page.request.post(`${server.url}/api/${path}`, { data })
      // A 500 here usually means the schema moved on without a migration (`npm run migrate:create`).
      expect(response.status(), `${await response.text()}\n${server.output().slice(-3000)}`).toBeLessThan(300)
      return ((await response.json()) as { doc: { id: string | number } }).doc
    }
    const province = await post('provinces', { name: 'اصفهان', code: '10' })
    const organization = await post('organizations', {
      name: 'انجمن نیکوکاری امید',
      slug: 'omid-isfahan',
      province: province.id,
      licenceStage: 'registered',
      membershipStatus: 'active',
    })
    const caseStudy = await post('case-studies?draft=true', {
      title: 'کارگاه قالی‌بافی استاد–شاگردی در کاشان',
      summary: 'دوازده زن سرپرست خانوار و چهار جوان کم‌شنوا شش ماه در کارگاه استادکار آموزش دیدند؛ ده نفر پس از یک سال هنوز شاغل‌اند.',
      outcome: 'success',
      organization: organization.id,
      evidenceType: 'monitoring',
      context: paragraphs('rtl', 'کاشان بازار قالی دستباف دارد اما استادکاران جوان کم شده‌اند.'),
      intervention: paragraphs('rtl', 'هر استادکار دو شاگرد پذیرفت و حق آموزش را صندوق کارفرمایی پرداخت (۴۰ درصد).'),
    })
    caseStudyId = caseStudy.id
    // A second save, so the versions view has something to compare.
    const saved = await page.request.patch(`${server.url}/api/case-studies/${caseStudyId}?draft=true`, {
      data: { summary: 'شانزده کارآموز، شش ماه کارورزی در کارگاه استادکار؛ ده نفر پس از دوازده ماه شاغل ماندند.' },
    })
    expect(saved.status(), await saved.text()).toBeLessThan(300)

    await page.goto(`${server.url}/admin/collections/case-studies`)
    await expect.poll(() => page.getByRole('heading', { name: labels.caseStudies.fa }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('کارگاه قالی‌بافی استاد–شاگردی در کاشان').first().isVisible()).toBe(true)
    await shoot(page, '04-case-studies-list')

    await page.goto(`${server.url}/admin/collections/case-studies/${caseStudyId}`)
    await expect.poll(() => page.getByText(labels.context.fa, { exact: true }).first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('استادکاران جوان کم شده‌اند', { exact: false }).first().isVisible()).toBe(true)
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await shoot(page, '05-case-study-edit')

    await page.goto(`${server.url}/admin/collections/case-studies/${caseStudyId}/versions`)
    await expect.poll(() => page.locator('.versions, .table').first().isVisible()).toBe(true)
    await shoot(page, '06-case-study-versions')
  })

  it('takes a case study through review with the edit view\'s own steps: the editor submits (no Publish offered), the reviewer finds it in the inbox and requests changes, the editor finds it sent back', async () => {
    const post = async (path: string, data: unknown, token?: string) => {
      const response = await page.request.post(`${server.url}/api/${path}`, { data, headers: token ? { Authorization: `JWT ${token}` } : {} })
      expect(response.status(), await response.text()).toBeLessThan(300)
      return (await response.json()) as { doc: { id: string | number }; token?: string }
    }
    const organizations = (await (await page.request.get(`${server.url}/api/organizations?limit=1&depth=0`)).json()) as { docs: { id: string | number }[] }
    const organization = organizations.docs[0]!.id
    const people = {
      editor: { email: 'editor@admin-test.ir', password: 'a-long-editor-password-1404' },
      reviewer: { email: 'reviewer@admin-test.ir', password: 'a-long-reviewer-password-1404' },
    }
    await post('users', { ...people.editor, fullName: 'نویسنده', roles: ['editor'], organizations: [{ organization }] })
    await post('users', { ...people.reviewer, fullName: 'بازبین', roles: ['reviewer'] })
    // Not through the page's own requests, whose cookies are the admin's session.
    const login = async (who: keyof typeof people) => {
      const response = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(people[who]) })
      expect(response.status, await response.clone().text()).toBe(200)
      return ((await response.json()) as { token: string }).token
    }
    const title = 'کارورزی خیاطی در یزد'
    const editorToken = await login('editor')
    const doc = (await post('case-studies?draft=true', { title, outcome: 'mixed', organization, evidenceType: 'monitoring' }, editorToken)).doc
    const events = async () =>
      ((await (await page.request.get(`${server.url}/api/review-events?where[document.value][equals]=${doc.id}&sort=-createdAt&depth=0`)).json()) as {
        docs: { transition: string; comment: string | null }[]
      }).docs
    const as = async (who: keyof typeof people, token: string) => {
      const person = await launchChromium({ locale: 'fa-IR' })
      const { hostname } = new URL(server.url)
      await person.context.addCookies([{ name: 'payload-token', value: token, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' }])
      return { browser: person, view: await person.context.newPage(), who }
    }
    const step = (view: Page, name: keyof typeof labels) => view.getByRole('button', { name: labels[name].fa, exact: true })

    const editor = await as('editor', editorToken)
    try {
      await editor.view.goto(`${server.url}/admin/collections/case-studies/${doc.id}`)
      await expect.poll(() => step(editor.view, 'actionSubmit').isEnabled(), { timeout: 30_000 }).toBe(true)
      // An editor may not publish: the workflow offers no Publish, and no step but submitting.
      expect(await editor.view.locator('#action-save').count()).toBe(0)
      expect(await step(editor.view, 'actionPublish').count()).toBe(0)
      await shoot(editor.view, '07-editor-submits')
      await step(editor.view, 'actionSubmit').click()
      await expect.poll(async () => (await events())[0]?.transition).toBe('submit')
      // The page is read again after the step: now the author may only take it back.
      await expect.poll(() => step(editor.view, 'actionWithdraw').isVisible(), { timeout: 30_000 }).toBe(true)
    } finally {
      await editor.browser.close()
    }

    const reviewer = await as('reviewer', await login('reviewer'))
    try {
      // The dashboard's inbox lists it as waiting for the reviewer's decision, with a link to it.
      await reviewer.view.goto(`${server.url}/admin`)
      const waiting = reviewer.view.locator('[data-inbox="waitingForMe"]')
      await expect.poll(() => waiting.getByRole('link', { name: title }).isVisible(), { timeout: 30_000 }).toBe(true)
      await waiting.getByRole('link', { name: title }).click()
      await reviewer.view.waitForURL((url) => url.pathname.endsWith(`/case-studies/${doc.id}`))
      await expect.poll(() => step(reviewer.view, 'actionRequestChanges').isVisible(), { timeout: 30_000 }).toBe(true)
      expect(await step(reviewer.view, 'actionPublish').isVisible()).toBe(true)
      // Payload's own Publish is there for a reviewer, who may publish.
      expect(await reviewer.view.locator('#action-save').count()).toBe(1)
      // Asking for changes needs words for the author.
      expect(await step(reviewer.view, 'actionRequestChanges').isEnabled()).toBe(false)
      const request = 'شاخص ماندگاری شغل پس از شش ماه را بیفزایید.'
      await reviewer.view.getByLabel(labels.actionCommentLabel.fa).fill(request)
      await step(reviewer.view, 'actionRequestChanges').click()
      await expect.poll(async () => (await events())[0]).toMatchObject({ transition: 'requestChanges', comment: request })
      // Read again once the step is taken: back with its author as a draft, it is no longer the reviewer's to act on.
      await expect.poll(() => step(reviewer.view, 'actionRequestChanges').count(), { timeout: 30_000 }).toBe(0)
      await reviewer.view.waitForLoadState('load')
      await shoot(reviewer.view, '07-reviewer-requests-changes')
    } finally {
      await reviewer.browser.close()
    }

    const author = await as('editor', editorToken)
    try {
      await author.view.goto(`${server.url}/admin`)
      const sentBack = author.view.locator('[data-inbox="sentBack"]')
      await expect.poll(() => sentBack.getByRole('link', { name: title }).isVisible(), { timeout: 30_000 }).toBe(true)
      await shoot(author.view, '07-editor-sent-back')
    } finally {
      await author.browser.close()
    }
  })

  it('shows the user edit view in Persian', async () => {
    const me = await page.request.get(`${server.url}/api/users/me`)
    userId = ((await me.json()) as { user: { id: string | number } }).user.id
    await page.goto(`${server.url}/admin/collections/users/${userId}`)
    await expect.poll(() => page.locator('#field-fullName').inputValue()).toBe(admin.fullName)
    await expect.poll(() => page.locator('label[for="field-fullName"]').textContent()).toContain(labels.fullName.fa)
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await shoot(page, '07-user-edit')
  })

  it('switches to English in the account settings, and the choice is kept', async () => {
    await page.goto(`${server.url}/admin/account`)
    await page.click('.payload-settings .rs__control')
    await page.getByRole('option', { name: en.translations.general.thisLanguage, exact: true }).click()
    await expect.poll(async () => (await htmlLanguage(page)).lang).toBe('en')
    await shoot(page, '08-account-english')

    // A fresh page load keeps English: the proxy only fills in a missing cookie.
    await page.goto(`${server.url}/admin`)
    expect(await htmlLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' })
    await expect.poll(() => page.locator('.dashboard').getByText(labels.caseStudies.en, { exact: true }).first().isVisible()).toBe(true)
    const cookies = await browser.context.cookies(server.url)
    expect(cookies.find((cookie) => cookie.name === 'payload-lng')?.value).toBe('en')
    expect(offSiteRequests).toEqual([])
  })
})
