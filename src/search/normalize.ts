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

// Folding is per code point, so each is worked out once; the basic plane in an array for speed.
const basicPlane: (string | undefined)[] = new Array(0x10000)
const otherPlanes = new Map<number, string>()

/** What one code point becomes: letters and digits to keep, BREAK, JOINER, or '' when it vanishes. */
const computeFold = (codePoint: number): string => {
  if (joinerCodePoints.has(codePoint)) return JOINER
  if (ignoredCodePoints.has(codePoint)) return ''
  const digit = digitZeros.find((zero) => codePoint >= zero && codePoint <= zero + 9)
  if (digit !== undefined) return String(codePoint - digit)
  const char = String.fromCodePoint(codePoint)
  if (whitespaceOrControl.test(char)) return BREAK
  let out = ''
  for (const piece of char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(droppedMarks, '')) {
    const letter = letterFolds.get(piece) ?? piece
    out += letter === '' || wordChar.test(letter) ? letter : BREAK
  }
  return out
}

const fold = (codePoint: number): string => {
  if (codePoint < 0x10000) return (basicPlane[codePoint] ??= computeFold(codePoint))
  let folded = otherPlanes.get(codePoint)
  if (folded === undefined) otherPlanes.set(codePoint, (folded = computeFold(codePoint)))
  return folded
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
  let inPiece = false
  // Most letters fold to themselves: a piece stays a slice of the original until one does not.
  let built: string | null = null
  let start = 0
  let end = 0
  // What separated the piece being read from the previous one: a half-space alone, or anything else.
  let gap: 'joiner' | 'break' = 'break'
  let afterJoiner = false

  const flush = () => {
    if (!inPiece) return
    pieces.push({ text: built ?? text.slice(start, end), start, end, afterJoiner })
    inPiece = false
    built = null
  }

  const take = (char: string, i: number, width: number, verbatim: boolean) => {
    if (char === BREAK) {
      flush()
      gap = 'break'
    } else if (char === JOINER) {
      if (inPiece) {
        flush()
        gap = 'joiner'
      }
    } else if (!inPiece) {
      inPiece = true
      start = i
      afterJoiner = gap === 'joiner'
      built = verbatim ? null : char
      end = i + width
    } else {
      if (built !== null) built += char
      else if (!verbatim) built = text.slice(start, end) + char
      end = i + width
    }
  }

  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i)
    const codePoint = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit
    const width = codePoint > 0xffff ? 2 : 1
    const folded = fold(codePoint)
    if (folded.length === 1) take(folded, i, width, width === 1 && folded.charCodeAt(0) === unit)
    else if (folded === '') {
      // A vanishing mark inside a word: the word is no longer a plain slice of the original.
      if (inPiece) {
        built ??= text.slice(start, end)
        end = i + width
      }
    } else for (const char of folded) take(char, i, width, false)
    i += width
  }
  flush()
  return pieces
}

const isEzafe = (previous: string, next: string) => next === ezafe.letter && previous.endsWith(ezafe.after)

// Most words are written in one piece: they share one frozen empty list instead of each making one.
const noParts: string[] = Object.freeze([]) as unknown as string[]
const piecesOf = (word: SearchWord) => (word.parts.length ? word.parts : [word.joined])

/** Pieces joined by half-spaces become one word; an ezafe ی after ه is dropped. */
const groupByJoiners = (pieces: Piece[]): SearchWord[] => {
  const words: SearchWord[] = []
  for (const piece of pieces) {
    const previous = words.at(-1)
    if (previous && piece.afterJoiner) {
      previous.end = piece.end
      if (isEzafe(previous.joined, piece.text)) continue
      previous.parts = [...piecesOf(previous), piece.text]
      previous.joined += piece.text
    } else {
      words.push({ joined: piece.text, parts: noParts, start: piece.start, end: piece.end })
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
          parts: [...piecesOf(previous), ...piecesOf(word)],
          start: previous.start,
          end: word.end,
        }
      } else {
        words.push(word)
        word = undefined
      }
    }
  }
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
