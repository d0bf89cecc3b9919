import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { isMongoURL } from '../db'
import { sqliteClientOf } from '../jobs/sqliteRecords'
import { BackupRefusal } from './format'

/**
 * Runs a restore's writes as one SQLite transaction, so a restore that fails half way (or --force over a
 * network) leaves the database as it was. Links are checked at the commit, not row by row: collections
 * link to each other in circles (an NGO's logo is an upload that belongs to the NGO), which no order of
 * writing satisfies. Payload's SQLite adapter opens no transactions of its own here, so its writes go
 * through the one connection this transaction holds. MongoDB runs `write` as it is: a transaction there
 * is bounded in size and time, and a failed restore is run again with --force.
 */
export const inOneTransaction = async (payload: Payload, write: () => Promise<void>): Promise<void> => {
  const client = sqliteClientOf(payload)
  if (!client) return write()
  await client.execute('BEGIN IMMEDIATE')
  try {
    await client.execute('PRAGMA defer_foreign_keys = ON')
    await write()
    const broken = (await client.execute('PRAGMA foreign_key_check')).rows
    if (broken.length) {
      const tables = [...new Set(broken.map((row) => String(row.table)))].join(', ')
      throw new BackupRefusal(`${broken.length} links in ${tables} point at records that are not there; nothing was restored`)
    }
    await client.execute('COMMIT')
  } catch (error) {
    await client.execute('ROLLBACK').catch(() => {})
    throw error
  }
}

/**
 * A consistent copy of a live SQLite database in one new file, with `VACUUM INTO`: SQLite copies what a
 * single read transaction sees, so writers go on meanwhile and the copy holds each write whole or not at
 * all. The copy is compact, and a database as any SQLite opens (no WAL file beside it).
 */
export const copySqliteDatabase = async (databaseURL: string, target: string): Promise<{ bytes: number }> => {
  if (isMongoURL(databaseURL) || !databaseURL.startsWith('file:')) {
    throw new BackupRefusal('--sqlite-copy copies a SQLite database, and DATABASE_URL does not name one (file:…)')
  }
  const source = path.resolve(databaseURL.slice('file:'.length))
  if (!existsSync(source)) throw new BackupRefusal(`there is no database at ${source}`)
  const file = path.resolve(target)
  if (existsSync(file)) throw new BackupRefusal(`${file} already exists; name a new file for the copy`)
  if (!existsSync(path.dirname(file))) throw new BackupRefusal(`the folder ${path.dirname(file)} does not exist`)
  const client = createClient({ url: `file:${source}` })
  try {
    // A writer holding the database a moment longer is waited for, not reported as an error.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  } finally {
    client.close()
  }
  return { bytes: statSync(file).size }
}
