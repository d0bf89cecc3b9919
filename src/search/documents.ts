import { SearchDocumentError } from './errors'
import { indexText } from './normalize'
import { searchLocales, visibilities, type IndexText, type SearchDocument, type SearchLocale } from './port'

/**
 * Checks documents before either adapter writes them, so a bad record fails the same way everywhere
 * and never half-lands in an index.
 */

const listFields = ['provinces', 'targetGroups', 'stages', 'topics', 'fundingInstruments'] as const
const textFields = ['title', 'summary', 'body'] as const
const maxIdLength = 300

const bad = (document: { id?: unknown }, message: string): never => {
  throw new SearchDocumentError(message, typeof document.id === 'string' ? document.id : undefined)
}

const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value)

export const checkSearchDocument = (document: SearchDocument): SearchDocument => {
  if (typeof document !== 'object' || document === null) return bad({}, 'a search document must be an object')
  const { id, type, visibility, url } = document
  if (typeof id !== 'string' || id === '' || id.length > maxIdLength) bad(document, 'id must be non-empty text')
  if (typeof type !== 'string' || type === '') bad(document, `${id}: type must be non-empty text`)
  if (!(visibilities as readonly string[]).includes(visibility))
    bad(document, `${id}: visibility must be one of ${visibilities.join(', ')}`)
  if (typeof url !== 'string') bad(document, `${id}: url must be text`)
  if (!isTime(document.publishedAt) || !isTime(document.updatedAt))
    bad(document, `${id}: publishedAt and updatedAt must be times in milliseconds`)
  for (const field of ['year', 'jalaliYear'] as const) {
    const year = document[field]
    if (year !== undefined && year !== null && !Number.isInteger(year)) bad(document, `${id}: ${field} must be a whole number`)
  }
  for (const field of listFields) {
    const values: unknown = document[field]
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string'))
      bad(document, `${id}: ${field} must be a list of text values`)
  }
  for (const field of textFields) {
    const localized: unknown = document[field]
    if (typeof localized !== 'object' || localized === null) bad(document, `${id}: ${field} must be { fa, en }`)
    for (const locale of searchLocales) {
      const value = (localized as Record<string, unknown>)[locale]
      if (value !== undefined && value !== null && typeof value !== 'string')
        bad(document, `${id}: ${field}.${locale} must be text`)
    }
  }
  return document
}

/** The pre-normalized text an index stores for one field in one locale. */
export const indexedField = (document: SearchDocument, field: (typeof textFields)[number], locale: SearchLocale) =>
  indexText(document[field][locale] ?? '')

/** Every field's index text: the costly part of writing a document, which is why it is made once. */
export const indexTextOf = (document: SearchDocument): IndexText => {
  const text = {} as IndexText
  for (const field of textFields) for (const locale of searchLocales) text[`${field}_${locale}`] = indexedField(document, field, locale)
  return text
}
