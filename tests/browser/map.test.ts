import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths } from '../../src/site/paths'
import { common } from '../../src/site/text/common'
import { mapText } from '../../src/site/text/map'
import { searchText } from '../../src/site/text/search'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const shoot = screenshotsInto('map')

/** Persian digits as a number: «۱۲» → 12. */
const persianNumber = (text: string) => Number(text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))).replace(/[^\d]/g, ''))

/** Every non-empty count of the table as `stage|column|category` → number, read from the page as shown. */
const tableCounts = (page: Page) =>
  page.locator('.map-table').evaluate((table: HTMLTableElement) => {
    const heads = [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent!.trim())
    const counts: Record<string, string> = {}
    for (const row of table.tBodies[0]!.rows) {
      const stage = row.cells[0]!.textContent!.trim()
      for (const link of row.querySelectorAll<HTMLAnchorElement>('a[data-category]')) {
        const cell = link.closest('td')!
        counts[`${stage}|${heads[cell.cellIndex]}|${link.dataset.category}`] = link.textContent!.trim()
      }
    }
    return counts
  })

/** The same, from the CSV: one line per cell (stage, column, successes, mixed, failures, lessons, lessons applied). */
const csvCounts = (text: string): Record<string, number> => {
  const [head, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
  expect(head!.split(',').slice(2)).toEqual([mapText.csvSuccess.fa, mapText.csvMixed.fa, mapText.csvFailure.fa, mapText.csvLessons.fa, mapText.csvApplied.fa])
  const counts: Record<string, number> = {}
  for (const line of lines) {
    // The demo's names hold no comma or quote, so a plain split reads them.
    const [stage, column, ...numbers] = line.split(',')
    ;(['success', 'mixed', 'failure', 'lessons', 'applied'] as const).forEach((category, at) => {
      if (Number(numbers[at]) > 0) counts[`${stage}|${column}|${category}`] = Number(numbers[at])
    })
  }
  return counts
}

describe('the outcome map: where the evidence is, and where it is missing', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('is reached from the header, switched to topics, narrowed to a province, and each number leads to a search of as many results, as the CSV says', async () => {
    await page.goto(`${server.url}/fa`)
    await page.getByRole('navigation', { name: common.mainNavigation.fa }).getByRole('link', { name: common.outcomeMap.fa, exact: true }).click()
    await page.waitForURL((url) => url.pathname === paths.map('fa'))
    const table = page.getByRole('table')
    await expect.poll(() => table.isVisible()).toBe(true)
    // A real table: a caption, column and row headers, gaps worded rather than left blank.
    expect(await table.locator('caption').innerText()).toContain(mapText.byTargetGroup.fa)
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1)
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(1)
    expect(await table.locator('.map-cell--empty').first().innerText()).toContain(mapText.noEvidence.fa)
    expect(await table.locator('tbody').innerText()).not.toMatch(/[0-9]/)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-target-groups')

    await page.getByRole('navigation', { name: mapText.columnsHeading.fa }).getByRole('link', { name: mapText.byTopic.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('by') === 'topic')
    await expect.poll(() => table.locator('caption').innerText()).toContain(mapText.byTopic.fa)

    // The province with the most published case studies, as the search API counts them.
    const facets = (await (await fetch(`${server.url}/api/search?type=case-studies&locale=fa`)).json()) as { facets: { province: { value: string; label: string }[] } }
    const province = facets.facets.province[0]!
    await page.getByLabel(mapText.province.fa, { exact: true }).selectOption(province.value)
    await page.getByRole('button', { name: mapText.apply.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('province') === province.value && url.searchParams.get('by') === 'topic')
    await expect.poll(() => table.locator('caption').innerText()).toContain(province.label)
    // Many columns scroll inside the table's own region; the page itself never grows wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-topics-province')

    const shown = await tableCounts(page)
    expect(Object.keys(shown).length).toBeGreaterThan(0)
    const csvHref = await page.getByRole('link', { name: mapText.download.fa }).getAttribute('href')
    const csv = await fetch(server.url + csvHref)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csvCounts(new TextDecoder().decode(bytes))).toEqual(Object.fromEntries(Object.entries(shown).map(([key, text]) => [key, persianNumber(text)])))

    const link = table.locator('a[data-category]').first()
    const count = persianNumber(await link.innerText())
    await link.click()
    await page.waitForURL((url) => url.pathname === paths.search('fa'))
    const status = await page.getByRole('status').first().innerText()
    expect(status === searchText.resultsCountNone.fa ? 0 : persianNumber(status)).toBe(count)
  })
})
