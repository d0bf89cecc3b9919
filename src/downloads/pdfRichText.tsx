import { Image, Link, StyleSheet, Text, View } from '@react-pdf/renderer'
import type { ComponentProps, ReactNode } from 'react'

import { fileKind } from '../curricula/files'
import { formatNumber } from '../i18n/dates'
import type { Locale } from '../i18n/locales'
import type { Media } from '../payload-types'
import { lexicalToPlainText } from '../search/lexicalText'
import { imageFile, type LexicalNode } from './richText'
import { rtlParagraph, textDirection } from './textDirection'

export type RichTextContext = {
  locale: Locale
  brand: string
  /** The address a link points to: its URL, or the permanent link of the document it names. */
  href: (node: LexicalNode) => string | null
}

const styles = StyleSheet.create({
  paragraph: { marginBottom: 5 },
  heading: { fontWeight: 'bold', marginTop: 6, marginBottom: 4 },
  list: { marginBottom: 5 },
  item: { marginBottom: 2 },
  marker: { width: 18 },
  itemBody: { flex: 1 },
  quote: { borderColor: '#9aa7a3', paddingHorizontal: 8, marginBottom: 6, color: '#333333' },
  table: { borderWidth: 1, borderColor: '#9aa7a3', marginBottom: 8 },
  row: { borderBottomWidth: 1, borderBottomColor: '#c9d2cf' },
  cell: { padding: 4, flexGrow: 1, flexBasis: 0 },
  headerCell: { backgroundColor: '#e4efec', fontWeight: 'bold' },
  rule: { borderBottomWidth: 1, borderBottomColor: '#9aa7a3', marginVertical: 8 },
  image: { maxWidth: '100%', maxHeight: 300, objectFit: 'contain', marginBottom: 4 },
  caption: { fontSize: 9, color: '#4a4a4a', marginBottom: 6 },
})

const headingSizes: Record<string, number> = { h1: 13, h2: 12, h3: 11.5, h4: 11, h5: 10.5, h6: 10.5 }

/** Lexical's text format bits. */
const format = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

const textStyle = (bits: number) => ({
  ...(bits & format.bold ? { fontWeight: 'bold' as const } : {}),
  ...(bits & format.italic ? { fontStyle: 'italic' as const } : {}),
  ...(bits & (format.underline | format.strikethrough)
    ? { textDecoration: [bits & format.underline ? 'underline' : '', bits & format.strikethrough ? 'line-through' : ''].join(' ').trim() as 'underline' }
    : {}),
  ...(bits & format.code ? { backgroundColor: '#f0f3f2' } : {}),
  ...(bits & (format.subscript | format.superscript) ? { fontSize: 7.5 } : {}),
})

const plain = (node: LexicalNode) => lexicalToPlainText({ root: { type: 'root', children: [node] } }).trim()

/** The inline content of a block: text runs with their format, links, line breaks. */
const inline = (nodes: LexicalNode[] = [], context: RichTextContext): ReactNode[] =>
  nodes.map((node, index) => {
    if (node.type === 'text') return <Text key={index} style={textStyle(Number(node.format) || 0)}>{node.text ?? ''}</Text>
    if (node.type === 'linebreak') return '\n'
    if (node.type === 'tab') return '\t'
    if (node.type === 'link' || node.type === 'autolink') {
      const href = context.href(node)
      const content = inline(node.children, context)
      return href ? (
        <Link key={index} src={href} style={{ color: context.brand }}>
          {content}
        </Link>
      ) : (
        <Text key={index}>{content}</Text>
      )
    }
    return <Text key={index}>{inline(node.children, context)}</Text>
  })

/** A paragraph-like block in its own direction: Persian right to left from its first letter, English left to right. */
type TextStyle = ComponentProps<typeof View>['style']

function Line({ node, context, style }: { node: LexicalNode; context: RichTextContext; style?: TextStyle }) {
  const rtl = textDirection(plain(node), context.locale) === 'rtl'
  return (
    <Text style={[style, { direction: rtl ? 'rtl' : 'ltr', textAlign: rtl ? 'right' : 'left' }] as TextStyle}>
      {rtl ? '\u200f' : ''}
      {inline(node.children, context)}
    </Text>
  )
}

