import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatNumber } from '../../src/i18n/dates'
import { toMeilisearchDocument } from '../../src/search/meilisearch/documents'
import type { SearchDocument } from '../../src/search/port'
import { homeText } from '../../src/site/text/home'
import { searchProblemText, searchText } from '../../src/site/text/search'
import { appSearchServer, meilisearchProjectUnavailable, meilisearchSkipped, searchEngineUnderTest } from '../support/meilisearch'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const shoot = screenshotsInto(searchEngineUnderTest() === 'meilisearch' ? 'search-meilisearch' : 'search')

/** Seeded titles spelled with the Persian ی and ک, and the same words typed with Arabic ي and ك. */
const beekeeping = { title: 'زنبورداری خانگی برای توان‌یابان جسمی–حرکتی در روستاهای لرستان', typed: 'زنبورداري خانگي' }
const carpet = { title: 'استاد–شاگردی فرش دستباف برای زنان سرپرست خانوار در کرمان', typed: 'فرش دستباف كرمان' }
/** Members only in the demo content. */
const tailoring = 'کارگاه خیاطی و استخدام در تولیدی‌های پوشاک مشهد'

const persianNumber = (text: string) => Number(text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))).replace(/[^\d]/g, ''))

// Run twice: with the app on the embedded engine (browser project), and on the Meilisearch test server (meilisearch project).
if (meilisearchProjectUnavailable()) console.log(`the search journeys on Meilisearch skipped: ${meilisearchSkipped()}`)

