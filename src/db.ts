import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { setImmediate as nextTurn } from 'node:timers/promises'

import type { Client } from '@libsql/client'
import { sqliteAdapter, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Config, DatabaseAdapterObj } from 'payload'

import { migrations } from './migrations'

export const defaultDatabaseURL = 'file:./data/hamafza.db'

export const isMongoURL = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

/**
 * MongoDB in production when DATABASE_URL names it; otherwise SQLite in one file, so a fresh
 * machine and CI need no server. SQLite's schema comes from the committed migrations (`npm run
 * migrate`, and on start in production); only throwaway test databases get the schema pushed.
 */
export const databaseAdapter = (url = process.env.DATABASE_URL || defaultDatabaseURL): Config['db'] => {
  if (isMongoURL(url)) return mongooseAdapter({ url })
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file:, mongodb:// or mongodb+srv:// (got "${url.split(':')[0]}:")`)
  }
  const push = Boolean(process.env.VITEST) || process.env.HAMAFZA_SCHEMA_PUSH === '1'
  // Text ids (uuids) instead of numbers, so that a test run can prove no code assumes numeric ids, as
  // MongoDB's ObjectIDs would break it. The committed migrations describe numeric ids: uuids need the schema pushed.
  const idType = process.env.HAMAFZA_ID_TYPE === 'uuid' ? 'uuid' : undefined
  if (idType && !push) throw new Error('HAMAFZA_ID_TYPE=uuid needs the schema pushed (HAMAFZA_SCHEMA_PUSH=1): the migrations hold numeric ids')
  const file = url.slice('file:'.length)
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return withTurnsBetweenStatements(sqliteAdapter({
    client: { url },
    // Readers and one writer at a time side by side, across processes too: a second app server, an online
    // copy (npm run backup -- --sqlite-copy) or a reindex reads while the app writes; a writer waits its turn
    // (busyTimeout) rather than failing. NORMAL flushes at checkpoints rather than on every commit, which
    // blocked the server's one thread on the disk several times per save (durable across app crashes; a power
    // cut may lose the last commits, never the file), as the search index does.
    busyTimeout: 5_000,
    wal: { synchronous: 'NORMAL' },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    push,
    ...(idType ? { idType } : {}),
  }))
}

const waitingClients = new WeakSet<Client>()

/**
 * libsql answers a local file synchronously behind its promises, so a long run of saves (an import, a seed,
 * a job) never let the event loop turn: the server answered no other request until it ended. Statements on
 * the shared connection, and the start of each transaction, now wait one turn first, but only while no
 * transaction of this process is open: one holds SQLite's write lock, and a request let in then to start its
 * own would stop the whole process in SQLite's busy wait until it failed.
 */
const letOthersRunFirst = (client: Client, transactionOpen: () => boolean): void => {
  if (waitingClients.has(client)) return
  waitingClients.add(client)
  for (const method of ['execute', 'batch', 'migrate', 'transaction', 'executeMultiple'] as const) {
    const statement = (client[method] as (...args: unknown[]) => Promise<unknown>).bind(client)
    Object.assign(client, {
      [method]: async (...args: unknown[]) => {
        if (!transactionOpen()) await nextTurn()
        return statement(...args)
      },
    })
  }
}

const withTurnsBetweenStatements = (database: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...database,
  init: (args) => {
    const adapter = database.init(args)
    const connect = adapter.connect!
    adapter.connect = async function (this: SQLiteAdapter, options) {
      await connect.call(this, options)
      letOthersRunFirst(this.client, () => Object.keys(this.sessions).length > 0)
    }
    return adapter
  },
})
