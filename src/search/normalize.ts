import {
  digitZeros,
  droppedMarks,
  ezafe,
  ignoredCodePoints,
  joinerCodePoints,
  joiningPrefixes,
  joiningSuffixes,
  letterFolds,
} from './persianText'

/**
 * Persian-first normalization, the same at indexing and at query time. Text is read as words, each
 * remembering where it stands in the original so highlights can show the spelling the author chose.
 *
 * Folding: NFKD (twice, around lower-casing, as İ lower-cases to i + dot), Latin accents and Arabic harakat dropped, Arabic ي ى ك to ی ک, ة ۀ to ه, أ إ آ to ا
 * (a Persian reader accepts «اموزش» for «آموزش», and keyboards often drop the madda), ؤ to و, ئ to ی,
 * Persian and Arabic-Indic digits to 0–9, lower case.
 *
 * Half-spaces: pieces of a word written with a ZWNJ are one word, spelled joined («می‌خواهم» → «میخواهم»),
 * and so are the common prefixes and suffixes written after a plain space («می خواهم»). Since a joined
 * spelling «میخواهم» cannot be split without a dictionary, joining is the one form all three meet in.
 */

export interface SearchWord {
  /** The word as matching sees it: folded, its pieces joined. */
  joined: string
  /** The pieces it was written in, when it was written in more than one. */
  parts: string[]
  /** Where the word stands in the original text (UTF-16 offsets, end exclusive). */
  start: number
  end: number
}

const JOINER = '\u200C'
const BREAK = ' '
const wordChar = /[\p{L}\p{N}\p{M}]/u
const whitespaceOrControl = /[\s\p{Cc}]/u

const foldCache = new Map<number, string>()

/** What one code point becomes: letters and digits to keep, BREAK, JOINER, or '' when it vanishes. */
const fold = (codePoint: number): string => {
  const cached = foldCache.get(codePoint)
  if (cached !== undefined) return cached
  let out = ''
  if (joinerCodePoints.has(codePoint)) out = JOINER
  else if (ignoredCodePoints.has(codePoint)) out = ''
  else {
    const digit = digitZeros.find((zero) => codePoint >= zero && codePoint <= zero + 9)
    if (digit !== undefined) out = String(codePoint - digit)
    else {
      const char = String.fromCodePoint(codePoint)
      if (whitespaceOrControl.test(char)) out = BREAK
      else {
        for (const piece of char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(droppedMarks, '')) {
          const letter = letterFolds.get(piece) ?? piece
          out += letter === '' || wordChar.test(letter) ? letter : BREAK
        }
      }
    }
  }
  foldCache.set(codePoint, out)
  return out
}

interface Piece {
  text: string
  start: number
  end: number
  /** Only a half-space stood between this piece and the one before. */
  afterJoiner: boolean
}

/** Splits text into folded pieces, noting which were separated by a half-space alone. */
const scanPieces = (text: string): Piece[] => {
  const pieces: Piece[] = []
  let current = ''
  let start = 0
  let end = 0
  // What separated the piece being read from the previous one: a half-space alone, or anything else.
  let gap: 'joiner' | 'break' = 'break'
  let currentAfterJoiner = false

  const flush = () => {
    if (current === '') return
    pieces.push({ text: current, start, end, afterJoiner: currentAfterJoiner })
    current = ''
  }

  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) ?? 0
    const width = codePoint > 0xffff ? 2 : 1
    const folded = fold(codePoint)
    if (folded === '') {
      if (current !== '') end = i + width
    } else {
      for (const char of folded) {
        if (char === BREAK) {
          flush()
          gap = 'break'
        } else if (char === JOINER) {
          if (current !== '') {
            flush()
            gap = 'joiner'
          }
        } else {
          if (current === '') {
            start = i
            currentAfterJoiner = gap === 'joiner'
          }
          current += char
          end = i + width
        }
      }
    }
    i += width
  }
  flush()
  return pieces
}

const isEzafe = (previous: string, next: string) => next === ezafe.letter && previous.endsWith(ezafe.after)

/** Pieces joined by half-spaces become one word; an ezafe ی after ه is dropped. */
const groupByJoiners = (pieces: Piece[]): SearchWord[] => {
  const words: SearchWord[] = []
  for (const piece of pieces) {
    const previous = words.at(-1)
    if (previous && piece.afterJoiner) {
      previous.end = piece.end
      if (isEzafe(previous.joined, piece.text)) continue
      previous.joined += piece.text
      previous.parts.push(piece.text)
    } else {
      words.push({ joined: piece.text, parts: [piece.text], start: piece.start, end: piece.end })
    }
  }
  return words
}

/**
 * Joins prefixes to the word after and suffixes to the word before, whatever separated them, until no
 * neighbours qualify. Checking whole words (not pieces) is what makes normalization idempotent.
 */
const joinAffixes = (groups: SearchWord[]): SearchWord[] => {
  const words: SearchWord[] = []
  for (const group of groups) {
    let word: SearchWord | undefined = group
    while (word) {
      const previous = words.at(-1)
      if (previous && isEzafe(previous.joined, word.joined)) {
        previous.end = word.end
        word = undefined
      } else if (previous && (joiningPrefixes.has(previous.joined) || joiningSuffixes.has(word.joined))) {
        words.pop()
        word = {
          joined: previous.joined + word.joined,
          parts: [...previous.parts, ...word.parts],
          start: previous.start,
          end: word.end,
        }
      } else {
        words.push(word)
        word = undefined
      }
    }
  }
  for (const word of words) if (word.parts.length < 2) word.parts = []
  return words
}

/** The words of a text, folded and joined as matching sees them, with their places in the original. */
export const searchWords = (text: string): SearchWord[] => joinAffixes(groupByJoiners(scanPieces(text)))

/** The canonical matching form: folded words separated by single spaces. Idempotent. */
export const normalizeForSearch = (text: string): string =>
  searchWords(text)
    .map((word) => word.joined)
    .join(' ')

/**
 * The text an index stores for a field: each word joined, followed by its pieces when it was written
 * in several, so «کتاب» still finds «کتاب‌ها» and a spaced «دانش آموز» query finds «دانش‌آموز».
 */
export const indexText = (text: string): string =>
  searchWords(text)
    .map((word) => (word.parts.length ? [word.joined, ...word.parts].join(' ') : word.joined))
    .join(' ')

/** Length in characters (code points), the unit typo budgets are measured in. */
export const charLength = (word: string): number => {
  let length = 0
  for (const _ of word) length++
  return length
}
