import { isValidID, type Payload } from 'payload'

/**
 * Document ids are opaque: numbers on SQLite by default, text (uuids) with `idType: 'uuid'`, ObjectIDs on
 * MongoDB. A value that cannot be an id of the database's kind names no document, and is answered as such
 * rather than handed to the database, which would fail on it (a NaN bound to SQLite is a 500).
 */
export type IdKind = 'number' | 'text' | 'uuid' | 'ObjectID'

/** The kind of id a collection's documents have: its own custom id's, else the database's. */
export const idKindOf = (payload: Payload, collection: string): IdKind => {
  const custom = payload.collections[collection as keyof typeof payload.collections]?.customIDType
  if (custom) return custom
  if (payload.db.name === 'mongoose') return 'ObjectID'
  // SQLite with `idType: 'uuid'` reports its ids as text; they are uuids, and nothing else names a document.
  if ((payload.db as { idType?: string }).idType === 'uuid') return 'uuid'
  return payload.db.defaultIDType
}

/** Whether a value, as a client or the Local API gives it, can be an id of this kind. */
export const isIdOfKind = (value: unknown, kind: IdKind): boolean => {
  switch (kind) {
    case 'number':
      return (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
    case 'ObjectID':
      return typeof value === 'string' ? /^[0-9a-f]{24}$/i.test(value) : isValidID(value as string, 'ObjectID')
    case 'uuid':
      return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
    case 'text':
      return typeof value === 'string' && value.length > 0 && value.length <= 255
  }
}

/** A document's id as the database gives it: never assume it is a number. */
export type DocId = number | string

/** The id a relationship value names (the id itself, or a populated document), unchanged in kind; null for none. */
export const idFrom = (value: unknown): DocId | null => {
  const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null
}

/** Whether two ids name the same document, whatever kind each was given as (a number, or its digits in a URL). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idFrom(a)
  const right = idFrom(b)
  return left !== null && right !== null && String(left) === String(right)
}

/** Text from a URL as an id of the collection's kind (digits become a number), or null when it cannot be one. */
export const parseId = (payload: Payload, collection: string, text: string): DocId | null => {
  const kind = idKindOf(payload, collection)
  if (!isIdOfKind(text, kind)) return null
  return kind === 'number' ? Number(text) : text
}
