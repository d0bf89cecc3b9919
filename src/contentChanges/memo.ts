import { changedSince, changeMark, type ChangeMark } from './signal'

type Entry<T> = {
  at: number
  mark: ChangeMark
  value: Promise<T>
  /** What the value depends on, known once it is read; until then any change at all makes it stale. */
  tags: readonly string[] | null
}

/**
 * Keeps what `load` gave, per key, for every request of this server process, until a tag it depends on
 * changes (`dependsOn` names them from the value: see tags.ts) or `ttlMs` passes, a bound for changes no
 * hook saw. A read that was under way when its tags changed is not kept. At most `maxEntries` keys are
 * kept, the oldest read going first.
 */
export const contentMemo = <T>(ttlMs: number, maxEntries = 1_000) => {
  const entries = new Map<string, Entry<T>>()
  const fresh = (entry: Entry<T>, now: number) =>
    now - entry.at < ttlMs && (entry.tags ? !changedSince(entry.tags, entry.mark) : changeMark() === entry.mark)

  return (key: string, load: () => Promise<T>, dependsOn: (value: T) => readonly string[]): Promise<T> => {
    const now = Date.now()
    const kept = entries.get(key)
    if (kept && fresh(kept, now)) return kept.value
    if (kept) entries.delete(key)
    else if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
    const entry: Entry<T> = { at: now, mark: changeMark(), value: load(), tags: null }
    entries.set(key, entry)
    const forget = () => {
      if (entries.get(key) === entry) entries.delete(key)
    }
    entry.value.then((value) => {
      try {
        entry.tags = dependsOn(value)
      } catch {
        forget()
      }
    }, forget)
    return entry.value
  }
}
