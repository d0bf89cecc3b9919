import { readFileSync } from 'node:fs'

import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'

import { fileKind } from '../curricula/files'
import type { Locale } from '../i18n/locales'
import type { Media } from '../payload-types'
import { isRtlText } from './docxParts'
import { imageFile, type LexicalNode } from './richText'
import { textDirection } from './textDirection'

export type DocxContext = {
  locale: Locale
  font: { ascii: string; hAnsi: string; cs: string; eastAsia: string }
  href: (node: LexicalNode) => string | null
  /** A new list instance each time, so every numbered list starts at one. */
  nextList: () => number
  /** The Word heading of each Lexical heading h1–h6: below the levels the document's own sections take. */
  headings?: readonly HeadingLevelValue[]
}

type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel]

/** Under a curriculum's three levels of sections by default. */
const belowSections = [HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6, HeadingLevel.HEADING_6, HeadingLevel.HEADING_6, HeadingLevel.HEADING_6]

const textOf = (nodes: LexicalNode[] = []): string => nodes.map((node) => node.text ?? textOf(node.children)).join('')

/** Lexical's text format bits as run options. */
const runFormat = (bits: number) => ({
  bold: Boolean(bits & 1),
  boldComplexScript: Boolean(bits & 1),
  italics: Boolean(bits & 2),
  italicsComplexScript: Boolean(bits & 2),
  strike: Boolean(bits & 4),
  ...(bits & 8 ? { underline: {} } : {}),
  ...(bits & 32 ? { subScript: true } : {}),
  ...(bits & 64 ? { superScript: true } : {}),
})

const runs = (nodes: LexicalNode[] = [], context: DocxContext, extra: { bold?: boolean } = {}): ParagraphChild[] =>
  nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'text') {
      const text = node.text ?? ''
      const bits = (Number(node.format) || 0) | (extra.bold ? 1 : 0)
      return [new TextRun({ text, font: context.font, rightToLeft: isRtlText(text), ...runFormat(bits) })]
    }
    if (node.type === 'linebreak') return [new TextRun({ break: 1 })]
    if (node.type === 'tab') return [new TextRun({ text: '\t' })]
    if (node.type === 'link' || node.type === 'autolink') {
      const href = context.href(node)
      const children = runs(node.children, context, extra)
      return href ? [new ExternalHyperlink({ link: href, children: children.map((child) => (child instanceof TextRun ? child : child)) as never })] : children
    }
    return runs(node.children, context, extra)
  })

const paragraph = (node: LexicalNode, context: DocxContext, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {}) => {
  const rtl = textDirection(textOf(node.children), context.locale) === 'rtl'
  return new Paragraph({ bidirectional: rtl, heading: options.heading, children: runs(node.children, context, { bold: options.bold }), spacing: { after: 100 } })
}

const list = (node: LexicalNode, context: DocxContext, level = 0): Paragraph[] => {
  const numbered = node.listType === 'number'
  const instance = context.nextList()
  return (node.children ?? []).flatMap((item) => {
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    const own = (item.children ?? []).filter((child) => child.type !== 'list')
    const rtl = textDirection(textOf(own), context.locale) === 'rtl'
    return [
      ...(own.length
        ? [
            new Paragraph({
              bidirectional: rtl,
              numbering: { reference: numbered ? 'numbers' : 'bullets', level: Math.min(level, 2), instance: numbered ? instance : 0 },
              children: runs(own, context),
            }),
          ]
        : []),
      ...nested.flatMap((child) => list(child, context, level + 1)),
    ]
  })
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA7A3' }

const table = (node: LexicalNode, context: DocxContext): Table =>
  new Table({
    visuallyRightToLeft: context.locale === 'fa',
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: (node.children ?? []).map(
      (row) =>
        new TableRow({
          children: (row.children ?? []).map((cell) => {
            const header = (cell.headerState ?? 0) > 0
            const blocks = (cell.children ?? []).flatMap((child) => block(child, context, { bold: header }))
            return new TableCell({
              columnSpan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
              shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EFEC' } : undefined,
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              children: blocks.length ? blocks : [new Paragraph({})],
            })
          }),
        }),
    ),
  })

const upload = (node: LexicalNode, context: DocxContext): Paragraph[] => {
  const media = node.value as Media | undefined
  if (typeof media !== 'object' || !media) return []
  const name = media.title || media.alt || media.filename || ''
  const file = imageFile(media)
  const rtl = isRtlText(name)
  if (file && media.width && media.height) {
    const width = Math.min(media.width, 560)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: media.mimeType === 'image/png' ? 'png' : 'jpg',
            data: readFileSync(file),
            transformation: { width, height: Math.round((media.height * width) / media.width) },
            altText: { name, description: media.alt ?? name, title: name },
          }),
        ],
      }),
      ...(name ? [new Paragraph({ bidirectional: rtl, children: [new TextRun({ text: name, font: context.font, rightToLeft: rtl, size: 18 })] })] : []),
    ]
  }
  return [new Paragraph({ bidirectional: rtl, children: [new TextRun({ text: `${name} (${fileKind(media.mimeType, media.filename, context.locale)})`, font: context.font, rightToLeft: rtl })] })]
}

function block(node: LexicalNode, context: DocxContext, options: { bold?: boolean } = {}): (Paragraph | Table)[] {
  switch (node.type) {
    case 'heading':
      return [paragraph(node, context, { heading: (context.headings ?? belowSections)[Number((node.tag ?? 'h1').slice(1)) - 1] })]
    case 'list':
      return list(node, context)
    case 'quote': {
      const rtl = textDirection(textOf(node.children), context.locale) === 'rtl'
      return [
        new Paragraph({
          bidirectional: rtl,
          indent: { start: 480 },
          border: { [rtl ? 'right' : 'left']: { style: BorderStyle.SINGLE, size: 18, color: '9AA7A3', space: 8 } },
          children: runs(node.children, context),
        }),
      ]
    }
    case 'table':
      return [table(node, context), new Paragraph({})]
    case 'horizontalrule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '9AA7A3', space: 4 } } })]
    case 'upload':
      return upload(node, context)
    default:
      return [paragraph(node, context, options)]
  }
}

/** A rich-text field (Lexical) as Word paragraphs: headings (below the document's own levels), lists, quotes, tables, links, images. */
export const docxRichText = (value: unknown, context: DocxContext): (Paragraph | Table)[] => {
  const root = (value as { root?: LexicalNode } | null)?.root
  return (root?.children ?? []).flatMap((node) => block(node, context))
}
