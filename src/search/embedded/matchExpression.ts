import { termMatcher, type WordMatcher } from '../highlight'
import { normalizeForSearch } from '../normalize'
import { joiningPrefixes, joiningSuffixes } from '../persianText'
import type { QueryWord } from '../query'

/**
 * Query words, widened by typos and synonyms, as an FTS5 MATCH expression: every word must match
 * (AND), each in any of its forms (OR). The same forms drive the highlights.
 */

export interface ExpandedWord {
  word: QueryWord
  typos: string[]
  synonyms: string[]
  /** The indexed words a long prefix completes to; null to match the prefix itself (see prefixLengths). */
  completions: string[] | null
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
  if (withTypos) for (const typo of expanded.typos) alternatives.push(quote(typo))
  return alternatives
}

export const matchExpression = (words: ExpandedWord[], withTypos = true): string =>
  words
    .map((expanded) => {
      const alternatives = forms(expanded, withTypos)
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`
    })
    .join(' AND ')

export const hasTypos = (words: ExpandedWord[]) => words.some((expanded) => expanded.typos.length > 0)

// Pieces that are affixes («ها», «می») would mark every plural and verb on the page; documents that
// spaced them are joined by normalization anyway, so only the other pieces («دانش», «آموز») are marked.
const markablePieces = (parts: string[]) => parts.filter((part) => !joiningPrefixes.has(part) && !joiningSuffixes.has(part))

export const matcherFor = (words: ExpandedWord[]): WordMatcher =>
  termMatcher(
    words.flatMap(({ word, typos, synonyms }) => [word.joined, ...markablePieces(word.parts), ...typos, ...synonyms]),
    words.filter(({ word }) => word.prefix).map(({ word }) => word.joined),
  )
