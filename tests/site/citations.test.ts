import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { citationResponse } from '../../src/site/citations/response'
import { citations } from '../../src/site/text/citations'
import { buildCast, lexical, sampleData, type Cast } from '../support/fixtures'
import { absentId } from '../support/ids'
import { startPayload } from '../support/payload'

let payload: Payload
let cast: Cast

type Reader = 'anonymous' | 'member'
const now = new Date('2026-12-06T08:00:00Z')

/** Asks for a citation file as the route does, with the reader's access and the page's query. */
const cite = (
  collection: string,
  id: number | string,
  format: string,
  { locale = 'fa', reader = 'anonymous', query = '' }: { locale?: string; reader?: Reader; query?: string } = {},
) => {
  const url = new URL(`http://127.0.0.1:3000/${locale}/${collection}/${id}/cite.${format}${query}`)
  const access = { overrideAccess: false as const, user: reader === 'anonymous' ? null : (cast.users[reader] as User) }
  return citationResponse({ payload, access, locale, collection, id: String(id), format, url, headers: new Headers({ host: 'hamafza.test' }), now })
}

const hostileTitle = 'دستمزد } ۵۰% «کارگران» "پرداخت‌شده" & {بیشتر}'

let caseStudy: { id: number | string }
let firstEdition: string
let lesson: { id: number | string }
let curriculum: { id: number | string }
let membersOnly: { id: number | string }
let draftOnly: { id: number | string }

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const topic = await payload.create({ collection: 'topics', data: { name: 'صنایع دستی', slug: 'crafts' } as never })
  const publish = (collection: 'case-studies' | 'lessons' | 'curricula', data: Record<string, unknown>) =>
    payload.create({ collection, data: { ...sampleData(collection, cast.orgs.roshan), ...data, _status: 'published' } as never })
  caseStudy = await publish('case-studies', { title: 'کارگاه فرش دستباف', summary: 'هجده زن\nبه کار رسیدند.', topics: [topic.id] })
  firstEdition = String((await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: caseStudy.id } } })).docs[0]!.id)
  await payload.update({ collection: 'case-studies', id: caseStudy.id, data: { title: hostileTitle, _status: 'published' } as never })
  lesson = await publish('lessons', { title: 'درس بازار کار', lesson: lexical('پیش از آموزش، بازار را بسنجید.') })
  curriculum = await publish('curricula', { code: 'CITE-01', edition: '2.0', title: 'مهارت‌های نرم آمادگی شغلی' })
  membersOnly = await publish('case-studies', { title: 'ویژه اعضا', visibility: 'members' })
  draftOnly = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), title: 'پیش‌نویس' } as never, draft: true })
})

