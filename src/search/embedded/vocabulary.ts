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
 * The next letters after each of `beginnings` in the indexed words, as rows (parent, letter): a skip
 * scan over search_terms' primary key, one seek per distinct letter, however many words follow it.
 * U+10FFFF sorts after every letter, so `parent || letter || U+10FFFF` is past all words under them.
 */
const nextLetters = `WITH RECURSIVE next(parent, term) AS (
    SELECT value, (SELECT term FROM search_terms WHERE term > value ORDER BY term LIMIT 1) FROM json_each(?)
    UNION ALL
    SELECT parent, (SELECT term FROM search_terms
                    WHERE term > parent || substr(next.term, length(parent) + 1, 1) || char(1114111) ORDER BY term LIMIT 1)
    FROM next WHERE substr(next.term, 1, length(parent)) = parent
  )
  SELECT parent, substr(term, length(parent) + 1, 1) AS letter FROM next WHERE substr(term, 1, length(parent)) = parent`

/**
 * Typo tolerance for the word still being typed: the beginnings of indexed words within its typo
 * budget («کارف» for «کاراف»), each then matched as a prefix, as Meilisearch reads a last word. Found by
 * walking the sorted word list as a trie, a level per statement, keeping only the beginnings whose
 * edit-distance row can still come within the budget. The first letter is kept, as for whole words;
 * the closest few beginnings are kept, fewest edits and nearest length first.
 */
export const prefixTypoVariants = async (client: Client, prefix: string, settings: SearchSettings): Promise<string[]> => {
  const budget = typoBudget(prefix, settings)
  if (budget === 0) return []
  const typed = [...prefix]
  // row[j]: the edits between a beginning and the first j typed letters.
  const step = (row: number[], letter: string): number[] => {
    const next = [row[0]! + 1]
    for (let j = 1; j <= typed.length; j++)
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (typed[j - 1] === letter ? 0 : 1)))
    return next
  }
  const found: { beginning: string; edits: number }[] = []
  let level = new Map([[typed[0]!, step(typed.map((_, j) => j).concat(typed.length), typed[0]!)]])
  for (let length = 2; length <= typed.length + budget && level.size > 0; length++) {
    const { rows } = await client.execute({ sql: nextLetters, args: [JSON.stringify([...level.keys()])] })
    const deeper = new Map<string, number[]>()
    for (const { parent, letter } of rows) {
      const beginning = `${String(parent)}${String(letter)}`
      const row = step(level.get(String(parent))!, String(letter))
      const edits = row[typed.length]!
      // Within the budget: every word under it matches, so it is not walked further.
      if (edits <= budget) {
        if (edits > 0) found.push({ beginning, edits })
      } else if (Math.min(...row) <= budget) deeper.set(beginning, row)
    }
    level = deeper
  }
  found.sort(
    (a, b) =>
      a.edits - b.edits ||
      Math.abs(charLength(a.beginning) - typed.length) - Math.abs(charLength(b.beginning) - typed.length) ||
      (a.beginning < b.beginning ? -1 : 1),
  )
  return found.slice(0, settings.typo.maxExpansionsPerWord).map(({ beginning }) => beginning)
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
