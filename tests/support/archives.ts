import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'

import tar from 'tar-stream'

type Change = (path: string, content: Buffer) => Buffer

/** Every entry of a .tar.gz, in order, held in memory (test archives are small). */
export const entriesOf = async (file: string): Promise<{ path: string; content: Buffer }[]> => {
  const extract = tar.extract()
  const entries: { path: string; content: Buffer }[] = []
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk as Buffer)
      entries.push({ path: entry.header.name, content: Buffer.concat(chunks) })
    }
  })()
  extract.end(gunzipSync(readFileSync(file)))
  await done
  return entries
}

/**
 * Writes a copy of an archive with some entries changed; with `resign`, its manifest is brought in line
 * with the changes, as someone forging an archive (or a bug writing one) would.
 */
export const rewriteArchive = async (from: string, to: string, change: Change, { resign = false } = {}): Promise<void> => {
  const entries = (await entriesOf(from)).map(({ path, content }) => ({ path, content: change(path, content) }))
  if (resign) {
    const manifest = entries.find((entry) => entry.path === 'manifest.json')!
    const parsed = JSON.parse(manifest.content.toString()) as { entries: { path: string; bytes: number; sha256: string }[] }
    for (const listed of parsed.entries) {
      const content = entries.find((entry) => entry.path === listed.path)!.content
      listed.bytes = content.length
      listed.sha256 = createHash('sha256').update(content).digest('hex')
    }
    manifest.content = Buffer.from(JSON.stringify(parsed))
  }
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer)
  })()
  for (const { path, content } of entries) pack.entry({ name: path, size: content.length }, content)
  pack.finalize()
  await collected
  writeFileSync(to, gzipSync(Buffer.concat(chunks)))
}
