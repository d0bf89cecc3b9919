import type { CollectionSlug, Payload, Where } from 'payload'

export type Log = (line: string) => void

export type Change = 'created' | 'updated' | 'unchanged'

/** Counts what one collection's seeding did, for the one-line progress log. */
export class Tally {
  private counts: Record<Change, number> = { created: 0, updated: 0, unchanged: 0 }

  add(change: Change) {
    this.counts[change] += 1
  }

  get total() {
    return this.counts.created + this.counts.updated + this.counts.unchanged
  }

  toString() {
    const { created, updated, unchanged } = this.counts
    return `${this.total} (${created} created, ${updated} updated, ${unchanged} unchanged)`
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether a stored value already says what the seed says. Only the keys the seed sets are
 * compared, so row ids and defaults the database adds do not count as differences.
 */
export const matches = (expected: unknown, actual: unknown): boolean => {
  if (expected === undefined) return true
  if (expected === null) return actual === null || actual === undefined
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => matches(item, actual[i]))
  }
  if (isPlainObject(expected)) {
    return isPlainObject(actual) && Object.entries(expected).every(([key, value]) => matches(value, actual[key]))
  }
  return expected === actual
}

/**
 * Gives translated array rows the ids of the stored rows at the same position, so an English
 * update fills in the existing rows instead of replacing them and losing their Persian text.
 */
export const alignRows = (translation: unknown, stored: unknown): unknown => {
  if (Array.isArray(translation)) {
    const rows = Array.isArray(stored) ? stored : []
    return translation.map((row, i) => {
      const storedRow: unknown = rows[i]
      const id = isPlainObject(storedRow) ? storedRow.id : undefined
      const aligned = alignRows(row, storedRow)
      return isPlainObject(aligned) && id != null ? { ...aligned, id } : aligned
    })
  }
  if (isPlainObject(translation) && !('root' in translation)) {
    const storedObject = isPlainObject(stored) ? stored : {}
    return Object.fromEntries(Object.entries(translation).map(([key, value]) => [key, alignRows(value, storedObject[key])]))
  }
  return translation
}

type Data = Record<string, unknown>

/**
 * Finds a localized record by its stable key and makes it say what the seed says: created in
 * Persian, then given its English; updated per language only where it differs.
 */
export const upsertLocalized = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  fa: Data,
  en: Data,
): Promise<{ id: number; change: Change }> => {
  const found = await payload.find({ collection, where, locale: 'fa', depth: 0, limit: 1, pagination: false })
  const existing = found.docs[0] as Data | undefined
  if (!existing) {
    const created = (await payload.create({ collection, locale: 'fa', data: fa as never, depth: 0 })) as unknown as Data
    await payload.update({ collection, id: created.id as number, locale: 'en', data: alignRows(en, created) as never, depth: 0 })
    return { id: created.id as number, change: 'created' }
  }
  const id = existing.id as number
  let change: Change = 'unchanged'
  if (!matches(fa, existing)) {
    await payload.update({ collection, id, locale: 'fa', data: fa as never, depth: 0 })
    change = 'updated'
  }
  const english = (await payload.findByID({ collection, id, locale: 'en', fallbackLocale: false, depth: 0 })) as unknown as Data
  if (!matches(en, english)) {
    await payload.update({ collection, id, locale: 'en', data: alignRows(en, english) as never, depth: 0 })
    change = 'updated'
  }
  return { id, change }
}