function List({ node, context }: { node: LexicalNode; context: RichTextContext }) {
  const rtl = context.locale === 'fa'
  let number = node.start ?? 1
  return (
    <View style={styles.list}>
      {(node.children ?? []).map((item, index) => {
        const nested = (item.children ?? []).filter((child) => child.type === 'list')
        const own = { ...item, children: (item.children ?? []).filter((child) => child.type !== 'list') }
        // Lexical nests a list inside an item of its own, with no text: no marker for it.
        const marker = own.children.length === 0 ? '' : node.listType === 'number' ? `${formatNumber(number++, context.locale)}.` : '•'
        return (
          <View key={index} style={[styles.item, { flexDirection: rtl ? 'row-reverse' : 'row' }]} wrap={false}>
            <Text style={[styles.marker, { textAlign: rtl ? 'right' : 'left' }]}>{marker}</Text>
            <View style={styles.itemBody}>
              {own.children.length ? <Line node={own} context={context} /> : null}
              {nested.map((list, listIndex) => (
                <List key={listIndex} node={list} context={context} />
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

function Table({ node, context }: { node: LexicalNode; context: RichTextContext }) {
  const rtl = context.locale === 'fa'
  return (
    <View style={styles.table}>
      {(node.children ?? []).map((row, rowIndex) => (
        <View key={rowIndex} style={[styles.row, { flexDirection: rtl ? 'row-reverse' : 'row' }]} wrap={false}>
          {(row.children ?? []).map((cell, cellIndex) => (
            <View key={cellIndex} style={[styles.cell, { flexGrow: cell.colSpan ?? 1 }, (cell.headerState ?? 0) > 0 ? styles.headerCell : {}]}>
              {(cell.children ?? []).map((child, childIndex) => (
                <Block key={childIndex} node={child} context={context} bold={(cell.headerState ?? 0) > 0} />
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

function Block({ node, context, bold }: { node: LexicalNode; context: RichTextContext; bold?: boolean }) {
  switch (node.type) {
    case 'heading':
      return <Line node={node} context={context} style={[styles.heading, { fontSize: headingSizes[node.tag ?? 'h3'] ?? 11 }]} />
    case 'list':
      return <List node={node} context={context} />
    case 'quote':
      return (
        <View style={[styles.quote, context.locale === 'fa' ? { borderRightWidth: 3 } : { borderLeftWidth: 3 }]} wrap={false}>
          <Line node={node} context={context} />
        </View>
      )
    case 'table':
      return <Table node={node} context={context} />
    case 'horizontalrule':
      return <View style={styles.rule} />
    case 'upload': {
      const media = node.value as Media | undefined
      if (typeof media !== 'object' || !media) return null
      const file = imageFile(media)
      const name = media.title || media.alt || media.filename || ''
      const rtl = textDirection(name, context.locale) === 'rtl'
      const align = { direction: rtl ? 'rtl' : 'ltr', textAlign: rtl ? 'right' : 'left' } as never
      return file ? (
        <View wrap={false}>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- a PDF image has no alt attribute; its caption follows. */}
          <Image src={file} style={styles.image} />
          {name ? <Text style={[styles.caption, align]}>{rtl ? rtlParagraph(name) : name}</Text> : null}
        </View>
      ) : (
        <Text style={[styles.paragraph, align]}>{`${rtl ? '\u200f' : ''}${name} (${fileKind(media.mimeType, media.filename, context.locale)})`}</Text>
      )
    }
    default:
      return <Line node={node} context={context} style={[styles.paragraph, bold ? { fontWeight: 'bold' } : {}]} />
  }
}

/** A rich-text field (Lexical) as PDF blocks: headings, paragraphs, lists, quotes, tables, links, images. */
export function PdfRichText({ value, context }: { value: unknown; context: RichTextContext }) {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root?.children?.length) return null
  return (
    <View>
      {root.children.map((node, index) => (
        <Block key={index} node={node} context={context} />
      ))}
    </View>
  )
}
