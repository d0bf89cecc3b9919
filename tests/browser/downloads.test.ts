import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paths } from '../../src/site/paths'
import { comparable, docxParagraphs, pdfBookmarks, pdfPageCount, pdfText } from '../support/pdfText'
import { downloads } from '../../src/site/text/downloads'
import { launchChromium, type Browser } from './support/chromium'
import { artifactsDir } from './support/paths'
import { startBuiltServer, type BuiltServer } from './support/server'

/**
 * Curriculum downloads on the built app with the demo content, through a real browser download: the PDF
 * read back with poppler (logical order, Vazirmatn embedded, page 1 as a picture), the DOCX and the ZIP
 * unzipped, and the count of each edition's downloads read as an admin.
 */
const out = path.join(artifactsDir, 'downloads')

type Module = { code: string; title: string; hours: number; learningOutcomes?: string; methods?: string; materials?: string; assessment?: string }
type Curriculum = {
  id: number
  code: string
  edition: string
  title: string
  summary: string
  changelog?: string
  entryRequirements?: string
  accessibility?: string
  trainerQualifications?: string
  certification?: string
  modules: Module[]
  placement: { tasks: { task: string }[] }
  attachments: { filename: string; title?: string }[]
}

/** Every piece of text the curriculum page shows of an edition's own fields, which its files must carry too. */
const sectionTexts = (doc: Curriculum): string[] =>
  [
    doc.title,
    doc.summary,
    doc.changelog,
    doc.entryRequirements,
    doc.accessibility,
    doc.trainerQualifications,
    doc.certification,
    ...doc.modules.flatMap((row) => [row.title, row.learningOutcomes, row.methods, row.materials, row.assessment]),
    ...doc.placement.tasks.map((row) => row.task),
    ...doc.attachments.map((file) => file.title ?? file.filename),
  ].filter((text): text is string => Boolean(text))

/**
 * Text as poppler gives it back compared with the text in the database, word by word: presentation forms
 * folded (NFKC), the bidi marks poppler adds and the zero-width non-joiner (a PDF holds no character for it)
 * dropped, and punctuation taken as a word break, since poppler's own reordering puts a colon or comma
 * between two Persian words on the wrong side of its space. The words and their letters must be in order.
 */
const normalize = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[:،؛,;.!?()«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 })

