/**
 * `npm run bench:load [-- --seconds 60] [--readers 50] [--writers 5] [--seed 1]`
 *
 * Reads that hold while people write: the production build (rebuilt when stale) on a fresh copy of the
 * seeded demo content, with its jobs worker on as in production. Readers, each one request at a time, ask
 * for the home page, the search page, /api/search and document pages, first alone for `--seconds`, then as
 * long again while writers take lessons through the review workflow over REST (an NGO editor creates a draft
 * and submits it, the reviewer takes it into review and publishes it). Prints requests/s, p50/p95/p99 and
 * errors for each phase and kind of page, the writers' own figures, and how many published lessons search
 * cannot find afterwards; writes bench/load.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { ensureFreshBuild } from '../../tests/browser/support/build'
import { copyDemoData, demoFiles, makeDemoData, removeDemoData } from '../../tests/browser/support/demo'
import { projectRoot } from '../../tests/browser/support/paths'
import { figures, readKinds, table, type ReadKind, type Sample } from './loadReport'
import { percentiles, sleep, timedGet } from './measure'
import { integer, pick, seededRandom, type Random } from './random'
import { startServer, treeCpuSeconds, type BenchServer } from './server'

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  if (at < 0) return fallback
  const value = Number(process.argv[at + 1])
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`bench:load: --${name} needs a positive number (got ${process.argv[at + 1] ?? 'nothing'})\n`)
    process.exit(2)
  }
  return value
}

const settings = {
  seconds: option('seconds', 60),
  readers: Math.round(option('readers', 50)),
  writers: Math.round(option('writers', 5)),
  seed: Math.round(option('seed', 1)),
  // How long a published lesson may take to become searchable before it counts as lost.
  findWithinSeconds: option('find-within', 60),
}
const targets = { readRatio: 0.7, errors: 0, lost: 0 }

const log = (message: string) => process.stderr.write(`${message}\n`)
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

/** Words the demo content holds in several documents, so searches find something and facets count. */
const queries = ['مهارت', 'اشتغال', 'زنان', 'آموزش', 'کارفرما', 'بازار', 'قالی', 'زنبورداری', 'کارآموزی', 'سرمایه']

const demoAccounts = {
  editors: [
    { email: 'editor@hamafza.test', password: 'hamafza-editor' },
    { email: 'editor2@hamafza.test', password: 'hamafza-editor2' },
  ],
  reviewer: { email: 'reviewer@hamafza.test', password: 'hamafza-reviewer' },
}

const failure = (what: string, status: number, body: string) => new Error(`${what} answered ${status}: ${body.slice(0, 300)}`)

const signIn = async (url: string, account: { email: string; password: string }) => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  type Row = { organization: number | string | { id: number | string } }
  const answer = (await response.json()) as { token?: string; user?: { organizations?: Row[] } }
  if (!response.ok || !answer.token) throw failure(`sign-in of ${account.email}`, response.status, JSON.stringify(answer))
  // The tenant plugin's rows: { organization }, populated or not.
  const organization = answer.user?.organizations?.[0]?.organization
  return { token: answer.token, organization: organization && typeof organization === 'object' ? organization.id : organization }
}

/** Every published document a visitor may read, as page addresses. */
const publishedPages = async (url: string): Promise<string[]> => {
  const pages: string[] = []
  for (const collection of ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations', 'provinces']) {
    const response = await fetch(`${url}/api/${collection}?depth=0&limit=200&select[id]=true`)
    const answer = (await response.json()) as { docs?: { id: number | string }[] }
    if (!response.ok || !answer.docs) throw failure(`/api/${collection}`, response.status, JSON.stringify(answer))
    for (const doc of answer.docs) pages.push(`/${pick(seededRandom(Number(doc.id), collection), ['fa', 'fa', 'en'])}/${collection}/${doc.id}`)
  }
  return pages
}

const readAddress = (random: Random, kind: ReadKind, documents: string[]): string => {
  const q = encodeURIComponent(pick(random, queries))
  switch (kind) {
    case 'home':
      return pick(random, ['/fa', '/fa', '/en'])
    case 'search page':
      return `/fa/search?q=${q}`
    case 'search API':
      return `/api/search?q=${q}`
    case 'document':
      return pick(random, documents)
  }
}

/** Readers, each one request at a time on its own kept-alive connection, until `until`. */
const read = async (server: BenchServer, until: number, documents: string[], phase: string): Promise<Sample[]> => {
  const agent = new Agent({ keepAlive: true, maxSockets: settings.readers })
  const samples: Sample[] = []
  await Promise.all(
    Array.from({ length: settings.readers }, async (_, reader) => {
      const random = seededRandom(settings.seed, `${phase} reader ${reader}`)
      while (performance.now() < until) {
        const kind = pick(random, readKinds)
        const { ms, status } = await timedGet(server.url + readAddress(random, kind, documents), {}, { agent, keepBody: false })
        samples.push({ kind, ms, status })
      }
    }),
  )
  agent.destroy()
  return samples
}

