import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { buildVersionCollectionFields, type Payload } from 'payload'

import { parseRecords, readArchive, readEntry } from './archive'
import type { Progress } from './backup'
import { BackupRefusal, parseEntryPath, type CollectionCounts, type ManifestEntry } from './format'
import { storedRecords } from './records'
import { Relinker } from './relink'
import { backedUpCollections, filesOf, idTypeOf, linkedCollections, type BackedUpCollection } from './scope'
import { inOneTransaction } from './sqlite'
import { readFormat, verifyArchive } from './verify'
import { writeVersion, type StoredVersion } from './writeVersion'

export type RestoreOptions = {
  /** Replace what the target holds instead of refusing it. */
  force?: boolean
  onProgress?: Progress
  /** Told, before anything is replaced, what will be. */
  onReplace?: (what: string) => void
}

export type RestoreSummary = {
  collections: Record<string, CollectionCounts>
  /** Whether records kept their ids (the same kind of database) or were given new ones. */
  idsKept: boolean
  /** Links to records the archive does not hold, left empty. */
  droppedLinks: number
}

type Id = number | string
type Data = Record<string, unknown>

/**
 * Loads an archive into the database DATABASE_URL names, of either kind, through Payload's database
 * adapter rather than its collection operations: records are written as they were stored (authors,
 * dates, review states, drafts and versions as they were) and no hook runs, so a restore writes no
 * review event, retires no edition, queues no search sync and empties no cache; the caller rebuilds
 * the search index once at the end. The archive is read whole and checked first, and the target must
 * be empty unless `force`: a refusal leaves both as they were.
 */