describe('curriculum downloads on the built app', () => {
  let server: BuiltServer
  let browser: Browser
  let page: Page
  let adminToken: string
  const curricula: Record<string, Curriculum> = {}

  const api = async <T,>(pathAndQuery: string, token?: string): Promise<T> => {
    const response = await fetch(`${server.url}/api${pathAndQuery}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    expect(response.status, pathAndQuery).toBe(200)
    return (await response.json()) as T
  }

  const curriculum = async (code: string, edition: string, locale: 'fa' | 'en'): Promise<Curriculum> => {
    const query = `where[code][equals]=${code}&where[edition][equals]=${edition}&locale=${locale}&depth=1`
    const { docs } = await api<{ docs: Curriculum[] }>(`/curricula?${query}`)
    expect(docs, `${code} ${edition}`).toHaveLength(1)
    return docs[0]!
  }

  const count = async (id: number, edition: string) =>
    (await api<{ totalDocs: number }>(`/download-events?where[curriculum][equals]=${id}&where[edition][equals]=${edition}&limit=1`, adminToken)).totalDocs

  /** Clicks a link to `href` as a reader would, and keeps the file the browser downloads. */
  const download = async (href: string): Promise<{ file: string; name: string }> => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((target) => {
        const link = document.createElement('a')
        link.href = target
        link.textContent = 'download'
        document.body.append(link)
        link.click()
        link.remove()
      }, href),
    ])
    const name = file.suggestedFilename()
    const saved = path.join(out, name)
    await file.saveAs(saved)
    expect(await file.failure()).toBeNull()
    return { file: saved, name }
  }

  beforeAll(async () => {
    mkdirSync(out, { recursive: true })
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
    browser = await launchChromium({ locale: 'fa-IR' })
    page = await browser.context.newPage()
    await page.goto(`${server.url}/fa`)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@hamafza.test', password: 'hamafza-admin' }),
    })
    expect(login.status).toBe(200)
    adminToken = ((await login.json()) as { token: string }).token
    curricula.soft = await curriculum('SOFT-01', '2.0', 'fa')
    curricula.softEn = await curriculum('SOFT-01', '2.0', 'en')
    curricula.softOld = await curriculum('SOFT-01', '1.0', 'fa')
    curricula.appr = await curriculum('APPR-01', '1.0', 'fa')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('downloads the Persian PDF from the curriculum page: title and module names in logical order, Vazirmatn embedded', async () => {
    const { soft } = curricula
    // As a trainer would: open the curriculum, then its PDF link in the downloads section of the side panel.
    await page.goto(`${server.url}${paths.document('fa', 'curricula', soft!.id)}`)
    const section = page.getByRole('region', { name: downloads.downloadsHeading.fa })
    const link = section.getByRole('link', { name: new RegExp(`^${downloads.formatPdf.fa}`) })
    expect(await link.getAttribute('href')).toBe(paths.curriculumDownload('fa', soft!.id, 'pdf'))
    const [clicked] = await Promise.all([page.waitForEvent('download'), link.click()])
    const name = clicked.suggestedFilename()
    const file = path.join(out, name)
    await clicked.saveAs(file)
    expect(await clicked.failure()).toBeNull()
    expect(name).toBe('SOFT-01-2.0-fa.pdf')
    const raw = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    const text = normalize(raw)
    expect(text).toContain(normalize(soft!.title))
    for (const row of soft!.modules) expect(text).toContain(normalize(row.title))
    expect(text).toContain('SOFT-01')
    expect(text).toContain('۲٫۰') // the edition in Persian digits
    // Hours and totals in Persian digits; no number standing alone in Latin digits (codes and addresses aside).
    const total = new Intl.NumberFormat('fa-IR').format(soft!.modules.reduce((sum, row) => sum + row.hours, 0))
    expect(text).toContain('جمع ساعت پودمانها')
    expect(text.split(' ')).toContain(total)
    expect(raw.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).not.toMatch(/(?:^|\s)[0-9]+(?:\s|$)/)
    const fonts = run('pdffonts', [file])
    expect(fonts).toMatch(/\+Vazirmatn-Regular\s+CID TrueType\s+Identity-H\s+yes/)
    expect(fonts).toMatch(/\+Vazirmatn-Bold\s+CID TrueType\s+Identity-H\s+yes/)
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(out, 'SOFT-01-2.0-fa-page1')])
    expect(statSync(path.join(out, 'SOFT-01-2.0-fa-page1.png')).size).toBeGreaterThan(10_000)
  })

  it('prints every section of the seeded curriculum in its PDF and DOCX, each heading a bookmark, each page a picture to look at', async () => {
    const { soft } = curricula
    const { file } = await download(paths.curriculumDownload('fa', soft!.id, 'pdf'))
    const text = comparable(pdfText(file))
    for (const piece of sectionTexts(soft!)) expect(text, piece).toContain(comparable(piece))
    expect(text).toContain(comparable(`${server.url}/curricula/${soft!.id}`))
    const bookmarks = pdfBookmarks(readFileSync(file))
    for (const row of soft!.modules) expect(bookmarks).toContain(`${row.code} — ${row.title}`)
    for (const heading of ['شرایط ورود', 'تطبیق‌های دسترس‌پذیری', 'صلاحیت‌های مربی', 'سنجش و گواهی‌نامه', 'تغییرات این ویرایش']) expect(bookmarks).toContain(heading)
    // Every page as a picture beside the screenshots, for a person to look at.
    const pages = pdfPageCount(file)
    run('pdftoppm', ['-png', '-r', '70', file, path.join(out, 'SOFT-01-2.0-fa-full')])
    const pictures = readdirSync(out).filter((name) => name.startsWith('SOFT-01-2.0-fa-full') && name.endsWith('.png'))
    expect(pictures).toHaveLength(pages)

    const docx = await download(paths.curriculumDownload('fa', soft!.id, 'docx'))
    const paragraphs = docxParagraphs(run('unzip', ['-p', docx.file, 'word/document.xml'])).map(comparable).join(' ')
    for (const piece of sectionTexts(soft!)) expect(paragraphs, piece).toContain(comparable(piece))
  })

  it('downloads the English PDF, left to right, with the English title and modules', async () => {
    const { softEn } = curricula
    const { file, name } = await download(paths.curriculumDownload('en', softEn!.id, 'pdf'))
    expect(name).toBe('SOFT-01-2.0-en.pdf')
    const text = normalize(run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']))
    expect(text).toContain(normalize(softEn!.title))
    for (const row of softEn!.modules) expect(text).toContain(normalize(row.title))
    expect(text).toContain('Modules and hours')
    expect(run('pdffonts', [file])).toMatch(/\+Vazirmatn-Regular/)
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(out, 'SOFT-01-2.0-en-page1')])
    expect(existsSync(path.join(out, 'SOFT-01-2.0-en-page1.png'))).toBe(true)
  })

  it('downloads the DOCX: right to left, with the title', async () => {
    const { appr } = curricula
    const { file, name } = await download(paths.curriculumDownload('fa', appr!.id, 'docx'))
    expect(name).toBe('APPR-01-1.0-fa.docx')
    const xml = run('unzip', ['-p', file, 'word/document.xml'])
    expect(xml).toContain(appr!.title)
    expect(xml).toContain('<w:bidi/>')
    expect(xml).toContain('<w:bidiVisual/>')
    expect(xml).toContain(appr!.modules[0]!.title)
  })

  it('downloads the ZIP with the PDF, the DOCX, a README and the attachments', async () => {
    const { soft } = curricula
    expect(soft!.attachments.length).toBeGreaterThanOrEqual(2)
    const { file, name } = await download(paths.curriculumDownload('fa', soft!.id, 'zip'))
    expect(name).toBe('SOFT-01-2.0-fa.zip')
    const listing = run('unzip', ['-Z1', file]).trim().split('\n').sort()
    expect(listing).toEqual(
      ['README.txt', 'SOFT-01-2.0-fa.docx', 'SOFT-01-2.0-fa.pdf', ...soft!.attachments.map((a) => `attachments/${a.filename}`)].sort(),
    )
    run('unzip', ['-tq', file]) // every entry's checksum holds
    const readme = run('unzip', ['-p', file, 'README.txt'])
    expect(readme).toContain(soft!.title)
    expect(readme).toContain(`${server.url}/curricula/${soft!.id}`)
    // The attachment in the bundle is the uploaded file itself.
    const first = soft!.attachments[0]!.filename
    const uploaded = Buffer.from(await (await fetch(`${server.url}/api/media/file/${encodeURIComponent(first)}`)).arrayBuffer())
    expect(Buffer.from(execFileSync('unzip', ['-p', file, `attachments/${first}`]))).toEqual(uploaded)
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  })

  it('counts downloads per edition', async () => {
    const { soft, softOld, appr } = curricula
    const before = { soft: await count(soft!.id, '2.0'), old: await count(softOld!.id, '1.0'), appr: await count(appr!.id, '1.0') }
    // The tests above downloaded edition 2.0 of SOFT-01 five times and APPR-01 once.
    expect(before.soft).toBe(5)
    expect(before.appr).toBe(1)
    await download(paths.curriculumDownload('fa', softOld!.id, 'pdf'))
    await download(paths.curriculumDownload('en', soft!.id, 'docx'))
    expect(await count(softOld!.id, '1.0')).toBe(before.old + 1)
    expect(await count(soft!.id, '2.0')).toBe(before.soft + 1)
    expect(await count(appr!.id, '1.0')).toBe(before.appr)
    // Visitors read no download rows.
    expect((await fetch(`${server.url}/api/download-events`)).status).toBe(403)
  })

  it('renders each file once per edition and language, then serves it from memory', async () => {
    const { appr } = curricula
    const figures: string[] = []
    for (const format of ['pdf', 'docx', 'zip'] as const) {
      for (const pass of ['first', 'again']) {
        const started = performance.now()
        const response = await fetch(`${server.url}${paths.curriculumDownload('en', appr!.id, format)}`)
        const size = (await response.arrayBuffer()).byteLength
        expect(response.status).toBe(200)
        const timing = response.headers.get('server-timing') ?? ''
        if (format !== 'zip') expect(timing).toMatch(pass === 'first' ? /^render;/ : /^cache;/)
        figures.push(`${format} ${pass}: ${timing} (${(performance.now() - started).toFixed(0)} ms end to end, ${size} bytes)`)
      }
    }
    console.log(`[downloads] APPR-01 1.0 en\n${figures.join('\n')}`)
  })

  it('answers a bad format with 400 and a message, and an unknown curriculum with 404', async () => {
    const bad = await fetch(`${server.url}/fa/curricula/${curricula.soft!.id}/download/odt`)
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('pdf، docx یا zip')
    expect((await fetch(`${server.url}/en/curricula/999999/download/pdf`)).status).toBe(404)
    expect((await fetch(`${server.url}/en/curricula/${curricula.soft!.id}/download/pdf?version=x`)).status).toBe(400)
  })
})
