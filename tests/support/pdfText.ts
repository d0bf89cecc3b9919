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
    .replace(/\s+/g, ' ')
    .trim()
