import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { labels } from '../../src/i18n/labels'
import { common } from '../../src/site/text/common'
import { documents } from '../../src/site/text/documents'
import { signInToAdmin } from './support/adminSignIn'
import { launchChromium, type Browser } from './support/chromium'
import { watchPolicyViolations } from './support/policyViolations'
import { startBuiltServer, type BuiltServer } from './support/server'

/** The demo content's accounts (README). */
const member = { email: 'member@hamafza.test', password: 'hamafza-member' }
const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('the site and the admin work under their content security policies, with no violation', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let policy: Awaited<ReturnType<typeof watchPolicyViolations>>

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa', env: { SERVER_URL: '' } })
    browser = await launchChromium({ locale: 'fa-IR' })
    policy = await watchPolicyViolations(browser.context)
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('reports a violation when one happens, so that silence below means something', async () => {
    await page.goto(`${server.url}/fa`)
    // What injected markup would try: a foreign image, and an inline handler that runs when it fails.
    await page.evaluate(() => {
      const injected = document.createElement('div')
      injected.innerHTML = '<img src="https://evil.example/pixel.png" onerror="window.__injected = true">'
      document.body.append(injected)
    })
    await expect.poll(() => policy.violations.length).toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    expect(policy.violations.join('\n')).toMatch(/script-src-attr/)
    expect(policy.violations.join('\n')).toMatch(/img-src/)
    policy.clear()
  })

  it('the public site: home, search as you type, a document, an unknown address, signing in', async () => {
    await page.goto(`${server.url}/fa`)
    await expect.poll(() => page.getByRole('navigation', { name: common.mainNavigation.fa }).isVisible()).toBe(true)

    // Search as you type runs on the page's own scripts: the address and the hits follow the keys.
    await page.goto(`${server.url}/fa/search`)
    const box = page.locator('#search-q')
    await box.click()
    await box.pressSequentially('زنبورداری', { delay: 40 })
    await page.waitForURL((url) => url.searchParams.get('q') === 'زنبورداری')
    const hit = page.locator('.search__hits .hit__title a').first()
    await expect.poll(() => hit.innerText()).toContain('زنبورداری')

    const title = await hit.innerText()
    await hit.click()
    await page.waitForURL((url) => /^\/fa\/case-studies\/[^/]+$/.test(url.pathname))
    await expect.poll(() => page.locator('h1').innerText()).toBe(title)

    await page.goto(`${server.url}/fa/no-such-page`)
    await page.goto(`${server.url}/no-such-page`)
    await expect.poll(() => page.locator('h1').first().innerText()).toMatch(/404/)

    // The sign-in form tells a wrong password in place, through its script, then signs the member in.
    await page.goto(`${server.url}/fa/sign-in`)
    await page.getByLabel(documents.email.fa).fill(member.email)
    await page.getByLabel(documents.password.fa).fill('not-the-password')
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    await expect.poll(() => page.locator('form').getByRole('alert').innerText()).toBe(documents.signInFailed.fa)
    await page.getByLabel(documents.password.fa).fill(member.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    await page.waitForURL((url) => url.pathname === '/fa')
    await expect.poll(() => page.getByRole('button', { name: common.signOut.fa }).isVisible()).toBe(true)

    expect(policy.violations).toEqual([])
  })

  it('the admin: log in, the list, a document in the editor, its draft saved, versions, an upload, the account', async () => {
    await browser.context.clearCookies()
    await signInToAdmin(page, { url: server.url, email: admin.email, password: admin.password })
    await expect.poll(() => page.locator('.dashboard').getByText(labels.lessons.fa, { exact: true }).first().isVisible()).toBe(true)

    await page.goto(`${server.url}/admin/collections/lessons`)
    const firstRow = page.locator('.table tbody tr').first().locator('a').first()
    await expect.poll(() => firstRow.isVisible()).toBe(true)
    await firstRow.click()
    await page.waitForURL((url) => /^\/admin\/collections\/lessons\/[^/]+$/.test(url.pathname))
    const id = new URL(page.url()).pathname.split('/').pop()!

    const titleField = page.locator('#field-title')
    await expect.poll(() => titleField.isEditable()).toBe(true)
    const draftTitle = `${await titleField.inputValue()} (پیش‌نویس)`
    // Documents save themselves as drafts while being edited (autosave), through the REST API.
    const saving = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/lessons/${id}?`))
    await titleField.fill(draftTitle)
    const saved = await saving
    expect(saved.status(), await saved.text()).toBe(200)
    expect(saved.url()).toContain('draft=true')
    const draft = await page.request.get(`${server.url}/api/lessons/${id}?draft=true&depth=0`)
    expect(((await draft.json()) as { title: string }).title).toBe(draftTitle)

    // The editor's other views: versions, and the account.
    await page.goto(`${server.url}/admin/collections/lessons/${id}/versions`)
    await expect.poll(() => page.locator('.table, .versions').first().isVisible()).toBe(true)
    // An image chosen for upload is previewed from a blob: address before it is sent.
    await page.goto(`${server.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: onePixelPng })
    await expect.poll(() => page.locator('img[src^="blob:"]').count()).toBeGreaterThan(0)
    await page.goto(`${server.url}/admin/account`)
    await expect.poll(() => page.locator('#field-email').inputValue()).toBe(admin.email)

    expect(policy.violations).toEqual([])
  })
})
