import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableOfContents, TableRow, TextRun } from 'docx'

import { curriculumEdition, type Block, type Fact, type Section } from '../curricula/edition'
import { curriculumWords } from '../i18n/curriculum'
import { brand, documentStyles, font, isRtlText, listNumbering, writer } from './docxParts'
import { docxRichText, type DocxContext } from './docxRichText'
import { fileSections } from './fileSections'
import { linkHref } from './richText'
import type { CurriculumSheet } from './sheet'
import { textDirection } from './textDirection'
import { printed } from './words'

const sectionHeadings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]

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

  const { run, para, cell, table, facts, footer: pageFooter } = writer(locale)

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

  const footer = pageFooter(`${t.publisherShort} · ${edition.code} · ${edition.editionName} · `, t.pageOf)

  const document = new Document({
    creator: 'Hamafza',
    title: `${edition.code} ${edition.edition} — ${edition.title}`,
    description: t.publisher,
    // Word fills in the page numbers of the table of contents when the document is opened.
    features: { updateFields: true },
    numbering: listNumbering,
    styles: documentStyles,
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