describe.skipIf(meilisearchProjectUnavailable())(`home and search, Persian first, searching with the ${searchEngineUnderTest()} engine`, () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page

  const status = () => page.getByRole('status').first().innerText()
  const hitTitles = () => page.locator('.search__hits .hit__title a').allInnerTexts()
  const resultCount = async () => {
    const text = await status()
    return text === searchText.resultsCountNone.fa ? 0 : persianNumber(text)
  }
  /** Types like a person, a key at a time, into the search box. */
  const typeQuery = async (text: string) => {
    const box = page.locator('#search-q')
    await box.click()
    await box.press('Control+A')
    await box.press('Delete')
    await box.pressSequentially(text, { delay: 40 })
  }
  const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', meilisearch: appSearchServer() })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    // Next prefetches the header's and the home's links; some point at pages other parts of the site are
    // still building (sign-in, the document pages), and Chromium keeps a prefetched 404 open, so the page
    // never goes network-idle for its screenshot. Prefetches change nothing a reader sees: they are left out.
    await page.route('**/*', (route) => (route.request().headers()['next-router-prefetch'] ? route.abort() : route.continue()))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it.runIf(searchEngineUnderTest() === 'meilisearch')('searches the Meilisearch index it was given: a document put there alone is found', async () => {
    const { url, apiKey } = appSearchServer()!
    const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' }
    const index = `${url}/indexes/${server.meilisearchIndex}`
    const settled = async (response: Response) => {
      const { taskUid } = (await response.json()) as { taskUid: number }
      const task = async () => (await (await fetch(`${url}/tasks/${taskUid}`, { headers })).json()) as { status: string }
      await expect.poll(async () => (await task()).status).toMatch(/succeeded|failed/)
      expect(await task()).toMatchObject({ status: 'succeeded' })
    }
    const none = { summary: {}, body: {}, provinces: [], targetGroups: [], stages: [], topics: [], fundingInstruments: [] }
    const marker: SearchDocument = {
      ...none,
      id: 'lessons:999999',
      type: 'lessons',
      title: { fa: 'درس نشانه‌گذاری‌شده' },
      visibility: 'public',
      url: '/lessons/999999',
      publishedAt: Date.now(),
      updatedAt: Date.now(),
    }
    await settled(await fetch(`${index}/documents`, { method: 'POST', headers, body: JSON.stringify([toMeilisearchDocument(marker)]) }))
    await page.goto(`${server.url}/fa/search?q=${encodeURIComponent('نشانه‌گذاری‌شده')}`)
    expect(await hitTitles()).toEqual([marker.title.fa])
    await settled(await fetch(`${index}/documents/delete-batch`, { method: 'POST', headers, body: JSON.stringify([toMeilisearchDocument(marker).key]) }))
    await page.reload()
    expect(await status()).toBe(searchText.resultsCountNone.fa)
  })

  it('opens on a home page with a search box, failures beside successes, the current curricula and the numbers', async () => {
    const response = await page.goto(`${server.url}/fa`)
    expect(response?.status(), server.output().slice(-2000)).toBe(200)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(homeText.heading.fa)
    const search = page.getByRole('search')
    expect(await search.getAttribute('action')).toBe('/fa/search')
    await expect.poll(() => search.getByLabel(homeText.searchLabel.fa).count()).toBe(1)

    const worked = page.getByRole('region', { name: homeText.worked.fa, exact: true })
    const didNot = page.getByRole('region', { name: homeText.didNotWork.fa, exact: true })
    expect(await worked.locator('.outcome').allInnerTexts()).toContain('موفق')
    expect(await didNot.locator('.outcome').allInnerTexts()).toContain('ناموفق')
    // Two equal columns: a failure is given as much room as a success.
    const [a, b] = await Promise.all([worked.boundingBox(), didNot.boundingBox()])
    expect(Math.abs(a!.width - b!.width)).toBeLessThan(2)

    const curricula = await page.locator('.home-curricula tbody tr').allInnerTexts()
    expect(curricula.filter((row) => row.includes('SOFT-01'))).toHaveLength(1) // 1.0 was retired by 2.0
    expect(curricula.find((row) => row.includes('SOFT-01'))).toContain('۲٫۰')

    // The numbers are what a visitor may read: the same counts the REST API gives a visitor.
    const numbers = Object.fromEntries(
      await page.locator('.home-numbers__item').evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
    ) as Record<string, string>
    const visitorCount = async (path: string) => ((await (await fetch(`${server.url}/api/${path}`)).json()) as { totalDocs: number }).totalDocs
    expect(persianNumber(numbers[homeText.failures.fa]!)).toBe(await visitorCount('case-studies?limit=1&where[outcome][equals]=failure'))
    expect(persianNumber(numbers[homeText.successes.fa]!)).toBe(await visitorCount('case-studies?limit=1&where[outcome][equals]=success'))
    expect(persianNumber(numbers[homeText.memberNgos.fa]!)).toBe(await visitorCount('organizations?limit=1&where[membershipStatus][equals]=active'))

    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, '01-home-fa-desktop')

    // The home's search box is a plain GET form to the search page.
    await search.getByLabel(homeText.searchLabel.fa).fill('زنبورداری')
    await search.getByRole('button').click()
    await page.waitForURL((url) => url.pathname === '/fa/search' && url.searchParams.get('q') === 'زنبورداری')
    expect(await hitTitles()).toContain(beekeeping.title)
  })

  it('finds, as the reader types with the Arabic ي and ك, the documents spelled with ی and ک, and Back returns to the search before', async () => {
    await page.goto(`${server.url}/fa/search`)
    await typeQuery(beekeeping.typed)
    await page.waitForURL((url) => url.searchParams.get('q') === beekeeping.typed)
    await expect.poll(hitTitles).toContain(beekeeping.title)
    const first = page.locator('.search__hits .hit__title a').first()
    expect(await first.innerText()).toBe(beekeeping.title)
    expect(await first.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['زنبورداری', 'خانگی']))
    expect(await first.getAttribute('href')).toMatch(/^\/fa\/case-studies\/\d+$/)
    await expect.poll(status).toMatch(/نتیجه/)

    // The reader reads, then searches again: a search of its own in the history.
    await page.waitForTimeout(2_200)
    await typeQuery(carpet.typed)
    await page.waitForURL((url) => url.searchParams.get('q') === carpet.typed)
    await expect.poll(async () => (await hitTitles())[0]).toBe(carpet.title)

    await page.goBack()
    await page.waitForURL((url) => url.searchParams.get('q') === beekeeping.typed)
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe(beekeeping.typed)
    await expect.poll(async () => (await hitTitles())[0]).toBe(beekeeping.title)
  })

  it('narrows the results with a facet kept in the address, and Back restores the search before it', async () => {
    await page.goto(`${server.url}/fa/search?type=case-studies`)
    const all = await resultCount()
    expect(all).toBeGreaterThan(2)
    const failure = page.getByRole('group', { name: searchText.facetOutcome.fa }).getByRole('checkbox', { name: /^ناموفق/ })
    // The count is part of the checkbox's name, so a screen reader says it.
    expect(await failure.evaluate((box) => (box as HTMLInputElement).labels![0]!.textContent)).toMatch(/^ناموفق [۰-۹]+ نتیجه$/)
    await failure.check()
    await page.waitForURL((url) => url.searchParams.get('outcome') === 'failure' && url.searchParams.get('type') === 'case-studies')
    await expect.poll(resultCount).toBeLessThan(all)
    const narrowed = await resultCount()
    expect(narrowed).toBeGreaterThan(0)
    expect(await page.locator('.search__hits .outcome').allInnerTexts()).toEqual(Array(narrowed).fill('ناموفق'))

    // The address alone is the search: reloaded (or shared), it shows the same.
    await page.reload()
    expect(await failure.isChecked()).toBe(true)
    expect(await resultCount()).toBe(narrowed)

    await page.goBack()
    await page.waitForURL((url) => !url.searchParams.has('outcome') && url.searchParams.get('type') === 'case-studies')
    await expect.poll(resultCount).toBe(all)
    await expect.poll(() => failure.isChecked()).toBe(false)

    // Sorting is kept in the address too, and the page is found again by Forward.
    await page.goForward()
    await page.waitForURL((url) => url.searchParams.get('outcome') === 'failure')
    await expect.poll(() => failure.isChecked()).toBe(true)
    await page.getByLabel(searchText.sortLabel.fa).selectOption('oldest')
    await page.waitForURL((url) => url.searchParams.get('sort') === 'oldest' && url.searchParams.get('outcome') === 'failure')
  })

  it('counts years in the reader’s calendar: Jalali years in Persian digits on fa, Gregorian on en, and either filters', async () => {
    const yearBoxes = () => page.getByRole('group', { name: searchText.facetYear.fa }).getByRole('checkbox')
    await page.goto(`${server.url}/fa/search?type=case-studies`)
    const all = await resultCount()
    const labels = await yearBoxes().evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels![0]!.textContent ?? ''))
    expect(labels.length).toBeGreaterThan(0)
    // «۱۴۰۲ ۳ نتیجه»: a Jalali year of this century, in Persian digits.
    for (const label of labels) expect(label).toMatch(/^۱[۳۴][۰-۹]{2} [۰-۹]+ نتیجه$/)
    const first = yearBoxes().first()
    const year = await first.getAttribute('value')
    await first.check()
    await page.waitForURL((url) => url.searchParams.get('jalaliYear') === year)
    await expect.poll(resultCount).toBeLessThanOrEqual(all)
    const narrowed = await resultCount()
    // The same year written as `year`, as a reader might type it into the address.
    await page.goto(`${server.url}/fa/search?type=case-studies&year=${year}`)
    expect(await resultCount()).toBe(narrowed)

    await page.goto(`${server.url}/en/search?type=case-studies`)
    const english = await page.getByRole('group', { name: searchText.facetYear.en }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
    expect(english.length).toBeGreaterThan(0)
    for (const value of english) expect(Number(value)).toBeGreaterThan(2000)
  })

  it('has no serious accessibility violation on a page of results, with the count in a polite live region', async () => {
    await page.goto(`${server.url}/fa/search?q=${encodeURIComponent('مهارت')}`)
    const live = page.getByRole('status').first()
    expect(await live.getAttribute('role')).toBe('status')
    expect(await resultCount()).toBeGreaterThan(0)
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
      `/fa/search/feed.atom?q=${encodeURIComponent('مهارت')}`,
    )
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, '02-search-fa-desktop')
  })

  it('helps when nothing matches: spelling, the same search without filters, all documents', async () => {
    const query = `q=${encodeURIComponent('قورباغه پرنده')}&outcome=failure`
    await page.goto(`${server.url}/fa/search?${query}`)
    expect(await status()).toBe(searchText.resultsCountNone.fa)
    await expect.poll(() => page.getByRole('heading', { name: searchText.nothingTitle.fa }).count()).toBe(1)
    const withoutFilters = new URL((await page.getByRole('link', { name: searchText.nothingWithoutFilters.fa }).getAttribute('href'))!, server.url)
    expect([withoutFilters.pathname, [...withoutFilters.searchParams]]).toEqual(['/fa/search', [['q', 'قورباغه پرنده']]])
    expect(await page.getByRole('link', { name: searchText.nothingAll.fa }).getAttribute('href')).toBe('/fa/search')
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, '03-search-fa-nothing')

    // A bad address says what is wrong rather than failing.
    await page.goto(`${server.url}/fa/search?sort=sideways`)
    expect(await status()).toContain(searchText.badRequest.fa)
  })

  it('pages through results with named page links and the current page marked', async () => {
    await page.goto(`${server.url}/fa/search?limit=3`)
    const pages = page.getByRole('navigation', { name: searchText.pagination.fa })
    expect(await pages.getByRole('link', { name: 'صفحه ۱' }).getAttribute('aria-current')).toBe('page')
    await pages.getByRole('link', { name: 'صفحه ۲' }).click()
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('limit') === '3')
    await expect.poll(() => pages.getByRole('link', { name: 'صفحه ۲' }).getAttribute('aria-current')).toBe('page')
    expect(await page.locator('.search__hits').getAttribute('start')).toBe('4')
  })

  it('exports the search it shows: a CSV download with a byte-order mark, JSON and a valid Atom feed', async () => {
    await page.goto(`${server.url}/fa/search?type=case-studies`)
    const shown = await resultCount()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: searchText.exportCsv.fa }).click()])
    expect(download.suggestedFilename()).toMatch(/^hamafza-search-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('title,type,outcome,organization,provinces,year,jalaliYear,edition,licence,visibility,publishedAt,updatedAt,url,summary,language')
    expect(lines).toHaveLength(shown + 1)
    expect(lines.some((line) => line.startsWith(beekeeping.title))).toBe(true)
    expect(lines.some((line) => line.includes(tailoring))).toBe(false)

    const json = await page.request.get(`${server.url}${await page.getByRole('link', { name: searchText.exportJson.fa }).getAttribute('href')}`)
    expect(json.headers()['content-disposition']).toMatch(/^attachment; filename="hamafza-search-[\d-]+\.json"/)
    expect(((await json.json()) as { results: unknown[] }).results).toHaveLength(shown)

    const feedUrl = `${server.url}${await page.getByRole('link', { name: searchText.exportAtom.fa }).getAttribute('href')}`
    const feed = await page.request.get(feedUrl)
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      const root = doc.documentElement
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        namespace: root.namespaceURI,
        lang: root.getAttribute('xml:lang'),
        entries: root.getElementsByTagName('entry').length,
        published: [...root.getElementsByTagName('published')].map((node) => node.textContent),
      }
    }, await feed.text())
    expect(parsed).toMatchObject({ error: 0, root: 'feed', namespace: 'http://www.w3.org/2005/Atom', lang: 'fa', entries: shown })
    expect([...parsed.published].sort().reverse()).toEqual(parsed.published)

    const bad = await page.request.get(`${server.url}/fa/search/export.csv?limit=20000`)
    expect(bad.status()).toBe(400)
    expect(bad.headers()['content-type']).toBe('text/plain; charset=utf-8')
    expect(await bad.text()).toContain(searchProblemText.limit.fa.replace('{max}', formatNumber(10_000, 'fa')))
  })

  it('shows members-only documents, in the results, the numbers and the exports, to a signed-in member alone', async () => {
    const query = `/fa/search?q=${encodeURIComponent('خیاطی')}`
    await page.goto(server.url + query)
    expect(await hitTitles()).not.toContain(tailoring)
    await page.goto(`${server.url}/fa`)
    const visitorMixed = persianNumber(await page.locator('.home-numbers__item', { hasText: homeText.mixed.fa }).locator('dd').innerText())

    const login = await page.request.post(`${server.url}/api/users/login`, { data: { email: 'member@hamafza.test', password: 'hamafza-member' } })
    expect(login.status()).toBe(200)
    await page.goto(server.url + query)
    expect(await hitTitles()).toContain(tailoring)
    expect(await page.locator('.hit', { hasText: tailoring }).getByText(searchText.membersOnly.fa).count()).toBe(1)
    const csv = await page.request.get(`${server.url}/fa/search/export.csv?q=${encodeURIComponent('خیاطی')}`)
    expect(await csv.text()).toContain(tailoring)
    await page.goto(`${server.url}/fa`)
    expect(persianNumber(await page.locator('.home-numbers__item', { hasText: homeText.mixed.fa }).locator('dd').innerText())).toBe(visitorMixed + 1)
    await browser.context.clearCookies()
  })

  it('reads in English too, left to right, with Persian-only titles marked as Persian', async () => {
    await page.goto(`${server.url}/en`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr'])
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(homeText.heading.en)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${server.url}/en/search?q=carpet`)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(searchText.title.en)
    expect(await status()).toMatch(/results?$/)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('works on a 360 px phone: no sideways scrolling, search as you type, facets below the results', async () => {
    await page.setViewportSize({ width: 360, height: 780 })
    await page.goto(`${server.url}/fa`)
    expect(await noHorizontalScroll()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, '04-home-fa-phone')

    await page.goto(`${server.url}/fa/search`)
    await typeQuery(beekeeping.typed)
    await page.waitForURL((url) => url.searchParams.get('q') === beekeeping.typed)
    await expect.poll(async () => (await hitTitles())[0]).toBe(beekeeping.title)
    const before = await resultCount()
    const province = page.getByRole('group', { name: searchText.facetType.fa }).getByRole('checkbox', { name: /^مطالعات موردی/ })
    await province.check()
    await page.waitForURL((url) => url.searchParams.get('type') === 'case-studies' && url.searchParams.get('q') === beekeeping.typed)
    await expect.poll(resultCount).toBeLessThanOrEqual(before)
    // The address changes before the new page's head: the checks wait for its title, as a reader hears it.
    await expect.poll(() => page.title()).toContain(beekeeping.typed)
    expect(await noHorizontalScroll()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await shoot(page, '05-search-fa-phone')
    await page.setViewportSize({ width: 1366, height: 900 })
  })
})
