import { createLocalReq, type Payload, type Where } from 'payload'

import { knowledgeCollections, type KnowledgeCollection } from '../../../collections/knowledgeCollections'
import { onParents, onVersions } from '../../access/content'
import { idFrom, type DocId } from '../../api/ids'

/**
 * What the repository holds, read through the site's own rule of who reads what: a record is every knowledge
 * document a visitor of the site may read (the collection's read access for nobody signed in, published), and
 * a deleted record is one a visitor could read in one of its published editions and can no longer read: taken
 * back to draft, made members-only, withdrawn. Payload keeps those editions as versions, so the deletion is
 * known as long as the document is; a document deleted outright takes its versions with it and leaves no trace
 * (hence `deletedRecord` is `transient`).
 */

export type Item = {
  collection: KnowledgeCollection
  id: DocId
  /** When the live record last changed: a publication, a withdrawal (never a draft saved beside it). */
  updatedAt: string
  provinces: DocId[]
  deleted: boolean
}

/** Where a harvest stands: after this item, in the order (updatedAt, collection, id). */
export type Position = { t: string; c: number; i: DocId }

export type Scope = {
  collections: readonly KnowledgeCollection[]
  province?: DocId
  /** Inclusive bounds on the datestamp, to the millisecond. */
  from?: string
  upTo: string
}

type Rules = { collection: KnowledgeCollection; visible: Where | false; withdrawn: DocId[] }

const published: Where = { _status: { equals: 'published' } }

/** The collection's read rule for a visitor, and published as the site asks: a query, or false for nothing. */
const visitorRule = async (payload: Payload, collection: KnowledgeCollection): Promise<Where | false> => {
  const read = payload.collections[collection].config.access.read
  const req = await createLocalReq({}, payload)
  const rule = read ? await read({ req }) : true
  if (rule === false) return false
  return rule === true ? published : { and: [rule, published] }
}

const opposites: Record<string, string> = { equals: 'not_equals', not_equals: 'equals', in: 'not_in', not_in: 'in' }

/** The query for what a query leaves out (De Morgan), for the operators visibility rules use. */
export const negate = (where: Where): Where => {
  const parts: Where[] = Object.entries(where).map(([key, value]) => {
    if (key === 'and') return { or: (value as Where[]).map(negate) }
    if (key === 'or') return { and: (value as Where[]).map(negate) }
    const conditions = Object.entries(value as Record<string, unknown>).map(([operator, operand]): Where => {
      if (operator === 'exists') return { [key]: { exists: !operand } }
      const opposite = opposites[operator]
      if (!opposite) throw new Error(`The visibility rule uses "${operator}", which the OAI interface cannot invert.`)
      return { [key]: { [opposite]: operand } }
    })
    return conditions.length === 1 ? conditions[0]! : { or: conditions }
  })
  return parts.length === 1 ? parts[0]! : { or: parts }
}

/** Documents a visitor could read in a published edition, and cannot read now. */
const withdrawnDocuments = async (payload: Payload, collection: KnowledgeCollection, visible: Where | false): Promise<DocId[]> => {
  if (visible === false) return []
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [onVersions(visible), negate(onParents(visible))] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { parent: true } as never,
  })
  const ids = new Map<string, DocId>()
  for (const version of docs) {
    const id = idFrom(version.parent)
    if (id !== null) ids.set(String(id), id)
  }
  return [...ids.values()]
}

/** Who sees what, read once per answer: each collection's rules, asked of the database when first needed. */
export type Repository = { payload: Payload; rulesOf: (collection: KnowledgeCollection) => Promise<Rules> }

export const openRepository = (payload: Payload): Repository => {
  const rules = new Map<KnowledgeCollection, Promise<Rules>>()
  const read = async (collection: KnowledgeCollection): Promise<Rules> => {
    const visible = await visitorRule(payload, collection)
    return { collection, visible, withdrawn: await withdrawnDocuments(payload, collection, visible) }
  }
  return {
    payload,
    rulesOf: (collection) => {
      if (!rules.has(collection)) rules.set(collection, read(collection))
      return rules.get(collection)!
    },
  }
}

/** Records and deleted records alike. */
const harvestable = ({ visible, withdrawn }: Rules): Where | null => {
  const either = [...(visible ? [visible] : []), ...(withdrawn.length ? [{ id: { in: withdrawn } }] : [])]
  if (either.length === 0) return null
  return either.length === 1 ? either[0]! : { or: either }
}

