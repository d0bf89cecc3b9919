import { APIError, type FlattenedField, type PayloadRequest, type Where } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { requestProblem, type RequestProblem } from '../i18n/requestProblems'
import { isPlainObject } from './dataKinds'
import { idKindOf, isIdOfKind, type IdKind } from './ids'

/**
 * Checks a query's `where` before the database sees it. Payload answers an unknown field or operator itself
 * (400), but hands the database values it cannot use (a word where a date or an id belongs, a list where
 * one value does, a path through a join it cannot follow), and the database's failure is a 500.
 */

type Kind =
  | { kind: 'id'; idKind: IdKind }
  | { kind: 'date' | 'number' | 'checkbox' | 'point' | 'other' }
  | { kind: 'unsupported' }

const refuse = (req: PayloadRequest, problem: RequestProblem, name: string, value?: unknown): never => {
  throw new APIError(requestProblem(req, problem, { name, value }), 400, null, true)
}


/** Payload's own rule (getLocalizedPaths, the drizzle adapter): a join is followed only to one collection on a one-collection field. */
const joinCanBeFollowed = (req: PayloadRequest, field: Extract<FlattenedField, { type: 'join' }>): boolean => {
  if (Array.isArray(field.collection)) return false
  const target = req.payload.collections[field.collection]?.config
  const on = target?.flattenedFields.find((candidate) => candidate.name === field.on)
  return !(on && (on.type === 'relationship' || on.type === 'upload') && Array.isArray(on.relationTo))
}

/**
 * What a query path points at, following groups, rows, relationships and joins as Payload does. A query
 * of a collection's versions names the document's fields under `version.` and the document as `parent`.
 */
const kindAt = (req: PayloadRequest, collection: string, segments: string[]): Kind | undefined => {
  const { payload } = req
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  let fields = payload.collections[collection as keyof typeof payload.collections]?.config.flattenedFields ?? []
  let owner = collection
  let rest = segments
  while (rest.length) {
    const [name, ...after] = rest
    if (name === 'id' && after.length === 0) return { kind: 'id', idKind: idKindOf(payload, owner) }
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field && owner === collection && rest === segments) {
      if (name === 'parent' && after.length === 0) return { kind: 'id', idKind: idKindOf(payload, collection) }
      if (name === 'version') {
        rest = after
        continue
      }
    }
    if (!field) return undefined
    rest = 'localized' in field && field.localized && locales.includes(after[0] ?? '') ? after.slice(1) : after
    // Array and block rows may be addressed by their index.
    if (/^\d+$/.test(rest[0] ?? '') && (field.type === 'array' || field.type === 'blocks')) rest = rest.slice(1)
    switch (field.type) {
      case 'group':
      case 'tab':
      case 'array':
        fields = field.flattenedFields
        continue
      case 'blocks':
        fields = (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields))
        continue
      case 'join':
        if (rest.length === 0) return { kind: 'other' }
        if (!joinCanBeFollowed(req, field)) return { kind: 'unsupported' }
        owner = field.collection as string
        fields = payload.collections[owner as keyof typeof payload.collections]?.config.flattenedFields ?? []
        continue
      case 'relationship':
      case 'upload':
        if (Array.isArray(field.relationTo)) return { kind: 'other' }
        if (rest.length === 0) return { kind: 'id', idKind: idKindOf(payload, field.relationTo) }
        owner = field.relationTo
        fields = payload.collections[owner as keyof typeof payload.collections]?.config.flattenedFields ?? []
        continue
      case 'date':
      case 'number':
      case 'checkbox':
      case 'point':
        return rest.length === 0 ? { kind: field.type } : undefined
      default:
        return rest.length === 0 ? { kind: 'other' } : undefined
    }
  }
  return undefined
}

const manyValued = new Set(['in', 'not_in', 'all'])
const pointOperators = new Set(['near', 'within', 'intersects'])
/** Operators that compare the stored value itself (like and contains match text, and take any). */
const comparing = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (!manyValued.has(operator)) return [value]
  if (typeof value === 'string') return value.split(',')
  return Array.isArray(value) ? value : [value]
}

const isEmptyValue = (value: unknown) => value === null || value === undefined || value === 'null' || value === ''

const checkCondition = (req: PayloadRequest, name: string, operator: string, value: unknown, kind: Kind | undefined) => {
  const label = `where[${name.split('.').join('][')}][${operator}]`
  if (!validOperatorSet.has(operator as never)) return // Payload names an unknown operator itself.
  if (kind?.kind === 'unsupported') refuse(req, 'queryThroughJoin', name)
  if (pointOperators.has(operator)) {
    if (kind && kind.kind !== 'point') refuse(req, 'queryPointOnly', label)
    return
  }
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as never)) refuse(req, 'queryNotBoolean', label)
    return
  }
  if (Array.isArray(value) && !manyValued.has(operator)) refuse(req, 'queryOnce', label)
  if (isPlainObject(value)) refuse(req, 'queryValue', label, value)
  if (!kind || !comparing.has(operator)) return
  for (const item of valuesOf(operator, value)) {
    if (isEmptyValue(item)) continue
    if (isPlainObject(item) || Array.isArray(item)) refuse(req, 'queryValue', label, item)
    if (kind.kind === 'id' && !isIdOfKind(item, kind.idKind)) refuse(req, 'queryNotId', label, item)
    if (kind.kind === 'date' && !(item instanceof Date) && Number.isNaN(Date.parse(String(item)))) refuse(req, 'queryNotDate', label, item)
    if (kind.kind === 'number' && !(typeof item === 'number' ? Number.isFinite(item) : /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(String(item))))
      refuse(req, 'queryNotNumber', label, item)
    if (kind.kind === 'checkbox' && ![true, false, 'true', 'false'].includes(item as never)) refuse(req, 'queryNotBoolean', label)
  }
}

/** Refuses (400, with a message naming the condition) a `where` the database could not run. */
export const checkWhere = (req: PayloadRequest, collection: string, where: unknown, depth = 0): void => {
  if (where === undefined || where === null) return
  if (!isPlainObject(where) || depth > 16) return refuse(req, 'queryShape', 'where')
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isPlainObject(condition) ? Object.values(condition) : null
      if (!list) refuse(req, 'queryShape', `where[${key}]`)
      for (const part of list!) checkWhere(req, collection, part, depth + 1)
      continue
    }
    if (!isPlainObject(condition)) continue // Payload refuses a condition without an operator itself.
    const kind = kindAt(req, collection, key.split('.'))
    for (const [operator, value] of Object.entries(condition)) checkCondition(req, key, operator, value, kind)
  }
}
