import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

import type { CurriculumSheet } from './sheet'
import { printed } from './words'

const font = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' }
const brand = '0B5D4B'
/** Text with no right-to-left letter in it (codes, addresses, licences) stays a left-to-right run. */
const isLatin = (text: string) => !/[\u0590-\u08ff\ufb1d-\ufefc]/.test(text)

/**
 * The curriculum edition as a Word document. For fa every paragraph is bidirectional (`w:bidi`) and every run
 * with Persian in it right to left (`w:rtl`), so Word and LibreOffice lay it out right to left and align it to
 * the right (a bidirectional paragraph starts at the right: no explicit alignment, which Word and LibreOffice
 * read differently); the modules table is visually right to left (`w:bidiVisual`: first column on the right)
 * and spans the page. Vazirmatn is the font for every script.
 */
export const renderCurriculumDocx = async (sheet: CurriculumSheet, permalink: string): Promise<Buffer> => {
  const p = printed(sheet, permalink)
  const { t } = p
  const rtl = sheet.locale === 'fa'

  const run = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    new TextRun({
      text,
      font,
      bold: options.bold,
      boldComplexScript: options.bold,
      size: options.size,
      sizeComplexScript: options.size,
      color: options.color,
      rightToLeft: rtl && !isLatin(text),
    })
  const para = (children: (TextRun | ExternalHyperlink)[], extra: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; spacingAfter?: number } = {}) =>
    new Paragraph({
      children,
      bidirectional: rtl,
      heading: extra.heading,
      spacing: { after: extra.spacingAfter ?? 80 },
    })
  const heading = (text: string) => para([run(text, { bold: true, size: 28, color: brand })], { heading: HeadingLevel.HEADING_2, spacingAfter: 120 })
  const fact = (label: string, value: string) => para([run(`${label}: `, { bold: true }), run(value)])

  const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA7A3' }
  const cell = (text: string, width: number, options: { bold?: boolean; shade?: boolean; end?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EFEC' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        new Paragraph({
          bidirectional: rtl,
          // Hours line up at the row's end: the left in a right-to-left table.
          alignment: options.end ? (rtl ? AlignmentType.LEFT : AlignmentType.RIGHT) : undefined,
          children: [run(text, { bold: options.bold })],
        }),
      ],
    })
  const table = new Table({
    visuallyRightToLeft: rtl,
    width: { size: 100, type: WidthType.PERCENTAGE },
    alignment: rtl ? AlignmentType.RIGHT : AlignmentType.LEFT,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(t.moduleCode, 18, { bold: true, shade: true }),
          cell(t.moduleTitle, 64, { bold: true, shade: true }),
          cell(t.moduleHours, 18, { bold: true, shade: true, end: true }),
        ],
      }),
      ...p.modules.map((module) => new TableRow({ children: [cell(module.code, 18), cell(module.title, 64), cell(module.hours, 18, { end: true })] })),
      new TableRow({ children: [cell('', 18, { shade: true }), cell(t.totalModules, 64, { bold: true, shade: true }), cell(p.moduleTotal, 18, { bold: true, shade: true, end: true })] }),
    ],
  })

  const body = [
    para([run(t.publisher, { size: 18, color: '4A4A4A' })]),
    para([run(p.title, { bold: true, size: 38, color: brand })], { heading: HeadingLevel.TITLE, spacingAfter: 120 }),
    fact(t.code, p.code),
    fact(t.edition, p.edition),
    fact(t.editionDate, p.date),
    ...(sheet.retired ? [para([run(t.retired, { bold: true, color: '8A1C1C' })])] : []),
    ...(sheet.summary ? [heading(t.summary), para([run(sheet.summary)])] : []),
    heading(t.modules),
    table,
    para([]),
    fact(t.hoursTheory, p.hoursTheory),
    fact(t.hoursPractice, p.hoursPractice),
    fact(t.hoursTotal, p.hoursTotal),
    heading(t.placement),
    ...p.placementLines.map((line) => para([run(line)])),
    ...(p.tasks.length ? [para([run(t.tasks, { bold: true })]), ...p.tasks.map((task) => para([run(`• ${task}`)]))] : []),
    ...(sheet.attachments.length
      ? [heading(t.attachments), ...sheet.attachments.map((file) => para([run(`• ${file.title ? `${file.title} — ` : ''}`), run(file.filename)]))]
      : []),
    heading(t.licence),
    para([run(p.licence)]),
    para([run(`${t.permalink}: `, { bold: true })]),
    para([new ExternalHyperlink({ link: p.permalink, children: [new TextRun({ text: p.permalink, font, style: 'Hyperlink' })] })]),
  ]

  const document = new Document({
    creator: 'Hamafza',
    title: `${p.code} ${sheet.edition} — ${p.title}`,
    description: t.publisher,
    styles: {
      default: {
        document: {
          run: { font, size: 22, sizeComplexScript: 22, language: { value: 'en-GB', bidirectional: 'fa-IR' } },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: [{ properties: {}, children: body }],
  })
  return Packer.toBuffer(document)
}
