import { describe, expect, it } from 'vitest'

import type { CaseStudy, Curriculum } from '../../payload-types'
import type { Edition } from './load'
import { jsonLdText, knowledgeJsonLd } from './structuredData'

const origin = 'https://hamafza.example'
const roshan = { id: 3, name: 'انجمن روشن' }

const editionsOf = <T,>(doc: T, dates: string[]): Edition[] =>
  dates.map((publishedAt, index) => ({ id: 100 + index, number: dates.length - index, publishedAt, latest: index === 0, doc: doc as never }))

describe('schema.org data of document pages', () => {
  it('keeps a title holding </script> inside its script element, and reads back as the same text', () => {
    const data = { name: 'حقوق </script><script>alert(1)</script> & <!-- کارگران' }
    const text = jsonLdText(data)
    expect(text).not.toMatch(/[<>&]/)
    expect(JSON.parse(text)).toEqual(data)
  })

  it('describes a curriculum as a Course by its NGO, with its code, edition, hours and modules', () => {
    const doc = {
      id: 7,
      title: 'مهارت‌های نرم آمادگی شغلی',
      summary: 'دوره ۶۰ ساعته.',
      code: 'SOFT-01',
      edition: '2.0',
      hoursTheory: 20,
      hoursPractice: 40,
      modules: [{ code: 'M1', title: 'اعتمادبه‌نفس', hours: 10 }],
      entryRequirements: 'سواد خواندن',
      organization: roshan,
      licence: 'CC-BY-SA-4.0',
      topics: [{ id: 1, name: 'مهارت نرم' }],
      updatedAt: '2025-01-03T10:00:00.000Z',
    } as unknown as Curriculum
    const editions = editionsOf(doc, ['2025-01-03T10:00:00.000Z', '2024-06-01T10:00:00.000Z'])
    const data = knowledgeJsonLd({ collection: 'curricula', id: 7, doc, editions: editions as Edition<'curricula'>[], shown: editions[0] as Edition<'curricula'>, locale: 'fa', origin })
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'مهارت‌های نرم آمادگی شغلی',
      description: 'دوره ۶۰ ساعته.',
      courseCode: 'SOFT-01',
      version: '2.0',
      inLanguage: 'fa',
      url: `${origin}/curricula/7`,
      datePublished: '2024-06-01T10:00:00.000Z',
      dateModified: '2025-01-03T10:00:00.000Z',
      provider: { '@type': 'Organization', name: 'انجمن روشن', url: `${origin}/organizations/3` },
      publisher: { '@type': 'Organization', name: 'هم‌افزا' },
      license: 'https://creativecommons.org/licenses/by-sa/4.0/',
      keywords: 'مهارت نرم',
      timeRequired: 'PT60H',
      coursePrerequisites: 'سواد خواندن',
      syllabusSections: [{ '@type': 'Syllabus', name: 'اعتمادبه‌نفس', timeRequired: 'PT10H' }],
      hasCourseInstance: { '@type': 'CourseInstance', courseWorkload: 'PT60H' },
    })
  })

  it('describes an earlier edition of a case study as a Report at the link pinned to that edition, in the language of its title', () => {
    const doc = { id: 12, title: 'Carpet weaving at home', summary: '', organization: roshan, licence: 'all-rights-reserved', updatedAt: '2025-02-01T00:00:00.000Z' } as unknown as CaseStudy
    const editions = editionsOf(doc, ['2025-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'])
    const data = knowledgeJsonLd({ collection: 'case-studies', id: 12, doc, editions: editions as Edition<'case-studies'>[], shown: editions[1] as Edition<'case-studies'>, locale: 'fa', origin })
    expect(data).toMatchObject({
      '@type': 'Report',
      headline: 'Carpet weaving at home',
      url: `${origin}/case-studies/12/editions/101`,
      mainEntityOfPage: `${origin}/fa/case-studies/12/editions/101`,
      version: '1',
      inLanguage: 'en',
      genre: 'مطالعه موردی',
      author: { name: 'انجمن روشن' },
    })
    // Nothing is said where the document says nothing: no licence page, no empty description.
    expect(data).not.toHaveProperty('license')
    expect(data).not.toHaveProperty('description')
  })
})
