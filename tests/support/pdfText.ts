import { execFileSync } from 'node:child_process'

export const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 })

/** The text of a PDF as poppler reads it back in logical order (`pdftotext -layout`). */
export const pdfText = (file: string): string => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])

/**
 * Text compared word by word: presentation forms folded to their letters (NFKC: a ligature's glyph is named
 * by its presentation form), the direction marks poppler adds dropped, punctuation taken as a word break (poppler
 * puts a colon or comma between two Persian words on the wrong side of its space), and the half-space kept.
 */
export const comparable = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[:،؛,;.!?()«»"•·—–/]/g, ' ')
    // Poppler also puts the space next to a number or a Latin word on the wrong side of it in right-to-left text.
    .replace(/\s*([۰-۹٫]+|[A-Za-z0-9][\w-]*)\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim()

/** The text of one page. */
export const pdfPageText = (file: string, page: number): string => run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'])

export const pdfPageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1])

const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 }

/** A PDF literal string's bytes (after its opening parenthesis), escapes undone. */
const literalString = (text: string, start: number): number[] => {
  const bytes: number[] = []
  let depth = 0
  for (let at = start; at < text.length; at += 1) {
    const char = text[at]!
    if (char === '\\') {
      const next = text[at + 1]!
      const octal = /^[0-7]{1,3}/.exec(text.slice(at + 1, at + 4))
      if (octal) {
        bytes.push(parseInt(octal[0], 8))
        at += octal[0].length
      } else {
        bytes.push(escapes[next] ?? next.charCodeAt(0))
        at += 1
      }
    } else if (char === ')' && depth === 0) {
      return bytes
    } else {
      if (char === '(') depth += 1
      if (char === ')') depth -= 1
      bytes.push(char.charCodeAt(0))
    }
  }
  return bytes
}

/** The titles of a PDF's bookmarks (its outline items) as written in its objects: UTF-16 strings after a byte-order mark. */
export const pdfBookmarks = (bytes: Uint8Array): string[] => {
  const text = Buffer.from(bytes).toString('latin1')
  return [...text.matchAll(/\/Title \(/g)]
    .filter((match) => /\/(Parent|Prev|Next|First)\b/.test(text.slice(match.index, text.indexOf('>>', match.index))))
    .map((match) => {
      const raw = Buffer.from(literalString(text, match.index + match[0].length))
      return raw[0] === 0xfe && raw[1] === 0xff ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le') : raw.toString('latin1')
    })
}

const persianDigits = '۰۱۲۳۴۵۶۷۸۹'
/** A number written in Persian or Latin digits. */
export const readNumber = (digits: string): number => Number(digits.replace(/[۰-۹]/g, (digit) => String(persianDigits.indexOf(digit))))

/** The text of a DOCX's body, paragraph by paragraph, from its XML. */
export const docxParagraphs = (documentXml: string): string[] =>
  [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map(([, text]) => text!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  )
