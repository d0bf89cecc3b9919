import type { FlattenedField, Where } from 'payload'

/**
 * What a cached value depends on, and what a change touches, named by tags: strings that both sides build
 * the same way. A value is stale once one of its tags has changed.
 */

/** One record: its page, its editions, every page that names it, every list that shows it. */
export const recordTag = (collection: string, id: unknown): string => `record:${collection}:${String(id)}`

/** Which records of a collection there are, as a count or a list filtered in any way sees them. */
export const membersTag = (collection: string): string => `members:${collection}`

/**
 * The fields the site's lists pick records by (an NGO's documents, a province's, related documents by
 * topic, the editions of a curriculum code). A change notes each of its values in these, so such a list is
 * dropped only when a record with one of its values changes; a list filtered otherwise has membersTag.
 */
const listedBy = new Set(['organization', 'provinces', 'province', 'topics', 'stages', 'targetGroups', 'code'])

const memberValueTag = (collection: string, field: string, value: string) => `members:${collection}:${field}=${value}`

const idOf = (value: unknown): string | null => {
  if (value == null) return null
  if (typeof value === 'object') return 'id' in value && value.id != null ? String(value.id) : null
  return String(value)
}

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => id !== null)

/**
 * The tags one change to a record touches. `versions` are the record as it was and as it is (either may
 * be missing): a list it leaves already depends on its recordTag, a list it joins on one of its new values.
 */
export const tagsOfChange = (collection: string, id: unknown, versions: readonly (Record<string, unknown> | null | undefined)[]): string[] => {
  const tags = new Set([recordTag(collection, id), membersTag(collection)])
  for (const version of versions) {
    if (!version) continue
    for (const field of listedBy) for (const value of idsOf(version[field])) tags.add(memberValueTag(collection, field, value))
  }
  return [...tags]
}

/** The value tags that select a list's records, or null when the filter names no field in listedBy. */
const selecting = (collection: string, where: Where): string[] | null => {
  // The keys of one object are all required at once, like the parts of `and`: any one of them narrows.
  const required: (string[] | null)[] = []
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' && Array.isArray(condition)) {
      required.push(...condition.map((part) => selecting(collection, part)))
    } else if (key === 'or' && Array.isArray(condition)) {
      const alternatives = condition.map((part) => selecting(collection, part))
      required.push(alternatives.every((tags) => tags !== null) ? alternatives.flat() : null)
    } else if (listedBy.has(key) && condition && typeof condition === 'object') {
      const { equals, in: anyOf } = condition as { equals?: unknown; in?: unknown }
      const values = equals !== undefined ? idsOf(equals) : Array.isArray(anyOf) ? idsOf(anyOf) : null
      required.push(values && values.map((value) => memberValueTag(collection, key, value)))
    }
  }
  const narrowing = required.filter((tags): tags is string[] => tags !== null)
  return narrowing.length ? narrowing.reduce((fewest, tags) => (tags.length < fewest.length ? tags : fewest)) : null
}

/** What a list of `collection` filtered by `where` depends on: which records it selects, and those it shows. */
export const tagsOfList = (collection: string, where: Where, shown: readonly { id: unknown }[]): string[] => [
  ...(selecting(collection, where) ?? [membersTag(collection)]),
  ...shown.map((doc) => recordTag(collection, doc.id)),
]

/**
 * The records a read record names (its organization, provinces, topics, files, the documents it cites,
 * links in its rich text): their names and titles show on its page, so it depends on each of them.
 */
export const referencedRecords = (fields: readonly FlattenedField[], data: unknown, tags = new Set<string>()): Set<string> => {
  if (!data || typeof data !== 'object') return tags
  const values = data as Record<string, unknown>
  for (const field of fields) {
    const value = values[field.name]
    if (value == null) continue
    const rows = Array.isArray(value) ? value : [value]
    switch (field.type) {
      case 'relationship':
      case 'upload':
        for (const item of rows) {
          if (typeof field.relationTo === 'string') {
            const id = idOf(item)
            if (id !== null) tags.add(recordTag(field.relationTo, id))
          } else linkedRecords(item, tags)
        }
        break
      case 'array':
      case 'group':
      case 'tab':
        for (const row of rows) referencedRecords(field.flattenedFields, row, tags)
        break
      case 'blocks':
        for (const row of rows) {
          const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: string }).blockType)
          if (block) referencedRecords(block.flattenedFields, row, tags)
          else linkedRecords(row, tags)
        }
        break
      case 'richText':
        linkedRecords(value, tags)
        break
    }
  }
  return tags
}

/** Every `{ relationTo, value }` below a value: polymorphic relationships, and links and uploads in rich text. */
const linkedRecords = (value: unknown, tags: Set<string>): void => {
  if (!value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) linkedRecords(item, tags)
    return
  }
  const node = value as Record<string, unknown>
  if (typeof node.relationTo === 'string' && node.value != null) {
    const id = idOf(node.value)
    if (id !== null) tags.add(recordTag(node.relationTo, id))
  }
  for (const child of Object.values(node)) if (child && typeof child === 'object') linkedRecords(child, tags)
}
