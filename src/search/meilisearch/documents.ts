import { indexTextOf } from '../documents'
import { facetTag } from '../facetTags'
import { searchLocales, type IndexText, type SearchDocument } from '../port'

/**
 * The shape a document takes in Meilisearch: the original as the port defines it (shown and highlighted),
 * plus `norm_*` fields holding the same Hamafza-normalized text the embedded engine indexes. Only those
 * are searchable, so both engines match the same spellings whatever Meilisearch's own folding does.
 */

export const textFields = ['title', 'summary', 'body'] as const

export const normalizedFieldNames = textFields.flatMap((field) => searchLocales.map((locale) => `norm_${field}_${locale}`))

/** Searched after the text, never shown: the outcome's facet tag, which its words find (see settings.ts). */
export const facetTagsField = 'facet_tags'

/** The locale Meilisearch reads the normalized fields and the queries in (see meilisearchSettings). */
export const textLocale = 'eng'

/**
 * The form of the documents this version writes. An entry of another form (an earlier version's, without
 * `format`) is reported stale (see toEntry in engine.ts), so reconciliation writes it again in this one.
 * 2: with the Jalali year. 3: with a lesson's practice.
 */
export const documentFormat = 3

export type MeilisearchDocument = SearchDocument & {
  format?: number
  /** Meilisearch ids allow only [A-Za-z0-9_-]: `case-studies:12` is stored as `case-studies_3a12`. */
  key: string
} & Record<string, unknown>

/** Reversible: `_` escapes itself and every character Meilisearch refuses, as `_` + two hex digits. */
export const documentKey = (id: string): string =>
  id.replace(/[^A-Za-z0-9-]/g, (char) =>
    Array.from(new TextEncoder().encode(char), (byte) => `_${byte.toString(16).padStart(2, '0')}`).join(''),
  )

/** `text` is indexTextOf(document), when the caller has it already. */
export const toMeilisearchDocument = (document: SearchDocument, text: IndexText = indexTextOf(document)): MeilisearchDocument => {
  const normalized: Record<string, string> = {}
  for (const [name, value] of Object.entries(text)) normalized[`norm_${name}`] = value
  const tags = document.outcome ? facetTag('outcome', document.outcome) : ''
  return { ...document, key: documentKey(document.id), format: documentFormat, ...normalized, [facetTagsField]: tags }
}

/** The fields to fetch with each hit: the original document, never the normalized copies. */
export const displayedFields: string[] = [
  'id',
  'type',
  'title',
  'summary',
  'body',
  'outcome',
  'practice',
  'organization',
  'provinces',
  'targetGroups',
  'stages',
  'topics',
  'fundingInstruments',
  'year',
  'jalaliYear',
  'visibility',
  'edition',
  'licence',
  'url',
  'publishedAt',
  'updatedAt',
] satisfies (keyof SearchDocument)[]

export const fromMeilisearchHit = (hit: Record<string, unknown>): SearchDocument => {
  const document: Record<string, unknown> = {}
  for (const field of displayedFields) if (field in hit) document[field] = hit[field]
  return document as unknown as SearchDocument
}
