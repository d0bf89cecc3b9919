import { searchWords, type SearchWord } from './normalize'
import type { HighlightSegment } from './port'

/**
 * Highlights on the original text. Matching happens on folded words, but every word remembers its span
 * in the original, so the reader sees «مهارت‌های» marked even when they typed «مهارتهاي».
 */

export type WordMatcher = (word: SearchWord) => boolean

/** Marks words equal to a term (or a piece equal to one), or starting with one of the prefixes. */
export const termMatcher = (terms: Iterable<string>, prefixes: Iterable<string> = []): WordMatcher => {
  const termSet = new Set(terms)
  const prefixList = [...prefixes]
  const matches = (form: string) => termSet.has(form) || prefixList.some((prefix) => form.startsWith(prefix))
  return (word) => matches(word.joined) || word.parts.some(matches)
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

/**
 * Splits `text` into marked and unmarked segments. With `cropWords`, keeps only the best window of that
 * many words and shows `…` where text was left out. With `scanChars`, looks no further than that into
 * a long text, so a page of hits costs the same whatever the length of the bodies.
 */
export const highlightText = (text: string, matcher: WordMatcher, cropWords?: number, scanChars?: number): Highlighted => {
  const truncated = scanChars !== undefined && text.length > scanChars
  const words = searchWords(truncated ? text.slice(0, scanChars) : text)
  // The word the cut fell in may be a fragment: leave it out.
  if (truncated) words.pop()
  const matched: number[] = []
  words.forEach((word, index) => {
    if (matcher(word)) matched.push(index)
  })
  const segments: HighlightSegment[] = []
  if (words.length === 0) {
    pushSegment(segments, truncated ? `${text.slice(0, scanChars)}${ELLIPSIS}` : text, false)
    return { segments, html: segmentsToHtml(segments), matches: 0 }
  }
  const [first, last] = cropWords ? bestWindow(matched, words.length, cropWords) : [0, words.length]
  const cutAtEnd = last < words.length || truncated
  const from = first > 0 ? (words[first]?.start ?? 0) : 0
  const to = cutAtEnd ? (words[last - 1]?.end ?? text.length) : text.length
  if (from > 0) pushSegment(segments, ELLIPSIS, false)
  let cursor = from
  const matchedSet = new Set(matched)
  for (let index = first; index < last; index++) {
    const word = words[index]
    if (!word || !matchedSet.has(index)) continue
    pushSegment(segments, text.slice(cursor, word.start), false)
    pushSegment(segments, text.slice(word.start, word.end), true)
    cursor = word.end
  }
  pushSegment(segments, text.slice(cursor, to), false)
  if (cutAtEnd) pushSegment(segments, ELLIPSIS, false)
  return { segments, html: segmentsToHtml(segments), matches: matched.length }
}
