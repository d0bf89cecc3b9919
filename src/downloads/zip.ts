import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

/** One file of a ZIP: bytes at hand, or a stream read only when its turn comes. */
export type ZipEntry = {
  name: string
  data: Uint8Array | (() => AsyncIterable<Uint8Array>)
  /** Deflate text; store what is already compressed (PDF, DOCX, images). */
  compress: boolean
  mtime?: Date
}

async function* zipChunks(entries: ZipEntry[]): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else ready.push(chunk)
  })
  const drain = function* () {
    if (failure) throw failure
    while (ready.length) yield ready.shift()!
  }
  for (const entry of entries) {
    const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name)
    if (entry.mtime) file.mtime = entry.mtime
    zip.add(file)
    if (entry.data instanceof Uint8Array) {
      file.push(entry.data, true)
    } else {
      // Hold one chunk back, so the last one can be pushed as final.
      let held: Uint8Array | null = null
      for await (const chunk of entry.data()) {
        if (held) file.push(held)
        held = chunk
        yield* drain()
      }
      file.push(held ?? new Uint8Array(0), true)
    }
    yield* drain()
  }
  zip.end()
  yield* drain()
}

/** A ZIP archive made as it is sent: files from disk are read a chunk at a time, never all held in memory. */
export const zipStream = (entries: ZipEntry[]): ReadableStream<Uint8Array> => {
  const chunks = zipChunks(entries)
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next()
        if (done) controller.close()
        else controller.enqueue(value)
      } catch (error) {
        controller.error(error)
      }
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
}
