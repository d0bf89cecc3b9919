import { sameId, type DocId } from '../../api/ids'
import { tagsOfList } from '../../contentChanges/tags'
import type { Curriculum } from '../../payload-types'
import { otherLocale, type Locale } from '../locale'
import { sitePayload } from '../payload'
import { readForReader } from './load'

export type OtherEdition = {
  doc: Curriculum
  /** The edition that replaced this one (derived from it), when there is one the reader may read. */
  supersededBy: { id: DocId; edition: string } | null
  /** True when this edition was derived from the one on the page: its successor. */
  isSuccessorOf: boolean
}

/** Compares "1.10" after "1.9". */
const byEdition = (a: Curriculum, b: Curriculum) => {
  const [aMajor = 0, aMinor = 0] = a.edition.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.edition.split('.').map(Number)
  return aMajor - bMajor || aMinor - bMinor
}

/**
 * The other editions of a curriculum: separate documents with the same code, linked by derivedFrom. A
 * retired edition names the edition that superseded it.
 */
export const otherCurriculumEditions = async (current: Curriculum, locale: Locale): Promise<OtherEdition[]> => {
  const payload = await sitePayload()
  const result = await readForReader(`curriculum-editions:${current.code}:${locale}`, (access) =>
    payload.find({
      collection: 'curricula',
      where: { and: [{ code: { equals: current.code } }, { _status: { equals: 'published' } }] },
      limit: 50,
      depth: 0,
      locale,
      fallbackLocale: otherLocale(locale),
      ...access,
    }),
    (found) => tagsOfList('curricula', { code: { equals: current.code } }, found.docs),
  )
  const all = result.docs
  return all
    .filter((doc) => !sameId(doc.id, current.id))
    .sort(byEdition)
    .map((doc) => {
      const successor = all.find((other) => sameId(other.derivedFrom, doc.id))
      return {
        doc,
        supersededBy: successor ? { id: successor.id, edition: successor.edition } : null,
        isSuccessorOf: sameId(doc.derivedFrom, current.id),
      }
    })
}
