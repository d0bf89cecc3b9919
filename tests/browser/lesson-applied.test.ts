import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { labels } from '../../src/i18n/labels'
import { paths } from '../../src/site/paths'
import { documents } from '../../src/site/text/documents'
import { homeText } from '../../src/site/text/home'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { artifactsDir } from './support/paths'
import { startBuiltServer, type BuiltServer } from './support/server'

const screenshots = path.join(artifactsDir, 'lesson-applied')
mkdirSync(screenshots, { recursive: true })
/** A full-page picture once fonts and layout settle (a lesson page's prefetches keep the network from falling silent). */
const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('load')
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
}

// Edits for the Kerman carpet NGO, which has not applied the working-capital lesson of the Isfahan cooperative.
const editor = { email: 'editor@hamafza.test', password: 'hamafza-editor' }
const lessonTitle = 'پیش از نخستین سفارش قطعی، سرمایه را صرف تجهیزات نکنید'
/** Persian digits as a number: «۱۲» → 12. */
const persianNumber = (text: string) => Number(text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))).replace(/[^\d]/g, ''))

const words = 'کارگاه فرش کرمان خرید دار تازه را تا رسیدن سفارش فروشگاه تهران عقب انداخت.'

describe('an NGO editor marks a lesson applied from its page', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let token: string
  let lessonId: number

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(editor) })
    token = ((await login.json()) as { token: string }).token
    const found = await fetch(`${server.url}/api/lessons?depth=0&limit=1&locale=fa&where[title][equals]=${encodeURIComponent(lessonTitle)}`)
    lessonId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  })

  afterAll(async () => {
    // The demo stays as it was seeded, for the other tests of the run.
    const mine = await fetch(`${server.url}/api/lesson-applications?depth=0&where[lesson][equals]=${lessonId}&where[whatHappened][equals]=${encodeURIComponent(words)}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    for (const doc of ((await mine.json()) as { docs: { id: number }[] }).docs)
      await fetch(`${server.url}/api/lesson-applications/${doc.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    await browser?.close()
    await server?.stop()
  })

  it('counts on the home page the lessons applied and the NGOs that applied them, of the entries a visitor may read', async () => {
    await page.goto(`${server.url}${paths.home('fa')}`)
    const numbers = Object.fromEntries(
      await page.locator('.home-numbers__item').evaluateAll((items) => items.map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
    ) as Record<string, string>
    const visible = ((await (await fetch(`${server.url}/api/lesson-applications?depth=0&limit=100`)).json()) as { docs: { lesson: number; organization: number }[] }).docs
    const everyEntry = ((await (await fetch(`${server.url}/api/lesson-applications?depth=0&limit=100`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: unknown[] }).docs
    // The demo's members-only lesson was applied too: a visitor's numbers leave it out.
    expect(visible.length).toBeLessThan(everyEntry.length)
    expect(persianNumber(numbers[homeText.appliedLessons.fa]!)).toBe(new Set(visible.map((entry) => entry.lesson)).size)
    expect(persianNumber(numbers[homeText.applyingNgos.fa]!)).toBe(new Set(visible.map((entry) => entry.organization)).size)
    expect(persianNumber(numbers[homeText.appliedLessons.fa]!)).toBeGreaterThan(0)
    await shoot(page, 'fa-home')

    // The search the map's applied counts link to finds as many lessons, and names its filter.
    await page.goto(`${server.url}${paths.search('fa', { type: 'lessons', practice: 'applied' })}`)
    await expect.poll(async () => persianNumber(await page.getByRole('status').first().innerText())).toBe(new Set(visible.map((entry) => entry.lesson)).size)
    expect(await page.locator('main').innerText()).toContain(labels.practiceApplied.fa)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('lists who applied the lesson, signs the editor in, records their NGO applied it, and shows the entry', async () => {
    const lessonPath = paths.document('fa', 'lessons', lessonId)
    await page.goto(server.url + lessonPath)
    const applied = page.locator('section.doc-applied')
    const entries = applied.locator('[data-application]')
    // The demo's two NGOs, each linked, dated in the Jalali calendar with Persian digits; no form for a visitor.
    expect(await entries.count()).toBe(2)
    expect(await entries.first().getByRole('link').count()).toBe(1)
    expect(await entries.first().locator('time').innerText()).toMatch(/^[۰-۹]+ [^\d]+ [۰-۹]+$/)
    expect(await applied.getByRole('button', { name: documents.appliedFormSubmit.fa }).count()).toBe(0)

    // A visitor's post is sent to sign in, and back to the lesson.
    const anonymous = await fetch(server.url + paths.lessonApplied('fa', lessonId), { method: 'POST', body: new URLSearchParams({ result: 'improved' }), redirect: 'manual' })
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe(paths.signIn('fa', lessonPath))

    await page.goto(server.url + paths.signIn('fa', lessonPath))
    await page.fill('#sign-in-email', editor.email)
    await page.fill('#sign-in-password', editor.password)
    await page.getByRole('button', { name: documents.signInSubmit.fa }).click()
    await page.waitForURL((url) => url.pathname === lessonPath, { timeout: 30_000 })
    const form = page.getByRole('form', { name: documents.appliedFormHeading.fa })
    await expect.poll(() => form.isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await seriousViolations(page)).toEqual([])

    // The Persian form asks for the Jalali date as it is written: 11 Khordad 1404 is 1 June 2025.
    const date = form.getByLabel(documents.appliedFormDate.fa)
    expect(await date.getAttribute('aria-describedby')).toBe('applied-date-hint')
    await date.fill('۱۴۰۴/۰۳/۱۱')
    await form.getByLabel(documents.appliedFormResult.fa).selectOption('improved')
    await form.getByLabel(documents.appliedFormWhatHappened.fa).fill(words)
    await form.getByRole('button', { name: documents.appliedFormSubmit.fa }).click()
    await page.waitForURL((url) => url.pathname === lessonPath && url.hash === '#doc-applied')
    await expect.poll(() => entries.count()).toBe(3)
    const mine = entries.filter({ hasText: words })
    expect(await mine.innerText()).toContain('کرمان')
    expect(await mine.innerText()).toContain(documents.appliedResult.fa)
    expect(await mine.locator('time').getAttribute('datetime')).toMatch(/^2025-06-01/)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-lesson-applied')

    // Bad input is refused with words, and nothing is recorded.
    const bad = await fetch(server.url + paths.lessonApplied('fa', lessonId), {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: new URLSearchParams({ appliedOn: '2025-13-40', result: 'improved', whatHappened: 'x' }),
      redirect: 'manual',
    })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain(documents.appliedNeedsDate.fa)
    await page.reload()
    expect(await entries.count()).toBe(3)
  })

  it('says which curriculum edition the lesson changed, and that edition names the lesson among those that changed it', async () => {
    await page.goto(server.url + paths.document('fa', 'lessons', lessonId))
    const changed = page.getByRole('region', { name: documents.changedCurricula.fa })
    const link = changed.getByRole('link')
    expect(await link.innerText()).toContain('ویرایش ۲٫۰')
    await link.click()
    await page.waitForURL((url) => url.pathname.startsWith('/fa/curricula/'))
    const section = page.getByRole('region', { name: labels.changedByLessons.fa })
    await expect.poll(() => section.getByRole('link', { name: lessonTitle }).getAttribute('href')).toBe(paths.document('fa', 'lessons', lessonId))
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, 'fa-curriculum-changed-by-lessons')
  })
})
