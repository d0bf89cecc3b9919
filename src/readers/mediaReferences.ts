import type { Field } from 'payload'

import { locales } from '../i18n/locales'

type Data = Record<string, unknown>

const idOfValue = (value: unknown): string | null => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return 'id' in value ? idOfValue((value as { id: unknown }).id) : null
  return String(value)
}

/** A localized value read in every locale at once: `{ fa: …, en: … }`. */
const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  value != null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !('root' in value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => (locales as readonly string[]).includes(key))

/** The uploads inside a Lexical document: nodes of type `upload` that point at a media record. */
const inRichText = (node: unknown, found: Set<string>): void => {
  if (node == null || typeof node !== 'object') return
  if (Array.isArray(node)) return node.forEach((child) => inRichText(child, found))
  const record = node as Data
  if (record.type === 'upload' && record.relationTo === 'media') {
    const id = idOfValue(record.value)
    if (id) found.add(id)
  }
  for (const value of Object.values(record)) if (value && typeof value === 'object') inRichText(value, found)
}

const inValue = (field: Field, value: unknown, found: Set<string>): void => {
  if (value == null) return
  switch (field.type) {
    case 'upload':
    case 'relationship':
      if (field.relationTo !== 'media') return
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOfValue(item)
        if (id) found.add(id)
      }
      return
    case 'richText':
      return inRichText(value, found)
    case 'group':
      return inFields(field.fields, value as Data, found)
    case 'array':
      if (Array.isArray(value)) for (const row of value) inFields(field.fields, row as Data, found)
      return
    case 'blocks':
      if (Array.isArray(value)) {
        for (const row of value as Data[]) {
          const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
          if (block) inFields(block.fields, row, found)
        }
      }
      return
    default:
      return
  }
}

const inFields = (fields: Field[], data: Data | null | undefined, found: Set<string>): void => {
  if (data == null || typeof data !== 'object') return
  for (const field of fields) {
    if ('name' in field && field.name) {
      const value = data[field.name]
      const perLocale = isLocaleMap(value) && (('localized' in field && field.localized) || field.type === 'richText')
      for (const inLocale of perLocale ? Object.values(value) : [value]) inValue(field, inLocale, found)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) inFields(tab.fields, 'name' in tab && tab.name ? (data[tab.name] as Data) : data, found)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      inFields(field.fields, data, found)
    }
  }
}

/** The ids of the media records a document shows, from its upload fields and the uploads in its rich text. */
export const mediaReferencedBy = (fields: Field[], data: Data | null | undefined): Set<string> => {
  const found = new Set<string>()
  inFields(fields, data, found)
  return found
}
