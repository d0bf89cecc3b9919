import type { BenchQuery, QueryKind } from './queries'
import { databasePaths, queryKinds, searchPath } from './queries'
import { percentiles, runSequentially, sleep, timedGet, type Percentiles, type Timed } from './measure'
import { integer, seededRandom } from './random'
import type { ScheduledWork } from './server'

/**
 * The measurements made against the running app: search queries by kind, publish → searchable,
 * and the same queries as Payload database queries.
 */

export interface KindResult {
  http: Percentiles
  /** Time inside the endpoint's handler (`tookMs`): the engine, facet labels, parsing. */
  endpoint: Percentiles
  /** Time inside the engine, as the endpoint reports it (`engineMs`). */
  engine: Percentiles
  /** Per request, the HTTP time less the handler's: Next's routing, Payload's request set-up, the network. */
  outsideHandler: Percentiles
  /** Queries that found nothing. */
  empty: number
  errors: number
  /** Per query, in the order run: the HTTP time, to compare the database on the same queries. */
  samples: number[]
}

const fail = (what: string, status: number, body: string) => new Error(`${what} answered ${status}: ${body.slice(0, 300)}`)

export const measureSearch = async (
  url: string,
  queries: Record<QueryKind, BenchQuery[]>,
  warmup: BenchQuery[],
  budgetMs: number,
  scheduled: ScheduledWork,
  afterWarmup: () => void = () => {},
): Promise<Record<QueryKind, KindResult>> => {
  for (const query of warmup) {
    const { status, body } = await timedGet(url + searchPath(query))
    if (status !== 200) throw fail(searchPath(query), status, body)
  }
  afterWarmup()
  const out = {} as Record<QueryKind, KindResult>
  for (const kind of queryKinds) {
    let empty = 0
    let errors = 0
    const engine: number[] = []
    const endpoint: number[] = []
    const outside: number[] = []
    const runs = await runSequentially({
      items: queries[kind],
      budgetMs,
      before: async () => {
        await scheduled.quiet()
      },
      run: async (query) => {
        const { ms, status, body } = await timedGet(url + searchPath(query))
        if (status !== 200) {
          errors += 1
          if (errors === 1) process.stderr.write(`${fail(searchPath(query), status, body).message}\n`)
          return ms
        }
        const parsed = JSON.parse(body) as { total: number; tookMs: number; engineMs: number }
        if (parsed.total === 0) empty += 1
        engine.push(parsed.engineMs)
        endpoint.push(parsed.tookMs)
        outside.push(ms - parsed.tookMs)
        return ms
      },
    })
    const samples = runs.map((r) => r.ms)
    out[kind] = { http: percentiles(samples), endpoint: percentiles(endpoint), engine: percentiles(engine), outsideHandler: percentiles(outside), empty, errors, samples }
    process.stderr.write(`  ${kind}: p50 ${out[kind].http.p50} ms, p95 ${out[kind].http.p95} ms over ${samples.length}\n`)
  }
  return out
}

/** The per-query samples are for comparing with the database; the results written out leave them. */
export const withoutSamples = (search: Record<QueryKind, KindResult>) =>
  Object.fromEntries(queryKinds.map((kind) => [kind, (({ samples: _samples, ...rest }) => rest)(search[kind])])) as Record<QueryKind, Omit<KindResult, 'samples'>>

export interface PublishResult {
  /** From sending the create request until a search finds the record. */
  fromRequest: Percentiles
  /** From the saved response until a search finds the record. */
  fromSaved: Percentiles
  timeouts: number
  /** Not tried: the scheduled reconciliation held the queue longer than the benchmark waits. */
  skipped: number
}

const admin = { email: 'bench-admin@hamafza.test', password: 'bench-password-1', fullName: 'محک' }

/** Signs up the first account (the network admin) and returns its token. */
export const firstAdminToken = async (url: string): Promise<string> => adminToken(url, 'first-register', admin)

/** Signs the admin in again, on a server started later on the same database. */
export const adminLogin = async (url: string): Promise<string> => adminToken(url, 'login', { email: admin.email, password: admin.password })