export const restoreBackup = async (payload: Payload, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> => {
  const collections = backedUpCollections(payload)
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const format = await readFormat(file)
  const keeps = (slug: string) =>
    format.database.adapter === payload.db.name && format.database.idTypes[slug] === idTypeOf(payload, slug)
  const idsKept = collections.every((c) => !(c.slug in format.database.idTypes) || keeps(c.slug))

  const present = await storedCounts(payload, collections)
  if (present.length && !options.force) {
    throw new BackupRefusal(
      `the database is not empty (${describe(present)}); restore into an empty database, or add --force to replace what it holds`,
    )
  }
  const verified = await verifyArchive(file, new Set(bySlug.keys()))
  const incoming = verified.manifest.entries.flatMap((entry) => {
    const kind = parseEntryPath(entry.path)
    return kind?.kind === 'file' ? [path.join(bySlug.get(kind.collection)!.staticDir ?? '', kind.filename)] : []
  })
  const clash = incoming.find((onDisk) => existsSync(onDisk))
  if (clash && !options.force) {
    throw new BackupRefusal(`${clash} already exists; restore into an empty upload folder, or add --force to replace its files`)
  }
  // Every link goes through the plan, ids kept or not, so a link to a record the archive lacks is left
  // empty rather than pointing at nothing.
  const relinker = new Relinker(payload, planIds(payload, verified.ids, keeps), keeps)
  const replacedFiles = present.length ? await storedFiles(payload, collections) : []
  if (present.length) options.onReplace?.(describe(present))

  const written: string[] = []
  try {
    await inOneTransaction(payload, async () => {
      if (present.length) await removeAll(payload, collections)
      await load(payload, file, bySlug, verified.manifest.entries, relinker, written, options.onProgress ?? (() => {}))
    })
  } catch (error) {
    await Promise.all(written.map((partial) => rm(partial, { force: true })))
    throw error
  }
  // Files change only once the records are in: the replaced ones go, the new ones take their names.
  for (const old of replacedFiles) await rm(old, { force: true })
  for (const partial of written) await rename(partial, partial.slice(0, -restoringSuffix.length))
  return { collections: verified.manifest.collections, idsKept, droppedLinks: relinker.dangling }
}

const restoringSuffix = `.restoring-${process.pid}`

/** What the target holds now, collection by collection. */
const storedCounts = async (payload: Payload, collections: BackedUpCollection[]) => {
  const counts: { collection: string; count: number }[] = []
  for (const { slug } of collections) {
    const { totalDocs } = await payload.db.count({ collection: slug as never })
    if (totalDocs > 0) counts.push({ collection: slug, count: totalDocs })
  }
  return counts
}

const describe = (counts: { collection: string; count: number }[]) =>
  counts.map(({ collection, count }) => `${count} ${collection}`).join(', ')

const storedFiles = async (payload: Payload, collections: BackedUpCollection[]) => {
  const files: string[] = []
  for (const collection of collections) {
    if (!collection.staticDir) continue
    for await (const page of storedRecords(payload, collection.slug, 'documents')) {
      for (const record of page) for (const name of filesOf(record)) files.push(path.join(collection.staticDir, name))
    }
  }
  return files
}

/**
 * Empties every collection a backup holds, with its versions, for --force. A record goes before those it
 * links to: removing an NGO first would empty the required NGO of each of its editors' memberships.
 */
const removeAll = async (payload: Payload, collections: BackedUpCollection[]) => {
  for (const collection of linkingFirst(collections)) {
    await payload.db.deleteMany({ collection: collection.slug as never, where: {} })
    if (collection.versioned) await payload.db.deleteVersions({ collection: collection.slug as never, where: {} })
  }
  // Locks name records that are gone now.
  if ('payload-locked-documents' in payload.collections) await payload.db.deleteMany({ collection: 'payload-locked-documents', where: {} })
}

/** The collections ordered so that each comes before every collection it links to (circles broken anywhere). */
const linkingFirst = (collections: BackedUpCollection[]): BackedUpCollection[] => {
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const done = new Set<string>()
  const order: BackedUpCollection[] = []
  const visit = (collection: BackedUpCollection) => {
    if (done.has(collection.slug)) return
    done.add(collection.slug)
    for (const target of linkedCollections(collection.config.flattenedFields)) {
      const linked = bySlug.get(target)
      if (linked) visit(linked)
    }
    order.push(collection)
  }
  collections.forEach(visit)
  return order.reverse()
}

/**
 * The id each archived record gets: its own where the target's ids are of the same kind, otherwise a
 * new one (numbers from 1, as the target is empty; MongoDB's ObjectIds; UUIDs). Planned before anything
 * is written, so every link can be pointed at its target whatever order the records come in.
 */
const planIds = (payload: Payload, archived: Map<string, string[]>, keeps: (slug: string) => boolean) => {
  const plan = new Map<string, Map<string, Id>>()
  for (const [slug, ids] of archived) {
    const numbers = idTypeOf(payload, slug) === 'number'
    const map = new Map<string, Id>()
    ids.forEach((id, index) => {
      if (keeps(slug)) map.set(id, numbers ? Number(id) : id)
      else map.set(id, numbers ? index + 1 : payload.db.name === 'mongoose' ? objectId() : randomUUID())
    })
    plan.set(slug, map)
  }
  return plan
}

/** An ObjectId as MongoDB makes one: seconds since 1970, then eight random bytes, in hex. */
const objectId = () => Math.floor(Date.now() / 1000).toString(16).padStart(8, '0') + randomBytes(8).toString('hex')

const load = async (
  payload: Payload,
  file: string,
  bySlug: Map<string, BackedUpCollection>,
  entries: ManifestEntry[],
  relinker: Relinker,
  written: string[],
  onProgress: Progress,
) => {
  const expected = new Map(entries.map((entry) => [entry.path, entry.sha256]))
  const total = entries.reduce((sum, entry) => sum + (entry.records ?? (parseEntryPath(entry.path)?.kind === 'file' ? 1 : 0)), 0)
  let done = 0
  // Checked again as it is read: the archive may not change between the check and the restore.
  const unchanged = (entryPath: string, sha256: string) => {
    if (expected.get(entryPath) !== sha256) throw new BackupRefusal(`${file} changed while it was being restored (${entryPath}); nothing was restored`)
  }
  for await (const entry of readArchive(file)) {
    const kind = parseEntryPath(entry.path)
    if (!kind || kind.kind === 'format' || kind.kind === 'manifest') continue
    const collection = bySlug.get(kind.collection)!
    if (kind.kind === 'file') {
      await mkdir(collection.staticDir!, { recursive: true })
      const partial = path.join(collection.staticDir!, kind.filename) + restoringSuffix
      written.push(partial)
      const hash = createHash('sha256')
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk)
          callback(null, chunk)
        },
      })
      await pipeline(entry.content, hashing, createWriteStream(partial))
      unchanged(entry.path, hash.digest('hex'))
      onProgress(++done, total)
      continue
    }
    const { content, sha256 } = await readEntry(entry)
    unchanged(entry.path, sha256)
    const versionFields = kind.kind === 'versions' ? buildVersionCollectionFields(payload.config, collection.config, true) : []
    for (const record of parseRecords(file, entry.path, content)) {
      if (kind.kind === 'documents') await writeDocument(payload, collection, record, relinker)
      else {
        const version = relinker.record(versionFields, record) as StoredVersion
        // A version whose document the archive lacks has nothing to belong to.
        if (version.parent != null) await writeVersion(payload, collection.config, version, relinker.keeps(collection.slug))
      }
      onProgress(++done, total)
    }
  }
}

const writeDocument = async (payload: Payload, collection: BackedUpCollection, record: Data, relinker: Relinker) => {
  const id = relinker.newId(collection.slug, record.id)!
  const data = relinker.record(collection.config.flattenedFields, record)
  if (collection.slug === 'payload-jobs') data.input = relinker.jobInput(data.taskSlug, data.input)
  data.id = id
  await payload.db.create({ collection: collection.slug as never, data, customID: id, returning: false })
}
