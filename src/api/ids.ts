import { isValidID, type Payload } from 'payload'

/**
 * Document ids are opaque: numbers on SQLite by default, text (uuids) with `idType: 'uuid'`, ObjectIDs on
 * MongoDB. A value that cannot be an id of the database's kind names no document, and is answered as such
 * rather than handed to the database, which would fail on it (a NaN bound to SQLite is a 500).
 */
export type IdKind = 'number' | 'text' | 'ObjectID'

/** The kind of id a collection's documents have: its own custom id's, else the database's. */
export const idKindOf = (payload: Payload, collection: string): IdKind => {
  const custom = payload.collections[collection as keyof typeof payload.collections]?.customIDType
  if (custom) return custom
  if (payload.db.name === 'mongoose') return 'ObjectID'
  return payload.db.defaultIDType
}

/** Whether a value, as a client or the Local API gives it, can be an id of this kind. */
export const isIdOfKind = (value: unknown, kind: IdKind): boolean => {
  switch (kind) {
    case 'number':
      return (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
    case 'ObjectID':
      return typeof value === 'string' ? /^[0-9a-f]{24}$/i.test(value) : isValidID(value as string, 'ObjectID')
    case 'text':
      return typeof value === 'string' && value.length > 0 && value.length <= 255
  }
}
