/**
 * `npm run reindex`: rebuilds the search index from the database into a fresh index that replaces the
 * old one at the end (see SearchEngine.rebuild), so readers keep finding things while it runs, and a
 * reindex that fails leaves the old index. Safe to repeat; prints one line on failure, and on success
 * the documents a second and the peak resident memory.
 */
const bar = (done: number, total: number) => {
  const width = 30
  const filled = total ? Math.min(width, Math.round((done / total) * width)) : width
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`
}

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { reconcileSearch } = await import('../src/jobs/reconcile')
  const { recordsForRebuild } = await import('../src/jobs/recordsInWorker')
  const { searchedCollections } = await import('../src/jobs/searchDocuments')
  const { peakMemory } = await import('../src/jobs/peakMemory')
  const payload = await getPayload({ config, cron: false })
  const memory = peakMemory()
  const started = performance.now()
  let total = 0
  for (const collection of searchedCollections) total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  let shown = -1
  const drift = await reconcileSearch(payload, {
    rebuild: true,
    // On SQLite the records are read in a worker thread while this one writes the index.
    records: recordsForRebuild(payload),
    onProgress: (done) => {
      if (process.stderr.isTTY) process.stderr.write(`\rreindex ${bar(done, total)}`)
      else if (Math.floor((done / Math.max(total, 1)) * 10) > shown) {
        shown = Math.floor((done / Math.max(total, 1)) * 10)
        process.stderr.write(`reindex ${bar(done, total)}\n`)
      }
    },
  })
  if (process.stderr.isTTY) process.stderr.write('\n')
  const seconds = (performance.now() - started) / 1000
  const peakMb = Math.round(memory.stop() / 1048576)
  process.stdout.write(
    `reindex: ${drift.expected} documents in ${seconds.toFixed(1)} s (${Math.round(drift.expected / Math.max(seconds, 0.001))} documents/s, ` +
      `peak memory ${peakMb} MB); ` +
      `repaired ${drift.missing} missing, ${drift.stale} stale, removed ${drift.leaked} that did not belong\n`,
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`reindex failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
