import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatNumber } from '../../src/i18n/dates'
import { labels } from '../../src/i18n/labels'
import { paths } from '../../src/site/paths'
import { documents } from '../../src/site/text/documents'
import { exchangeText } from '../../src/site/text/exchange'
import { mapText } from '../../src/site/text/map'
import { demoAccounts } from '../../scripts/seed/people'
import { provinceCode } from '../../scripts/seed/provinces'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { readApi, tokenOf as signInOverRest, type Account } from './support/rest'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

type Organization = { id: number; name: string; licenceStage: keyof typeof stageLabel }
type CaseStudy = { id: number; title: string; outcome: 'success' | 'mixed' | 'failure' }

const stageLabel = {
  foundingBoard: labels.stageFoundingBoard.fa,
  licenceApplied: labels.stageLicenceApplied.fa,
  licensed: labels.stageLicensed.fa,
  registered: labels.stageRegistered.fa,
}
const outcomeLabel = { success: labels.outcomeSuccess.fa, mixed: labels.outcomeMixed.fa, failure: labels.outcomeFailure.fa }

describe('a provincial chapter page', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let kerman: { id: number; name: string }
  const shoot = screenshotsInto('chapters')

  const api = <T,>(path: string, token?: string) => readApi<T>(server.url, path, token)
  const tokenOf = (account: Account) => signInOverRest(server.url, account)
  /** The province's published case studies as the REST API gives them to this reader. */
  const casesOf = async (province: number, token?: string) =>
    (
      await api<{ docs: CaseStudy[] }>(
        `case-studies?where[provinces][in]=${province}&where[_status][equals]=published&depth=0&locale=fa&limit=200`,
        token,
      )
    ).docs
  /** The titles listed under one outcome's heading on the page. */
  const listedUnder = (outcome: CaseStudy['outcome']) =>
    page
      .getByRole('region', { name: new RegExp(`^${outcomeLabel[outcome]} \\(`) })
      .locator('.doc-list__title')
      .allInnerTexts()

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa/sign-in' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    kerman = (await api<{ docs: { id: number; name: string }[] }>(`provinces?where[code][equals]=${provinceCode.kerman}&locale=fa&depth=0`)).docs[0]!
    expect(kerman, 'the demo province of Kerman').toBeTruthy()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows a visitor the coordinators by name only, the member NGOs with their licence stage and the public case studies by outcome', async () => {
    const response = await page.goto(server.url + paths.document('fa', 'provinces', kerman.id))
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toBe(kerman.name)

    const coordinators = page.getByRole('region', { name: documents.coordinators.fa })
    expect(await coordinators.innerText()).toContain(demoAccounts.coordinator.fullName)
    expect(await page.content()).not.toContain(demoAccounts.coordinator.email)
    expect(await coordinators.innerText()).toContain(documents.coordinatorsContactNote.fa)

    // Every NGO based in the province is a row that names its licence stage, as the REST API has it.
    const organizations = (
      await api<{ docs: Organization[] }>(`organizations?where[province][equals]=${kerman.id}&locale=fa&depth=0&limit=100`)
    ).docs
    expect(organizations.length).toBeGreaterThan(0)
    const table = page.getByRole('table', { name: documents.organizationsTable.fa })
    for (const organization of organizations) {
      const row = table.getByRole('row', { name: new RegExp(organization.name) })
      expect(await row.getByRole('cell').nth(1).innerText()).toBe(stageLabel[organization.licenceStage])
    }
    expect(await table.locator('tbody tr').count()).toBe(organizations.length)

    // The case studies under each outcome are exactly those a visitor may read.
    const cases = await casesOf(kerman.id)
    expect(cases.length).toBeGreaterThan(0)
    for (const outcome of ['success', 'mixed', 'failure'] as const) {
      const expected = cases.filter((doc) => doc.outcome === outcome).map((doc) => doc.title)
      expect((await listedUnder(outcome)).sort(), outcome).toEqual(expected.sort())
      expect(await page.getByRole('heading', { level: 3, name: new RegExp(`^${outcomeLabel[outcome]} \\(`) }).innerText()).toContain(
        formatNumber(expected.length, 'fa'),
      )
    }

    // The exchange is named, but its offers and needs are for members alone.
    const exchange = page.getByRole('region', { name: exchangeText.provinceHeading.fa })
    expect(await exchange.innerText()).toContain(exchangeText.provinceForMembers.fa)
    expect(await exchange.locator('[data-exchange-item]').count()).toBe(0)

    expect(await page.getByRole('heading', { name: mapText.mapOfProvince.fa }).count()).toBe(1)
    const mapTable = async () => (await page.locator('table.map-table').innerText()).trim()
    const onChapter = await mapTable()
    expect(onChapter).toContain(kerman.name)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-province-visitor')

    // The chapter's map is the outcome map filtered to the province, cell for cell; its link opens that map.
    const mapLink = page.getByRole('link', { name: documents.openProvinceMap.fa })
    expect(await mapLink.getAttribute('href')).toBe(paths.map('fa', { province: String(kerman.id) }))
    await mapLink.click()
    await page.waitForURL((url) => url.pathname === paths.map('fa'))
    expect(await mapTable()).toBe(onChapter)
  })

  it('shows a signed-in member the coordinators’ e-mail and the members-only case studies too', async () => {
    const token = await tokenOf(demoAccounts.member)
    const signIn = await page.request.post(`${server.url}/api/users/login`, { data: { email: demoAccounts.member.email, password: demoAccounts.member.password } })
    expect(signIn.status()).toBe(200)
    await page.goto(server.url + paths.document('fa', 'provinces', kerman.id))

    const email = page.getByRole('region', { name: documents.coordinators.fa }).getByRole('link', { name: demoAccounts.coordinator.email })
    expect(await email.getAttribute('href')).toBe(`mailto:${demoAccounts.coordinator.email}`)

    // Tehran's call-centre case study is kept for members: listed under its outcome once signed in.
    const tehran = (await api<{ docs: { id: number }[] }>(`provinces?where[code][equals]=${provinceCode.tehran}&depth=0`)).docs[0]!
    await page.goto(server.url + paths.document('fa', 'provinces', tehran.id))
    const publicCount = (await casesOf(tehran.id)).length
    const cases = await casesOf(tehran.id, token)
    expect(cases.length, 'the demo holds a members-only case study in Tehran').toBeGreaterThan(publicCount)
    for (const outcome of ['success', 'mixed', 'failure'] as const) {
      const expected = cases.filter((doc) => doc.outcome === outcome).map((doc) => doc.title)
      expect((await listedUnder(outcome)).sort(), outcome).toEqual(expected.sort())
    }
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-province-member')
  })

  it('reads in English with the same sections', async () => {
    await page.goto(server.url + paths.document('en', 'provinces', kerman.id))
    for (const heading of [documents.coordinators.en, documents.organizationsIn.en, documents.casesByOutcome.en, mapText.mapOfProvince.en]) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1)
    }
    expect(await seriousViolations(page)).toEqual([])
  })
})
