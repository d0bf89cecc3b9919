import type { Percentiles } from './measure'
import type { DatabaseKindResult, KindResult, PublishResult } from './phases'
import type { QueryKind } from './queries'
import { queryKinds } from './queries'

/** The targets on this kind of machine, at 100,000 documents. */
export const targets = {
  p95Ms: 25,
  databaseRatio: 50,
  reindexSeconds: 60,
  rssMb: 600,
  publishMs: 1000,
  atDocuments: 100_000,
}

type Build = SizeResult['prepare']['reconcileRebuild']

/** The same corpus, reindexed into Meilisearch and measured with the app searching there. */
export interface MeilisearchResult {
  version: string
  /** The reindex (`npm run reindex`) into an empty Meilisearch index. */
  build: Build
  /** Meilisearch's database folder after the reindex. */
  indexMb: number
  search: Record<QueryKind, Omit<KindResult, 'samples'>>
  /** The embedded side's database queries against Meilisearch's times on the same queries. */
  database: Record<QueryKind, { search: Percentiles; ratioP50: number; ratioP95: number }>
  publish: PublishResult
  /** After the search queries: the app (next start and its children), and the meilisearch process. */
  rss: { appMb: number; meilisearchMb: number }
}

export interface SizeResult {
  n: number
  startedAt: string
  minutes: number
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] }
  prepare: {
    corpus: Record<string, unknown>
    engineLoad: { seconds: number; documentsPerSecond: number; batchSize: number; wallSeconds: number }
    databaseLoad: { seconds: number; method: string }
    readBack: { sampled: number; mismatches: number }
    reconcileRebuild: {
      skipped?: boolean
      completed?: boolean
      seconds?: number
      documents?: number
      documentsPerSecond?: number
      projectedSeconds?: number
      peakRssMb?: number
      drift?: Record<string, number>
    }
    files: { databaseMb: number; searchIndexMb: number }
  }
  search: Record<QueryKind, Omit<KindResult, 'samples'>>
  database: Record<QueryKind, DatabaseKindResult>
  publish: PublishResult
  rss: { afterWarmupMb: number; afterQueriesMb: number; afterDatabaseQueriesMb: number; processes: { name: string; rssMb: number }[] }
  /** The embedded index's files on disk (allocated), measured as Meilisearch's folder is. */
  embeddedIndexMb?: number
  meilisearch?: MeilisearchResult
  scheduledReconciliation: { alignedWaitSeconds: number; waits: number; waitedSeconds: number; overlappedRequests: number }
}

const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS')
const cell = (value: string | number, width: number) => String(value).padStart(width)

const row = (cells: (string | number)[], widths: number[]) => `| ${cells.map((c, i) => cell(c, widths[i]!)).join(' | ')} |`

const reconcileLine = (rebuild: SizeResult['prepare']['reconcileRebuild']): string => {
  if (rebuild.skipped) return 'not measured'
  const target = `target ≤ ${targets.reindexSeconds} s`
  if (rebuild.completed)
    return `${rebuild.seconds} s, ${rebuild.documentsPerSecond} documents/s, peak RSS ${rebuild.peakRssMb ?? '?'} MB (drift found: ${JSON.stringify(rebuild.drift)}); ${target}: ${verdict((rebuild.seconds ?? Infinity) <= targets.reindexSeconds)}`
  return `stopped after ${rebuild.seconds} s at ${rebuild.documents} documents, ${rebuild.documentsPerSecond} documents/s, so about ${rebuild.projectedSeconds} s for all; ${target}: MISS`
}

