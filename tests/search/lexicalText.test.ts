import { describe, expect, it } from 'vitest'

import { lexicalFieldsToPlainText, lexicalToPlainText } from '../../src/search/lexicalText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
const state = (...children: object[]) => ({ root: { type: 'root', children, version: 1 } })

describe('plain text from Lexical rich text', () => {
  it('joins the text nodes of a paragraph, whatever their formatting', () => {
    expect(lexicalToPlainText(state(paragraph(text('کار '), text('شایسته', 1), text(' برای همه'))))).toBe(
      'کار شایسته برای همه',
    )
  })

  it('puts paragraphs, headings and quotes on lines of their own', () => {
    const value = state(
      { type: 'heading', tag: 'h2', children: [text('زمینه')] },
      paragraph(text('جوانان بیکار')),
      { type: 'quote', children: [text('«کار پیدا کردم»')] },
    )
    expect(lexicalToPlainText(value)).toBe('زمینه\nجوانان بیکار\n«کار پیدا کردم»')
  })

  it('separates list items so their words never run together', () => {
    const value = state({
      type: 'list',
      listType: 'bullet',
      children: [
        { type: 'listitem', children: [text('مهارت')] },
        { type: 'listitem', children: [text('آموزی')] },
        { type: 'listitem', children: [{ type: 'list', children: [{ type: 'listitem', children: [text('تو در تو')] }] }] },
      ],
    })
    expect(lexicalToPlainText(value)).toBe('مهارت\nآموزی\nتو در تو')
  })

  it('keeps the text of links inline', () => {
    const value = state(paragraph(text('گزارش '), { type: 'link', fields: { url: 'https://x' }, children: [text('ارزیابی')] }, text(' را ببینید')))
    expect(lexicalToPlainText(value)).toBe('گزارش ارزیابی را ببینید')
  })

  it('reads every table cell and keeps cells apart', () => {
    const cell = (value: string) => ({ type: 'tablecell', children: [paragraph(text(value))] })
    const value = state({
      type: 'table',
      children: [
        { type: 'tablerow', children: [cell('استان'), cell('نرخ')] },
        { type: 'tablerow', children: [cell('تهران'), cell('۱۲٪')] },
      ],
    })
    const plain = lexicalToPlainText(value)
    for (const word of ['استان', 'نرخ', 'تهران', '۱۲٪']) expect(plain).toContain(word)
    expect(plain).not.toMatch(/استاننرخ|تهران۱۲/)
  })

  it('takes an upload’s alt text and nothing from a relationship', () => {
    const value = state(
      paragraph(text('پیش')),
      { type: 'upload', relationTo: 'media', value: { id: 3, alt: 'کارگاه خیاطی', url: '/media/a.jpg' } },
      { type: 'relationship', relationTo: 'lessons', value: { id: 9, title: 'عنوان پنهان' } },
      { type: 'upload', relationTo: 'media', value: 7 },
      paragraph(text('پس')),
    )
    expect(lexicalToPlainText(value)).toBe('پیش\nکارگاه خیاطی\nپس')
  })

  it('turns line breaks and tabs into whitespace', () => {
    expect(lexicalToPlainText(state(paragraph(text('یک'), { type: 'linebreak' }, text('دو'), { type: 'tab' }, text('سه'))))).toBe(
      'یک\nدو\tسه',
    )
  })

  it('accepts the state as a JSON string and shrugs at anything else', () => {
    expect(lexicalToPlainText(JSON.stringify(state(paragraph(text('سلام')))))).toBe('سلام')
    for (const junk of [null, undefined, 42, 'not json', {}, { root: null }, { root: { children: 'x' } }])
      expect(lexicalToPlainText(junk)).toBe('')
  })

  it('joins several rich-text fields into one body, skipping empty ones', () => {
    expect(lexicalFieldsToPlainText(state(paragraph(text('زمینه'))), null, state(paragraph(text('نتیجه'))))).toBe('زمینه\nنتیجه')
  })
})
