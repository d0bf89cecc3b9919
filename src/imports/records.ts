import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { PayloadRequest } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import { isolatedLocale } from '../i18n/isolatedLocale'
import { normalizeForSearch } from '../search/normalize'
import { existingTitle } from './importWord'
import { refusal } from './refusal'
import { getPath, linesToRichText, recordShapes, richTextToLines, setPath, type Column, type Taxonomy } from './recordShapes'

export type RecordReport = {
  row: number
  title: string
  status: 'created' | 'wouldCreate' | 'skipped' | 'refused'
  reason?: string
  id?: number | string
  /** Taxonomy names that matched nothing, by column: the record is made without them. */
  unmatched?: { column: string; names: string[] }[]
}

type Cells = Record<string, unknown>

const columnsOf = (collection: KnowledgeCollection): Column[] => {
  const columns = recordShapes[collection]
  if (!columns) throw refusal(400, 'recordsNotSupported', collection)
  return columns
}

/** The records of a CSV (first line: column names) or a JSON array of objects, as cells by column. */
export const readRecords = (name: string, bytes: Buffer): Cells[] => {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  try {
    if (/\.json$/i.test(name)) {
      const parsed: unknown = JSON.parse(text)
      const rows = Array.isArray(parsed) ? parsed : (parsed as { docs?: unknown })?.docs
      if (!Array.isArray(rows) || rows.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) throw new Error('not an array of objects')
      return rows as Cells[]
    }
    return parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true }) as Cells[]
  } catch (error) {
    throw refusal(400, 'unreadableRecords', name, error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

/** Refuses a sheet whose columns the collection does not have, before any record is made. */
export const checkColumns = (collection: KnowledgeCollection, records: Cells[]) => {
  const known = columnsOf(collection).map((c) => c.column)
  const seen = new Set(records.flatMap((record) => Object.keys(record)))
  const unknown = [...seen].filter((column) => !known.includes(column))
  if (unknown.length) throw refusal(400, 'unknownColumns', unknown.join(', '), known.join(', '))
  if (records.length && !seen.has('title')) throw refusal(400, 'titleColumnMissing')
}

// A cell a spreadsheet would run as a formula (CSV injection); a plain negative number is not one.
const formulaLike = (value: string) => /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value.trim())

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[;؛]/) : value == null ? [] : [String(value)])
    .map((name) => name.trim())
    .filter(Boolean)

type TaxonomyIndex = Map<Taxonomy, Map<string, number | string>>

/** Every taxonomy value by its name in Persian and in English, compared as search compares words. */
const taxonomyIndex = async (req: PayloadRequest, columns: Column[]): Promise<TaxonomyIndex> => {
  const index: TaxonomyIndex = new Map()
  for (const column of columns) {
    if (column.kind !== 'taxonomy' || index.has(column.relationTo)) continue
    const byName = new Map<string, number | string>()
    const { docs } = await req.payload.find({ collection: column.relationTo, locale: 'all', pagination: false, depth: 0, overrideAccess: true, req: isolatedLocale(req) })
    for (const doc of docs) {
      const name = (doc as { name?: unknown }).name
      const all = typeof name === 'object' && name ? Object.values(name as Record<string, unknown>) : [name]
      for (const value of all) if (typeof value === 'string' && value.trim()) byName.set(normalizeForSearch(value), doc.id)
    }
    index.set(column.relationTo, byName)
  }
  return index
}

type Prepared = { data: Record<string, unknown>; unmatched: { column: string; names: string[] }[] } | { refused: string }

const prepare = (columns: Column[], cells: Cells, taxonomies: TaxonomyIndex): Prepared => {
  const data: Record<string, unknown> = {}
  const unmatched: { column: string; names: string[] }[] = []
  for (const column of columns) {
    const raw = cells[column.column]
    if (raw === undefined || raw === null || raw === '') continue
    const texts = Array.isArray(raw) ? raw.map(String) : [String(raw)]
    const formula = texts.find(formulaLike)
    if (formula !== undefined) return { refused: `cell "${column.column}" looks like a formula (${formula.slice(0, 20)})` }
    const text = texts.join('\n')
    switch (column.kind) {
      case 'taxonomy': {
        const byName = taxonomies.get(column.relationTo)!
        const wanted = names(raw)
        const ids = wanted.map((name) => byName.get(normalizeForSearch(name)))
        const missing = wanted.filter((_, i) => ids[i] === undefined)
        if (missing.length) unmatched.push({ column: column.column, names: missing })
        setPath(data, column.path, ids.filter((id) => id !== undefined))
        break
      }
      case 'richText':
        setPath(data, column.path, linesToRichText(text))
        break
      case 'number': {
        const number = Number(text)
        if (!Number.isFinite(number)) return { refused: `cell "${column.column}" is not a number (${text.slice(0, 20)})` }
        setPath(data, column.path, number)
        break
      }
      case 'lines':
        setPath(data, column.path, text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => ({ [column.item]: line })))
        break
      default:
        setPath(data, column.path, text.trim())
    }
  }
  return { data, unmatched }
}

