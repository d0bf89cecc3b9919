import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { labels } from '../../src/i18n/labels'
import { caseStudyDocx, caseStudyWords } from '../support/wordFixtures'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { startBuiltServer, type BuiltServer } from './support/server'

const editor = { email: 'editor@hamafza.test', password: 'hamafza-editor' }

/**
 * An NGO editor brings existing knowledge in from the admin: a Word file and a sheet of records, each
 * previewed first (nothing written), then imported as drafts of their NGO, with a report that links to them.
 */
describe('importing Word files and spreadsheets from the admin', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let token: string
  const folder = mkdtempSync(path.join(tmpdir(), 'hamafza-import-'))

  const count = async (collection: string, title: string) => {
    const response = await fetch(`${server.url}/api/${collection}?draft=true&depth=0&limit=0&where[title][equals]=${encodeURIComponent(title)}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    return ((await response.json()) as { totalDocs: number }).totalDocs
  }
  const panel = () => page.locator('details.hamafza-import')
  const open = async (collection: string) => {
    await page.goto(`${server.url}/admin/collections/${collection}`)
    await panel().locator('summary').click()
    await expect.poll(() => panel().getByLabel(labels.importFile.fa).isVisible(), { timeout: 30_000 }).toBe(true)
  }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(editor) })
    token = ((await login.json()) as { token: string }).token
    const { hostname } = new URL(server.url)
    await browser.context.addCookies([{ name: 'payload-token', value: token, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' }])
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(folder, { recursive: true, force: true })
  })

  it('previews a Word case study, then makes it a draft of the editor’s NGO and opens it', async () => {
    const file = path.join(folder, 'case-study.docx')
    writeFileSync(file, await caseStudyDocx())
    await open('case-studies')
    await panel().getByLabel(labels.importFile.fa).setInputFiles(file)
    // What the file cannot say and a case study needs: its outcome, asked beside the file.
    await panel().getByLabel(labels.outcome.fa, { exact: true }).selectOption('mixed')
    await panel().getByRole('button', { name: labels.importPreview.fa }).click()
    const preview = panel().locator('[data-import-result="preview"]')
    await expect.poll(() => preview.isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await preview.innerText()).toContain(caseStudyWords.title)
    // Where the headings go: the case study's own fields.
    expect(await preview.innerText()).toContain('context')
    expect(await count('case-studies', caseStudyWords.title)).toBe(0)
    expect(await seriousViolations(page, { within: 'details.hamafza-import' })).toEqual([])

    await panel().getByRole('button', { name: labels.importRun.fa }).click()
    const report = panel().locator('[data-import-result="report"]')
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await count('case-studies', caseStudyWords.title)).toBe(1)
    const made = (await (await fetch(`${server.url}/api/case-studies?draft=true&depth=0&where[title][equals]=${encodeURIComponent(caseStudyWords.title)}`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { outcome: string; _status: string }[] }
    expect(made.docs[0]).toMatchObject({ outcome: 'mixed', _status: 'draft' })
    await report.getByRole('link', { name: labels.importOpenDraft.fa }).click()
    await page.waitForURL((url) => /\/admin\/collections\/case-studies\/[^/]+$/.test(url.pathname))
    // The draft waits for its author's next step: submitting it for review.
    await expect.poll(() => page.getByRole('button', { name: labels.actionSubmit.fa, exact: true }).isVisible(), { timeout: 30_000 }).toBe(true)
  })

  it('previews a sheet of lessons row by row, then imports it with a report of what was made, skipped and refused', async () => {
    const titles = ['درس واردشده از جدول', 'درس دوم جدول']
    const file = path.join(folder, 'lessons.csv')
    writeFileSync(
      file,
      ['title,rootCause,lesson', `${titles[0]},market,بازار را بسنجید.`, `${titles[1]},design,"سطر نخست\nسطر دوم"`, 'درس فرمول,market,=HYPERLINK("http://evil.example")'].join('\n'),
    )
    await open('lessons')
    await panel().getByLabel(labels.importFile.fa).setInputFiles(file)
    await panel().getByRole('button', { name: labels.importPreview.fa }).click()
    const rows = () => panel().locator('tbody tr')
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(3)
    expect(await rows().evaluateAll((all) => all.map((row) => row.getAttribute('data-import-status')))).toEqual(['wouldCreate', 'wouldCreate', 'refused'])
    expect(await count('lessons', titles[0]!)).toBe(0)

    await panel().getByRole('button', { name: labels.importRun.fa }).click()
    await expect.poll(() => panel().locator('[data-import-result="report"]').isVisible(), { timeout: 30_000 }).toBe(true)
    expect(await rows().evaluateAll((all) => all.map((row) => row.getAttribute('data-import-status')))).toEqual(['created', 'created', 'refused'])
    for (const title of titles) expect(await count('lessons', title)).toBe(1)
    expect(await panel().getByRole('link', { name: titles[0] }).getAttribute('href')).toMatch(/\/admin\/collections\/lessons\/[^/]+$/)
  })

  it('says which files it takes when given another kind', async () => {
    const file = path.join(folder, 'notes.txt')
    writeFileSync(file, 'یادداشت')
    await open('lessons')
    await panel().getByLabel(labels.importFile.fa).setInputFiles(file)
    expect(await panel().getByRole('alert').innerText()).toBe(labels.importUnknownKind.fa)
    expect(await panel().getByRole('button', { name: labels.importPreview.fa }).isDisabled()).toBe(true)
  })
})
