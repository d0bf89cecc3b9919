import { existsSync } from 'node:fs'
import path from 'node:path'

import { Media as MediaCollection } from '../../collections/Media'
import type { Media } from '../payload-types'
import { isDocumentCollection, paths } from '../site/paths'

/** A Lexical node as stored: what the PDF and DOCX renderers read of it. */
export type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  headerState?: number
  colSpan?: number
  url?: string
  fields?: { url?: string; linkType?: string; doc?: { relationTo?: string; value?: unknown } }
  value?: unknown
  children?: LexicalNode[]
}

const mediaDir = typeof MediaCollection.upload === 'object' ? MediaCollection.upload.staticDir : undefined

/** An uploaded image's file on this server, when it is there to embed. */
export const imageFile = (media: Media): string | null => {
  if (!mediaDir || !media.filename || !media.mimeType?.match(/^image\/(png|jpeg)$/)) return null
  const file = path.join(mediaDir, path.basename(media.filename))
  return existsSync(file) ? file : null
}

/**
 * Where a rich-text link points in a downloaded file: its own URL, or the permanent link on `origin` of the
 * document it names (a file has no page to be relative to).
 */
export const linkHref =
  (origin: string) =>
  (node: LexicalNode): string | null => {
    const doc = node.fields?.doc
    if (node.fields?.linkType === 'internal' && doc && isDocumentCollection(doc.relationTo)) {
      const id = typeof doc.value === 'object' && doc.value ? (doc.value as { id?: unknown }).id : doc.value
      return typeof id === 'number' || typeof id === 'string' ? `${origin}${paths.permalink(doc.relationTo, id)}` : null
    }
    return node.fields?.url ?? node.url ?? null
  }
