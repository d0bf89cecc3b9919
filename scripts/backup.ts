/**
 * `npm run backup [-- <file>]`: the whole network (every collection in every locale with all versions,
 * the accounts with their password hashes, the uploaded files) in one .tar.gz, read through Payload's
 * database adapter, so the same on SQLite and MongoDB. Without a file name it writes
 * backups/hamafza-<date and time>.tar.gz.
 *
 * `npm run backup -- --sqlite-copy <file>`: a consistent copy of the live SQLite database file alone
 * (VACUUM INTO), safe while the app serves and writes.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { BackupRefusal } from '../src/backup/format'
import { finish, megabytes } from './commandLine'
import { progressBar } from './progress'

const usage = 'usage: npm run backup [-- <archive.tar.gz>] | npm run backup -- --sqlite-copy <database-copy.db>'

const defaultArchive = () => {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  mkdirSync('backups', { recursive: true })
  return path.join('backups', `hamafza-${stamp}.tar.gz`)
}

finish('backup', async () => {
  const args = process.argv.slice(2)
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  if (args[0] === '--sqlite-copy') {
    if (args.length !== 2) throw new BackupRefusal(usage)
    const { copySqliteDatabase } = await import('../src/backup/sqlite')
    const { defaultDatabaseURL } = await import('../src/db')
    const { bytes } = await copySqliteDatabase(process.env.DATABASE_URL || defaultDatabaseURL, args[1]!)
    process.stdout.write(`backup: copied the database to ${path.resolve(args[1]!)} (${megabytes(bytes)}) in ${seconds()} s\n`)
    return
  }
  if (args.length > 1 || args[0]?.startsWith('-')) throw new BackupRefusal(usage)
  const file = path.resolve(args[0] ?? defaultArchive())
  // Loaded only now: the config opens the database, which the copy above does not need.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { writeBackup } = await import('../src/backup/backup')
  const payload = await getPayload({ config, cron: false })
  const progress = progressBar('backup')
  const summary = await writeBackup(payload, file, progress.update)
  progress.end()
  const totals = Object.values(summary.collections).reduce(
    (sum, c) => ({ documents: sum.documents + c.documents, versions: sum.versions + c.versions, files: sum.files + c.files }),
    { documents: 0, versions: 0, files: 0 },
  )
  if (summary.missingFiles.length) {
    process.stderr.write(`backup: ${summary.missingFiles.length} uploaded files named by records were missing and are not in the archive: ${summary.missingFiles.join(', ')}\n`)
  }
  process.stdout.write(
    `backup: ${file}: ${totals.documents} records, ${totals.versions} versions and ${totals.files} files ` +
      `(${megabytes(summary.bytes)} before compression) in ${seconds()} s\n`,
  )
})
