import type { Payload } from 'payload'

import type { DocId } from '../../api/ids'
import { fill } from '../documents/format'
import { locales, type Locale } from '../locale'
import { common } from '../text/common'
import { oaiText } from '../text/oai'
import { knowledgeCollections, type KnowledgeCollection, type Scope } from './repository'

/** A set of the repository: one per knowledge collection (its URL segment), one per province (`province-13`). */
export type OaiSet = { spec: string; names: Record<Locale, string>; collection?: KnowledgeCollection; province?: DocId }

const collectionNames: Record<KnowledgeCollection, Record<Locale, string>> = {
  'case-studies': common.caseStudies,
  lessons: common.lessons,
  'best-practices': common.bestPractices,
  curricula: common.curricula,
}

// A setSpec takes letters, digits and -_.!~*'(); anything else in a province code is written as ~ and its
// UTF-8 bytes in hex, so every code has its own spec and the spec still reads as the code.
const specPart = (code: string): string =>
  [...code].map((char) => (/[A-Za-z0-9\-_.!*'()]/.test(char) ? char : [...Buffer.from(char)].map((byte) => `~${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('')

export const provinceSetSpec = (code: string): string => `province-${specPart(code)}`

/** Every set, the collections first, then the provinces in the order of their codes. */
export const listSets = async (payload: Payload): Promise<OaiSet[]> => {
  const { docs } = await payload.find({
    collection: 'provinces',
    locale: 'all',
    sort: 'code',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { name: true, code: true } as never,
  })
  return [
    ...knowledgeCollections.map((collection) => ({ spec: collection, names: collectionNames[collection], collection })),
    ...(docs as { id: DocId; code: string; name?: Partial<Record<Locale, string>> | null }[]).map((province) => {
      const name = (lang: Locale) => province.name?.[lang] || province.name?.fa || province.code
      return {
        spec: provinceSetSpec(province.code),
        names: Object.fromEntries(locales.map((lang) => [lang, fill(oaiText.provinceSet[lang], { name: name(lang) })])) as Record<Locale, string>,
        province: province.id,
      }
    }),
  ]
}

/** What a `set` argument narrows a harvest to, or null when no set has that spec (no record is in it). */
export const scopeOfSet = (spec: string | undefined, sets: OaiSet[]): Pick<Scope, 'collections' | 'province'> | null => {
  if (spec === undefined) return { collections: knowledgeCollections }
  const set = sets.find((candidate) => candidate.spec === spec)
  if (!set) return null
  return set.collection ? { collections: [set.collection] } : { collections: knowledgeCollections, province: set.province }
}

/** The setSpecs an item's header names: its collection's and its provinces'. */
export const setSpecsOf = (collection: KnowledgeCollection, provinces: DocId[], sets: OaiSet[]): string[] => [
  collection,
  ...sets.filter((set) => set.province !== undefined && provinces.some((id) => String(id) === String(set.province))).map((set) => set.spec),
]
