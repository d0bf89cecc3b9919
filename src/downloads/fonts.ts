import path from 'node:path'

import { Font } from '@react-pdf/renderer'

/** Vazirmatn (SIL Open Font License 1.1, which allows embedding) from the npm package the site serves too. */
export const fontDir = path.join(process.cwd(), 'node_modules/vazirmatn/fonts/ttf')
export const fontFamily = 'Vazirmatn'

/** Vazirmatn has no italic: emphasis in italic is set upright in the same weight (Persian has no italic either). */
const faces = [
  { file: 'Vazirmatn-Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'Vazirmatn-Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { file: 'Vazirmatn-Regular.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: 'Vazirmatn-Bold.ttf', fontWeight: 700, fontStyle: 'italic' },
] as const

/** What this module uses of a fontkit font (fontkit ships no types). */
type Glyph = { id: number; codePoints: number[]; advanceWidth: number }
type GlyphRun = { glyphs: Glyph[]; positions: { xAdvance: number }[]; direction?: string }
type FontkitFont = {
  getGlyph(id: number, codePoints?: number[]): Glyph
  glyphForCodePoint(codePoint: number): Glyph
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string, ...rest: unknown[]): GlyphRun
  /** Read by the PDF renderer for the ToUnicode map (patches/@react-pdf+render+*.patch). */
  toUnicode?: (glyph: Glyph) => number[]
}

const zeroWidthNonJoiner = 0x200c

const sameCodePoints = (a: number[], b: number[]) => a.length === b.length && a.every((value, index) => value === b[index])

/**
 * fontkit keeps one glyph object per glyph id, carrying the code points of whoever asked for it first. Embedding a
 * font subset asks for the parts of composite glyphs without code points (ح inside خ, ص inside ض, س inside ش), so
 * every later PDF of the process got those letters with none: the layout, which counts a glyph's code points to map
 * glyphs to text, dropped a letter («حضور» printed «ضور»), and the text layer lost it. Here a glyph asked for with
 * code points always carries exactly those.
 */
const keepCodePoints = (font: FontkitFont) => {
  const getGlyph = font.getGlyph.bind(font)
  const byCodePoints = new Map<string, Glyph>()
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints)
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph
    const key = `${id}:${codePoints.join(',')}`
    let own = byCodePoints.get(key)
    if (!own) {
      own = Object.create(glyph, { codePoints: { value: [...codePoints], enumerable: true } }) as Glyph
      byCodePoints.set(key, own)
    }
    return own
  }
}

/**
 * fontkit draws the half-space (zero-width non-joiner) as a zero-width space glyph, so it vanished from the text
 * layer («می‌خواهم» copied as «میخواهم») and counted as a space between words. Vazirmatn has a zero-width glyph of
 * its own for it, which the PDF maps back to U+200C.
 */
const keepHalfSpaces = (font: FontkitFont) => {
  if (!font.hasGlyphForCodePoint(zeroWidthNonJoiner)) return
  const layout = font.layout.bind(font)
  const space = font.glyphForCodePoint(0x20).id
  const halfSpace = font.glyphForCodePoint(zeroWidthNonJoiner).id
  font.layout = (text, ...rest) => {
    const run = layout(text, ...rest)
    if (!text.includes('\u200c')) return run
    const codePoints = Array.from(text, (character) => character.codePointAt(0)!)
    const order = run.glyphs.map((_, index) => index)
    if (run.direction === 'rtl') order.reverse()
    let at = 0
    for (const index of order) {
      const glyph = run.glyphs[index]!
      if (glyph.id === space && run.positions[index]!.xAdvance === 0 && codePoints[at] === zeroWidthNonJoiner) {
        run.glyphs[index] = font.getGlyph(halfSpace, [zeroWidthNonJoiner])
      }
      at += glyph.codePoints.length
    }
    return run
  }
}

/** Ligatures of Arabic-script letters (لا, الله, …) by the letters they stand for, from Unicode's presentation forms. */
const presentationForms = (() => {
  const forms = new Map<string, number>()
  for (const [first, last] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ] as const) {
    for (let codePoint = first; codePoint <= last; codePoint += 1) {
      const letters = String.fromCodePoint(codePoint).normalize('NFKC')
      if ([...letters].length > 1 && /^\p{Script=Arabic}+$/u.test(letters) && /^\p{L}+$/u.test(letters) && !forms.has(letters)) forms.set(letters, codePoint)
    }
  }
  return forms
})()

/**
 * A ligature of right-to-left letters goes into the PDF's text layer as its presentation form (لا as U+FEFB).
 * Readers that reorder right-to-left text disagree on the letters inside one glyph: poppler reverses them («کلاس»
 * came out «کالس»), pdf.js does not; a single compatibility character reads right in both, and normalizes (NFKC)
 * to the letters.
 */
const nameLigatures = (font: FontkitFont) => {
  font.toUnicode = (glyph) => {
    if (glyph.codePoints.length < 2) return glyph.codePoints
    const form = presentationForms.get(String.fromCodePoint(...glyph.codePoints))
    return form == null ? glyph.codePoints : [form]
  }
}

let ready: Promise<void> | null = null

/** Registers Vazirmatn with @react-pdf once per process, with the repairs above, and waits until it is loaded. */
export const registerFonts = (): Promise<void> =>
  (ready ??= (async () => {
    Font.register({ family: fontFamily, fonts: faces.map(({ file, ...face }) => ({ src: path.join(fontDir, file), ...face })) })
    // Persian words are never hyphenated, and English ones in a curriculum read better whole.
    Font.registerHyphenationCallback((word) => [word])
    for (const { fontWeight, fontStyle } of faces) {
      const source = Font.getFont({ fontFamily, fontWeight, fontStyle })
      await source.load()
      const font = source.data as unknown as FontkitFont
      keepCodePoints(font)
      keepHalfSpaces(font)
      nameLigatures(font)
    }
  })())
