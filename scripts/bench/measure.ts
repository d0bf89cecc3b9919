/**
 * Timing over HTTP: one request at a time on a kept-alive loopback connection, the whole body read,
 * the clock stopped before the body is parsed.
 */

export interface Timed {
  ms: number
  status: number
  body: string
}

/** A request that fails outright (refused, reset, timed out) comes back with status 0 and the reason. */
export const timedGet = async (url: string, headers: Record<string, string> = {}): Promise<Timed> => {
  const started = performance.now()
  try {
    const response = await fetch(url, { headers })
    const body = await response.text()
    return { ms: performance.now() - started, status: response.status, body }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return { ms: performance.now() - started, status: 0, body: `${String(error)}${cause}` }
  }
}

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
