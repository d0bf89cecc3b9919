import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths } from '../../src/site/paths'
import { downloads } from '../../src/site/text/downloads'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { artifactsDir } from './support/paths'
import { screenshotsInto } from './support/screenshots'
import { startBuiltServer, type BuiltServer } from './support/server'

/**
 * The curriculum page's side panel on the built app with the demo content, at a phone's width and a desktop's:
 * the download buttons' labels and captions on lines of their own, file kinds by the names people know, one
 * digit style per language.
 */
const screenshot = screenshotsInto('documents')

type Box = { x: number; y: number; width: number; height: number; text: string }

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5

/** The boxes of the panel's texts: each button's label and caption, the other language's links, the notes. */
const panelBoxes = (page: Page, heading: string) =>
  page.evaluate((name) => {
    const section = [...document.querySelectorAll('section')].find((element) => element.querySelector('h2')?.textContent === name)!
    const boxes: { x: number; y: number; width: number; height: number; text: string }[] = []
    const textBoxes = (element: Element) => {
      // Each line of each visible text as it is laid out, so two runs on one line are caught as well as two blocks.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden') || !node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height, text: node.textContent })
      }
    }
    for (const element of section.querySelectorAll('a > span:not(.visually-hidden), p > span > a, h2, p > span:first-child, p:not(:has(span))')) textBoxes(element)
    const links = [...section.querySelectorAll('a')].map((link) => {
      const rect = link.getBoundingClientRect()
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, text: link.textContent ?? '' }
    })
    const panel = section.getBoundingClientRect()
    return { boxes, links, panel: { x: panel.x, y: panel.y, width: panel.width, height: panel.height, text: '' } }
  }, heading)

describe('the curriculum page’s download panel on the built app', () => {
  let server: BuiltServer
  let browser: Browser
  let id: number

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    const response = await fetch(`${server.url}/api/curricula?where[code][equals]=SOFT-01&where[edition][equals]=2.0&depth=0`)
    id = ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const [device, viewport] of [
    ['phone', { width: 375, height: 812 }],
    ['desktop', { width: 1366, height: 900 }],
  ] as const) {
    for (const locale of ['fa', 'en'] as const) {
      it(`lays the buttons out without overlap, names file kinds and keeps to one digit style (${locale}, ${device})`, async () => {
        const page = await browser.context.newPage()
        await page.setViewportSize(viewport)
        await page.goto(`${server.url}${paths.document(locale, 'curricula', id)}`)
        const heading = downloads.downloadsHeading[locale]
        const panel = page.getByRole('region', { name: heading })
        await panel.scrollIntoViewIfNeeded()

        // Each button reads as its label, then its caption.
        const pdf = panel.getByRole('link', { name: new RegExp(`^${downloads.formatPdf[locale].replace(/[()]/g, '\\$&')}`) })
        expect(await pdf.getAttribute('href')).toBe(paths.curriculumDownload(locale, id, 'pdf'))
        const { boxes, links, panel: box } = await panelBoxes(page, heading)
        expect(boxes.length).toBeGreaterThan(8)
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false)
        }
        for (let i = 0; i < links.length; i += 1) {
          // Targets of 44 px, inside the panel, apart from one another.
          expect(links[i]!.height, links[i]!.text).toBeGreaterThanOrEqual(43.5)
          expect(links[i]!.x).toBeGreaterThanOrEqual(box.x - 0.5)
          expect(links[i]!.x + links[i]!.width).toBeLessThanOrEqual(box.x + box.width + 0.5)
          for (let j = i + 1; j < links.length; j += 1) expect(overlaps(links[i]!, links[j]!), `${links[i]!.text} / ${links[j]!.text}`).toBe(false)
        }
        // A label and its caption are on lines of their own.
        const label = await panel.locator('a span').first().boundingBox()
        const caption = await panel.locator('a span').nth(2).boundingBox()
        expect(caption!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1)

        const article = (await page.locator('article').innerText()).replace(/\s+/g, ' ')
        // File kinds as people know them, never a media type.
        expect(article).not.toMatch(/VND\.|OPENXMLFORMATS|APPLICATION\//i)
        expect(article).toContain('Word (DOCX)')
        // One digit style: Persian digits in the Persian page's words, Latin ones in English.
        if (locale === 'fa') {
          expect(article).toContain('ویرایش ۲٫۰')
          expect(article).not.toMatch(/ویرایش \d/)
          expect(await panel.innerText()).not.toMatch(/[0-9]/)
        } else {
          expect(article).toContain('Edition 2.0')
          expect(await panel.innerText()).not.toMatch(/[۰-۹]/)
        }
        expect(await seriousViolations(page)).toEqual([])
        await screenshot(page, `curriculum-${locale}-${device}`)
        await panel.screenshot({ path: path.join(artifactsDir, 'documents', `curriculum-panel-${locale}-${device}.png`) })
        await page.close()
      })
    }
  }
})
