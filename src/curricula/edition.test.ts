import config from '@payload-config'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Curriculum } from '../payload-types'
import { curriculumEdition, fieldsNotPrinted, localDigits } from './edition'

/** Fields Payload keeps for itself, or that record who wrote what rather than what the edition says. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status', 'createdBy', 'updatedBy'])

type Leaf = { path: (string | number)[]; field: Field & { name: string } }

/** Every field that holds a value, with its path in a record that has one row in each array. */
const leaves = (fields: Field[], path: (string | number)[] = []): Leaf[] =>
  fields.flatMap((field): Leaf[] => {
    if (field.type === 'row' || field.type === 'collapsible') return leaves(field.fields, path)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => leaves(tab.fields, 'name' in tab && tab.name ? [...path, tab.name] : path))
    if (!('name' in field) || field.type === 'ui' || bookkeeping.has(field.name)) return []
    if (field.type === 'group') return leaves(field.fields, [...path, field.name])
    if (field.type === 'array') return leaves(field.fields, [...path, field.name, 0])
    return [{ path: [...path, field.name], field }]
  })

const lexical = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'rtl', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'rtl', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})

/** Two different values a field can hold (`which` 0 or 1), as a populated record would have them. */
const valueOf = (field: Leaf['field'], which: 0 | 1, path: string): unknown => {
  const mark = `${path}-${which ? 'دیگر' : 'نخست'}`
  const one = (() => {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        return mark
      case 'number':
        return which ? 5 : 3
      case 'checkbox':
        return Boolean(which)
      case 'date':
        return which ? '2025-03-01T00:00:00.000Z' : '2024-03-01T00:00:00.000Z'
      case 'select':
      case 'radio': {
        const option = field.options[which] ?? field.options[0]!
        return typeof option === 'string' ? option : option.value
      }
      case 'richText':
        return lexical(mark)
      case 'relationship':
      case 'upload':
        return { id: which + 1, name: mark, title: mark, filename: `${which}.pdf`, mimeType: 'application/pdf', filesize: 2048 * (which + 1), url: `/${which}.pdf` }
      default:
        return mark
    }
  })()
  return 'hasMany' in field && field.hasMany ? [one] : one
}

const setPath = (record: Record<string, unknown>, path: (string | number)[], value: unknown) => {
  let at: Record<string | number, unknown> = record
  path.slice(0, -1).forEach((key, index) => {
    at[key] ??= typeof path[index + 1] === 'number' ? [] : {}
    at = at[key] as Record<string | number, unknown>
  })
  at[path.at(-1)!] = value
}

describe('what a curriculum edition holds', () => {
  it('prints every field of the collection, so a field added later cannot be left out of the page, the PDF or the DOCX', async () => {
    const sanitized = await config
    const fields = sanitized.collections.find((collection) => collection.slug === 'curricula')!.fields
    const all = leaves(fields)
    expect(all.length).toBeGreaterThan(25)
    const base: Record<string, unknown> = { workflowState: 'published', visibility: 'public' }
    for (const leaf of all) setPath(base, leaf.path, valueOf(leaf.field, 0, leaf.path.join('.')))

    const unprinted: string[] = []
    for (const leaf of all) {
      const name = String(leaf.path[0])
      if (name in fieldsNotPrinted) continue
      const changed = structuredClone(base)
      setPath(changed, leaf.path, valueOf(leaf.field, 1, leaf.path.join('.')))
      for (const locale of ['fa', 'en'] as const) {
        const before = JSON.stringify(curriculumEdition(base as unknown as Curriculum, locale))
        const after = JSON.stringify(curriculumEdition(changed as unknown as Curriculum, locale))
        if (before === after) unprinted.push(`${leaf.path.join('.')} (${locale})`)
      }
    }
    expect(unprinted).toEqual([])
  })

  it('names every field it leaves out, and each of those exists', async () => {
    const sanitized = await config
    const names = new Set(leaves(sanitized.collections.find((collection) => collection.slug === 'curricula')!.fields).map((leaf) => String(leaf.path[0])))
    for (const name of Object.keys(fieldsNotPrinted)) expect(names, name).toContain(name)
  })

  it('writes editions, hours and durations in Persian digits in Persian and Latin ones in English', () => {
    expect(localDigits('2.0', 'fa')).toBe('۲٫۰')
    expect(localDigits('12.10', 'fa')).toBe('۱۲٫۱۰')
    expect(localDigits('2.0', 'en')).toBe('2.0')
    const doc = { code: 'SOFT-01', edition: '1.0', title: 'T', skillType: 'soft', hoursTheory: 12, hoursPractice: 8, modules: [{ code: 'M1', title: 'M', hours: 20 }], placement: { months: 3 }, licence: 'CC-BY-4.0', visibility: 'public' } as unknown as Curriculum
    const fa = JSON.stringify(curriculumEdition(doc, 'fa'))
    expect(fa).toContain('۲۰ ساعت')
    expect(fa).toContain('۳ ماه')
    expect(fa).not.toMatch(/"(?:[^"\\]*[^A-Z0-9\\-])?\d+ (?:ساعت|ماه)/)
    const en = JSON.stringify(curriculumEdition(doc, 'en'))
    expect(en).toContain('20 hours')
    expect(en).toContain('3 months')
  })
})