const scopeWhere = (scope: Scope): Where[] => [
  ...(scope.from ? [{ updatedAt: { greater_than_equal: scope.from } }] : []),
  { updatedAt: { less_than_equal: scope.upTo } },
  ...(scope.province !== undefined ? [{ provinces: { in: [scope.province] } }] : []),
]

/** Items after a position, for collection number `index` of the canonical order. */
const afterWhere = (position: Position | null, index: number): Where[] => {
  if (!position) return []
  if (index < position.c) return [{ updatedAt: { greater_than: position.t } }]
  if (index > position.c) return [{ updatedAt: { greater_than_equal: position.t } }]
  return [{ or: [{ updatedAt: { greater_than: position.t } }, { and: [{ updatedAt: { equals: position.t } }, { id: { greater_than: position.i } }] }] }]
}

const collectionIndex = (collection: KnowledgeCollection) => knowledgeCollections.indexOf(collection)

type Row = { id: DocId; updatedAt: string; provinces?: unknown[] | null }

const itemOf = (rules: Rules, row: Row): Item => ({
  collection: rules.collection,
  id: row.id,
  updatedAt: row.updatedAt,
  provinces: (row.provinces ?? []).map(idFrom).filter((id): id is DocId => id !== null),
  deleted: rules.withdrawn.some((id) => String(id) === String(row.id)),
})

const readRows = (payload: Payload, rules: Rules, where: Where, limit: number) =>
  payload.find({
    collection: rules.collection,
    where,
    sort: ['updatedAt', 'id'],
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true, provinces: true } as never,
  }) as unknown as Promise<{ docs: Row[] }>

/**
 * One page of the items in scope after `position`, oldest change first, and whether more follow. Each
 * collection gives its next `size + 1` items and the merge keeps the first ones, so a page never needs to
 * look again and a resumption is never promised that has nothing to give.
 */
export const listItems = async ({ payload, rulesOf }: Repository, scope: Scope, position: Position | null, size: number): Promise<{ items: Item[]; more: boolean }> => {
  const lists = await Promise.all(
    scope.collections.map(async (collection) => {
      const rules = await rulesOf(collection)
      const either = harvestable(rules)
      if (!either) return []
      const { docs } = await readRows(payload, rules, { and: [either, ...scopeWhere(scope), ...afterWhere(position, collectionIndex(collection))] }, size + 1)
      return docs.map((row) => itemOf(rules, row))
    }),
  )
  // Each list is in (updatedAt, id) order already; the merge orders by (updatedAt, collection) and keeps it.
  const merged = lists
    .flatMap((items) => items.map((item, order) => ({ item, order })))
    .sort((a, b) => a.item.updatedAt.localeCompare(b.item.updatedAt) || collectionIndex(a.item.collection) - collectionIndex(b.item.collection) || a.order - b.order)
    .map(({ item }) => item)
  return { items: merged.slice(0, size), more: merged.length > size }
}

/** How many items are in scope: the completeListSize of a harvest's first answer. */
export const countItems = async ({ payload, rulesOf }: Repository, scope: Scope): Promise<number> => {
  const counts = await Promise.all(
    scope.collections.map(async (collection) => {
      const either = harvestable(await rulesOf(collection))
      if (!either) return 0
      const { totalDocs } = await payload.count({ collection, where: { and: [either, ...scopeWhere(scope)] }, overrideAccess: true })
      return totalDocs
    }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

/** The oldest datestamp of any item: Identify's earliestDatestamp. */
export const earliestChange = async ({ payload, rulesOf }: Repository): Promise<string | null> => {
  const firsts = await Promise.all(
    knowledgeCollections.map(async (collection) => {
      const rules = await rulesOf(collection)
      const either = harvestable(rules)
      if (!either) return null
      const { docs } = await readRows(payload, rules, either, 1)
      return docs[0]?.updatedAt ?? null
    }),
  )
  return firsts.filter((first): first is string => first !== null).sort()[0] ?? null
}

/** One item by its collection and id, or null when the repository never held it. */
export const findItem = async ({ payload, rulesOf }: Repository, collection: KnowledgeCollection, id: DocId): Promise<Item | null> => {
  const rules = await rulesOf(collection)
  const either = harvestable(rules)
  if (!either) return null
  const { docs } = await readRows(payload, rules, { and: [either, { id: { equals: id } }] }, 1)
  return docs[0] ? itemOf(rules, docs[0]) : null
}

export const isKnowledgeCollection = (value: string): value is KnowledgeCollection =>
  (knowledgeCollections as readonly string[]).includes(value)

export { knowledgeCollections, type KnowledgeCollection }
