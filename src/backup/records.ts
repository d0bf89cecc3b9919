import type { Payload, Where } from 'payload'

type Data = Record<string, unknown>

const pageSize = 250

/**
 * Every stored record of a collection (or its versions), a page at a time in id order, as the database
 * adapter holds it: every locale, drafts and autosaves, hidden fields such as password hashes, and no
 * hook's additions. Pages follow the last id seen rather than an offset, so a large collection costs
 * the same per page to the end; ids are compared only as the database orders them, never as numbers.
 */
export async function* storedRecords(payload: Payload, collection: string, kind: 'documents' | 'versions'): AsyncGenerator<Data[]> {
  let after: unknown
  for (;;) {
    const where: Where = after === undefined ? {} : { id: { greater_than: after } }
    const args = { collection: collection as never, where, sort: 'id', limit: pageSize, pagination: false }
    const { docs } =
      kind === 'documents'
        ? // Join fields are computed from other records on reading; they are not stored.
          await payload.db.find<Data>({ ...args, joins: false } as never)
        : await payload.db.findVersions<Data>(args)
    if (!docs.length) return
    yield docs as Data[]
    if (docs.length < pageSize) return
    after = (docs.at(-1) as Data).id
  }
}
