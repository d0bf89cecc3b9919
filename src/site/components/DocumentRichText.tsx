import {
  LinkJSXConverter,
  RichText,
  TableJSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { fileKind, fileSize } from '../../curricula/files'
import type { Media } from '../../payload-types'
import { lexicalToPlainText } from '../../search/lexicalText'
import type { Locale } from '../locale'
import { isDocumentCollection, paths } from '../paths'
import { textLanguage } from './TextLanguage'

type EditorState = Parameters<typeof RichText>[0]['data']

type InternalDoc = { relationTo?: string; value?: unknown }

/** Internal links point at our own document pages, in the page's language. */
const internalHref = (locale: Locale, doc: InternalDoc | undefined): string => {
  const relationTo = doc?.relationTo
  const value = doc?.value
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  if (isDocumentCollection(relationTo) && (typeof id === 'number' || typeof id === 'string')) return paths.document(locale, relationTo, id)
  return paths.search(locale)
}

/** A heading inside a section sits below the section's own h2; levels keep their order. */
const shiftedHeading = (tag: string): 'h3' | 'h4' | 'h5' | 'h6' => {
  const level = Math.min(6, Math.max(3, Number(tag.replace('h', '')) + 1))
  return `h${level}` as 'h3' | 'h4' | 'h5' | 'h6'
}

const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...TableJSXConverter,
    ...LinkJSXConverter({ internalDocToHref: ({ linkNode }) => internalHref(locale, linkNode.fields.doc as InternalDoc | undefined) }),
    heading: ({ node, nodesToJSX }) => {
      const Tag = shiftedHeading(node.tag)
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    // Tables get a header row as th with scope, not the inline styles of the default converter.
    table: ({ node, nodesToJSX }) => (
      <div className="doc-table-scroll">
        <table>
          <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
        </table>
      </div>
    ),
    tablecell: ({ node, nodesToJSX }) => {
      const header = (node.headerState ?? 0) > 0
      const Tag = header ? 'th' : 'td'
      return (
        <Tag
          scope={header ? ((node.headerState ?? 0) & 2 ? 'row' : 'col') : undefined}
          colSpan={node.colSpan && node.colSpan > 1 ? node.colSpan : undefined}
          rowSpan={node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined}
        >
          {nodesToJSX({ nodes: node.children })}
        </Tag>
      )
    },
    // Images with their alt text; other files as a link that names the file, its type and size.
    upload: ({ node }) => {
      const media = node.value as Media | number | undefined
      if (typeof media !== 'object' || !media?.url) return null
      const alt = ((node.fields as { alt?: string } | undefined)?.alt ?? media.alt ?? '').trim()
      if (media.mimeType?.startsWith('image/')) {
        return (
          <figure className="doc-figure">
            {/* eslint-disable-next-line @next/next/no-img-element -- Payload serves the file and its sizes. */}
            <img src={media.url} alt={alt} width={media.width ?? undefined} height={media.height ?? undefined} loading="lazy" />
            {media.title ? <figcaption>{media.title}</figcaption> : null}
          </figure>
        )
      }
      return (
        <p>
          <a href={media.url} className="doc-file">
            {media.title || alt || media.filename}
          </a>{' '}
          <span className="doc-file__meta">
            ({[fileKind(media.mimeType, media.filename, locale), fileSize(media.filesize, locale)].filter(Boolean).join(locale === 'fa' ? '، ' : ', ')})
          </span>
        </p>
      )
    },
  })

/**
 * A rich-text field rendered with Payload's own Lexical converters into semantic HTML. Text that came in the
 * other language (the fallback) carries its own lang and dir.
 */
export function DocumentRichText({ data, locale }: { data: unknown; locale: Locale }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const language = textLanguage(lexicalToPlainText(data), locale)
  return (
    <div className="doc-prose" {...language}>
      <RichText data={data as EditorState} converters={converters(locale)} disableContainer />
    </div>
  )
}
