/**
 * `npm run restore <archive> [--force]`: loads an archive written by `npm run backup` into the empty
 * database DATABASE_URL names (SQLite or MongoDB) and its upload folder, then rebuilds the search index.
 * Refuses, changing nothing, an archive that is damaged, truncated, altered or of an unknown format, and
 * a database that is not empty unless --force, which says what it replaces.
 */
import path from 'node:path'

import { BackupRefusal } from '../src/backup/format'
import { finish } from './commandLine'
import { progressBar } from './progress'

const usage = 'usage: npm run restore <archive.tar.gz> [--force]'

finish('restore', async () => {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const files = args.filter((arg) => arg !== '--force')
  if (files.length !== 1 || files[0]!.startsWith('-')) throw new BackupRefusal(usage)
  const file = path.resolve(files[0]!)
  const started = performance.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { restoreBackup } = await import('../src/backup/restore')
  const { rebuildSearchIndex } = await import('../src/jobs/rebuildIndex')
  const { ensureSchema } = await import('./seed/schema')
  const payload = await getPayload({ config, cron: false })
  await ensureSchema(payload)
  const progress = progressBar('restore')
  const summary = await restoreBackup(payload, file, {
    force,
    onProgress: progress.update,
    onReplace: (what) => process.stderr.write(`restore --force: replacing ${what}, and their versions and files\n`),
  })
  progress.end()
  if (summary.droppedLinks) process.stderr.write(`restore: ${summary.droppedLinks} links to records the archive does not hold were left empty\n`)
  const indexing = progressBar('reindex')
  const drift = await rebuildSearchIndex(payload, indexing.update)
  indexing.end()
  const totals = Object.values(summary.collections).reduce(
    (sum, c) => ({ documents: sum.documents + c.documents, versions: sum.versions + c.versions, files: sum.files + c.files }),
    { documents: 0, versions: 0, files: 0 },
  )
  process.stdout.write(
    `restore: ${totals.documents} records, ${totals.versions} versions and ${totals.files} files from ${file} ` +
      `(${summary.idsKept ? 'ids kept' : 'new ids, links re-pointed'}), search index rebuilt with ${drift.expected} documents, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  )
})
