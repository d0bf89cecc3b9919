import { APIError, ValidationError, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'

import { requestProblem, type RequestProblem } from '../i18n/requestProblems'
import { idKindOf, isIdOfKind } from './ids'

/**
 * Checks the kind of every value a create or update hands a collection, before Payload's hooks and the
 * database see it: Payload's own validators check text lengths and options, but let through a number for
 * a select (stored as "5.0"), a list for a date or a select (the database fails: 500), a number for a date
 * (stored as 1970), a list of numbers for an array (dropped), or an id no document has (the foreign key
 * fails: 500). Each wrong value becomes a field error of one ValidationError (400), as Payload's own are,
 * so the admin shows it beside the field.
 *
 * What Payload itself turns into the right kind is accepted: numbers and booleans written as text (form
 * posts), `{ id }` for a relationship, rich text as a JSON string, '' or null to clear a field.
 */

/** Deeper than any document (rich text nests about three levels per list indent); Payload's copies recurse. */
export const maxDataDepth = 100

type Problem = { path: string; message: string; label?: unknown }
/** The documents the data refers to, by collection and id, with the field that names each. */
type References = Map<string, Map<string, { path: string; field: FlattenedField }>>
type Walk = { req: PayloadRequest; problems: Problem[]; references: References }

/** A JSON object: not a list, a date, an ObjectID or any other class's instance. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** How deep a value nests, without recursion (the value may be deep enough to overflow the stack). */
export const depthOf = (value: unknown, stopAt = maxDataDepth + 1): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest >= stopAt) return deepest
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return deepest
}

const isNumberLike = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\s*(-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)?\s*$/i.test(value))
const isDateLike = (value: unknown) => value instanceof Date || value === '' || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
const isCheckboxLike = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false' || value === ''
const isEmptyReference = (value: unknown) => value === null || value === '' || value === 'none' || value === 'null'

/** Lexical's shape: `{ root: { children: [...] } }`, every node an object, every `children` a list of them. */
const isRichText = (value: unknown): boolean => {
  let parsed = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value)
    } catch {
      return false
    }
  }
  if (!isPlainObject(parsed) || !isPlainObject(parsed.root) || !Array.isArray(parsed.root.children)) return false
  const nodes: unknown[] = [parsed.root]
  while (nodes.length) {
    const node = nodes.pop()
    if (!isPlainObject(node)) return false
    if ('text' in node && typeof node.text !== 'string') return false
    if ('children' in node) {
      if (!Array.isArray(node.children)) return false
      nodes.push(...node.children)
    }
  }
  return true
}

const note = (walk: Walk, path: string, field: FlattenedField | null, problem: RequestProblem, values: { name?: string; value?: unknown } = {}) =>
  walk.problems.push({ path, message: requestProblem(walk.req, problem, values), ...(field && 'label' in field ? { label: field.label } : {}) })

/** A reference to one document, kept to check afterwards that the document exists. */
const checkReference = (walk: Walk, path: string, field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>, value: unknown): boolean => {
  if (isEmptyReference(value)) return true
  let target: string | undefined
  let id: unknown = value
  if (Array.isArray(field.relationTo)) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string' || !(field.relationTo as string[]).includes(value.relationTo)) return false
    target = value.relationTo
    id = value.value
  } else target = field.relationTo
  if (isPlainObject(id) && 'id' in id) id = id.id
  if (!isIdOfKind(id, idKindOf(walk.req.payload, target))) return false
  const wanted = walk.references.get(target) ?? new Map()
  wanted.set(String(id), { path, field })
  walk.references.set(target, wanted)
  return true
}

const checkFields = (walk: Walk, fields: FlattenedField[], data: Record<string, unknown>, prefix: string) => {
  const { req } = walk
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = `${prefix}${field.name}`
    const given = data[field.name]
    // With ?locale=all a localized field is written as { fa: …, en: … }.
    const perLocale =
      'localized' in field && field.localized && req.locale === 'all' && isPlainObject(given) && Object.keys(given).every((key) => locales.includes(key))
    for (const value of perLocale ? Object.values(given as Record<string, unknown>) : [given]) checkValue(walk, field, path, value)
  }
}

