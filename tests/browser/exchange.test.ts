import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exchangeWords } from '../../src/exchange/words'
import { paths } from '../../src/site/paths'
import { common } from '../../src/site/text/common'
import { documents } from '../../src/site/text/documents'
import { exchangeText } from '../../src/site/text/exchange'
import { exchangeItems } from '../../scripts/seed/exchange'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

// The Kerman carpet NGO's editor: their NGO offers master weavers, and Isfahan needs them.
const editor = { email: 'editor@hamafza.test', password: 'hamafza-editor' }
const offer = exchangeItems.find((item) => item.key === 'kerman-craftspeople')!
const need = exchangeItems.find((item) => item.key === 'isfahan-needs-masters')!

type Item = { id: number | string; title: string; status: string }

const shot = screenshotsInto('exchange')

describe('a member finds a need matching their NGO’s offer on the exchange and answers it', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page

  const asAdmin = async () => {
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@hamafza.test', password: 'hamafza-admin' }) })
    return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  }
  const itemTitled = async (title: string): Promise<Item> => {
    const response = await fetch(`${server.url}/api/offers-and-needs?depth=0&locale=fa&where[title][equals]=${encodeURIComponent(title)}`, { headers: await asAdmin() })
    return ((await response.json()) as { docs: Item[] }).docs[0]!
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

  it('shows visitors neither the list nor an item, and asks them to sign in', async () => {
    const item = await itemTitled(need.title.fa)
    const anonymous = await fetch(server.url + paths.exchangeItem('fa', item.id))
    expect(anonymous.status).toBe(404)
    const body = await anonymous.text()
    expect(body).not.toContain(need.contact.email)
    expect(body).not.toContain(need.title.fa)
    expect((await fetch(`${server.url}/api/offers-and-needs`)).status).toBe(403)

    await page.goto(server.url + paths.exchange('fa'))
    expect(await page.getByText(exchangeText.membersOnly.fa).isVisible()).toBe(true)
    expect(await page.content()).not.toContain(need.title.fa)
    expect(await page.getByRole('navigation', { name: common.mainNavigation.fa }).getByRole('link', { name: common.exchange.fa }).count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('signs in, filters the needs, opens its own offer, follows the matching need and answers it', async () => {
    await page.goto(server.url + paths.exchange('fa'))
    await page.getByRole('link', { name: exchangeText.signIn.fa }).last().click()
    await page.fill('#sign-in-email', editor.email)
    await page.fill('#sign-in-password', editor.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    const heading = page.getByRole('heading', { level: 1, name: exchangeText.title.fa })
    await expect.poll(() => heading.isVisible(), { timeout: 30_000 }).toBe(true)
    await expect.poll(() => page.getByRole('navigation', { name: common.mainNavigation.fa }).getByRole('link', { name: common.exchange.fa }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    // The editor is offered to post their NGO's own, in the authors' panel.
    expect(await page.getByRole('link', { name: exchangeText.post.fa }).getAttribute('href')).toBe('/admin/collections/offers-and-needs/create')

    // The needs for a master craftsperson: Isfahan's is there, and no offer.
    await page.getByLabel(exchangeText.direction.fa).selectOption('need')
    await page.getByLabel(exchangeText.kind.fa).selectOption('craftsperson')
    await page.getByRole('button', { name: exchangeText.apply.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('kind') === 'craftsperson')
    const listed = page.locator('[data-exchange-item]')
    await expect.poll(() => listed.allInnerTexts()).toEqual([expect.stringContaining(need.title.fa)])
    await shot(page, 'list-filtered-fa')

    // From its own offer, the matching need, with what they share.
    const offerId = String((await itemTitled(offer.title.fa)).id)
    await page.goto(server.url + paths.exchangeItem('fa', offerId))
    expect(await page.getByText(exchangeText.ownItem.fa).isVisible()).toBe(true)
    await shot(page, 'own-offer-with-matches-fa')
    const matches = page.getByRole('region', { name: exchangeText.matchesForOffer.fa })
    await matches.getByRole('link', { name: need.title.fa }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/fa/exchange/') && !url.pathname.endsWith(`/${offerId}`))
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(need.title.fa)
    expect(await page.getByRole('link', { name: need.contact.email }).isVisible()).toBe(true)
    // The phone as written (Persian digits), dialled in ASCII ones.
    expect(await page.getByRole('link', { name: need.contact.phone }).getAttribute('href')).toBe('tel:03136600220')
    expect(await page.getByRole('region', { name: exchangeText.matchesForNeed.fa }).innerText()).toContain(offer.title.fa)
    expect(await seriousViolations(page)).toEqual([])

    const message = 'دو استادکار ما از اردیبهشت می‌توانند کارآموزان شما را در کارگاه اصفهان همراهی کنند.'
    await page.getByLabel(exchangeText.answerLabel.fa).fill(message)
    await page.getByRole('button', { name: exchangeText.answerSend.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('answered') === '1')
    expect(await page.getByRole('status').innerText()).toBe(exchangeText.answered.fa)
    expect(await page.locator('.doc-header__type').innerText()).toContain(exchangeWords.statuses.inDiscussion.fa)
    await shot(page, 'need-answered-fa')
    expect(await seriousViolations(page)).toEqual([])

    const item = await itemTitled(need.title.fa)
    expect(item.status).toBe('inDiscussion')
    const answers = await fetch(`${server.url}/api/exchange-answers?depth=0&where[item][equals]=${item.id}`, { headers: await asAdmin() })
    expect(((await answers.json()) as { docs: { message: string }[] }).docs.map((answer) => answer.message)).toContain(message)
  })

  it('lists the open offers and needs of a province on its page, for members', async () => {
    const province = (await (await fetch(`${server.url}/api/provinces?depth=0&locale=fa&where[code][equals]=12`)).json()) as { docs: { id: number | string }[] }
    await page.goto(server.url + paths.document('fa', 'provinces', province.docs[0]!.id))
    const section = page.getByRole('region', { name: exchangeText.provinceHeading.fa })
    // The need answered above, now in discussion, and Isfahan's open offer of its workshop; no closed item.
    await expect.poll(() => section.innerText()).toContain(need.title.fa)
    expect(await section.innerText()).toContain(exchangeItems.find((item) => item.key === 'isfahan-workshop')!.title.fa)
    await shot(page, 'province-isfahan-fa')
    expect(await section.locator('[data-exchange-item]').count()).toBe(exchangeItems.filter((item) => item.provinces.includes('12') && ['open', 'inDiscussion'].includes(item.status)).length)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('refuses, with its reason, an answer to the editor’s own NGO’s item', async () => {
    const own = await itemTitled(offer.title.fa)
    const response = await page.request.post(server.url + paths.exchangeAnswer('fa', own.id), { form: { message: 'سلام' }, headers: { Origin: server.url } })
    expect(response.status()).toBe(403)
    expect(await response.text()).toContain(exchangeWords.refusals.ownItem.fa)
  })

  it('reads the item in English with the same checks', async () => {
    await page.goto(server.url + paths.exchangeItem('en', (await itemTitled(need.title.fa)).id))
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(need.title.en)
    await shot(page, 'need-en')
    expect(await seriousViolations(page)).toEqual([])
  })
})
