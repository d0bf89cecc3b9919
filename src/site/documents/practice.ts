import type { Where } from 'payload'
import { cache } from 'react'

import type { ApplicationResult } from '../../../collections/LessonApplications'
import { recordTag, tagsOfList } from '../../contentChanges/tags'
import type { DocId } from '../../api/ids'
import { otherLocale, type Locale } from '../locale'
import { sitePayload } from '../payload'
import { readForReader } from './load'

export type AppliedEntry = {
  id: number | string
  organization: { id: number | string; name: string } | null
  appliedOn: string
  result: ApplicationResult
  whatHappened: string | null
}

export type ChangedCurriculum = { id: number | string; title: string; code: string; edition: string }

type Ref = number | string | { id: number | string; name?: string | null } | null | undefined

const organizationOf = (value: Ref) =>
  value && typeof value === 'object' ? { id: value.id, name: value.name ?? String(value.id) } : null

/**
 * The NGOs that applied a lesson, newest first, as the reader may see them: those who may read the lesson read
 * its entries (src/access/lessonApplications.ts).
 */
export const loadApplications = cache(async (lesson: DocId, locale: Locale): Promise<AppliedEntry[]> => {
  const payload = await sitePayload()
  const where = { lesson: { equals: lesson } }
  return readForReader(
    `applications:${lesson}:${locale}`,
    async (access) => {
      const { docs } = await payload.find({
        collection: 'lesson-applications',
        where,
        locale,
        fallbackLocale: otherLocale(locale),
        sort: '-appliedOn',
        pagination: false,
        depth: 1,
        populate: { organizations: { name: true } },
        select: { organization: true, appliedOn: true, result: true, whatHappened: true },
        ...access,
      })
      return docs.map((doc) => ({
        id: doc.id,
        organization: organizationOf(doc.organization as Ref),
        appliedOn: doc.appliedOn,
        result: doc.result,
        whatHappened: doc.whatHappened ?? null,
      }))
    },
    (entries) => [
      recordTag('lessons', lesson),
      ...tagsOfList('lesson-applications', where, entries),
      ...entries.flatMap((entry) => (entry.organization ? [recordTag('organizations', entry.organization.id)] : [])),
    ],
  )
})

/** The published curriculum editions that name this lesson among the lessons that changed them. */
export const loadChangedCurricula = cache(async (lesson: DocId, locale: Locale): Promise<ChangedCurriculum[]> => {
  const payload = await sitePayload()
  const where: Where = { and: [{ changedByLessons: { in: [lesson] } }, { _status: { equals: 'published' } }] }
  return readForReader(
    `changed-curricula:${lesson}:${locale}`,
    async (access) => {
      const { docs } = await payload.find({
        collection: 'curricula',
        where,
        locale,
        fallbackLocale: otherLocale(locale),
        sort: 'code',
        pagination: false,
        depth: 0,
        select: { title: true, code: true, edition: true },
        ...access,
      })
      return docs.map((doc) => ({ id: doc.id, title: doc.title ?? '', code: doc.code ?? '', edition: doc.edition ?? '' }))
    },
    (curricula) => tagsOfList('curricula', where, curricula),
  )
})
