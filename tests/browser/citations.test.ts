import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths } from '../../src/site/paths'
import { citations } from '../../src/site/text/citations'
import { documents } from '../../src/site/text/documents'
import { seriousViolations } from './support/axe'
import { launchChromium, type Browser } from './support/chromium'
import { artifactsDir } from './support/paths'
import { watchPolicyViolations } from './support/policyViolations'
import { startBuiltServer, type BuiltServer } from './support/server'

type Doc = { id: number; title: string; organization: { name: string }; code?: string; edition?: string }

/**
 * What search engines and reference managers read of a document page on the built app with the demo content:
 * its schema.org JSON-LD, and the citation files "Cite this" links to, downloaded as a reader clicks them.
 */
describe('structured data and citation files of document pages', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let policy: Awaited<ReturnType<typeof watchPolicyViolations>>
  let carpet: Doc
  let curriculum: Doc

  const first = async (query: string) => {
    const response = await fetch(`${server.url}/api/${query}&depth=1&locale=fa&limit=1&where[_status][equals]=published`)
    expect(response.status, query).toBe(200)
    return ((await response.json()) as { docs: Doc[] }).docs[0]!
  }

  /** Every JSON-LD block of the page, parsed, with whether it carries the nonce Next's own scripts carry. */
  const structuredData = () =>
    page.evaluate(() => {
      const nextNonce = [...document.querySelectorAll('script:not([type])')].map((script) => (script as HTMLScriptElement).nonce).find(Boolean)
      return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
        data: JSON.parse(script.textContent ?? '') as Record<string, unknown>,
        nonced: Boolean(nextNonce) && (script as HTMLScriptElement).nonce === nextNonce,
      }))
    })

  /** Clicks a link in "Cite this" and reads the file the browser downloads. */
  const download = async (name: RegExp) => {
    const link = page.getByRole('region', { name: documents.cite.fa }).getByRole('link', { name })
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(await file.failure()).toBeNull()
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') }
  }

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    policy = await watchPolicyViolations(browser.context)
    page = await browser.context.newPage()
    carpet = await first('case-studies?where[title][like]=فرش دستباف')
    curriculum = await first('curricula?where[code][equals]=SOFT-01&where[edition][equals]=2.0')
    expect(carpet?.title).toBeTruthy()
    expect(curriculum?.title).toBeTruthy()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('gives a curriculum page a Course and a case study page a Report, each in a script with the page’s nonce', async () => {
    await page.goto(server.url + paths.document('fa', 'curricula', curriculum.id))
    const [course] = await structuredData()
    expect(course!.nonced).toBe(true)
    expect(course!.data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: curriculum.title,
      courseCode: 'SOFT-01',
      version: '2.0',
      inLanguage: 'fa',
      url: `${server.url}/curricula/${curriculum.id}`,
      provider: { '@type': 'Organization', name: curriculum.organization.name },
    })
    expect(course!.data.timeRequired).toMatch(/^PT\d+H$/)

    await page.goto(server.url + paths.document('fa', 'case-studies', carpet.id))
    const [report] = await structuredData()
    expect(report!.nonced).toBe(true)
    expect(report!.data).toMatchObject({ '@type': 'Report', name: carpet.title, author: { name: carpet.organization.name }, publisher: { name: 'هم‌افزا' } })
    expect(Date.parse(String(report!.data.datePublished))).not.toBeNaN()
    expect(policy.violations).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
  })

  it('downloads the case study’s citation as BibTeX, RIS and CSL-JSON from "Cite this", pinned to the edition on the page', async () => {
    const section = page.getByRole('region', { name: documents.cite.fa })
    mkdirSync(path.join(artifactsDir, 'citations'), { recursive: true })
    await section.screenshot({ path: path.join(artifactsDir, 'citations', 'fa-cite-this.png') })
    const pinned = await page.getByRole('link', { name: new RegExp(`/case-studies/${carpet.id}/editions/`) }).first().getAttribute('href')
    expect(pinned).toMatch(new RegExp(`^${server.url}/case-studies/${carpet.id}/editions/[^/]+$`))

    const bib = await download(/^BibTeX \(\.bib\)\s*،\s*پرونده BibTeX/)
    // Named after the title and the version, in Persian (RFC 5987's filename*).
    expect(bib.name).toMatch(/ \(v\d+\)\.bib$/)
    expect(bib.name.startsWith(carpet.title.split(' ')[0]!)).toBe(true)
    expect(bib.text).toMatch(/^@techreport\{hamafza-case-studies-/)
    expect(bib.text).toContain(`  author = {{${carpet.organization.name}}},`)
    expect(bib.text).toContain(`  url = {${pinned}},`)

    const ris = await download(/^RIS \(\.ris\)/)
    expect(ris.name.endsWith('.ris')).toBe(true)
    const lines = ris.text.split('\r\n')
    expect(lines[0]).toBe('TY  - RPRT')
    expect(lines).toContain(`TI  - ${carpet.title}`)
    expect(lines).toContain(`UR  - ${pinned}`)

    const csl = await download(/^CSL-JSON \(\.json\)/)
    expect(csl.name.endsWith('.json')).toBe(true)
    const [item] = JSON.parse(csl.text) as Record<string, unknown>[]
    expect(item).toMatchObject({ type: 'report', title: carpet.title, URL: pinned, language: 'fa', publisher: 'هم‌افزا', author: [{ literal: carpet.organization.name }] })
  })

  it('refuses over HTTP, with words, a citation of a document that is not there and of an edition that cannot be one', async () => {
    const missing = await fetch(`${server.url}${paths.citation('fa', 'case-studies', 999999, 'bib')}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await missing.text()).toBe(`${citations.notFound.fa}\n`)
    const bad = await fetch(`${server.url}${paths.citation('en', 'case-studies', carpet.id, 'ris', 'x<y')}`)
    expect(bad.status).toBe(400)
    expect(await bad.text()).toBe(`${citations.badEdition.en}\n`)
    const ok = await fetch(`${server.url}${paths.citation('en', 'curricula', curriculum.id, 'json')}`)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="hamafza-curricula-\d+-SOFT-01-2\.0\.json"; filename\*=UTF-8''/)
  })
})