const reasonOf = (error: unknown): string => {
  const fields = (error as { data?: { errors?: { path?: string; message?: string }[] } })?.data?.errors
  const message = error instanceof Error ? error.message : String(error)
  return fields?.length ? `${message} (${fields.map((e) => `${e.path}: ${e.message}`).join('; ')})` : message
}

/**
 * Records as drafts of `collection` in `organization`, one report line each: created, skipped (the NGO has the
 * title already), refused (a formula-looking cell, a value the collection refuses). A dry run checks the same and
 * writes nothing. Each record is made whole or not at all; the sheet is refused whole when a column is unknown.
 */
export const importRecords = async ({
  req,
  collection,
  records,
  organization,
  dryRun = false,
  overrideAccess = false,
  onProgress,
}: {
  req: PayloadRequest
  collection: KnowledgeCollection
  records: Cells[]
  organization: number | string
  dryRun?: boolean
  overrideAccess?: boolean
  onProgress?: (done: number, total: number) => void
}): Promise<RecordReport[]> => {
  checkColumns(collection, records)
  const columns = columnsOf(collection)
  const taxonomies = await taxonomyIndex(req, columns)
  const report: RecordReport[] = []
  const titlesSeen = new Set<string>()
  for (const [i, cells] of records.entries()) {
    const title = String(cells.title ?? '').trim()
    const line: RecordReport = { row: i + 1, title, status: 'refused' }
    report.push(line)
    onProgress?.(i + 1, records.length)
    const prepared = prepare(columns, cells, taxonomies)
    if ('refused' in prepared) {
      line.reason = prepared.refused
      continue
    }
    if (prepared.unmatched.length) line.unmatched = prepared.unmatched
    if (!title) {
      line.reason = 'no title'
      continue
    }
    if (titlesSeen.has(title) || (await existingTitle(req, collection, organization, title))) {
      line.status = 'skipped'
      line.reason = 'duplicate title'
      continue
    }
    titlesSeen.add(title)
    if (dryRun) {
      line.status = 'wouldCreate'
      continue
    }
    try {
      const doc = await req.payload.create({
        collection,
        data: { ...prepared.data, organization, workflowState: 'draft', _status: 'draft' } as never,
        draft: true,
        req,
        overrideAccess,
      })
      line.status = 'created'
      line.id = doc.id
    } catch (error) {
      line.reason = reasonOf(error)
    }
  }
  return report
}

/** A collection's documents as records of the same columns import reads: CSV or JSON. */
export const exportRecords = (collection: KnowledgeCollection, docs: Record<string, unknown>[], nameOf: (relationTo: Taxonomy, value: unknown) => string, format: 'csv' | 'json') => {
  const columns = columnsOf(collection)
  const rows = docs.map((doc) =>
    Object.fromEntries(
      columns.map((column) => {
        const value = getPath(doc, column.path)
        switch (column.kind) {
          case 'taxonomy':
            return [column.column, ((value as unknown[]) ?? []).map((item) => nameOf(column.relationTo, item)).join('; ')]
          case 'richText':
            return [column.column, value ? richTextToLines(value) : '']
          case 'lines':
            return [column.column, ((value as Record<string, unknown>[]) ?? []).map((item) => String(item[column.item] ?? '')).join('\n')]
          case 'date':
            return [column.column, typeof value === 'string' ? value : '']
          default:
            return [column.column, value == null ? '' : String(value)]
        }
      }),
    ),
  )
  if (format === 'json') return JSON.stringify(rows, null, 2)
  return stringify(rows, { header: true, columns: columns.map((c) => c.column) })
}
