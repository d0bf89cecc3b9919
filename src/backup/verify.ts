import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'

import { parseRecords, readArchive, readEntry } from './archive'
import {
  BackupRefusal,
  backupFormat,
  backupFormatVersion,
  formatEntry,
  manifestEntry,
  parseEntryPath,
  type ArchiveFormat,
  type Manifest,
} from './format'

export type VerifiedArchive = {
  format: ArchiveFormat
  manifest: Manifest
  /** Per collection, the ids of its documents in archive order, to plan the ids they get. */
  ids: Map<string, string[]>
}

/** The archive's first entry, checked before anything else is read: what it is, and which version. */
export const readFormat = async (file: string): Promise<ArchiveFormat> => {
  if (!existsSync(file)) throw new BackupRefusal(`there is no archive at ${file}`)
  for await (const entry of readArchive(file)) {
    if (entry.path !== formatEntry) break
    return checkFormat(file, (await readEntry(entry)).content)
  }
  throw new BackupRefusal(`${file} is not a Hamafza backup (it does not start with ${formatEntry})`)
}

const checkFormat = (file: string, content: Buffer): ArchiveFormat => {
  let format: Partial<ArchiveFormat>
  try {
    format = JSON.parse(content.toString('utf8')) as Partial<ArchiveFormat>
  } catch {
    throw new BackupRefusal(`${file} is not a Hamafza backup (its ${formatEntry} is not JSON)`)
  }
  if (format.format !== backupFormat) throw new BackupRefusal(`${file} is not a Hamafza backup`)
  if (format.formatVersion !== backupFormatVersion) {
    throw new BackupRefusal(
      `${file} is a backup of format version ${String(format.formatVersion)}, and this version of Hamafza reads version ${backupFormatVersion} only`,
    )
  }
  return format as ArchiveFormat
}

/**
 * Reads the whole archive once before anything is written: every entry must be one the manifest lists,
 * with its size and SHA-256, every line of records must be JSON, and the manifest must come last. So a
 * corrupt, truncated or altered archive is refused while the target is still untouched.
 */
export const verifyArchive = async (file: string, collections: Set<string>): Promise<VerifiedArchive> => {
  let format: ArchiveFormat | undefined
  let manifest: Manifest | undefined
  const seen = new Map<string, { bytes: number; sha256: string }>()
  const ids = new Map<string, string[]>()
  for await (const entry of readArchive(file)) {
    if (manifest) throw new BackupRefusal(`${file} goes on after its manifest`)
    const kind = parseEntryPath(entry.path)
    if (!kind) throw new BackupRefusal(`${file} holds "${entry.path}", which no Hamafza backup holds`)
    if (!format && kind.kind !== 'format') throw new BackupRefusal(`${file} is not a Hamafza backup (it does not start with ${formatEntry})`)
    if (kind.kind === 'file') {
      seen.set(entry.path, await hashStream(entry.content))
      continue
    }
    const { content, sha256 } = await readEntry(entry)
    if (kind.kind === 'format') format = checkFormat(file, content)
    else if (kind.kind === 'manifest') manifest = parseManifest(file, content)
    else {
      if (!collections.has(kind.collection)) {
        throw new BackupRefusal(`${file} holds the collection "${kind.collection}", which this version of Hamafza does not have`)
      }
      const records = parseRecords(file, entry.path, content)
      if (kind.kind === 'documents') {
        const list = ids.get(kind.collection) ?? []
        for (const record of records) list.push(String(record.id))
        ids.set(kind.collection, list)
      }
    }
    if (kind.kind !== 'manifest') seen.set(entry.path, { bytes: content.length, sha256 })
  }
  if (!format || !manifest) throw new BackupRefusal(`${file} is truncated: it ends before its ${manifestEntry}`)
  for (const listed of manifest.entries) {
    const found = seen.get(listed.path)
    if (!found) throw new BackupRefusal(`${file} is missing ${listed.path}, which its manifest lists`)
    if (found.bytes !== listed.bytes || found.sha256 !== listed.sha256) {
      throw new BackupRefusal(`${file} does not match its checksums: ${listed.path} has changed since the backup was written`)
    }
    seen.delete(listed.path)
  }
  const extra = seen.keys().next()
  if (!extra.done) throw new BackupRefusal(`${file} holds ${extra.value}, which its manifest does not list`)
  return { format, manifest, ids }
}

const parseManifest = (file: string, content: Buffer): Manifest => {
  try {
    const manifest = JSON.parse(content.toString('utf8')) as Manifest
    if (manifest.format === backupFormat && Array.isArray(manifest.entries) && manifest.collections) return manifest
  } catch {
    // Said below, as for a manifest of the wrong shape.
  }
  throw new BackupRefusal(`${file} has a damaged manifest`)
}

export const hashStream = async (stream: AsyncIterable<unknown>): Promise<{ bytes: number; sha256: string }> => {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of stream) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { bytes, sha256: hash.digest('hex') }
}
