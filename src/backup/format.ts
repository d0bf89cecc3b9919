/**
 * A network's backup is one `.tar.gz` file, readable with any tar: `format.json` first (what the archive
 * is and where it came from, read before anything else), then each collection's records as NDJSON in
 * chunks, then the uploaded files, and `manifest.json` last, with every entry's size and SHA-256 (known
 * only once the rest is written). Format version 1.
 */
export const backupFormat = 'hamafza-backup'
export const backupFormatVersion = 1

export const formatEntry = 'format.json'
export const manifestEntry = 'manifest.json'

export type IdType = 'number' | 'text'

/** The first entry: enough to refuse an archive of another format, and to plan the ids, before reading on. */
export type ArchiveFormat = {
  format: typeof backupFormat
  formatVersion: number
  appVersion: string
  payloadVersion: string
  createdAt: string
  /** The database the archive was written from: its adapter's name and each collection's kind of id. */
  database: { adapter: string; idTypes: Record<string, IdType> }
  locales: string[]
}

export type ManifestEntry = { path: string; bytes: number; sha256: string; records?: number }

export type CollectionCounts = { documents: number; versions: number; files: number }

/** The last entry: every other entry's size and checksum, and what each collection holds. */
export type Manifest = {
  format: typeof backupFormat
  formatVersion: number
  collections: Record<string, CollectionCounts>
  entries: ManifestEntry[]
}

export type RecordKind = 'documents' | 'versions'

export const recordsEntry = (collection: string, kind: RecordKind, chunk: number) =>
  `collections/${collection}/${kind}/${String(chunk).padStart(6, '0')}.ndjson`

export const fileEntry = (collection: string, filename: string) => `files/${collection}/${filename}`

/** What an entry's path says it holds; null for a path no writer of this format makes. */
export const parseEntryPath = (
  path: string,
): { kind: 'format' } | { kind: 'manifest' } | { kind: RecordKind; collection: string } | { kind: 'file'; collection: string; filename: string } | null => {
  if (path === formatEntry) return { kind: 'format' as const }
  if (path === manifestEntry) return { kind: 'manifest' as const }
  const records = /^collections\/([\w-]+)\/(documents|versions)\/\d{6}\.ndjson$/.exec(path)
  if (records) return { kind: records[2] as RecordKind, collection: records[1]! }
  const file = /^files\/([\w-]+)\/([^/]+)$/.exec(path)
  if (file && file[2] !== '.' && file[2] !== '..') return { kind: 'file', collection: file[1]!, filename: file[2]! }
  return null
}

/** Why an archive or a target was refused: one line, said as it is to the person running the command. */
export class BackupRefusal extends Error {
  readonly code = 'HAMAFZA_BACKUP_REFUSAL'
  constructor(message: string) {
    super(message)
    this.name = 'BackupRefusal'
  }
}

/** Recognised by its code, not its class, since a refusal may cross module copies. */
export const isBackupRefusal = (error: unknown): error is BackupRefusal =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'HAMAFZA_BACKUP_REFUSAL'
