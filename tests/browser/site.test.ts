import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { common } from '../../src/site/text/common'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

const shoot = screenshotsInto('site')

const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir.toLowerCase() }))

describe('the public site’s frame: languages, landmarks, keyboard, 404', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  const offSiteRequests: string[] = []

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    // An English browser: the site still opens in Persian, the network's first language.
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

  it('opens the bare address in Persian, right to left, with every landmark, set in its own Vazirmatn', async () => {
    const response = await page.goto(server.url + '/')
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/fa')
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    for (const role of ['banner', 'main', 'contentinfo'] as const) {
      await expect.poll(() => page.getByRole(role).count()).toBe(1)
    }
    await expect.poll(() => page.getByRole('navigation', { name: common.mainNavigation.fa }).isVisible()).toBe(true)
    const font = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        family: getComputedStyle(document.body).fontFamily.split(',')[0]?.replace(/["']/g, '').trim(),
        loaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Vazirmatn' && face.status === 'loaded'),
      }
    })
    expect(font).toEqual({ family: 'Vazirmatn', loaded: true })
    expect(offSiteRequests).toEqual([])
  })

  it('lets a keyboard reader skip straight to the content', async () => {
    await page.goto(server.url + '/fa')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: common.skipToContent.fa })
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true)
    await expect.poll(() => skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('switches to English on the same page, and remembers the choice for the bare address and permanent links', async () => {
    await page.goto(server.url + '/fa/search?q=' + encodeURIComponent('کارآفرینی'))
    await page.getByRole('link', { name: common.languageSwitch.fa }).click()
    await page.waitForURL((url) => url.pathname === '/en/search')
    expect(new URL(page.url()).searchParams.get('q')).toBe('کارآفرینی')
    expect(await htmlLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' })

    await page.goto(server.url + '/')
    expect(new URL(page.url()).pathname).toBe('/en')
    const permalink = await page.request.get(server.url + '/organizations/1', { maxRedirects: 0 })
    expect(permalink.status()).toBe(307)
    expect(permalink.headers().location).toMatch(/\/en\/organizations\/1$/)

    // Back to Persian for the rest of the run.
    await page.getByRole('link', { name: common.languageSwitch.en }).click()
    await page.waitForURL((url) => url.pathname === '/fa')
  })

  it('answers an unknown address with a 404 in the reader’s language, inside the site', async () => {
    const response = await page.goto(server.url + '/fa/no-such-page')
    expect(response?.status()).toBe(404)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: common.notFoundTitle.fa }).isVisible()).toBe(true)
    expect(await htmlLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await expect.poll(() => page.getByRole('banner').isVisible()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await shoot(page, '404-fa')

    const other = await page.request.get(server.url + '/de/anything')
    expect(other.status()).toBe(404)
  })
})
