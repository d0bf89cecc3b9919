import {
  AlignmentType,
  BorderStyle,
  Footer,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
  type INumberingOptions,
} from 'docx'

import type { Fact } from '../curricula/edition'
import type { Locale } from '../i18n/locales'
import { textDirection } from './textDirection'

/**
 * What every Word file of the network shares: Vazirmatn for every script, the network's colour, Word's own
 * heading styles, the bullet and number lists, runs and paragraphs that take their text's direction, tables
 * of facts that run right to left in Persian, and the footer with the page numbers.
 */
export const font = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' }
export const brand = '0B5D4B'
export const isRtlText = (text: string) => /[\u0590-\u08ff\ufb1d-\ufefc]/.test(text)
const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA7A3' }

type RunOptions = { bold?: boolean; size?: number; color?: string }

/** Word's own heading styles, in Vazirmatn and the network's colour, so the navigation pane and the TOC field list them. */
const headingStyle = (id: string, name: string, size: number, outlineLevel: number, color = brand) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font, bold: true, boldComplexScript: true, size, sizeComplexScript: size, color },
  paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 }, outlineLevel },
})

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: 22, sizeComplexScript: 22, language: { value: 'en-GB', bidirectional: 'fa-IR' } },
      paragraph: { spacing: { line: 300 } },
    },
    title: { run: { font, bold: true, boldComplexScript: true, size: 44, sizeComplexScript: 44, color: brand } },
  },
  paragraphStyles: [
    headingStyle('Heading1', 'heading 1', 30, 0),
    headingStyle('Heading2', 'heading 2', 26, 1),
    headingStyle('Heading3', 'heading 3', 23, 2, '333333'),
    headingStyle('Heading4', 'heading 4', 22, 3, '333333'),
    headingStyle('Heading5', 'heading 5', 22, 4, '333333'),
    headingStyle('Heading6', 'heading 6', 22, 5, '333333'),
  ],
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  [0, 1, 2].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } },
  }))

/** The two lists rich text uses (docxRichText.ts): `bullets` and `numbers`, three levels each. */
export const listNumbering: INumberingOptions = {
  config: [
    { reference: 'bullets', levels: levels(LevelFormat.BULLET, (level) => ['•', '◦', '▪'][level]!) },
    { reference: 'numbers', levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
  ],
}

/** Runs and paragraphs in the document's language `locale`, each in its own text's direction. */
export const writer = (locale: Locale) => {
  const rtl = locale === 'fa'
  const run = (text: string, options: RunOptions = {}) =>
    new TextRun({
      text,
      font,
      bold: options.bold,
      boldComplexScript: options.bold,
      size: options.size,
      sizeComplexScript: options.size,
      color: options.color,
      rightToLeft: isRtlText(text),
    })
  /** A paragraph in its text's own direction (an untranslated field comes in the other language). */
  const para = (text: string, options: RunOptions & { after?: number } = {}) =>
    new Paragraph({ bidirectional: textDirection(text, locale) === 'rtl', spacing: { after: options.after ?? 100 }, children: [run(text, options)] })
  const cell = (children: Paragraph[], width: number, options: { shade?: string } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children,
    })
  const table = (rows: TableRow[]) =>
    new Table({
      visuallyRightToLeft: rtl,
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows,
    })
  /** Term and value, a row each; values that are codes or addresses run left to right on their own lines. */
  const facts = (items: Fact[], options: { size?: number } = {}) =>
    table(
      items.map(
        (fact) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([para(fact.term, { bold: true, after: 0, size: options.size })], 34, { shade: 'F3F6F5' }),
              cell(
                fact.values.some((value) => value.ltr)
                  ? fact.values.map((value) => new Paragraph({ bidirectional: false, alignment: rtl ? AlignmentType.RIGHT : undefined, children: [run(value.text, { size: options.size })] }))
                  : [para(fact.values.map((value) => value.text).join(rtl ? '، ' : ', '), { after: 0, size: options.size })],
                66,
              ),
            ],
          }),
      ),
    )
  /** "Hamafza · … · page 3 of 9", the page numbers filled in by Word. */
  const footer = (lead: string, pageOf: string) =>
    new Footer({
      children: [
        new Paragraph({
          bidirectional: rtl,
          alignment: AlignmentType.CENTER,
          children: [
            run(lead, { size: 16, color: '4A4A4A' }),
            ...pageOf
              .split(/(\{n\}|\{total\})/)
              .filter(Boolean)
              .map((part) =>
                part === '{n}' || part === '{total}'
                  ? new TextRun({ children: [part === '{n}' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], font, size: 16, color: '4A4A4A', rightToLeft: rtl })
                  : run(part, { size: 16, color: '4A4A4A' }),
              ),
          ],
        }),
      ],
    })
  return { rtl, run, para, cell, table, facts, footer }
}
