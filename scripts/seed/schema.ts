import type { Payload } from 'payload'

import { migrations } from '../../src/migrations'

/**
 * A SQLite database gets its tables from the committed migrations, as in production, so the seed
 * works on a fresh file. One whose schema was pushed in dev mode is left alone: migrating it would
 * stop to ask about data loss.
 */
export const ensureSchema = async (payload: Payload): Promise<string> => {
  if (payload.db.name !== 'sqlite') return 'nothing to migrate'
  const pushed = await payload
    .count({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
    .catch(() => null)
  if (pushed && pushed.totalDocs > 0) return 'pushed in dev mode, left as it is'
  // Generated migrations type their arguments more narrowly than Payload's `Migration` does.
  await payload.db.migrate({ migrations: migrations as never })
  return 'up to date with the migrations'
}
