/**
 * `npm run reindex`: rebuilds the search index from the database, in batches, without clearing it
 * first, so readers keep finding things while it runs. Safe to repeat; prints one line on failure.
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
  const { searchedCollections } = await import('../src/jobs/searchDocuments')
  const payload = await getPayload({ config, cron: false })
  const started = performance.now()
  let total = 0
  for (const collection of searchedCollections) total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  let shown = -1
  const drift = await reconcileSearch(payload, {
    rebuild: true,
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
  process.stdout.write(
    `reindex: ${drift.expected} documents in ${seconds.toFixed(1)} s (${Math.round(drift.expected / Math.max(seconds, 0.001))}/s); ` +
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
