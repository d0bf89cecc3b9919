// On globalThis, so every bundle of the app (the API routes' and the pages') shares one counter.
const generationKey = Symbol.for('hamafza.contentGeneration')
type WithGeneration = { [generationKey]?: number }

/** How many times content has changed in this process (see src/plugins/contentGeneration.ts). */
export const contentGeneration = (): number => (globalThis as WithGeneration)[generationKey] ?? 0

export const contentChanged = (): void => {
  ;(globalThis as WithGeneration)[generationKey] = contentGeneration() + 1
}

/**
 * Keeps what `load` gave for `ttlMs`, per key, for every request of this server process, and forgets it all
 * as soon as any content changes in this process, so a published
 * edit shows at once; `ttlMs` bounds what another process's edits can leave stale. At most `maxEntries`
 * keys are kept (all dropped when full: simple, and the common pages come straight back).
 */
export const contentMemo = <T>(ttlMs: number, maxEntries = 1_000) => {
  const entries = new Map<string, { at: number; generation: number; value: Promise<T> }>()
  return (key: string, load: () => Promise<T>): Promise<T> => {
    const now = Date.now()
    const generation = contentGeneration()
    const kept = entries.get(key)
    if (kept && kept.generation === generation && now - kept.at < ttlMs) return kept.value
    if (entries.size >= maxEntries) entries.clear()
    const value = load()
    entries.set(key, { at: now, generation, value })
    value.catch(() => entries.delete(key))
    return value
  }
}
