import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { idKindOf, type DocId } from '../../src/api/ids'

/** An id of the database's own kind that names no document of the collection. */
export const absentId = (payload: Payload, collection: string): DocId => {
  switch (idKindOf(payload, collection)) {
    case 'number':
      return 999_999
    case 'ObjectID':
      return 'ffffffffffffffffffffffff'
    default:
      return randomUUID()
  }
}

/** An id written into a GraphQL query: a number as it is, any other id as a string literal. */
export const graphqlId = (id: DocId): string => (typeof id === 'number' ? String(id) : JSON.stringify(id))

/**
 * True in the run with uuid ids (HAMAFZA_ID_TYPE=uuid) for a test that only holds for the default, numeric
 * ids; it says why it does not run there.
 */
export const skippedWithUuidIds = (what: string, why: string): boolean => {
  if (process.env.HAMAFZA_ID_TYPE !== 'uuid') return false
  console.log(`${what} skipped with HAMAFZA_ID_TYPE=uuid: ${why}`)
  return true
}
