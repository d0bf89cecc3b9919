import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { SearchQueryError } from '../../src/search/errors'
import { toSearchDocument } from '../../src/jobs/searchDocuments'
import type { SearchEngine, SearchRequest } from '../../src/search/port'
import {
  digitalCurriculum as curriculum,
  entrepreneursAssociation as association,
  fixtures,
  mentoring,
  microloans,
  womenSkills,
  youthJobSearch as jobSearch,
} from './fixtures'

/**
 * What every search engine behind the port must do, written once. Each adapter runs it with the same
 * documents and the same expectations; an adapter that needs a server skips it when there is none.
 */

export interface ContractEngine {
  engine: SearchEngine
  /** Removes whatever the suite created (a temporary file, a test index). */
  dispose(): Promise<void>
}

const everyone: SearchRequest['filters'] = { visibility: ['public', 'members'] }

export const describeSearchContract = (name: string, makeEngine: () => Promise<ContractEngine>) => {
  describe(`the ${name} search engine`, () => {
    let made: ContractEngine
    let engine: SearchEngine
    const ids = async (request: SearchRequest) => (await engine.search(request)).hits.map((hit) => hit.id)
    const idSet = async (request: SearchRequest) => new Set(await ids(request))
    const seed = async () => {
      await engine.clear()
      await engine.upsert(fixtures)
    }

    beforeAll(async () => {
      made = await makeEngine()
      engine = made.engine
      await seed()
    })
    afterAll(async () => {
      await made?.dispose()
    })

    describe('reading', () => {
      it('finds a Persian document by a full word', async () => {
        expect(await ids({ q: 'آموزش ' })).toEqual([womenSkills.id])
      })

      it('finds an English document by a full word', async () => {
        expect(await ids({ q: 'workshops ', locale: 'en' })).toEqual([jobSearch.id])
      })

      it.each([
        ['«I want» with a half-space, joined, or spaced', ['می‌خواهم ', 'میخواهم ', 'می خواهم '], [womenSkills, curriculum, microloans]],
        ['«skills» with a half-space, joined, or spaced', ['مهارت‌های ', 'مهارتهای ', 'مهارت های '], [womenSkills, curriculum]],
        ['«job-finding» in Persian or Arabic letters', ['کاریابی ', 'كاريابي ', 'کاريابی '], [jobSearch]],
        ['«young people» with or without harakat', ['جوانان ', 'جَوانانِ ', 'جـوانان '], [jobSearch]],
        ['12 in Latin, Persian or Arabic-Indic digits', ['12 ', '۱۲ ', '١٢ '], [womenSkills]],
        ['«training» with or without the madda or a hamza', ['آموزش ', 'اموزش ', 'أموزش '], [womenSkills]],
      ])('finds the same documents for every spelling of %s', async (_, spellings, expected) => {
        for (const q of spellings) expect(await idSet({ q }), q).toEqual(new Set(expected.map((doc) => doc.id)))
      })

      it('finds the case studies of an outcome by its words, in either language, beside the documents that use them', async () => {
        // No text says «ناموفق» or «موفقیت»: the outcome facet does.
        expect(await ids({ q: 'ناموفق ' })).toEqual([microloans.id])
        expect(await ids({ q: 'موفقیت ' })).toEqual([womenSkills.id])
        expect(await ids({ q: 'success ', locale: 'en' })).toEqual([womenSkills.id])
        expect(await idSet({ q: 'شکست ' })).toEqual(new Set([jobSearch.id, microloans.id]))
      })

      it('keeps a Persian word that begins with «ال» whole', async () => {
        expect(await ids({ q: 'الگوی ' })).toEqual([microloans.id])
        expect(await ids({ q: 'گوی ' })).toEqual([])
      })

      it('forgives a one-letter typo in a Persian word', async () => {
        expect(await ids({ q: 'کاریاپی ' })).toContain(jobSearch.id)
      })

      it('forgives a one-letter typo in an English word', async () => {
        expect(await ids({ q: 'traning ' })).toContain(womenSkills.id)
        expect(await ids({ q: 'workshps ' })).toContain(jobSearch.id)
      })

      it('ranks the exact word above words one or two typos away', async () => {
        // «کارآفرینان» is two edits from «کارآفرینی», which a word of eleven letters may carry.
        expect(await ids({ q: 'کارآفرینان ' })).toEqual([association.id, womenSkills.id])
      })

      it('finds words by their beginning while the reader is still typing', async () => {
        expect(await idSet({ q: 'entrepr' })).toEqual(new Set([womenSkills.id, association.id]))
        expect(await idSet({ q: 'workshps' })).toEqual(new Set([jobSearch.id]))
      })

      it('forgives a typo in the word still being typed as in a finished one, exact beginnings first', async () => {
        // «کارآف» is on its way to «کارآفرینی»: those documents lead, title first; «کارفرمایان» in the
        // lesson's body begins one letter away from it, so the lesson follows, as a typo match.
        expect(await ids({ q: 'کارآف' })).toEqual([association.id, womenSkills.id, jobSearch.id])
        // «کاریاپ» begins nothing exactly; «کاریاب», one letter away, begins «کاریابی».
        expect(await ids({ q: 'کاریاپ' })).toEqual([jobSearch.id])
        // Three letters are too few for a typo, whole or begun.
        expect(await ids({ q: 'کاپ' })).toEqual([])
      })

      it('counts facets over the matching documents', async () => {
        const result = await engine.search({ q: '', facets: ['type', 'province', 'year', 'jalaliYear', 'outcome'] })
        expect(result.total).toBe(5)
        expect(result.totalExact).toBe(true)
        expect(result.facets.type).toEqual({ 'case-studies': 2, lessons: 1, curricula: 1, organizations: 1 })
        expect(result.facets.province).toEqual({ tehran: 2, alborz: 1, isfahan: 3, 'khorasan-razavi': 1 })
        expect(result.facets.year).toEqual({ '2020': 1, '2021': 1, '2022': 1, '2023': 1 })
        // March 2022 and June 2021 both fall in the Jalali year 1400.
        expect(result.facets.jalaliYear).toEqual({ '1399': 1, '1400': 2, '1402': 1 })
        expect(result.facets.outcome).toEqual({ success: 1, failure: 1 })
      })

      it('counts facets after the filters, with the words', async () => {
        const result = await engine.search({ q: 'مهارت', filters: { province: ['isfahan'] }, facets: ['type', 'topic'] })
        expect(result.hits.map((hit) => hit.id)).toEqual([curriculum.id])
        expect(result.facets).toEqual({ type: { curricula: 1 }, topic: { skills: 1, digital: 1 } })
      })

      it.each([
        ['type', { type: ['case-studies'] }, [womenSkills, microloans]],
        ['outcome', { outcome: ['failure'] }, [microloans]],
        ['practice (lessons an NGO applied)', { practice: ['applied'] }, [jobSearch]],
        ['type and practice together', { type: ['lessons'], practice: ['applied'] }, [jobSearch]],
        ['province', { province: ['isfahan'] }, [jobSearch, curriculum, association]],
        ['organization', { organization: ['ngo-omid'] }, [jobSearch, curriculum, microloans]],
        ['target group', { targetGroup: ['women-heads'] }, [womenSkills, microloans]],
        ['stage', { stage: ['training'] }, [womenSkills, curriculum]],
        ['topic', { topic: ['skills'] }, [womenSkills, curriculum]],
        ['funding instrument', { fundingInstrument: ['microloan'] }, [womenSkills, microloans]],
        ['year', { year: [2023] }, [curriculum]],
        ['years', { year: [2020, 2022] }, [womenSkills, microloans]],
        ['Jalali year', { jalaliYear: [1400] }, [womenSkills, jobSearch]],
        ['Jalali years and type', { jalaliYear: [1399, 1402], type: ['case-studies'] }, [microloans]],
        ['province and topic together', { province: ['isfahan'], topic: ['skills'] }, [curriculum]],
        ['type and year together', { type: ['case-studies'], year: [2020, 2022] }, [womenSkills, microloans]],
        ['members-only visibility', { visibility: ['members' as const] }, [mentoring]],
      ])('filters by %s', async (_, filters, expected) => {
        expect(await idSet({ q: '', filters })).toEqual(new Set(expected.map((doc) => doc.id)))
      })

      it('filters and matches words together', async () => {
        expect(await ids({ q: 'می‌خواهم ', filters: { type: ['case-studies'] } })).toHaveLength(2)
        expect(await ids({ q: 'می‌خواهم ', filters: { type: ['lessons'] } })).toEqual([])
      })

      it('sorts newest or oldest first', async () => {
        const newest = [curriculum, womenSkills, jobSearch, microloans, association].map((doc) => doc.id)
        expect(await ids({ q: '', sort: 'newest' })).toEqual(newest)
        expect(await ids({ q: '', sort: 'oldest' })).toEqual([...newest].reverse())
        expect(await ids({ q: 'می خواهم ', sort: 'oldest' })).toEqual([microloans.id, womenSkills.id, curriculum.id])
        expect(await ids({ q: 'می خواهم ', sort: 'newest' })).toEqual([curriculum.id, womenSkills.id, microloans.id])
      })

      it('pages through the results without repeating or losing any', async () => {
        const pages = await Promise.all([1, 2, 3, 4].map((page) => engine.search({ q: '', limit: 2, page })))
        expect(pages.map((page) => page.hits.length)).toEqual([2, 2, 1, 0])
        expect(pages.every((page) => page.total === 5)).toBe(true)
        expect(new Set(pages.flatMap((page) => page.hits.map((hit) => hit.id))).size).toBe(5)
      })

      it('highlights the author’s spelling, half-space and all, when the reader typed it joined', async () => {
        const [hit] = (await engine.search({ q: 'مهارتهای فنی ' })).hits
        expect(hit?.highlights?.title?.html).toBe('آموزش <mark>مهارت‌های</mark> <mark>فنی</mark> به زنان سرپرست خانوار')
      })

      it('highlights the Arabic-lettered original when the reader typed Persian letters', async () => {
        const [hit] = (await engine.search({ q: 'کاریابی ' })).hits
        expect(hit?.highlights?.title?.html).toContain('<mark>کاریابی</mark>')
        expect(hit?.highlights?.body?.html).toContain('<mark>كاريابي</mark>')
      })

      it('highlights in the requested locale', async () => {
        const [hit] = (await engine.search({ q: 'workshops ', locale: 'en' })).hits
        expect(hit?.title).toBe('Why youth job-search workshops failed')
        expect(hit?.highlights?.title?.html).toBe('Why youth job-search <mark>workshops</mark> failed')
      })

      it('keeps members-only records out unless the server asks for them', async () => {
        expect(await ids({ q: 'mentoring ' })).toEqual([])
        expect(await ids({ q: 'mentoring ', filters: { visibility: ['public'] } })).toEqual([])
        expect(await ids({ q: 'mentoring ', filters: everyone })).toEqual([mentoring.id])
        expect((await engine.search({ q: '', facets: ['visibility'] })).facets.visibility).toEqual({ public: 5 })
      })

      it('counts every indexed document and reports itself healthy', async () => {
        expect(await engine.count()).toBe(fixtures.length)
        expect(await engine.health()).toMatchObject({ ok: true, engine: engine.name, documents: fixtures.length })
      })

      it('lists its entries page by page, and looks entries up by id', async () => {
        const listed: string[] = []
        for (let next: string | null = null; ; ) {
          const page = await engine.entries({ next, limit: 2 })
          expect(page.entries.length).toBeLessThanOrEqual(2)
          listed.push(...page.entries.map((entry) => entry.id))
          if ((next = page.next) === null) break
        }
        expect(listed.sort()).toEqual(fixtures.map((doc) => doc.id).sort())
        expect((await engine.entries()).entries.map((entry) => entry.id).sort()).toEqual(listed)
        expect(await engine.entriesOf([jobSearch.id, 'case-studies:999999'])).toEqual([
          { id: jobSearch.id, updatedAt: jobSearch.updatedAt, visibility: 'public' },
        ])
        expect(await engine.entriesOf([])).toEqual([])
      })

      it('refuses a 2,000-character query', async () => {
        await expect(engine.search({ q: 'کار '.repeat(500) })).rejects.toBeInstanceOf(SearchQueryError)
      })

      it('refuses control characters', async () => {
        await expect(engine.search({ q: 'کار\u0000یابی' })).rejects.toBeInstanceOf(SearchQueryError)
        await expect(engine.search({ q: '\u001b[31m' })).rejects.toBeInstanceOf(SearchQueryError)
      })
    })

    describe('writing', () => {
      beforeEach(seed)

      it('forgets a deleted document', async () => {
        await engine.delete([jobSearch.id])
        expect(await ids({ q: 'کاریابی ' })).toEqual([])
        expect(await engine.count()).toBe(fixtures.length - 1)
      })

      it('replaces a document on upsert, leaving none of its old words behind', async () => {
        await engine.upsert([{ ...microloans, title: { fa: 'وام خرد با همراهی پایدار شد', en: 'Microloans with support worked' }, outcome: 'success' }])
        expect(await ids({ q: 'شکست ' })).toEqual([jobSearch.id])
        expect(await ids({ q: 'پایدار ' })).toEqual([microloans.id])
        // Its outcome's words follow its outcome.
        expect(await idSet({ q: 'موفق ' })).toEqual(new Set([womenSkills.id, microloans.id]))
        expect(await engine.count()).toBe(fixtures.length)
      })

      it('hides a record made members-only, and shows it to members', async () => {
        await engine.upsert([{ ...microloans, visibility: 'members' }])
        expect(await ids({ q: 'وام ' })).toEqual([])
        expect(await ids({ q: 'وام ', filters: everyone })).toEqual([microloans.id])
      })

      it('rebuilds: the rewritten documents in their new form, and a write made meanwhile kept', async () => {
        const rebuild = await engine.rebuild()
        await rebuild.upsert(fixtures.filter((doc) => doc.id !== microloans.id && doc.id !== jobSearch.id))
        await rebuild.upsert([{ ...microloans, title: { fa: 'وام خرد با همراهی پایدار شد', en: 'Microloans with support worked' } }])
        // The sync job's write, while the rebuild runs: the rebuild never saw this version.
        await engine.upsert([{ ...jobSearch, title: { fa: 'کارگاه‌های مهارت‌آموزی تازه', en: 'New workshops' } }])
        await rebuild.commit()
        expect(await ids({ q: 'پایدار ' })).toEqual([microloans.id])
        expect(await ids({ q: 'تازه ' })).toEqual([jobSearch.id])
        expect(await engine.count()).toBe(fixtures.length)
        await expect(rebuild.upsert([microloans])).rejects.toThrow()
      })

      it('finds an offer or need for members only, by the words of its kind, under its own type, province and stage', async () => {
        const written = '2026-01-10T08:00:00.000Z'
        const offer = toSearchDocument('offers-and-needs', {
          id: 7,
          direction: 'offer',
          kind: 'jobFacilitator',
          status: 'open',
          organization: 3,
          title: { fa: 'دو نیروی همراه برای مراکز حمایت از اشتغال', en: 'Two companions for the job-support centres' },
          description: { fa: 'همراهی کارجویان تا استخدام و بیمه', en: 'Job seekers accompanied until hired and insured' },
          quantity: { fa: 'سه ماه', en: 'three months' },
          closingNote: { fa: null, en: null },
          provinces: [5],
          targetGroups: [2],
          stages: [4],
          createdAt: written,
          updatedAt: written,
        })
        await engine.upsert([offer])
        expect(await ids({ q: 'تسهیلگر ' })).toEqual([])
        expect(await ids({ q: 'تسهیلگر ', filters: everyone })).toEqual([offer.id])
        expect(await ids({ q: 'facilitator ', locale: 'en', filters: everyone })).toEqual([offer.id])
        expect(await ids({ q: '', filters: { ...everyone, type: ['offers-and-needs'], province: ['5'], stage: ['4'], targetGroup: ['2'] } })).toEqual([offer.id])
        const { facets } = await engine.search({ q: '', filters: everyone, facets: ['type', 'province', 'stage', 'organization'] })
        expect(facets).toMatchObject({ type: { 'offers-and-needs': 1 }, province: { '5': 1 }, stage: { '4': 1 }, organization: { '3': 1 } })
        expect((await engine.search({ q: '', facets: ['type'] })).facets.type?.['offers-and-needs']).toBeUndefined()
      })

      it('clears everything', async () => {
        await engine.clear()
        expect(await engine.count()).toBe(0)
        expect((await engine.search({ q: '' })).total).toBe(0)
      })
    })
  })
}
