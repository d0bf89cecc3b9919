import type { FlattenedField } from 'payload'

import type { Language } from '../i18n/requestLanguage'
import { lexicalToPlainText } from '../search/lexicalText'

/** One piece of a document's text that readers would see: which field, in which language, and what it says. */
export type TextPlace = {
  /** Payload's path of the field, as validation errors name it: `results`, `steps.0.title`. */
  path: string
  /** The field's label, as configured ({ fa, en } in this project). */
  label: unknown
  /** The locale the text is written in; null for a field that is the same in every language. */
  locale: null | string
  text: string
}

type Row = Record<string, unknown>
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

type LexicalNode = { type?: unknown; fields?: { url?: unknown }; children?: unknown }

/** Link addresses are published too: a mailto: or tel: link carries an identifier even under other words. */
const linkAddresses = (node: unknown, out: string[] = []): string[] => {
  if (!isRow(node)) return out
  const { type, fields, children } = node as LexicalNode
  if ((type === 'link' || type === 'autolink') && typeof fields?.url === 'string') out.push(fields.url)
  if (Array.isArray(children)) for (const child of children) linkAddresses(child, out)
  return out
}

const richText = (value: unknown): string => {
  const text = lexicalToPlainText(value)
  const links = isRow(value) ? linkAddresses(value.root) : []
  return [text, ...links].filter(Boolean).join('\n')
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

type Found = Omit<TextPlace, 'locale'> & { localized: boolean }

/**
 * The text of a document in one locale, as it will be saved: `data` (what the request changes, in this
 * locale) over `stored` (the document as stored, in this locale), field by field as Payload merges them.
 */
const walk = (fields: FlattenedField[], stored: unknown, data: unknown, path: string, localized: boolean, out: Found[]) => {
  const storedRow = isRow(stored) ? stored : undefined
  const dataRow = isRow(data) ? data : undefined
  for (const field of fields) {
    if (!('name' in field) || ('virtual' in field && field.virtual) || ('hidden' in field && field.hidden)) continue
    const given = dataRow !== undefined && Object.hasOwn(dataRow, field.name)
    const value = given ? dataRow[field.name] : storedRow?.[field.name]
    const here = path ? `${path}.${field.name}` : field.name
    const inLocale = localized || Boolean('localized' in field && field.localized)
    const place = (text: string) => text.trim() && out.push({ path: here, label: field.label, localized: inLocale, text })
    switch (field.type) {
      case 'text':
      case 'textarea':
        strings(value).forEach(place)
        break
      case 'richText':
        place(richText(value))
        break
      case 'group':
      case 'tab':
        walk(field.flattenedFields, storedRow?.[field.name], given ? value : undefined, here, inLocale, out)
        break
      case 'array':
      case 'blocks': {
        const storedRows = Array.isArray(storedRow?.[field.name]) ? (storedRow[field.name] as unknown[]) : []
        const rows = Array.isArray(value) ? value : []
        rows.forEach((row, index) => {
          if (!isRow(row)) return
          const before = given ? storedRows.find((r) => isRow(r) && r.id != null && r.id === row.id) : undefined
          const rowFields =
            field.type === 'array' ? field.flattenedFields : (field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields ?? [])
          walk(rowFields, given ? before : row, given ? row : undefined, `${here}.${index}`, inLocale, out)
        })
        break
      }
    }
  }
}

/**
 * Every text, textarea and rich-text value of a document in every locale: `stored` holds the document as
 * stored in each locale (no fallback), `data` what the request writes in `requestLocale`. A field that is the
 * same in every language is given once, with no locale.
 */
export const documentTexts = (
  fields: FlattenedField[],
  stored: Record<string, unknown>,
  data: unknown,
  requestLocale: string,
  locales: readonly string[],
): TextPlace[] => {
  const places: TextPlace[] = []
  // The request's own locale first: a field that is the same in every language takes its new value from it.
  for (const locale of [requestLocale, ...locales.filter((l) => l !== requestLocale)]) {
    const found: Found[] = []
    walk(fields, stored[locale], locale === requestLocale ? data : undefined, '', false, found)
    for (const { localized, ...place } of found) {
      if (localized) places.push({ ...place, locale })
      else if (locale === requestLocale) places.push({ ...place, locale: null })
    }
  }
  return places
}

/** A field's label in the reader's language. */
export const labelText = (label: unknown, path: string, language: Language): string => {
  if (typeof label === 'string') return label
  if (isRow(label)) {
    const text = label[language] ?? label.fa ?? label.en
    if (typeof text === 'string') return text
  }
  return path
}