describe('citation files of a document edition', () => {
  it('gives the current edition of a case study as BibTeX in UTF-8, named after its title, with the hostile title escaped', async () => {
    const response = await cite('case-studies', caseStudy.id, 'bib')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toMatch(/^attachment; filename="hamafza-case-studies-[A-Za-z0-9-]+-v2\.bib"; filename\*=UTF-8''/)
    // The quotes go: no file system on Windows takes them in a name.
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('دستمزد } ۵۰% «کارگران» پرداخت‌شده & {بیشتر} (v2).bib')
    const text = await response.text()
    expect(text).toMatch(/^@techreport\{hamafza-case-studies-[A-Za-z0-9-]+-v2,\n/)
    expect(text).toContain('  title = {دستمزد \\} ۵۰\\% «کارگران» "پرداخت‌شده" \\& \\{بیشتر\\}},\n')
    expect(text).toContain('  author = {{انجمن روشن}},\n')
    expect(text).toContain('  publisher = {هم‌افزا},\n')
    expect(text).toContain('  version = {2},\n')
    expect(text).toContain('  langid = {persian},\n')
    expect(text).toContain('  abstract = {هجده زن به کار رسیدند.},\n')
    expect(text).toContain('  keywords = {صنایع دستی},\n')
    expect(text).toContain('  urldate = {2026-12-06},\n')
    expect(text).toMatch(/ {2}year = \{20\d\d\},\n/)
    // The Jalali year as a note, in Persian digits.
    expect(text).toMatch(/ {2}note = \{سال انتشار به تقویم خورشیدی: [۰-۹]{4}\}\n/)
    expect(text).toMatch(new RegExp(`  url = \\{http://hamafza\\.test/case-studies/${caseStudy.id}/editions/[^/}]+\\},\\n`))
    expect(text).not.toContain(`/editions/${firstEdition}}`)
  })

  it('gives the pinned earlier edition when the link names it, with that edition’s title and number', async () => {
    const response = await cite('case-studies', caseStudy.id, 'ris', { query: `?edition=${firstEdition}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8')
    expect(decodeURIComponent(response.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe('کارگاه فرش دستباف (v1).ris')
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toBe('TY  - RPRT')
    expect(lines).toContain('TI  - کارگاه فرش دستباف')
    expect(lines).toContain('AU  - انجمن روشن')
    expect(lines).toContain('ET  - 1')
    expect(lines).toContain('LA  - fa')
    expect(lines).toContain(`UR  - http://hamafza.test/case-studies/${caseStudy.id}/editions/${firstEdition}`)
    expect(lines.at(-2)).toBe('ER  - ')
  })

  it('gives a curriculum as CSL-JSON, a book with its edition and code, in the English words of the English page', async () => {
    const response = await cite('curricula', curriculum.id, 'json', { locale: 'en' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/filename="hamafza-curricula-[A-Za-z0-9-]+-CITE-01-2\.0\.json"/)
    const [item] = (await response.json()) as Record<string, unknown>[]
    expect(item).toMatchObject({
      type: 'book',
      title: 'مهارت‌های نرم آمادگی شغلی',
      // The title is not translated yet: it is cited in the language it is written in.
      language: 'fa',
      edition: '2.0',
      number: 'CITE-01',
      genre: 'Standard curriculum',
      publisher: 'Hamafza',
      author: [{ literal: 'انجمن روشن' }],
      accessed: { 'date-parts': [[2026, 12, 6]] },
    })
    expect(item!.note).toMatch(/^Published in \d{4} on the Solar Hijri \(Jalali\) calendar$/)
  })

  it('takes a lesson learned’s abstract from the lesson itself', async () => {
    const [item] = (await (await cite('lessons', lesson.id, 'json')).json()) as Record<string, unknown>[]
    expect(item).toMatchObject({ type: 'report', genre: 'درس آموخته', abstract: 'پیش از آموزش، بازار را بسنجید.', version: '1' })
  })

  it('answers 404 with words for a draft, an unknown document, a members-only one asked by a visitor, and what is not a knowledge document', async () => {
    for (const [collection, id] of [
      ['case-studies', draftOnly.id],
      ['case-studies', absentId(payload, 'case-studies')],
      ['case-studies', membersOnly.id],
      ['case-studies', 'not-an-id'],
      ['organizations', cast.orgs.roshan],
    ] as const) {
      const response = await cite(collection, id, 'bib')
      expect(response.status, `${collection} ${id}`).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await response.text()).toContain(citations.notFound.fa)
    }
    // A member reads the members-only case study, so may cite it.
    expect((await cite('case-studies', membersOnly.id, 'bib', { reader: 'member' })).status).toBe(200)
  })

  it('answers 404 for an edition of another document, and 400 for an edition that cannot be an id, in the page’s language', async () => {
    const otherEdition = String((await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: membersOnly.id } } })).docs[0]!.id)
    const foreign = await cite('case-studies', caseStudy.id, 'bib', { query: `?edition=${otherEdition}` })
    expect(foreign.status).toBe(404)
    const bad = await cite('case-studies', caseStudy.id, 'bib', { query: '?edition=abc%7D', locale: 'en' })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toBe(`${citations.badEdition.en}\n`)
    expect((await cite('case-studies', caseStudy.id, 'bib', { query: `?edition=${firstEdition}&edition=${firstEdition}` })).status).toBe(400)
    expect((await cite('case-studies', caseStudy.id, 'bib', { locale: 'de' })).status).toBe(404)
  })
})
