import type { Client } from '@libsql/client'
import { distance } from 'fastest-levenshtein'

import { charLength } from '../normalize'
import type { SearchSettings } from '../settings'

/**
 * Typo tolerance for FTS5, which has none: a query word is widened to the index's own words within one
 * edit (4–7 characters) or two (8 and more). Candidates share the first letter and a nearby length, an
 * indexed lookup in search_terms, so only a few hundred words ever reach the edit-distance check.
 */

const hasDigit = /\p{N}/u

/** How many edits a word may be away from what was typed; numbers must be exact. */
export const typoBudget = (word: string, settings: SearchSettings): number => {
  if (hasDigit.test(word)) return 0
  const length = charLength(word)
  if (length >= settings.typo.twoTyposMinLength) return 2
  if (length >= settings.typo.oneTypoMinLength) return 1
  return 0
}

export const typoVariants = async (client: Client, word: string, settings: SearchSettings): Promise<string[]> => {
  const budget = typoBudget(word, settings)
  if (budget === 0) return []
  const length = charLength(word)
  // One row holding every candidate: the client builds an object per row, which costs more than the check.
  const { rows } = await client.execute({
    sql: `SELECT group_concat(term, ' ') AS terms FROM search_terms WHERE head = ? AND length BETWEEN ? AND ?`,
    args: [String.fromCodePoint(word.codePointAt(0) ?? 0), length - budget, length + budget],
  })
  const candidates = rows[0]?.terms
  if (typeof candidates !== 'string') return []
  const close: { term: string; edits: number }[] = []
  for (const term of candidates.split(' ')) {
    if (term === word) continue
    const edits = distance(word, term)
    if (edits <= budget) close.push({ term, edits })
  }
  // Fewest edits first, then the nearest length, so the kept few are the likeliest intended words.
  close.sort(
    (a, b) =>
      a.edits - b.edits ||
      Math.abs(charLength(a.term) - length) - Math.abs(charLength(b.term) - length) ||
      (a.term < b.term ? -1 : 1),
  )
  return close.slice(0, settings.typo.maxExpansionsPerWord).map(({ term }) => term)
}

/**
 * The indexed words that start with `prefix`, shortest first, or null when there are more than `max`
 * (the caller then matches the prefix itself). A range over search_terms' primary key.
 */
export const prefixCompletions = async (client: Client, prefix: string, max: number): Promise<string[] | null> => {
  const { rows } = await client.execute({
    sql: `SELECT group_concat(term, ' ') AS terms FROM (
            SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?)`,
    // No indexed word holds U+10FFFF, so every word with the prefix sorts before prefix + it.
    args: [prefix, `${prefix}\u{10FFFF}`, max + 1],
  })
  const terms = typeof rows[0]?.terms === 'string' ? rows[0].terms.split(' ') : []
  return terms.length > max ? null : terms
}

/**
 * Recent lookups of query words: their typo candidates, or their completions. Cleared whenever this
 * engine writes new words; entries Cleared whenever this engine writes new words; entries
 * also expire, for words another process (the reindex, a second server) added to the same file.
 */
export class WordCache<T> {
  readonly #entries = new Map<string, { at: number; variants: Promise<T> }>()
  readonly #maxEntries: number
  readonly #ttlMs: number

  constructor(maxEntries = 2000, ttlMs = 60_000) {
    this.#maxEntries = maxEntries
    this.#ttlMs = ttlMs
  }

  get(word: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const entry = this.#entries.get(word)
    if (entry && now - entry.at < this.#ttlMs) return entry.variants
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string)
    const variants = load()
    this.#entries.set(word, { at: now, variants })
    // A failed lookup is not kept: the next search asks again.
    variants.catch(() => this.#entries.delete(word))
    return variants
  }

  clear() {
    this.#entries.clear()
  }
}
