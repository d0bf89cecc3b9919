/**
 * `npm run reindex`: rebuilds the search index from the database into a fresh index that replaces the
 * old one at the end (see SearchEngine.rebuild), so readers keep finding things while it runs, and a
 * reindex that fails leaves the old index. Safe to repeat; prints one line on failure, and on success
 * the documents a second and the peak resident memory.
 */
import { oneLine } from './commandLine'
import { progressBar } from './progress'

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { rebuildSearchIndex } = await import('../src/jobs/rebuildIndex')
  const { peakMemory } = await import('../src/jobs/peakMemory')
  const payload = await getPayload({ config, cron: false })
  const memory = peakMemory()
  const started = performance.now()
  const progress = progressBar('reindex')
  const drift = await rebuildSearchIndex(payload, progress.update)
  progress.end()
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
    process.stderr.write(`reindex failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
