import { SearchUnavailableError } from '../../src/search/errors'
import type { SearchEngine } from '../../src/search/port'

/** A small seeded generator (mulberry32), so a failing run can be replayed exactly. */
export const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Wraps the real engine and fails a share of its calls, before or after doing the work. */
export const flakyEngine = (real: SearchEngine, failureRate: number, random: () => number) => {
  const stats = { calls: 0, failures: 0 }
  const flaky = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      stats.calls += 1
      const roll = random()
      if (roll < failureRate / 2) {
        stats.failures += 1
        throw new SearchUnavailableError('injected failure before the call')
      }
      const result = await call(...args)
      if (roll < failureRate) {
        stats.failures += 1
        throw new SearchUnavailableError('injected failure after the call')
      }
      return result
    }
  const engine: SearchEngine = {
    name: real.name,
    init: flaky(() => real.init()),
    upsert: flaky((docs, options) => real.upsert(docs, options)),
    delete: flaky((ids, options) => real.delete(ids, options)),
    search: flaky((request) => real.search(request)),
    count: flaky(() => real.count()),
    entries: flaky((page) => real.entries(page)),
    entriesOf: flaky((ids) => real.entriesOf(ids)),
    rebuild: flaky(async () => {
      const rebuild = await real.rebuild()
      return {
        upsert: flaky((docs, indexText) => rebuild.upsert(docs, indexText)),
        commit: flaky(() => rebuild.commit()),
        abort: () => rebuild.abort(),
      }
    }),
    clear: flaky(() => real.clear()),
    health: () => real.health(),
    close: () => real.close(),
  }
  return { engine, stats }
}
