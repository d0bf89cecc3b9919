import { searchWords, type SearchWord } from './normalize'
import type { HighlightSegment } from './port'

/**
 * Highlights on the original text. Matching happens on folded words, but every word remembers its span
 * in the original, so the reader sees «مهارت‌های» marked even when they typed «مهارتهاي».
 */

/**
 * Decides whether a word of the original text is marked; `form` answers the same for one indexed
 * token, and `firstIn` finds the first such token in an index text (its offset there, or -1).
 */
export type WordMatcher = ((word: SearchWord) => boolean) & {
  form: (token: string) => boolean
  firstIn: (indexText: string) => number
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Marks words equal to a term (or a piece equal to one), or starting with one of the prefixes. */
export const termMatcher = (terms: Iterable<string>, prefixes: Iterable<string> = []): WordMatcher => {
  const termSet = new Set(terms)
  const prefixList = [...prefixes]
  const form = (token: string) => termSet.has(token) || prefixList.some((prefix) => token.startsWith(prefix))
  // One search over the index text's words, where splitting it and testing each word cost ten times as much.
  const alternatives = [
    ...[...termSet].filter(Boolean).map((term) => `${escapeRegExp(term)}(?= |$)`),
    ...prefixList.filter(Boolean).map(escapeRegExp),
  ]
  const pattern = alternatives.length ? new RegExp(`(?:^| )(?:${alternatives.join('|')})`) : null
  const firstIn = (indexText: string) => {
    const found = pattern?.exec(indexText)
    if (!found) return -1
    return indexText.charCodeAt(found.index) === 32 ? found.index + 1 : found.index
  }
  return Object.assign((word: SearchWord) => form(word.joined) || word.parts.some(form), { form, firstIn })
}

export interface Highlighted {
  segments: HighlightSegment[]
  html: string
  /** How many words matched: zero means the text holds nothing to show for this query. */
  matches: number
}

const ELLIPSIS = '…'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

export const segmentsToHtml = (segments: HighlightSegment[]): string =>
  segments.map(({ text, match }) => (match ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text))).join('')

/** The window of `size` words holding the most matches, starting a little before its first one. */
const bestWindow = (matched: number[], wordCount: number, size: number): [number, number] => {
  if (wordCount <= size) return [0, wordCount]
  const lead = Math.floor(size / 4)
  let best: [number, number] = [0, size]
  let bestCount = 0
  // Window starts only move forward with the anchor, so two cursors count matches inside in one pass.
  let low = 0
  let high = 0
  for (const anchor of matched) {
    const start = Math.max(0, Math.min(anchor - lead, wordCount - size))
    while ((matched[low] ?? Infinity) < start) low++
    while ((matched[high] ?? Infinity) < start + size) high++
    if (high - low > bestCount) {
      best = [start, start + size]
      bestCount = high - low
    }
  }
  return best
}

const pushSegment = (segments: HighlightSegment[], text: string, match: boolean) => {
  if (text === '') return
  const last = segments.at(-1)
  if (last && last.match === match) last.text += text
  else segments.push({ text, match })
}

export interface HighlightOptions {
  /** Keep only the best window of this many words, with `…` where text was left out. */
  cropWords?: number
  /** Look no further than this into a long text, so a page of hits costs the same whatever its bodies. */
  scanChars?: number
  /**
   * The field's index text, as `indexText` wrote it. Its tokens say, without folding the original,
   * whether the field matches at all and roughly where, so only that stretch of the original is read.
   */
  indexed?: string
}

/** Characters read either side of where the index text says the first match is: a tenth of the text, at least 400. */
const hintReach = (length: number) => Math.max(400, Math.round(length / 10))

/** The words of text[from, to), with offsets into the whole text; words the cuts may have split are dropped. */
const wordsBetween = (text: string, from: number, to: number): SearchWord[] => {
  const words = searchWords(from === 0 && to === text.length ? text : text.slice(from, to))
  if (from > 0) {
    words.shift()
    for (const word of words) {
      word.start += from
      word.end += from
    }
  }
  if (to < text.length) words.pop()
  return words
}

const matchedIndexes = (words: SearchWord[], matcher: WordMatcher): number[] => {
  const matched: number[] = []
  words.forEach((word, index) => {
    if (matcher(word)) matched.push(index)
  })
  return matched
}

/** Splits `text` into marked and unmarked segments of the original spelling. */
export const highlightText = (text: string, matcher: WordMatcher, options: HighlightOptions = {}): Highlighted => {
  const { cropWords, indexed } = options
  const limit = Math.min(text.length, options.scanChars ?? text.length)
  let [from, to] = [0, limit]
  let hinted = false
  if (indexed !== undefined && cropWords) {
    const first = matcher.firstIn(indexed)
    if (first < 0) to = Math.min(limit, cropWords * 24) // nothing to mark: only the opening words are shown
    else {
      const guess = Math.round((first / indexed.length) * text.length)
      const reach = hintReach(text.length)
      ;[from, to] = [Math.max(0, guess - reach), Math.min(text.length, guess + reach)]
      hinted = true
    }
  }
  let words = wordsBetween(text, from, to)
  let matched = matchedIndexes(words, matcher)
  if (hinted && matched.length === 0) {
    // The guess missed (a very uneven field): read it the long way.
    ;[from, to] = [0, limit]
    words = wordsBetween(text, from, to)
    matched = matchedIndexes(words, matcher)
  }
  const segments: HighlightSegment[] = []
  if (words.length === 0) {
    pushSegment(segments, to < text.length ? `${text.slice(0, to)}${ELLIPSIS}` : text, false)
    return { segments, html: segmentsToHtml(segments), matches: 0 }
  }
  const [first, last] = cropWords ? bestWindow(matched, words.length, cropWords) : [0, words.length]
  const cutAtStart = from > 0 || first > 0
  const cutAtEnd = to < text.length || last < words.length
  const start = cutAtStart ? (words[first]?.start ?? 0) : 0
  const end = cutAtEnd ? (words[last - 1]?.end ?? text.length) : text.length
  if (cutAtStart) pushSegment(segments, ELLIPSIS, false)
  let cursor = start
  const matchedSet = new Set(matched)
  for (let index = first; index < last; index++) {
    const word = words[index]
    if (!word || !matchedSet.has(index)) continue
    pushSegment(segments, text.slice(cursor, word.start), false)
    pushSegment(segments, text.slice(word.start, word.end), true)
    cursor = word.end
  }
  pushSegment(segments, text.slice(cursor, end), false)
  if (cutAtEnd) pushSegment(segments, ELLIPSIS, false)
  return { segments, html: segmentsToHtml(segments), matches: matched.length }
}
