/**
 * The "content changed" signal of one server process: which tags (see tags.ts) changed, and when, as a
 * sequence number. Caches note the number when they start a read and ask later whether any tag the value
 * depends on changed since. On globalThis, so every bundle of the app (the API routes' and the pages')
 * shares one signal.
 */
type Signal = {
  sequence: number
  /** The sequence at which everything last changed at once: every value read before it is stale. */
  everything: number
  changed: Map<string, number>
}

const signalKey = Symbol.for('hamafza.contentChanges.signal')
const holder = globalThis as { [signalKey]?: Signal }
const signal = (): Signal => (holder[signalKey] ??= { sequence: 0, everything: 0, changed: new Map() })

/** Past this many distinct tags the oldest are not sorted out one by one: everything counts as changed. */
const maxTags = 20_000

/** A point in this process's history of changes, to compare later values against. */
export type ChangeMark = number

export const changeMark = (): ChangeMark => signal().sequence

/** Marks these tags as changed now: every value that depends on one of them is stale from here on. */
export const contentChanged = (tags: Iterable<string>): void => {
  const state = signal()
  const sequence = ++state.sequence
  for (const tag of tags) state.changed.set(tag, sequence)
  if (state.changed.size > maxTags) everythingChanged()
}

/** For when a process cannot tell what changed (it fell behind the change log): nothing kept is trusted. */
export const everythingChanged = (): void => {
  const state = signal()
  state.everything = ++state.sequence
  state.changed.clear()
}

/** Whether anything a value depends on (its tags) changed after `mark`. */
export const changedSince = (tags: readonly string[], mark: ChangeMark): boolean => {
  const state = signal()
  if (state.everything > mark) return true
  for (const tag of tags) if ((state.changed.get(tag) ?? 0) > mark) return true
  return false
}
