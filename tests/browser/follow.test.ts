import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths } from '../../src/site/paths'
import { documents } from '../../src/site/text/documents'
import { noticesText } from '../../src/site/text/notices'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { startBuiltServer, type BuiltServer } from './support/server'

const member = { email: 'member@hamafza.test', password: 'hamafza-member' }

type Subscription = { id: number | string; label: string; query: string; frequency: string }
type Named = { id: number | string; name?: string; title?: string; code?: string }

/**
 * Following from the public site: a member subscribes to a search, follows an NGO, a province and a
 * curriculum from their pages (signing in on the way), and manages what they follow on the notices page.
 */
describe('a member follows searches, NGOs, provinces and curricula from the public site', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let token: string

  const subscriptions = async (): Promise<Subscription[]> => {
    const response = await fetch(`${server.url}/api/subscriptions?depth=0&limit=100`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    return ((await response.json()) as { docs: Subscription[] }).docs
  }
  const first = async (collection: string, where = ''): Promise<Named> => {
    const response = await fetch(`${server.url}/api/${collection}?depth=0&limit=1&sort=id&locale=fa${where}`)
    return ((await response.json()) as { docs: Named[] }).docs[0]!
  }
  const followLink = (label: string) => page.getByRole('link', { name: noticesText.followLink.fa.replace('{label}', label) })

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(member) })
    token = ((await login.json()) as { token: string }).token
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('follows an NGO from its page: signs in on the way, confirms, and is told the second time that it follows already', async () => {
    const ngo = await first('organizations', '&where[membershipStatus][equals]=active')
    await page.goto(server.url + paths.document('fa', 'organizations', ngo.id))
    await followLink(ngo.name!).click()
    // Not signed in: the notices page sends the reader to sign in, and back to the same request.
    await page.getByRole('link', { name: noticesText.followSignIn.fa.replace('{label}', ngo.name!) }).click()
    await page.fill('#sign-in-email', member.email)
    await page.fill('#sign-in-password', member.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    const heading = page.getByRole('heading', { level: 2, name: noticesText.followHeading.fa.replace('{label}', ngo.name!) })
    await expect.poll(() => heading.isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel(noticesText.frequency.fa).first().selectOption('daily')
    await page.getByRole('button', { name: noticesText.follow.fa, exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('done') === 'added')
    expect(await page.getByRole('status').innerText()).toBe(noticesText.added.fa)
    const made = (await subscriptions()).find((subscription) => subscription.query === `organization=${ngo.id}`)
    expect(made).toMatchObject({ label: ngo.name, frequency: 'daily' })
    expect(await page.locator(`[data-subscription="${made!.id}"]`).innerText()).toContain(ngo.name!)

    // The same link again: nothing is made twice.
    await page.goto(server.url + paths.document('fa', 'organizations', ngo.id))
    await followLink(ngo.name!).click()
    await expect.poll(() => page.getByRole('status').innerText()).toBe(noticesText.alreadyFollowing.fa.replace('{label}', ngo.name!))
    expect((await subscriptions()).filter((subscription) => subscription.query === `organization=${ngo.id}`)).toHaveLength(1)
  })

  it('follows a province and a curriculum, the curriculum as the search its edition notices go to', async () => {
    const province = await first('provinces')
    await page.goto(server.url + paths.document('fa', 'provinces', province.id))
    await followLink(province.name!).click()
    await page.getByRole('button', { name: noticesText.follow.fa, exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('done') === 'added')

    const curriculum = await first('curricula', '&where[_status][equals]=published')
    await page.goto(server.url + paths.document('fa', 'curricula', curriculum.id))
    const label = `${curriculum.code} · ${curriculum.title}`
    await followLink(label).click()
    await page.getByRole('button', { name: noticesText.follow.fa, exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('done') === 'added')

    const queries = (await subscriptions()).map((subscription) => subscription.query)
    expect(queries).toContain(`province=${province.id}`)
    // What src/notifications/workflowNotices.ts takes for a follower of the curriculum.
    expect(queries).toContain(new URLSearchParams({ q: curriculum.code!, type: 'curricula' }).toString())
  })

  it('refuses a follow link that names no search it could make, saying why', async () => {
    await page.goto(`${server.url}/fa/notices?follow=${encodeURIComponent('colour=red')}&label=x`)
    expect(await page.locator('.notices__problem[role="alert"]').innerText()).toContain(noticesText.followProblem.fa.split('{problem}')[0]!.trim())
    expect(await page.getByRole('button', { name: noticesText.follow.fa, exact: true }).count()).toBe(0)
  })

  it('subscribes to a search with its filters from the search page, then changes how often and unsubscribes on the notices page', async () => {
    await page.goto(`${server.url}/fa/search?q=${encodeURIComponent('مهارت')}&type=case-studies`)
    await page.getByLabel(noticesText.frequency.fa).selectOption('immediate')
    await page.getByRole('button', { name: noticesText.subscribe.fa, exact: true }).click()
    await page.waitForURL((url) => url.pathname === paths.notices('fa') && url.searchParams.get('done') === 'added')
    const made = (await subscriptions()).find((subscription) => subscription.query === new URLSearchParams({ q: 'مهارت', type: 'case-studies' }).toString())
    expect(made).toMatchObject({ frequency: 'immediate' })

    const item = page.locator(`[data-subscription="${made!.id}"]`)
    await item.getByLabel(noticesText.frequency.fa).selectOption('weekly')
    await item.getByRole('button', { name: noticesText.save.fa }).click()
    await page.waitForURL((url) => url.searchParams.get('done') === 'saved')
    expect((await subscriptions()).find((subscription) => subscription.id === made!.id)?.frequency).toBe('weekly')

    await page.locator(`[data-subscription="${made!.id}"]`).getByRole('button', { name: `${noticesText.remove.fa}: ${made!.label}` }).click()
    await page.waitForURL((url) => url.searchParams.get('done') === 'removed')
    expect((await subscriptions()).some((subscription) => subscription.id === made!.id)).toBe(false)
  })
})
