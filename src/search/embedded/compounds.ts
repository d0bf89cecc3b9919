import type { Client } from '@libsql/client'

import type { QueryWord } from '../query'

/**
 * Persian writers join, half-space or space the same compound at will. As Meilisearch derives them, a
 * query's adjacent words (two or three) also match as the one indexed word they make joined («توانمند سازی»
 * → «توانمندسازی»), and a query word as the two indexed words it splits into («سوادمالی» → «سواد» «مالی»).
 * Only forms the index holds are kept, found in one lookup in search_terms.
 */

export interface Join {
  /** The indexed word the query words make joined. */
  word: string
  /** How many query words it stands for, from this one on. */
  span: number
  /** It ends with the word still being typed, so it matches as a beginning. */
  prefix: boolean
}

export interface WordCompounds {
  joins: Join[]
  /** The two indexed words this query word splits into, or null. */
  split: [string, string] | null
}

// As Meilisearch: up to three words joined, among the query's first ten.
const longestJoin = 3
const wordsJoined = 10
// A split piece of one letter would match too much («و», «ب»).
const shortestPiece = 2

const splitsOf = (word: string): [string, string][] => {
  const letters = [...word]
  const splits: [string, string][] = []
  for (let at = shortestPiece; at <= letters.length - shortestPiece; at++) splits.push([letters.slice(0, at).join(''), letters.slice(at).join('')])
  return splits
}

/** The compounds each query word takes part in, as the index holds them. */
export const compoundsOf = async (client: Client, words: QueryWord[]): Promise<WordCompounds[]> => {
  const joins = words.map((_, from) => {
    const candidates: Join[] = []
    for (let span = 2; span <= longestJoin && from + span <= Math.min(words.length, wordsJoined); span++) {
      const joined = words.slice(from, from + span)
      candidates.push({ word: joined.map((word) => word.joined).join(''), span, prefix: joined.at(-1)!.prefix })
    }
    return candidates
  })
  // A half-spaced word already matches its own pieces; a word being typed is matched by its beginning.
  const splits = words.map((word) => (word.prefix || word.parts.length ? [] : splitsOf(word.joined)))
  const exact = [...joins.flat().filter((join) => !join.prefix).map((join) => join.word), ...splits.flat(2)]
  const beginnings = joins.flat().filter((join) => join.prefix).map((join) => join.word)
  if (exact.length + beginnings.length === 0) return words.map(() => ({ joins: [], split: null }))
  const { rows } = await client.execute({
    sql: `SELECT value FROM json_each(?1) WHERE value IN (SELECT term FROM search_terms)
          UNION ALL
          SELECT value FROM json_each(?2) WHERE EXISTS (SELECT 1 FROM search_terms WHERE term >= value AND term < value || char(1114111))`,
    args: [JSON.stringify(exact), JSON.stringify(beginnings)],
  })
  const held = new Set(rows.map((row) => String(row.value)))
  return words.map((_, at) => {
    const split = splits[at]!.filter(([first, second]) => held.has(first) && held.has(second))
    // Of several splits, the most even: the likeliest two words rather than a short one and a long one.
    split.sort((a, b) => Math.min(b[0].length, b[1].length) - Math.min(a[0].length, a[1].length))
    return { joins: joins[at]!.filter((join) => held.has(join.word)), split: split[0] ?? null }
  })
}
