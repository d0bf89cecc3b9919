import type { Where } from 'payload'

import { membersTag, referencedRecords } from '../contentChanges/tags'
import type { CaseStudy, Organization, Province } from '../payload-types'
import { readForReader } from './documents/load'
import type { Locale } from './locale'
import { sitePayload } from './payload'

const published: Where = { _status: { equals: 'published' } }

export type CaseCard = Pick<CaseStudy, 'id' | 'title' | 'summary' | 'outcome' | 'createdAt' | 'visibility'> & {
  organization?: number | Organization | null
  provinces?: (number | Province)[] | null
}

/**
 * What the home page shows, read as the reader may read it (a visitor's numbers leave out what only members
 * may read, and nobody's include drafts), in parts kept apart: a lesson published drops the count of
 * lessons, not the case studies or the curricula.
 */
export const loadHome = async (locale: Locale) => {
  const payload = await sitePayload()
  const cases = (outcomes: CaseStudy['outcome'][]) => (access: object) =>
    payload
      .find({
        collection: 'case-studies',
        where: { and: [published, { outcome: { in: outcomes } }] },
        sort: '-createdAt',
        limit: 3,
        depth: 1,
        locale,
        select: { title: true, summary: true, outcome: true, organization: true, provinces: true, createdAt: true, visibility: true },
        populate: { organizations: { name: true }, provinces: { name: true } },
        ...access,
      })
      .then((result) => result.docs as CaseCard[])
  // The cards name their NGO and provinces.
  const caseStudyFields = payload.collections['case-studies'].config.flattenedFields
  const caseTags = (cards: CaseCard[]) => [membersTag('case-studies'), ...cards.flatMap((card) => [...referencedRecords(caseStudyFields, card)])]
  const count = (collection: 'case-studies' | 'lessons' | 'curricula', where: Where) => (access: object) =>
    payload.count({ collection, where: { and: [published, where] }, ...access }).then((result) => result.totalDocs)

  const [worked, didNot, curricula, members, outcomes, lessons, currentCurricula, applied] = await Promise.all([
    readForReader(`home:worked:${locale}`, cases(['success']), caseTags),
    readForReader(`home:did-not:${locale}`, cases(['failure', 'mixed']), caseTags),
    readForReader(
      `home:curricula:${locale}`,
      (access) =>
        payload
          .find({
            collection: 'curricula',
            where: { and: [published, { workflowState: { not_equals: 'retired' } }] },
            sort: 'code',
            limit: 50,
            depth: 0,
            locale,
            select: { code: true, edition: true, title: true, hoursTheory: true, hoursPractice: true },
            ...access,
          })
          .then((result) => result.docs),
      () => [membersTag('curricula')],
    ),
    readForReader(
      'home:member-ngos',
      (access) =>
        payload
          .find({
            collection: 'organizations',
            where: { membershipStatus: { equals: 'active' } },
            depth: 0,
            pagination: false,
            select: { province: true },
            ...access,
          })
          .then((result) => result.docs.map((org) => (typeof org.province === 'object' ? org.province.id : org.province))),
      () => [membersTag('organizations')],
    ),
    readForReader(
      'home:case-study-outcomes',
      async (access) => {
        const [success, failure, mixed] = await Promise.all(
          (['success', 'failure', 'mixed'] as const).map((outcome) => count('case-studies', { outcome: { equals: outcome } })(access)),
        )
        return { success: success!, failure: failure!, mixed: mixed! }
      },
      () => [membersTag('case-studies')],
    ),
    readForReader('home:lessons', count('lessons', {}), () => [membersTag('lessons')]),
    readForReader('home:current-curricula', count('curricula', { workflowState: { not_equals: 'retired' } }), () => [membersTag('curricula')]),
    // Lessons applied, and by how many NGOs: the entries the reader may read, of lessons that are published.
    readForReader(
      'home:applied',
      async (access) => {
        const { docs } = await payload.find({
          collection: 'lesson-applications',
          where: { 'lesson._status': { equals: 'published' } },
          depth: 0,
          pagination: false,
          select: { lesson: true, organization: true },
          ...access,
        })
        const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
        return { lessons: new Set(docs.map((doc) => idOf(doc.lesson))).size, organizations: new Set(docs.map((doc) => idOf(doc.organization))).size }
      },
      () => [membersTag('lesson-applications'), membersTag('lessons')],
    ),
  ])
  return {
    worked,
    didNot,
    curricula,
    numbers: {
      memberNgos: members.length,
      provincesWithMembers: new Set(members).size,
      successes: outcomes.success,
      failures: outcomes.failure,
      mixed: outcomes.mixed,
      lessons,
      appliedLessons: applied.lessons,
      applyingNgos: applied.organizations,
      curricula: currentCurricula,
    },
  }
}