const adminToken = async (url: string, action: string, body: object): Promise<string> => {
  const response = await fetch(`${url}/api/users/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await response.json()) as { token?: string }
  if (!response.ok || !answer.token) throw fail(action, response.status, JSON.stringify(answer))
  return answer.token
}

export const measurePublish = async (url: string, token: string, times: number, scheduled: ScheduledWork): Promise<PublishResult> => {
  const fromRequest: number[] = []
  const fromSaved: number[] = []
  let timeouts = 0
  let skipped = 0
  const random = seededRandom(1, 'publish')
  for (let k = 1; k <= times; k++) {
    // Editors publish whenever they like: a pause of 0–1 s keeps the publishes from falling into step
    // with the jobs worker's one-second tick (each would otherwise wait the same part of a second).
    await sleep(integer(random, 0, 1000))
    // A publish waits in the queue behind a running reconciliation: that is not what is measured here.
    if (!(await scheduled.quiet(35_000))) {
      skipped += 1
      continue
    }
    // A word no generated record holds, so the search finds this record alone.
    const marker = `benchpublish${k}x${Date.now() % 100_000}`
    const started = performance.now()
    const response = await fetch(`${url}/api/case-studies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: `کارگاه زنبورداری ${marker}`,
        summary: 'سنجش زمان انتشار تا جست‌وجوپذیری.',
        outcome: 'success',
        evidenceType: 'monitoring',
        consentConfirmed: true,
        organization: 1,
        provinces: [1],
        _status: 'published',
      }),
    })
    const created = (await response.json()) as { doc?: { id: number } }
    if (!response.ok || !created.doc) throw fail('POST /api/case-studies', response.status, JSON.stringify(created))
    const saved = performance.now()
    const id = `case-studies:${created.doc.id}`
    let found = false
    while (performance.now() - saved < 30_000) {
      const { status, body } = await timedGet(`${url}/api/search?q=${marker}`)
      if (status === 200 && (JSON.parse(body) as { hits: { id: string }[] }).hits.some((hit) => hit.id === id)) {
        found = true
        break
      }
      await sleep(10)
    }
    if (!found) timeouts += 1
    else {
      fromRequest.push(performance.now() - started)
      fromSaved.push(performance.now() - saved)
    }
  }
  return { fromRequest: percentiles(fromRequest), fromSaved: percentiles(fromSaved), timeouts, skipped }
}

export interface DatabaseKindResult {
  database: Percentiles
  /** The search endpoint on exactly the same queries (from the search run). */
  search: Percentiles
  /** database ÷ search, at the median and at p95. */
  ratioP50: number
  ratioP95: number
  errors: number
}

/**
 * The same queries as Payload REST database queries, one request per collection that could hold a
 * match, one after another (the server runs SQLite on its one thread either way; sent together at
 * 100,000 documents they stalled past undici's 300 s timeout); the time is for all. Run on a server without the
 * jobs worker, so the scheduled reconciliation (hours long at 100,000) is not in them. Sent as the admin, so no
 * access filter joins in: an anonymous reader's filter (published and public) makes SQLite loop over
 * the records and scan the whole `_locales` table for each (it has no index on `_parent_id` alone),
 * quadratic in N; a linear scan is what @payloadcms/plugin-search's own collection would cost.
 */
export const measureDatabase = async (
  url: string,
  token: string,
  queries: Record<QueryKind, BenchQuery[]>,
  search: Record<QueryKind, KindResult>,
  perKind: number,
  budgetMs: number,
): Promise<Record<QueryKind, DatabaseKindResult>> => {
  const out = {} as Record<QueryKind, DatabaseKindResult>
  for (const kind of queryKinds) {
    let errors = 0
    const runs = await runSequentially({
      items: queries[kind].slice(0, Math.min(perKind, search[kind].samples.length)),
      budgetMs,
      run: async (query) => {
        const started = performance.now()
        const answers: Timed[] = []
        for (const path of databasePaths(query)) answers.push(await timedGet(url + path, { Authorization: `JWT ${token}` }))
        const ms = performance.now() - started
        for (const answer of answers) {
          if (answer.status === 200) continue
          errors += 1
          if (errors === 1) process.stderr.write(`${fail('database query', answer.status, answer.body).message}\n`)
        }
        return ms
      },
    })
    const database = percentiles(runs.map((r) => r.ms))
    const same = percentiles(search[kind].samples.slice(0, runs.length))
    out[kind] = {
      database,
      search: same,
      ratioP50: Math.round(database.p50 / same.p50),
      ratioP95: Math.round(database.p95 / same.p95),
      errors,
    }
    process.stderr.write(`  ${kind}: database p50 ${database.p50} ms over ${runs.length} (${out[kind].ratioP50}× the search)\n`)
  }
  return out
}