type Published = { id: number | string; marker: string }

/** The query the admin panel's saves carry. */
const asAdmin = 'depth=0&fallback-locale=null&locale=fa'
type WriteResult = { published: Published[]; workflows: number[]; errors: string[] }

const send = async (url: string, method: 'POST' | 'PATCH', address: string, token: string, body: object) => {
  const response = await fetch(url + address, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw failure(`${method} ${address}`, response.status, text)
  return (JSON.parse(text) as { doc: { id: number | string } }).doc
}

/**
 * Writers until `until`: each takes one new lesson after another through the review workflow as the admin
 * panel does it over REST (draft saves for create, submit and review; publish without `draft`; answers at
 * depth 0 in the editor's language).
 */
/**
 * The seed's rich-text builder, loaded after payload: imported on its own, @payloadcms/richtext-lexical meets
 * payload through an import cycle whose top-level await never settles, and the process exits with code 13.
 */
const richText = async () => {
  await import('payload')
  return (await import('../seed/richText')).fa
}

const write = async (url: string, until: number, documents: string[], fa: Awaited<ReturnType<typeof richText>>): Promise<WriteResult> => {
  const editors = await Promise.all(demoAccounts.editors.map((account) => signIn(url, account)))
  const reviewer = await signIn(url, demoAccounts.reviewer)
  const result: WriteResult = { published: [], workflows: [], errors: [] }
  const run = Date.now().toString(36)
  await Promise.all(
    Array.from({ length: settings.writers }, async (_, writer) => {
      const editor = editors[writer % editors.length]!
      const random = seededRandom(settings.seed, `writer ${writer}`)
      for (let n = 1; performance.now() < until; n++) {
        // A word no other document holds, so a search for it finds this lesson alone.
        const marker = `loadbench${run}w${writer}n${n}`
        const started = performance.now()
        try {
          const draft = await send(url, 'POST', `/api/lessons?draft=true&${asAdmin}`, editor.token, {
            title: `درس بازار محلی ${marker}`,
            rootCause: pick(random, ['market', 'design', 'capacity', 'funding']),
            lesson: fa(`پیش از آموزش، بازار محلی را بسنجید؛ یادداشت ${marker}.`),
            organization: editor.organization,
          })
          await send(url, 'PATCH', `/api/lessons/${draft.id}?draft=true&${asAdmin}`, editor.token, { workflowState: 'submitted' })
          await send(url, 'PATCH', `/api/lessons/${draft.id}?draft=true&${asAdmin}`, reviewer.token, { workflowState: 'inReview' })
          await send(url, 'PATCH', `/api/lessons/${draft.id}?${asAdmin}`, reviewer.token, { _status: 'published' })
          result.workflows.push(performance.now() - started)
          result.published.push({ id: draft.id, marker })
          // Readers now meet the new lesson too, as visitors who follow a link to it would.
          documents.push(`/fa/lessons/${draft.id}`)
        } catch (error) {
          result.errors.push(error instanceof Error ? error.message : String(error))
          await sleep(integer(random, 100, 500))
        }
      }
    }),
  )
  return result
}

/** Published lessons that /api/search still cannot find after the time allowed. */
const lostLessons = async (url: string, published: Published[]): Promise<Published[]> => {
  let missing = [...published]
  const deadline = performance.now() + settings.findWithinSeconds * 1000
  while (missing.length > 0 && performance.now() < deadline) {
    const still: Published[] = []
    for (const lesson of missing) {
      const { status, body } = await timedGet(`${url}/api/search?q=${lesson.marker}&type=lessons`)
      const found = status === 200 && (JSON.parse(body) as { hits: { id: string }[] }).hits.some((hit) => hit.id === `lessons:${lesson.id}`)
      if (!found) still.push(lesson)
    }
    missing = still
    if (missing.length > 0) await sleep(1_000)
  }
  return missing
}

const main = async () => {
  const fa = await richText()
  await ensureFreshBuild()
  log('[bench:load] seeding the demo content ...')
  const demo = await makeDemoData()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hamafza-load-'))
  copyDemoData(demo.dir, dir)
  const files = demoFiles(dir)
  const server = await startServer({ jobs: true, dir, databaseFile: files.database, searchDbPath: files.searchIndex, readyPath: '/fa' })
  try {
    const documents = await publishedPages(server.url)
    log(`[bench:load] ${documents.length} published documents; warming every page once ...`)
    for (const address of [...documents, '/fa', '/en', ...queries.flatMap((q) => [`/fa/search?q=${encodeURIComponent(q)}`, `/api/search?q=${encodeURIComponent(q)}`])]) {
      const { status } = await timedGet(server.url + address, {}, { keepBody: false })
      if (status !== 200) throw new Error(`warming ${address} answered ${status}`)
    }

    log(`[bench:load] ${settings.readers} readers alone for ${settings.seconds} s ...`)
    let started = performance.now()
    let cpu = treeCpuSeconds(server.pid)
    const aloneSamples = await read(server, started + settings.seconds * 1000, documents, 'alone')
    const alone = figures(aloneSamples, (performance.now() - started) / 1000, treeCpuSeconds(server.pid) - cpu)

    log(`[bench:load] ${settings.readers} readers and ${settings.writers} writers for ${settings.seconds} s ...`)
    started = performance.now()
    cpu = treeCpuSeconds(server.pid)
    const until = started + settings.seconds * 1000
    const [samples, writes] = await Promise.all([read(server, until, documents, 'with writers'), write(server.url, until, documents, fa)])
    const withWriters = figures(samples, (performance.now() - started) / 1000, treeCpuSeconds(server.pid) - cpu)

    log(`[bench:load] looking up the ${writes.published.length} published lessons in search ...`)
    const lost = await lostLessons(server.url, writes.published)

    const ratio = round(withWriters.requestsPerSecond / alone.requestsPerSecond, 2)
    // Reads per second for each core the server was given: on a machine others share, the cores it gets change
    // from phase to phase, and this ratio says what the one above would be had they not.
    const perCore = (phase: typeof alone) => phase.requestsPerSecond / Math.max(phase.serverCpu.busyCores, 0.01)
    const ratioPerCore = round(perCore(withWriters) / perCore(alone), 2)
    const errors = alone.errors + withWriters.errors + writes.errors.length
    const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS')
    const workflow = percentiles(writes.workflows)
    console.log(`\nReads with and without writers: ${settings.readers} readers, ${settings.writers} writers, ${settings.seconds} s each (${os.cpus().length} cores)`)
    console.log(table([{ name: 'readers alone', figures: alone }, { name: 'with writers', figures: withWriters }]))
    console.log('')
    console.log(`- read throughput with writers: ${ratio}× the figure without; target ≥ ${targets.readRatio}×: ${verdict(ratio >= targets.readRatio)}`)
    console.log(`  per core the server was given: ${ratioPerCore}× (${round(perCore(withWriters))} reads/s per busy core with writers, ${round(perCore(alone))} without)`)
    console.log(`- writers: ${writes.published.length} lessons published (${round(writes.published.length / withWriters.seconds)}/s), create → submit → review → publish p50 ${workflow.p50} ms, p95 ${workflow.p95} ms; ${writes.errors.length} failed`)
    console.log(`- errors: ${errors} (reads answered other than 200, failed workflows); target ${targets.errors}: ${verdict(errors === targets.errors)}`)
    console.log(`- lost: ${lost.length} of ${writes.published.length} published lessons not found by search within ${settings.findWithinSeconds} s; target ${targets.lost}: ${verdict(lost.length === targets.lost)}`)
    console.log(
      `- server CPU: ${alone.serverCpu.busyCores} cores busy alone (${alone.serverCpu.msPerRead} ms per read), ${withWriters.serverCpu.busyCores} with writers (${withWriters.serverCpu.msPerRead} ms per read, writes included); load average ${os.loadavg().map((v) => round(v, 2)).join(' ')}`,
    )
    if (writes.errors.length) log(`[bench:load] first failed workflow: ${writes.errors[0]}`)
    if (errors > 0) log(`[bench:load] the server's last words:\n${server.output().slice(-3_000)}`)

    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((v) => round(v, 2)), node: process.version },
      settings,
      targets,
      readersAlone: alone,
      withWriters,
      readRatio: ratio,
      readRatioPerBusyCore: ratioPerCore,
      writers: { published: writes.published.length, workflow, errors: writes.errors.length, firstErrors: writes.errors.slice(0, 5) },
      lost: { count: lost.length, of: writes.published.length, ids: lost.map((lesson) => lesson.id) },
    }
    mkdirSync(path.join(projectRoot, 'bench'), { recursive: true })
    writeFileSync(path.join(projectRoot, 'bench/load.json'), `${JSON.stringify(report, null, 2)}\n`)
    log('[bench:load] wrote bench/load.json')
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
    removeDemoData(demo.dir)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
