import { termMatcher, type WordMatcher } from '../highlight'
import { normalizeForSearch } from '../normalize'
import { joiningPrefixes, joiningSuffixes } from '../persianText'
import type { QueryWord } from '../query'
import type { Join } from './compounds'

/**
 * Query words, widened by typos and synonyms, as an FTS5 MATCH expression: every word must match
 * (AND), each in any of its forms (OR). The same forms drive the highlights.
 */

/** A beginning of indexed words, matched as a prefix: itself, or the words it completes to when looked up. */
export interface Beginning {
  beginning: string
  /** The indexed words a long prefix completes to; null to match the prefix itself (see prefixLengths). */
  completions: string[] | null
}

export interface ExpandedWord {
  word: QueryWord
  typos: string[]
  synonyms: string[]
  /** The indexed words a long prefix completes to; null to match the prefix itself (see prefixLengths). */
  completions: string[] | null
  /** For the word still being typed: beginnings of indexed words within its typo budget. */
  typoPrefixes: Beginning[]
  /** Indexed words this one makes joined with the next (see compounds.ts). */
  joins: Join[]
  /** The two indexed words this one splits into. */
  split: [string, string] | null
}

// Terms hold only letters and digits after normalization; quoting keeps FTS5 from reading AND/OR/NEAR.
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`

const forms = (expanded: ExpandedWord, withTypos: boolean): string[] => {
  const { word } = expanded
  const alternatives = [quote(word.joined)]
  // A half-spaced query word also matches its pieces, the way a spaced document wrote it, unless spacing
  // them apart would have joined them again («نمی ساز», «کتاب ها»): such a document was indexed joined.
  // The pieces must all be there, not side by side: the index keeps no word positions (see schema.ts).
  if (word.parts.length && normalizeForSearch(word.parts.join(' ')) !== word.joined) alternatives.push(`(${word.parts.map(quote).join(' AND ')})`)
  if (word.prefix && expanded.completions === null) alternatives.push(`${quote(word.joined)}*`)
  for (const completion of expanded.completions ?? []) if (completion !== word.joined) alternatives.push(quote(completion))
  for (const synonym of expanded.synonyms) alternatives.push(quote(synonym))
  if (withTypos) {
    for (const typo of expanded.typos) alternatives.push(quote(typo))
    for (const { beginning, completions } of expanded.typoPrefixes)
      alternatives.push(...(completions === null ? [`${quote(beginning)}*`] : completions.map(quote)))
  }
  return alternatives
}

const wordExpression = (expanded: ExpandedWord, withTypos: boolean): string => {
  const alternatives = forms(expanded, withTypos)
  // The split pieces need not stand side by side, as for a half-spaced word's pieces.
  if (withTypos && expanded.split) alternatives.push(`(${expanded.split.map(quote).join(' AND ')})`)
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`
}

/** Typo and compound forms come with `withTypos`: both rank below the words as typed. */
export const matchExpression = (words: ExpandedWord[], withTypos = true): string => {
  // From word `at` on: this word and the rest, or a joined word standing for several and the rest after it.
  const from = new Map<number, string>()
  const rest = (at: number): string => {
    if (at >= words.length) return ''
    const known = from.get(at)
    if (known !== undefined) return known
    const then = (head: string, next: number) => {
      const after = rest(next)
      return after ? `${head} AND ${after}` : head
    }
    const expanded = words[at]!
    const options = [then(wordExpression(expanded, withTypos), at + 1)]
    if (withTypos) for (const join of expanded.joins) options.push(then(join.prefix ? `${quote(join.word)}*` : quote(join.word), at + join.span))
    const expression = options.length === 1 ? options[0]! : `(${options.map((option) => `(${option})`).join(' OR ')})`
    from.set(at, expression)
    return expression
  }
  return rest(0)
}

export const hasTypos = (words: ExpandedWord[]) =>
  words.some((expanded) => expanded.typos.length > 0 || expanded.typoPrefixes.length > 0 || expanded.joins.length > 0 || expanded.split !== null)

// Pieces that are affixes («ها», «می») would mark every plural and verb on the page; documents that
// spaced them are joined by normalization anyway, so only the other pieces («دانش», «آموز») are marked.
const markablePieces = (parts: string[]) => parts.filter((part) => !joiningPrefixes.has(part) && !joiningSuffixes.has(part))

export const matcherFor = (words: ExpandedWord[]): WordMatcher =>
  termMatcher(
    words.flatMap(({ word, typos, synonyms, typoPrefixes, joins, split }) => [
      word.joined,
      ...markablePieces(word.parts),
      ...typos,
      ...synonyms,
      ...typoPrefixes.flatMap(({ completions }) => completions ?? []),
      ...joins.filter((join) => !join.prefix).map((join) => join.word),
      ...(split ?? []),
    ]),
    words.flatMap(({ word, typoPrefixes, joins }) => [
      ...(word.prefix ? [word.joined, ...typoPrefixes.filter(({ completions }) => completions === null).map(({ beginning }) => beginning)] : []),
      ...joins.filter((join) => join.prefix).map((join) => join.word),
    ]),
  )
