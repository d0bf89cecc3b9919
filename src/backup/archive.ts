import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

import tar from 'tar-stream'

import { BackupRefusal, type ManifestEntry } from './format'

/**
 * Writes a tar.gz entry by entry, with each entry's size and SHA-256 noted for the manifest. Each entry
 * waits for the file to take it, so memory holds one chunk at a time however large the network.
 */
export class ArchiveWriter {
  readonly entries: ManifestEntry[] = []
  private readonly pack = tar.pack()
  private readonly done: Promise<void>

  constructor(file: string) {
    this.done = pipeline(this.pack, createGzip({ level: 6 }), createWriteStream(file))
    // Seen by close(); kept from being reported as unhandled meanwhile.
    this.done.catch(() => {})
  }

  async add(path: string, content: Buffer, records?: number): Promise<void> {
    const sha256 = createHash('sha256').update(content).digest('hex')
    await new Promise<void>((resolve, reject) =>
      this.pack.entry({ name: path, size: content.length, mtime: new Date() }, content, (error) => (error ? reject(error) : resolve())),
    )
    this.entries.push({ path, bytes: content.length, sha256, ...(records == null ? {} : { records }) })
  }

  /** Streams a file from disk into the archive. */
  async addFile(path: string, file: string): Promise<void> {
    const { size } = await stat(file)
    const hash = createHash('sha256')
    let bytes = 0
    const entry = this.pack.entry({ name: path, size, mtime: new Date() })
    await pipeline(
      createReadStream(file),
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk)
          bytes += chunk.length
          callback(null, chunk)
        },
      }),
      entry,
    )
    if (bytes !== size) throw new Error(`${file} changed while it was being archived`)
    this.entries.push({ path, bytes, sha256: hash.digest('hex') })
  }

  async close(): Promise<void> {
    this.pack.finalize()
    await this.done
  }

  /** Stops writing after a failure; the caller removes the partial file. */
  abort(error: Error): void {
    this.pack.destroy(error)
  }
}

export type ArchiveEntry = { path: string; bytes: number; content: AsyncIterable<Buffer> }

/**
 * Reads a tar.gz entry by entry. A truncated or damaged file (gzip's own check, or a tar that ends
 * early) is reported as a refusal, never as an archive that merely holds less.
 */
export async function* readArchive(file: string): AsyncGenerator<ArchiveEntry> {
  const extract = tar.extract()
  let failure: unknown
  const reading = pipeline(createReadStream(file), createGunzip(), extract).catch((error: unknown) => {
    failure = error
  })
  try {
    for await (const entry of extract) {
      if (entry.header.type !== 'file') throw new BackupRefusal(`${file} holds "${entry.header.name}", which is not a file`)
      yield { path: entry.header.name, bytes: entry.header.size ?? 0, content: guarded(file, entry as AsyncIterable<Buffer>) }
      // Whatever the caller left unread is skipped, so the next entry can come.
      entry.resume()
    }
  } catch (error) {
    await reading
    throw damaged(file, failure ?? error)
  } finally {
    extract.destroy()
  }
  await reading
  if (failure) throw damaged(file, failure)
}

/** An entry's bytes, with a failure to read them (the file ends inside the entry) said as a refusal. */
async function* guarded(file: string, content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of content) yield chunk
  } catch (error) {
    throw damaged(file, error)
  }
}

const damaged = (file: string, error: unknown): Error => {
  if (error instanceof BackupRefusal) return error
  const reason = error instanceof Error ? error.message : String(error)
  return new BackupRefusal(`${file} is damaged or truncated (${reason})`)
}

/** An entry's bytes, with their SHA-256; for the small entries (format, manifest, a chunk of records). */
export const readEntry = async (entry: ArchiveEntry): Promise<{ content: Buffer; sha256: string }> => {
  const chunks: Buffer[] = []
  const hash = createHash('sha256')
  for await (const chunk of entry.content) {
    hash.update(chunk as Buffer)
    chunks.push(chunk as Buffer)
  }
  return { content: Buffer.concat(chunks), sha256: hash.digest('hex') }
}

/** Splits an NDJSON chunk into its records; a line that is not JSON is a damaged archive. */
export const parseRecords = (file: string, path: string, content: Buffer): Record<string, unknown>[] =>
  content
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as Record<string, unknown>
      } catch {
        throw new BackupRefusal(`${file} is damaged: line ${index + 1} of ${path} is not JSON`)
      }
    })
