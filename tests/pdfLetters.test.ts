import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer'
import { createElement as h } from 'react'
import { describe, expect, it } from 'vitest'

import { fontFamily, registerFonts } from '../src/downloads/fonts'
import { comparable, pdfText } from './support/pdfText'

const letters = 'ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی'.split(' ')
const lines = [
  // Every letter in a word, then آ ئ ء ۀ.
  'آب پتو ثمر جهش چتر حرف خاک دود ذرت رود زیر ژاله سیب شیر صبر ضرب طلا ظرف عمل غذا فیل قند کار گل لب مس نان وام هوا یک',
  'آرام پائیز جزء خانۀ',
  'حضور صبح بازنشسته حاصل مصاحبه حقوق',
  'می‌خواهم کارآموز پیش‌نیاز هم‌افزا',
  'کلاس بلاعوض لا الله عبدالله',
  'از ۱۲۳۴۵ تا ۶۷۸۹۰ ساعت',
  'پودمان Excel با ۱۲ ساعت',
  // Every letter before and after every other, so each takes every form it has.
  ...letters.map((first) => letters.map((second) => `${first}${second}ب ب${first}${second}`).join(' ')),
]

/** Poppler guesses word gaps from distances; letters and their order are what must survive. */
const unspaced = (text: string) => comparable(text).replace(/ /g, '')

const pdf = (items: string[]) =>
  renderToBuffer(
    h(
      Document,
      null,
      h(
        Page,
        { size: 'A4', style: { fontFamily, fontSize: 9, padding: 30 } },
        ...items.flatMap((line, index) => [
          h(Text, { key: `r${index}`, style: { direction: 'rtl', textAlign: 'right' } as never }, `\u200f${line}`),
          h(Text, { key: `b${index}`, style: { direction: 'rtl', textAlign: 'right', fontWeight: 'bold' } as never }, `\u200f${line}`),
        ]),
      ),
    ) as never,
  )

describe('Persian in the PDFs', () => {
  it('keeps every letter, the ligatures, the half-space and Persian digits, even after another PDF used their shapes', async () => {
    await registerFonts()
    // A document that uses خ ض ش ظ غ first: their glyphs are built from those of ح ص س ط ع, which embedding it
    // used to leave without letters for every later PDF of the process.
    await pdf(['خوب ضرر شش ظظ غغ ذذ ژژ'])
    const file = path.join(process.env.HAMAFZA_TEST_DIR!, 'letters.pdf')
    writeFileSync(file, await pdf(lines))
    const text = pdfText(file)
    const read = unspaced(text)
    for (const line of lines) expect(read).toContain(unspaced(line))
    for (const letter of letters) expect(text.normalize('NFKC')).toContain(letter)
    // The first lines keep their words apart too.
    expect(comparable(text)).toContain(comparable(lines[2]!))
    // The half-space is a character of the text, not a gap: the word reads as one.
    expect(text).toContain('می\u200cخواهم')
    expect(text).toContain('هم\u200cافزا')
  })
})
