import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatDate } from '../../src/i18n/dates'
import { paths, type DocumentCollection } from '../../src/site/paths'
import { common } from '../../src/site/text/common'
import { documents } from '../../src/site/text/documents'
import { downloads } from '../../src/site/text/downloads'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { readApi, tokenOf as signInOverRest, type Account } from './support/rest'
import { artifactsDir } from './support/paths'
import { startBuiltServer, type BuiltServer } from './support/server'

const screenshots = path.join(artifactsDir, 'documents')
mkdirSync(screenshots, { recursive: true })
/**
 * Full-page screenshots under tests/artifacts/documents/. Unlike screenshotsInto this does not wait for the
 * network to fall silent: a link prefetch that Next's router never reads to the end (one answered 404)
 * stays open, and "networkidle" would never come. Fonts and layout still settle first.
 */
const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('load')
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
}
const member = { email: 'member@hamafza.test', password: 'hamafza-member' }
const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }

type Doc = { id: number; title?: string; name?: string; visibility?: string; _status?: string; organization?: number; provinces?: number[]; code?: string; edition?: string }

describe('document pages, editions and members', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  /** A page of each type, found through the REST API as a visitor reads it. */
  const ids = {} as Record<DocumentCollection, number>
  let carpet: Doc
  let membersOnly: Doc
  let draft: Doc

  const api = <T,>(path: string, token?: string) => readApi<T>(server.url, path, token)
  const tokenOf = (account: Account) => signInOverRest(server.url, account)
  const open = async (path: string, status = 200) => {
    const response = await page.goto(server.url + path)
    expect(response?.status(), `${path}\n${server.output().slice(-3000)}`).toBe(status)
    return response!
  }
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([])

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa/sign-in' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()

    const caseStudies = await api<{ docs: Doc[] }>('case-studies?limit=50&depth=0&locale=fa')
    carpet = caseStudies.docs.find((doc) => doc.title?.includes('فرش دستباف'))!
    expect(carpet, 'the demo carpet case study').toBeTruthy()
    ids['case-studies'] = carpet.id
    ids.lessons = (await api<{ docs: Doc[] }>('lessons?limit=1&depth=0')).docs[0]!.id
    ids['best-practices'] = (await api<{ docs: Doc[] }>('best-practices?limit=1&depth=0')).docs[0]!.id
    ids.curricula = (await api<{ docs: Doc[] }>('curricula?where[code][equals]=SOFT-01&where[edition][equals]=2.0&depth=0')).docs[0]!.id
    ids.organizations = carpet.organization!
    ids.provinces = carpet.provinces![0]!

    // What a visitor must never see: a members-only case study and a draft, found as an admin.
    const adminToken = await tokenOf(admin)
    membersOnly = (
      await api<{ docs: Doc[] }>('case-studies?where[visibility][equals]=members&where[_status][equals]=published&depth=0&locale=fa&limit=1', adminToken)
    ).docs[0]!
    draft = (await api<{ docs: Doc[] }>('case-studies?where[_status][equals]=draft&draft=true&depth=0&locale=fa&limit=1', adminToken)).docs[0]!
    expect(membersOnly?.title).toBeTruthy()
    expect(draft?.title).toBeTruthy()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('opens a page of each type, in Persian, with one h1, a side panel and no serious accessibility violation', async () => {
    for (const collection of Object.keys(ids) as DocumentCollection[]) {
      await open(paths.document('fa', collection, ids[collection]))
      expect(await page.locator('h1').count()).toBe(1)
      expect((await page.locator('h1').innerText()).trim()).not.toBe('')
      if (['organizations', 'provinces'].includes(collection) === false) {
        await expect.poll(() => page.getByRole('complementary', { name: documents.facts.fa }).isVisible()).toBe(true)
        await expect.poll(() => page.getByRole('heading', { name: documents.cite.fa }).isVisible()).toBe(true)
      }
      expect(await page.content(), `${collection} must not show the members-only title to a visitor`).not.toContain(membersOnly.title)
      await expectAccessible()
      await shoot(page, `fa-${collection}`)
    }
  })

  it('reads in English too, Persian fallback text marked lang="fa" dir="rtl", with no serious accessibility violation', async () => {
    for (const collection of Object.keys(ids) as DocumentCollection[]) {
      await open(paths.document('en', collection, ids[collection]))
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr'])
      // Every piece of Persian text in the page's main content sits inside an element that says it is Persian
      // (the schema.org data block is read by search engines, never shown, and says its language itself).
      const unmarked = await page.evaluate(() => {
        const found: string[] = []
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.localName === 'script') continue
          const text = node.textContent ?? ''
          const marked = node.parentElement?.closest('[lang]')
          if (/[\u0600-\u06FF]/.test(text) && (marked?.getAttribute('lang') !== 'fa' || marked?.getAttribute('dir') !== 'rtl')) found.push(text.slice(0, 60))
        }
        return found
      })
      expect(unmarked, collection).toEqual([])
      await expectAccessible()
    }
    await shoot(page, 'en-provinces')
  })

  it('shows the case study with its outcome in words, Jalali dates, a citation pinned to the edition and its permanent link', async () => {
    await open(paths.document('fa', 'case-studies', carpet.id))
    const facts = page.getByRole('complementary', { name: documents.facts.fa })
    await expect.poll(() => facts.locator('.outcome').innerText()).toBe('موفق')
    const citation = await page.locator('.doc-cite__text').innerText()
    expect(citation).toContain(carpet.title)
    expect(citation).toMatch(/\(۱۴[۰-۹]{2}\)/)
    const pinned = await page.locator('.doc-cite__link').first().getAttribute('href')
    expect(pinned).toMatch(new RegExp(`/case-studies/${carpet.id}/editions/\\d+$`))
    // The pinned link is a permanent link: it redirects to the reader's language and opens that edition.
    await open(new URL(pinned!).pathname)
    expect(new URL(page.url()).pathname).toBe(`/fa${new URL(pinned!).pathname}`)
    expect(await page.locator('h1').innerText()).toBe(carpet.title)
  })

  it('lists the published editions with Jalali dates and opens each as it was', async () => {
    await open(paths.document('fa', 'case-studies', carpet.id))
    const editions = page.locator('.doc-editions__list > li')
    expect(await editions.count()).toBeGreaterThan(1)
    const times = page.locator('.doc-editions__list time')
    for (let index = 0; index < (await times.count()); index++) {
      const time = times.nth(index)
      const when = (await time.getAttribute('datetime'))!
      expect(await time.innerText()).toBe(formatDate(when, 'fa', 'long'))
      expect(await time.innerText()).toMatch(/^[۰-۹]+ [\u0600-\u06FF]+ ۱۴[۰-۹]{2}$/)
    }
    const oldest = editions.last().getByRole('link')
    await oldest.click()
    await page.waitForURL(/\/editions\/\d+$/)
    await expect.poll(() => page.locator('.doc-notice').first().innerText()).toContain('نسخه‌ای قدیمی‌تر')
    // After a navigation inside the site, Next sets the new page's title a moment after its content.
    await expect.poll(() => page.title()).not.toBe('')
    await expectAccessible()
    await shoot(page, 'fa-case-study-oldest-edition')
  })

  it('offers the Word file of the edition on the page: the current one on the document, an older one pinned on its edition page', async () => {
    const wordLink = () => page.getByRole('complementary', { name: documents.facts.fa }).getByRole('link', { name: new RegExp(downloads.recordDocx.fa.replace(/[()]/g, '\\$&')) })
    const fetchWord = async (href: string) => {
      const response = await fetch(new URL(href, server.url))
      expect(response.status, href).toBe(200)
      expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      expect(response.headers.get('Content-Disposition')).toContain("filename*=UTF-8''")
      return new Uint8Array(await response.arrayBuffer())
    }
    await open(paths.document('fa', 'case-studies', carpet.id))
    const current = (await wordLink().getAttribute('href'))!
    expect(current).toBe(paths.recordDownload('fa', 'case-studies', carpet.id))
    // A Word file is a ZIP package: it starts with PK.
    expect([...(await fetchWord(current)).slice(0, 2)]).toEqual([0x50, 0x4b])

    await page.locator('.doc-editions__list > li').last().getByRole('link').click()
    await page.waitForURL(/\/editions\/\d+$/)
    const versionId = new URL(page.url()).pathname.split('/').at(-1)!
    await expect.poll(() => wordLink().getAttribute('href')).toBe(paths.recordDownload('fa', 'case-studies', carpet.id, versionId))
    await fetchWord((await wordLink().getAttribute('href'))!)

    // A visitor asking for a members-only record's file is told it is not there, or is for members.
    const closed = await fetch(`${server.url}${paths.recordDownload('fa', 'case-studies', membersOnly.id)}`)
    expect(closed.status).toBe(404)
    expect(await closed.text()).toContain(downloads.recordNotFound.fa)
  })

  it('compares two editions word by word, insertions and deletions marked in words too, right to left', async () => {
    await open(paths.document('fa', 'case-studies', carpet.id))
    const from = page.getByLabel(documents.compareFrom.fa)
    const to = page.getByLabel(documents.compareTo.fa)
    const values = await from.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    await from.selectOption(values.at(-1)!)
    await to.selectOption(values[0]!)
    await page.getByRole('button', { name: documents.compareSubmit.fa }).click()
    await page.waitForURL(/\/editions\/compare\?from=\d+&to=\d+$/)
    expect(await page.locator('h1').innerText()).toBe(documents.compareTitle.fa)
    const inserted = page.locator('.doc-diff ins')
    const deleted = page.locator('.doc-diff del')
    expect(await inserted.count()).toBeGreaterThan(0)
    expect(await deleted.count()).toBeGreaterThan(0)
    expect(await inserted.first().textContent()).toContain(documents.insertedStart.fa)
    expect(await deleted.first().textContent()).toContain(documents.deletedStart.fa)
    // Not by colour alone: underlined and struck through.
    expect(await inserted.first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('underline')
    expect(await deleted.first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('line-through')
    expect(await page.locator('.doc-diff__text').first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    await expectAccessible()
    await shoot(page, 'fa-compare')

    // A version id that is not one of this document's editions is a 404, not someone else's text.
    await open(`${paths.compareEditions('fa', 'case-studies', carpet.id)}?from=999999&to=${values[0]}`, 404)
  })

  it('lists the other editions of a curriculum, the retired one superseded by the current', async () => {
    await open(paths.document('fa', 'curricula', ids.curricula))
    const others = page.getByRole('region', { name: documents.otherEditions.fa })
    // The edition in Persian digits, as everywhere on a Persian page.
    await expect.poll(() => others.innerText()).toContain('ویرایش ۱٫۰')
    expect(await others.innerText()).toContain(documents.retired.fa)
    expect(await others.innerText()).toContain(documents.supersededBy.fa)
  })

  it('lets the skip link take a keyboard reader to the main content', async () => {
    await open(paths.document('fa', 'lessons', ids.lessons))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(common.skipToContent.fa)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('fits a 360 px phone', async () => {
    await page.setViewportSize({ width: 360, height: 780 })
    await open(paths.document('fa', 'case-studies', carpet.id))
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible()
    await shoot(page, 'fa-case-study-phone')
    await page.setViewportSize({ width: 1366, height: 900 })
  })

  it('keeps members-only documents and drafts a 404 for visitors, without their titles', async () => {
    for (const doc of [membersOnly, draft]) {
      const response = await open(paths.document('fa', 'case-studies', doc.id), 404)
      expect(await response.text()).not.toContain(doc.title)
    }
    await open(paths.document('fa', 'organizations', membersOnly.organization!))
    expect(await page.content()).not.toContain(membersOnly.title)
  })

  it('signs a member in through the sign-in page: a wrong password is told in place, then the members-only document opens', async () => {
    const target = paths.document('fa', 'case-studies', membersOnly.id)
    await open(paths.signIn('fa', target))
    await expectAccessible()
    await shoot(page, 'fa-sign-in')

    await page.getByLabel(documents.email.fa).fill(member.email)
    await page.getByLabel(documents.password.fa).fill('not-the-password')
    const [failed] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/fa/sign-in/session')),
      page.getByRole('button', { name: documents.signInSubmit.fa }).click(),
    ])
    expect(failed.status()).toBe(401)
    await expect.poll(() => page.locator('form').getByRole('alert').innerText()).toBe(documents.signInFailed.fa)
    expect(await page.getByLabel(documents.email.fa).inputValue()).toBe(member.email)
    expect(await page.getByLabel(documents.password.fa).getAttribute('aria-invalid')).toBe('true')
    await expectAccessible()
    await shoot(page, 'fa-sign-in-failed')

    await page.getByLabel(documents.password.fa).fill(member.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    await page.waitForURL((url) => url.pathname === target)
    expect(await page.locator('h1').innerText()).toBe(membersOnly.title)

    // Payload's own cookie, as its REST login sets it, so the admin and the APIs know the member too.
    const cookie = (await browser.context.cookies(server.url)).find((candidate) => candidate.name === 'payload-token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(7 * 60 * 60)
    const me = (await (await page.request.get(`${server.url}/api/users/me`)).json()) as { user: { email: string } | null }
    expect(me.user?.email).toBe(member.email)

    // Listed for members: on the NGO's page.
    await open(paths.document('fa', 'organizations', membersOnly.organization!))
    expect(await page.content()).toContain(membersOnly.title)
    // Drafts stay hidden, even from members.
    await open(paths.document('fa', 'case-studies', draft.id), 404)
  })

  it('signs out: the session is removed, the cookie cleared and the members-only document a 404 again', async () => {
    const token = (await browser.context.cookies(server.url)).find((cookie) => cookie.name === 'payload-token')!.value
    await open(paths.document('fa', 'case-studies', membersOnly.id))
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/fa/sign-out')),
      page.getByRole('button', { name: common.signOut.fa }).click(),
    ])
    await page.waitForURL((url) => url.pathname === '/fa')
    expect((await browser.context.cookies(server.url)).some((cookie) => cookie.name === 'payload-token')).toBe(false)
    // The old token no longer works anywhere: its session is gone.
    const me = (await (await fetch(`${server.url}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })).json()) as { user: unknown }
    expect(me.user).toBeNull()
    await open(paths.document('fa', 'case-studies', membersOnly.id), 404)
  })

  it('only sends a member back to a page of this site', async () => {
    await open(paths.signIn('fa', 'https://evil.example/steal'))
    await page.getByLabel(documents.email.fa).fill(member.email)
    await page.getByLabel(documents.password.fa).fill(member.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/fa')
  })
})