export const sizeTable = (result: SizeResult): string => {
  const atTarget = result.n === targets.atDocuments
  const note = atTarget ? '' : ` (targets are set at ${targets.atDocuments.toLocaleString('en')}; shown for reference)`
  const widths = [13, 7, 7, 7, 11, 10, 7, 10, 13, 10, 5, 14]
  const lines = [
    `### ${result.n.toLocaleString('en')} documents${note}`,
    '',
    row(['kind', 'p50 ms', 'p95 ms', 'p99 ms', 'handler p95', 'engine p95', 'empty', 'outside p50', 'DB p50 ms (n)', 'same q p50', 'DB ×', `p95 ≤ ${targets.p95Ms} ms`], widths),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
  ]
  for (const kind of queryKinds) {
    const s = result.search[kind]
    const d = result.database[kind]
    lines.push(
      row(
        [kind, s.http.p50, s.http.p95, s.http.p99, s.endpoint.p95, s.engine.p95, `${s.empty}/${s.http.count}`, s.outsideHandler.p50, `${d.database.p50} (${d.database.count})`, d.search.p50, d.ratioP50, verdict(s.http.p95 <= targets.p95Ms)],
        widths,
      ),
    )
  }
  const load = result.prepare.engineLoad
  const rebuild = result.prepare.reconcileRebuild
  const minRatio = Math.min(...queryKinds.map((k) => result.database[k].ratioP50))
  const publish = result.publish
  const scheduled = result.scheduledReconciliation
  const errors = queryKinds.flatMap((kind) => {
    const search = result.search[kind].errors
    const database = result.database[kind].errors
    return search || database ? [`${kind}: ${search} search, ${database} database`] : []
  })
  if (errors.length) lines.push('', `Failed requests (counted in the times): ${errors.join('; ')}`)
  lines.push(
    '',
    'handler: time inside the /api/search handler (tookMs); engine: inside engine.search (engineMs); empty: queries that matched nothing;',
    'outside: per request, the HTTP time less the handler time (Next routing, Payload request set-up, loopback);',
    'DB p50 (n): the same first n queries as Payload REST `like` queries; same q p50: /api/search on those n; DB ×: the ratio of the two medians.',
    '',
    `- database query ÷ search (median, same queries): min ${minRatio}× over kinds; target ≥ ${targets.databaseRatio}×: ${verdict(minRatio >= targets.databaseRatio)}`,
    `- reindex (npm run reindex: reconcileSearch with rebuild, records read in a worker thread): ${reconcileLine(rebuild)}`,
    `- loading the corpus through the sync path (engine.upsert in batches of ${load.batchSize}, as the jobs write): ${load.seconds} s, ${load.documentsPerSecond} documents/s`,
    `- publish → searchable over ${publish.fromRequest.count} publishes: p50 ${publish.fromRequest.p50} ms, p95 ${publish.fromRequest.p95} ms from the request (p50 ${publish.fromSaved.p50} ms, p95 ${publish.fromSaved.p95} ms after the save answered); ${publish.timeouts} timed out, ${publish.skipped} skipped while the reconciliation ran; target ≤ ${targets.publishMs} ms: ${verdict(publish.fromRequest.p95 <= targets.publishMs && publish.timeouts === 0)}`,
    `- RSS of next start and its children after the search queries: ${result.rss.afterQueriesMb} MB (after warm-up ${result.rss.afterWarmupMb} MB, after the database queries ${result.rss.afterDatabaseQueriesMb} MB); target ≤ ${targets.rssMb} MB: ${verdict(result.rss.afterQueriesMb <= targets.rssMb)}`,
    `- files: Payload database ${result.prepare.files.databaseMb} MB, search index ${result.prepare.files.searchIndexMb} MB; bulk database load ${result.prepare.databaseLoad.seconds} s; ${result.prepare.readBack.mismatches}/${result.prepare.readBack.sampled} sampled records read back differently`,
    `- scheduled reconciliation: started the server ${scheduled.alignedWaitSeconds} s later to miss it; waited for it ${scheduled.waits} times, ${scheduled.waitedSeconds} s in all; ${scheduled.overlappedRequests} requests ran while it did`,
    `- this size took ${result.minutes} min; load average ${result.machine.loadAverageAtStart.join(' ')} → ${result.machine.loadAverageAtEnd.join(' ')} (${result.machine.cpus} cores)`,
  )
  return lines.join('\n')
}

/** How p95 grows from the smallest size to each larger one. */
export const growthTable = (results: SizeResult[]): string => {
  if (results.length < 2) return ''
  const sizes = results.map((r) => r.n.toLocaleString('en'))
  const widths = [13, ...sizes.map((s) => Math.max(9, s.length + 7)), 8]
  const lines = [
    '### p95 growth',
    '',
    row(['kind', ...sizes.map((s) => `p95 @ ${s}`), 'growth'], widths),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
  ]
  for (const kind of queryKinds) {
    const p95s = results.map((r) => r.search[kind].http.p95)
    const growth = p95s.at(-1)! / p95s[0]!
    lines.push(row([kind, ...p95s, `${growth.toFixed(1)}×`], widths))
  }
  return lines.join('\n')
}