const checkValue = (walk: Walk, field: FlattenedField, path: string, value: unknown) => {
  if (value === null || value === undefined) return
  const many = 'hasMany' in field && field.hasMany === true
  const list = (each: (item: unknown) => boolean) => (many ? Array.isArray(value) && value.every(each) : each(value))
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (!list((item) => typeof item === 'string')) note(walk, path, field, many ? 'texts' : 'text')
      return
    case 'number':
      if (!list(isNumberLike)) note(walk, path, field, many ? 'numbers' : 'number')
      return
    case 'checkbox':
      if (!isCheckboxLike(value)) note(walk, path, field, 'checkbox')
      return
    case 'date':
      if (!isDateLike(value)) note(walk, path, field, 'date')
      return
    case 'select':
    case 'radio':
      if (!list((item) => typeof item === 'string')) note(walk, path, field, many ? 'options' : 'option')
      return
    case 'point':
      if (!(Array.isArray(value) && value.length === 2 && value.every((item) => typeof item !== 'string' || item.trim() !== '') && value.every(isNumberLike)))
        note(walk, path, field, 'point')
      return
    case 'richText':
      if (!isRichText(value)) note(walk, path, field, 'richText')
      return
    case 'relationship':
    case 'upload': {
      const items = many ? (Array.isArray(value) ? value : null) : [value]
      if (!items || !items.every((item) => checkReference(walk, path, field, item))) note(walk, path, field, many ? 'references' : 'reference')
      return
    }
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) note(walk, path, field, 'group')
      else checkFields(walk, field.flattenedFields, value, `${path}.`)
      return
    case 'array':
      if (value === 0 || value === '0') return // Payload's way of emptying an array
      if (!Array.isArray(value) || !value.every(isPlainObject)) note(walk, path, field, 'rows')
      else value.forEach((row, index) => checkFields(walk, field.flattenedFields, row, `${path}.${index}.`))
      return
    case 'blocks': {
      if (value === 0 || value === '0') return
      const blocks = new Map((field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : [[block.slug, block] as const])))
      if (!Array.isArray(value) || !value.every((row) => isPlainObject(row) && blocks.has(String(row.blockType)))) note(walk, path, field, 'blocks')
      else value.forEach((row, index) => checkFields(walk, blocks.get(String(row.blockType))!.flattenedFields, row, `${path}.${index}.`))
      return
    }
    default:
      return // json takes any value; joins and ui fields are not written
  }
}

/** The referenced documents that do not exist, each as a field error; read past access, in the write's transaction. */
const missingReferences = async (walk: Walk) => {
  for (const [collection, wanted] of walk.references) {
    const ids = [...wanted.keys()]
    const { docs } = await walk.req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req: walk.req,
    })
    const found = new Set(docs.map((doc) => String((doc as { id: unknown }).id)))
    for (const [id, { path, field }] of wanted) if (!found.has(id)) note(walk, path, field, 'missingReference', { name: collection, value: id })
  }
}

/**
 * Refuses data of the wrong kind for a collection (400: a ValidationError naming each field), and data that
 * is not an object or nests absurdly deep. Returns quietly when the data can be handed to Payload.
 */
export const checkData = async (req: PayloadRequest, collection: string, data: unknown): Promise<void> => {
  if (data === undefined) return
  if (!isPlainObject(data)) throw new APIError(requestProblem(req, 'bodyNotObject'), 400, null, true)
  if (depthOf(data) > maxDataDepth) throw new APIError(requestProblem(req, 'bodyTooDeep', { max: maxDataDepth }), 400, null, true)
  const walk: Walk = { req, problems: [], references: new Map() }
  const config = req.payload.collections[collection as keyof typeof req.payload.collections]?.config
  if (!config) return
  if ('id' in data && data.id !== undefined && data.id !== null && !isIdOfKind(data.id, idKindOf(req.payload, collection))) note(walk, 'id', null, 'reference')
  if (config.auth && 'password' in data && data.password !== undefined && typeof data.password !== 'string') note(walk, 'password', null, 'text')
  checkFields(walk, config.flattenedFields, data, '')
  if (walk.problems.length === 0) await missingReferences(walk)
  if (walk.problems.length) throw new ValidationError({ collection, errors: walk.problems as never, req }, req.t)
}
