import { Agent, request } from 'node:http'
import { gunzipSync } from 'node:zlib'

/**
 * Timing over HTTP: one request at a time on a kept-alive loopback connection, asking for gzip as a
 * browser does, the clock stopped when the last byte arrives (before the body is unzipped and parsed).
 * Node's own http client rather than fetch: on two cores, fetch's stream machinery added milliseconds
 * of the client's own work to every figure.
 */

export interface Timed {
  ms: number
  status: number
  body: string
}

const oneConnection = new Agent({ keepAlive: true, maxSockets: 1 })

export interface TimedOptions {
  /** Another pool of connections, for clients that send many requests at once (one connection by default). */
  agent?: Agent
  /** False to drop the body unread and unzipped, so a busy client spends its cores on sending (body ''). */
  keepBody?: boolean
}

/** A request that fails outright (refused, reset, timed out) comes back with status 0 and the reason. */
export const timedGet = (url: string, headers: Record<string, string> = {}, { agent = oneConnection, keepBody = true }: TimedOptions = {}): Promise<Timed> =>
  new Promise((resolve) => {
    const started = performance.now()
    const failed = (error: Error) => resolve({ ms: performance.now() - started, status: 0, body: String(error) })
    const outgoing = request(url, { agent, headers: { 'accept-encoding': 'gzip', ...headers }, timeout: 60_000 }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => keepBody && chunks.push(chunk))
      response.on('error', failed)
      response.on('end', () => {
        const ms = performance.now() - started
        if (!keepBody) return resolve({ ms, status: response.statusCode ?? 0, body: '' })
        const raw = Buffer.concat(chunks)
        try {
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw
          resolve({ ms, status: response.statusCode ?? 0, body: body.toString('utf8') })
        } catch (error) {
          failed(error as Error)
        }
      })
    })
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')))
    outgoing.on('error', failed)
    outgoing.end()
  })

export interface Percentiles {
  count: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.1. */
export const percentiles = (samples: number[]): Percentiles => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
  const round = (ms: number) => Math.round(ms * 10) / 10
  return {
    count: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / Math.max(1, sorted.length)),
    max: round(sorted.at(-1) ?? NaN),
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface RunOptions<T> {
  items: T[]
  /** Stop once the items have taken this long in all, even if some remain. */
  budgetMs: number
  /** Called before each item; may wait (for example while the server runs scheduled work). */
  before?: () => Promise<void>
  run: (item: T) => Promise<number>
}

/** Runs items one after another until they or the time budget run out; returns each item's time. */
export const runSequentially = async <T>({ items, budgetMs, before, run }: RunOptions<T>): Promise<{ item: T; ms: number }[]> => {
  const out: { item: T; ms: number }[] = []
  let spent = 0
  for (const item of items) {
    if (spent > budgetMs) break
    await before?.()
    const ms = await run(item)
    spent += ms
    out.push({ item, ms })
  }
  return out
}