const ratio = (meilisearch: number | undefined, embedded: number | undefined) =>
  meilisearch !== undefined && embedded !== undefined && embedded > 0 && Number.isFinite(meilisearch / embedded) ? `${(meilisearch / embedded).toFixed(2)}×` : '—'

/**
 * The two engines on the same corpus in the same run, one row per measure, with Meilisearch's figure
 * as a multiple of the embedded engine's (below 1×, Meilisearch is faster or smaller). Empty when
 * Meilisearch was not measured.
 */
export const sideBySideTable = (result: SizeResult): string => {
  const meili = result.meilisearch
  if (!meili) return ''
  const widths = [44, 36, 36, 22]
  const lines = [
    `### Embedded engine and Meilisearch ${meili.version} side by side, ${result.n.toLocaleString('en')} documents`,
    '',
    row(['measure', 'embedded', 'Meilisearch', 'Meilisearch ÷ embedded'], widths),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
  ]
  const line = (measure: string, embedded: string | number, meilisearch: string | number, ratios: string) =>
    lines.push(row([measure, embedded, meilisearch, ratios], widths))
  for (const kind of queryKinds) {
    const e = result.search[kind].http
    const m = meili.search[kind].http
    line(`${kind}: p50 / p95 / p99 ms over HTTP`, `${e.p50} / ${e.p95} / ${e.p99}`, `${m.p50} / ${m.p95} / ${m.p99}`, [ratio(m.p50, e.p50), ratio(m.p95, e.p95), ratio(m.p99, e.p99)].join(' / '))
  }
  const byKind = (values: number[]) => `${values.join(' / ')}×`
  line(
    'database `like` p50 ÷ search p50, by kind',
    byKind(queryKinds.map((kind) => result.database[kind].ratioP50)),
    byKind(queryKinds.map((kind) => meili.database[kind].ratioP50)),
    '',
  )
  const embeddedBuild = result.prepare.reconcileRebuild
  const build = (b: Build) => (b.completed ? `${b.seconds} s (${b.documentsPerSecond}/s)` : b.skipped ? 'not measured' : `≥ ${b.seconds} s`)
  line('index build: npm run reindex, s', build(embeddedBuild), build(meili.build), ratio(meili.build.seconds, embeddedBuild.seconds))
  line('reindex peak RSS, MB', embeddedBuild.peakRssMb ?? '—', meili.build.peakRssMb ?? '—', ratio(meili.build.peakRssMb, embeddedBuild.peakRssMb))
  const pe = result.publish.fromRequest
  const pm = meili.publish.fromRequest
  line('publish → searchable p50 / p95 ms', `${pe.p50} / ${pe.p95}`, `${pm.p50} / ${pm.p95}`, [ratio(pm.p50, pe.p50), ratio(pm.p95, pe.p95)].join(' / '))
  const together = Math.round((meili.rss.appMb + meili.rss.meilisearchMb) * 10) / 10
  line('RSS of the app (next start), MB', result.rss.afterQueriesMb, meili.rss.appMb, ratio(meili.rss.appMb, result.rss.afterQueriesMb))
  line('RSS of the meilisearch process, MB', '—', meili.rss.meilisearchMb, '')
  line('RSS, app and engine together, MB', result.rss.afterQueriesMb, together, ratio(together, result.rss.afterQueriesMb))
  const embeddedIndex = result.embeddedIndexMb ?? result.prepare.files.searchIndexMb
  line('index on disk, MB', embeddedIndex, meili.indexMb, ratio(meili.indexMb, embeddedIndex))
  lines.push(
    '',
    'Kinds in the order full, full+facets, typo, typo+facets, prefix, prefix+facets where a row lists them. Both apps run the same',
    'build with the jobs worker, one after the other on the same database and queries; the embedded index lives in the app process, so',
    'its memory is in the app’s RSS. Index build: the reindex (reconcileSearch with rebuild, records read in a worker thread) into an',
    'empty index. Database: the same Payload REST `like` queries (timed in the table above) against each engine’s times on them.',
  )
  return lines.join('\n')
}
