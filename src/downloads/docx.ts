import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

import { curriculumEdition, type Block, type Fact, type Section } from '../curricula/edition'
import { curriculumWords } from '../i18n/curriculum'
import { docxRichText, type DocxContext } from './docxRichText'
import { fileSections } from './fileSections'
import { linkHref } from './richText'
import type { CurriculumSheet } from './sheet'
import { textDirection } from './textDirection'
import { printed } from './words'

const font = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' }
const brand = '0B5D4B'
const isRtlText = (text: string) => /[\u0590-\u08ff\ufb1d-\ufefc]/.test(text)
const sectionHeadings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]
const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA7A3' }

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

/**
 * The curriculum edition as a Word document for teaching: a cover, a table of contents (a TOC field over Word's
 * heading styles, filled in from the headings and brought up to date by Word when opened), then everything the
 * curriculum page shows (src/curricula/edition.ts), and page numbers in the footer. For fa every paragraph is
 * bidirectional and every run with Persian in it right to left, and tables run right to left; Vazirmatn is the
 * font of every script.
 */
export const renderCurriculumDocx = async (sheet: CurriculumSheet, permalink: string): Promise<Buffer> => {
  const edition = curriculumEdition(sheet.doc, sheet.locale)
  const p = printed(sheet, permalink)
  const { t } = p
  const { locale } = edition
  const rtl = locale === 'fa'
  let lists = 0
  const richText: DocxContext = { locale, font, href: linkHref(new URL(permalink).origin), nextList: () => (lists += 1) }

  const run = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
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
  const para = (text: string, options: { bold?: boolean; size?: number; color?: string; after?: number } = {}) =>
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

  const facts = (items: Fact[]) =>
    table(
      items.map(
        (fact) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([para(fact.term, { bold: true, after: 0 })], 34, { shade: 'F3F6F5' }),
              cell(
                fact.values.some((value) => value.ltr)
                  ? fact.values.map((value) => new Paragraph({ bidirectional: false, alignment: rtl ? AlignmentType.RIGHT : undefined, children: [run(value.text)] }))
                  : [para(fact.values.map((value) => value.text).join(rtl ? '، ' : ', '), { after: 0 })],
                66,
              ),
            ],
          }),
      ),
    )

  const bullet = (text: string) =>
    new Paragraph({ bidirectional: textDirection(text, locale) === 'rtl', numbering: { reference: 'bullets', level: 0 }, children: [run(text)] })

  const block = (item: Block): (Paragraph | Table)[] => {
    switch (item.kind) {
      case 'paragraphs':
        return item.text
          .split(/\n+/)
          .filter((line) => line.trim())
          .map((line) => para(line))
      case 'richText':
        return docxRichText(item.value, richText)
      case 'facts':
        return [facts(item.facts), new Paragraph({})]
      case 'list':
        return item.items.map(bullet)
      case 'files':
        return item.files.flatMap((file) => [
          bullet(file.name),
          new Paragraph({
            bidirectional: rtl,
            indent: { start: 720 },
            children: [run([file.kind, file.size].filter(Boolean).join(rtl ? '، ' : ', '), { size: 18, color: '4A4A4A' }), run(` ${file.filename}`, { size: 18, color: '4A4A4A' })],
          }),
        ])
      case 'modules': {
        const w = curriculumWords
        const header = new TableRow({
          tableHeader: true,
          children: [
            cell([para(w.moduleCode[locale], { bold: true, after: 0 })], 16, { shade: 'E4EFEC' }),
            cell([para(w.moduleTitle[locale], { bold: true, after: 0 })], 66, { shade: 'E4EFEC' }),
            cell([para(w.moduleHours[locale], { bold: true, after: 0 })], 18, { shade: 'E4EFEC' }),
          ],
        })
        const rows = item.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: [
                cell([new Paragraph({ alignment: rtl ? AlignmentType.RIGHT : undefined, children: [run(row.code)] })], 16),
                cell([para(row.title, { after: 0 })], 66),
                cell([para(row.hours, { after: 0 })], 18),
              ],
            }),
        )
        const total = new TableRow({
          children: [
            cell([new Paragraph({})], 16, { shade: 'F3F6F5' }),
            cell([para(w.moduleTotal[locale], { bold: true, after: 0 })], 66, { shade: 'F3F6F5' }),
            cell([para(item.total, { bold: true, after: 0 })], 18, { shade: 'F3F6F5' }),
          ],
        })
        return [table([header, ...rows, total]), new Paragraph({})]
      }
    }
  }

  const section = (item: Section, depth: number): (Paragraph | Table)[] => {
    const title = item.code ? `${item.code} — ${item.title}` : item.title
    return [
      new Paragraph({
        heading: sectionHeadings[Math.min(depth, 3) - 1],
        bidirectional: textDirection(item.title, locale) === 'rtl',
        children: [run(title)],
      }),
      ...item.blocks.flatMap(block),
      ...item.sections.flatMap((child) => section(child, depth + 1)),
    ]
  }

  const coverFacts: Fact[] = [
    { key: 'code', term: t.code, values: [{ text: edition.code, ltr: true }] },
    { key: 'edition', term: t.edition, values: [{ text: edition.edition }] },
    { key: 'date', term: t.editionDate, values: [{ text: p.date }] },
    { key: 'organization', term: curriculumWords.organization[locale], values: [{ text: edition.organization }] },
    { key: 'licence', term: t.licence, values: [{ text: edition.licence, ltr: !isRtlText(edition.licence) }] },
  ].filter((fact) => fact.values[0]!.text)

  const cover = [
    para(t.publisher, { size: 18, color: '4A4A4A', after: 1200 }),
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: textDirection(edition.title, locale) === 'rtl', children: [run(edition.title)] }),
    ...(edition.summary ? [para(edition.summary, { size: 24, color: '333333', after: 480 })] : []),
    facts(coverFacts),
    ...(edition.retired ? [new Paragraph({}), para(t.retired, { bold: true, color: '8A1C1C' })] : []),
    new Paragraph({}),
    new Paragraph({
      bidirectional: false,
      alignment: rtl ? AlignmentType.RIGHT : undefined,
      children: [new ExternalHyperlink({ link: p.permalink, children: [new TextRun({ text: p.permalink, font, style: 'Hyperlink' })] })],
    }),
  ]

  const footer = new Footer({
    children: [
      new Paragraph({
        bidirectional: rtl,
        alignment: AlignmentType.CENTER,
        children: [
          run(`${t.publisherShort} · ${edition.code} · ${edition.editionName} · `, { size: 16, color: '4A4A4A' }),
          ...t.pageOf
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

  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
    [0, 1, 2].map((level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } },
    }))

  const document = new Document({
    creator: 'Hamafza',
    title: `${edition.code} ${edition.edition} — ${edition.title}`,
    description: t.publisher,
    // Word fills in the page numbers of the table of contents when the document is opened.
    features: { updateFields: true },
    numbering: {
      config: [
        { reference: 'bullets', levels: levels(LevelFormat.BULLET, (level) => ['•', '◦', '▪'][level]!) },
        { reference: 'numbers', levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    styles: {
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
    },
    sections: [
      { children: cover },
      {
        footers: { default: footer },
        children: [
          // Not a heading style: the table of contents does not list itself.
          new Paragraph({ bidirectional: rtl, spacing: { after: 200 }, children: [run(t.contents, { bold: true, size: 30, color: brand })] }),
          new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...fileSections(edition, p).flatMap((item) => section(item, 1)),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
