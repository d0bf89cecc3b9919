import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths, type DocumentCollection } from '../../src/site/paths'
import { collectionsText } from '../../src/site/text/collections'
import { common } from '../../src/site/text/common'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const shoot = screenshotsInto('collections')
const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }

/** Persian digits as a number: «۱۲» → 12. */
const latin = (text: string) => Number(text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))).replace(/[^\d]/g, ''))

describe('collection pages: every published record of a kind, sorted and paged', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page

  const open = async (path: string, status = 200) => {
    const response = await page.goto(server.url + path)
    expect(response?.status(), `${path}\n${server.output().slice(-3000)}`).toBe(status)
  }
  const titles = () => page.locator('.listing-item__title').allInnerTexts()
  const api = async <T>(path: string, token?: string): Promise<T> => {
    const response = await fetch(`${server.url}/api/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    expect(response.status, path).toBe(200)
    return (await response.json()) as T
  }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('reaches each kind of record from the header, every one server-rendered in Persian with no serious accessibility violation', async () => {
    const kinds: [DocumentCollection, string][] = [
      ['case-studies', common.caseStudies.fa],
      ['lessons', common.lessons.fa],
      ['best-practices', common.bestPractices.fa],
      ['curricula', common.curricula.fa],
      ['organizations', common.organizations.fa],
      ['provinces', common.provinces.fa],
    ]
    for (const [collection, label] of kinds) {
      await open('/fa')
      await page.getByRole('navigation', { name: common.mainNavigation.fa }).getByRole('link', { name: label, exact: true }).click()
      await page.waitForURL((url) => url.pathname === paths.collection('fa', collection))
      await expect.poll(() => page.getByRole('heading', { level: 1, name: collectionsText[collection].fa }).isVisible()).toBe(true)
      expect((await titles()).length, collection).toBeGreaterThan(0)
      expect(await seriousViolations(page)).toEqual([])
      await shoot(page, `fa-${collection}`)
      // The list is in the page itself, not fetched by a script afterwards.
      const html = await (await fetch(server.url + paths.collection('fa', collection))).text()
      expect(html).toContain((await titles())[0]!.trim().slice(0, 10))
    }
  })

  it('lists every published public case study to a visitor, none of the drafts or members-only ones, with the facts of a search result', async () => {
    const adminToken = (
      (await (
        await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
      ).json()) as { token: string }
    ).token
    type Doc = { id: number; title: string; visibility: string; _status: string }
    const all = await api<{ docs: Doc[] }>('case-studies?limit=200&depth=0&locale=fa&draft=true', adminToken)
    const visible = all.docs.filter((doc) => doc._status === 'published' && doc.visibility === 'public')
    const hidden = all.docs.filter((doc) => !visible.includes(doc))
    expect(hidden.length).toBeGreaterThan(0)

    await open(`${paths.collection('fa', 'case-studies')}?limit=100`)
    const shown = (await titles()).map((title) => title.trim())
    expect(shown.sort()).toEqual(visible.map((doc) => doc.title.trim()).sort())
    for (const doc of hidden) expect(await page.content()).not.toContain(doc.title)
    const status = await page.getByRole('status').innerText()
    expect(latin(status)).toBe(visible.length)

    // Each item: type, outcome in words, NGO, provinces, a Jalali date, as a search result has them.
    const first = page.locator('.listing-item').first()
    expect(await first.locator('.listing-item__type').innerText()).toBe('مطالعه موردی')
    expect(['موفق', 'ناموفق', 'ترکیبی']).toContain((await first.locator('.outcome').innerText()).trim())
    expect(await first.locator('time').innerText()).toMatch(/۱۴[۰-۹]{2}/)
    expect(await first.locator(`a[href^="/fa/organizations/"]`).count()).toBe(1)
  })

  it('sorts by title in the Persian alphabet and newest first, and pages through the list without losing or repeating one', async () => {
    await open(paths.collection('fa', 'case-studies', { limit: 100 }))
    const newest = (await titles()).map((title) => title.trim())
    const dates = await page.locator('.listing-item time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))
    expect(dates.length).toBe(newest.length)

    await page.getByLabel(collectionsText.sortLabel.fa).selectOption('title')
    await page.getByRole('button', { name: collectionsText.sortApply.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('sort') === 'title')
    const byTitle = (await titles()).map((title) => title.trim())
    const collator = new Intl.Collator('fa', { sensitivity: 'base', numeric: true })
    expect(byTitle).toEqual([...newest].sort(collator.compare))
    expect(byTitle).not.toEqual(newest)

    // Two at a time: the pages together are the whole list, in the same order.
    const pages: string[] = []
    await open(paths.collection('fa', 'case-studies', { sort: 'title', limit: 2 }))
    const navigation = page.getByRole('navigation', { name: collectionsText.pagination.fa })
    for (;;) {
      pages.push(...(await titles()).map((title) => title.trim()))
      const next = navigation.getByRole('link', { name: collectionsText.next.fa })
      if ((await next.count()) === 0) break
      await next.click()
      await page.waitForURL((url) => url.searchParams.get('page') === String(Math.ceil(pages.length / 2) + 1))
    }
    expect(pages).toEqual(byTitle)
    expect(byTitle.length).toBeGreaterThan(2)
    expect(await navigation.locator('[aria-current="page"]').innerText()).toBe(String(Math.ceil(byTitle.length / 2)).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!))
  })

  it('gives each member NGO and each province its counts', async () => {
    await open(paths.collection('fa', 'organizations', { limit: 100 }))
    const organizations = page.locator('.listing-item')
    const counts = await organizations.locator('.listing__count').allInnerTexts()
    expect(counts.length).toBe(await organizations.count())
    const total = counts.map(latin).reduce((sum, n) => sum + n, 0)
    expect(total).toBeGreaterThan(0)
    // The NGO's own page lists as many documents as its count says.
    const name = (await organizations.first().locator('.listing-item__title').innerText()).trim()
    const count = latin(counts[0]!)
    await organizations.first().locator('.listing-item__title a').click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(name)
    expect(await page.locator('.doc-list__item').count()).toBe(count)

    await open(paths.collection('fa', 'provinces', { sort: 'title', limit: 100 }))
    const provinces = page.locator('.listing-item')
    expect(await provinces.count()).toBe(31)
    const withNgos = await provinces.evaluateAll((items) =>
      items.filter((item) => !/^[۰0]\s/.test(item.querySelectorAll('.listing__count')[0]?.textContent ?? '')).length,
    )
    expect(withNgos).toBeGreaterThan(0)
  })

  it('answers a wrong sort, page or parameter with a 400 that says what is wrong, in the page’s language', async () => {
    await open(paths.collection('fa', 'lessons') + '?sort=oldest', 400)
    await expect.poll(() => page.locator('.listing__problem').innerText()).toContain('newest، title')
    await open(paths.collection('en', 'lessons') + '?page=0', 400)
    await expect.poll(() => page.locator('.listing__problem').innerText()).toContain('page must be a positive whole number')
    await open(paths.collection('fa', 'lessons') + '?q=x', 400)
    await expect.poll(() => page.locator('.listing__problem').innerText()).toContain('«q»')
    // A page past the end is an empty page, not an error.
    await open(paths.collection('fa', 'lessons') + '?page=99')
    await expect.poll(() => page.getByText(collectionsText.none.fa).isVisible()).toBe(true)
  })
})
