import { existsSync, readFileSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { ArchiveWriter } from './archive'
import {
  backupFormat,
  backupFormatVersion,
  fileEntry,
  formatEntry,
  manifestEntry,
  recordsEntry,
  type ArchiveFormat,
  type CollectionCounts,
  type Manifest,
  type RecordKind,
} from './format'
import { storedRecords } from './records'
import { asBackedUp, backedUpCollections, belongsInBackup, filesOf, type BackedUpCollection } from './scope'

export type Progress = (done: number, total: number) => void

export type BackupSummary = {
  collections: Record<string, CollectionCounts>
  /** Files that records name but the upload folder no longer holds: not in the archive. */
  missingFiles: string[]
  bytes: number
}

/** A chunk of NDJSON is written once it holds this many records or bytes, whichever comes first. */
const chunkRecords = 1000
const chunkBytes = 4 * 1024 * 1024

const packageJson = (): { version: string; dependencies: Record<string, string> } =>
  JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'))

export const archiveFormat = (payload: Payload, collections: BackedUpCollection[]): ArchiveFormat => {
  const pkg = packageJson()
  return {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    appVersion: pkg.version,
    payloadVersion: pkg.dependencies.payload ?? 'unknown',
    createdAt: new Date().toISOString(),
    database: { adapter: payload.db.name, idTypes: Object.fromEntries(collections.map((c) => [c.slug, c.idType])) },
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
  }
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2) + '\n')

/**
 * Writes the whole network into one archive through Payload's database adapter, so it reads the same
 * from SQLite and MongoDB: every collection with all its locales and versions (drafts and autosaves
 * too), the accounts with their password hashes, and the uploaded files with their generated sizes.
 * Written beside the target and renamed at the end, so a failed backup never leaves a file that
 * looks whole.
 */
export const writeBackup = async (payload: Payload, file: string, onProgress: Progress = () => {}): Promise<BackupSummary> => {
  const collections = backedUpCollections(payload)
  let total = 0
  for (const collection of collections) {
    total += (await payload.db.count({ collection: collection.slug as never })).totalDocs
    if (collection.versioned) total += (await payload.db.countVersions({ collection: collection.slug as never })).totalDocs
  }
  const partial = `${file}.partial-${process.pid}`
  const writer = new ArchiveWriter(partial)
  const counts: Record<string, CollectionCounts> = {}
  const missingFiles: string[] = []
  let done = 0
  try {
    await writer.add(formatEntry, json(archiveFormat(payload, collections)))
    const uploads: { collection: BackedUpCollection; files: string[] }[] = []
    for (const collection of collections) {
      const tally: CollectionCounts = { documents: 0, versions: 0, files: 0 }
      counts[collection.slug] = tally
      const files: string[] = []
      // A version is kept only with its document: one created while this runs is in neither.
      const ids = collection.versioned ? new Set<string>() : null
      tally.documents = await writeRecords(payload, writer, collection, 'documents', (record) => {
        ids?.add(String(record.id))
        if (collection.staticDir) files.push(...filesOf(record))
        onProgress(++done, total)
      })
      if (ids) {
        tally.versions = await writeRecords(payload, writer, collection, 'versions', (version) => {
          onProgress(++done, total)
          return ids.has(String(version.parent))
        })
      }
      if (collection.staticDir) uploads.push({ collection, files })
    }
    for (const { collection, files } of uploads) {
      for (const filename of files) {
        const onDisk = path.join(collection.staticDir!, filename)
        if (!existsSync(onDisk)) {
          missingFiles.push(`${collection.slug}/${filename}`)
          continue
        }
        await writer.addFile(fileEntry(collection.slug, filename), onDisk)
        counts[collection.slug]!.files++
      }
    }
    const manifest: Manifest = { format: backupFormat, formatVersion: backupFormatVersion, collections: counts, entries: [...writer.entries] }
    await writer.add(manifestEntry, json(manifest))
    await writer.close()
    await rename(partial, file)
  } catch (error) {
    writer.abort(error instanceof Error ? error : new Error(String(error)))
    await rm(partial, { force: true })
    throw error
  }
  const bytes = writer.entries.reduce((sum, entry) => sum + entry.bytes, 0)
  return { collections: counts, missingFiles, bytes }
}

/** Writes one collection's records as NDJSON chunks; `seen` may turn a record away by returning false. */
const writeRecords = async (
  payload: Payload,
  writer: ArchiveWriter,
  collection: BackedUpCollection,
  kind: RecordKind,
  seen: (record: Record<string, unknown>) => boolean | void,
): Promise<number> => {
  let lines: Buffer[] = []
  let bytes = 0
  let chunk = 0
  let written = 0
  const flush = async () => {
    if (!lines.length) return
    await writer.add(recordsEntry(collection.slug, kind, ++chunk), Buffer.concat(lines), lines.length)
    lines = []
    bytes = 0
  }
  for await (const page of storedRecords(payload, collection.slug, kind)) {
    for (const stored of page) {
      if (seen(stored) === false || (kind === 'documents' && !belongsInBackup(collection.slug, stored))) continue
      const line = Buffer.from(JSON.stringify(kind === 'documents' ? asBackedUp(collection, stored) : stored) + '\n')
      lines.push(line)
      bytes += line.length
      written++
      if (lines.length >= chunkRecords || bytes >= chunkBytes) await flush()
    }
  }
  await flush()
  return written
}
