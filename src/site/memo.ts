/**
 * Keeps what `load` gave for `ttlMs`, per key, for every request of this server process: for page data
 * that is the same for every visitor (the home page's lists and numbers) and may be a few seconds old.
 * A failed load is forgotten at once, so the next request tries again.
 */
export const memo = <T>(ttlMs: number) => {
  const entries = new Map<string, { at: number; value: Promise<T> }>()
  return (key: string, load: () => Promise<T>): Promise<T> => {
    const now = Date.now()
    const kept = entries.get(key)
    if (kept && now - kept.at < ttlMs) return kept.value
    const value = load()
    entries.set(key, { at: now, value })
    value.catch(() => entries.delete(key))
    return value
  }
}
