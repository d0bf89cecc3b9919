import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { RichTextField } from 'payload'

import { imagePlaceholder } from './wordDocument'

export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  tag?: string
  direction?: 'ltr' | 'rtl' | null
  value?: unknown
  relationTo?: string
  [key: string]: unknown
}

export type RichText = { root: LexicalNode & { children: LexicalNode[] } }

const imageMarker = /^hamafza-import-image:(\d+)$/
const placeholderValue = (index: number) => `image:${index}`

/** Pictures become upload nodes pointing at a placeholder, replaced by the media id once the picture is stored. */
const withUploadPlaceholders = (html: string) =>
  html.replace(/<img\b[^>]*?\bsrc="([^"]*)"[^>]*>/g, (tag, src: string) => {
    const index = imageMarker.exec(src)?.[1]
    if (index === undefined) return ''
    return `<img data-lexical-upload-id="${placeholderValue(Number(index))}" data-lexical-upload-relation-to="media" src="${imagePlaceholder(Number(index))}">`
  })

const strongRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const strongLtr = /[A-Za-z\u00C0-\u024F]/

const textOf = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

/** The direction of a text by its first strong letter, the rule the Lexical editor itself applies while typing. */
export const directionOf = (text: string): 'ltr' | 'rtl' | null => {
  for (const char of text) {
    if (strongRtl.test(char)) return 'rtl'
    if (strongLtr.test(char)) return 'ltr'
  }
  return null
}

/** Right-to-left paragraphs stay right to left: every block takes its text's direction, or its parent's. */
const setDirections = (node: LexicalNode, inherited: 'ltr' | 'rtl') => {
  if (!Array.isArray(node.children)) return
  const own = directionOf(textOf(node)) ?? inherited
  if (node.type !== 'root') node.direction = own
  for (const child of node.children) setDirections(child, own)
}

/** Walks every node of a rich text, parents before children. */
export const eachNode = (node: LexicalNode, visit: (node: LexicalNode) => void) => {
  visit(node)
  for (const child of node.children ?? []) eachNode(child, visit)
}


/**
 * HTML (from a Word document) as Payload's Lexical JSON, by Payload's own converter on a jsdom document.
 * Blocks run in the direction of their text, Persian by default.
 */
export const htmlToRichText = (html: string, field: RichTextField): RichText => {
  // The field's own editor configuration, so that the conversion makes only the nodes it accepts.
  const editorConfig = editorConfigFactory.fromField({ field })
  const state = convertHTMLToLexical({ editorConfig, html: withUploadPlaceholders(html), JSDOM }) as unknown as RichText
  setDirections(state.root, 'rtl')
  return state
}

/** Indexes of the pictures a rich text still points at by placeholder. */
export const placeholderImages = (state: RichText): number[] => {
  const found: number[] = []
  eachNode(state.root, (node) => {
    if (node.type === 'upload' && typeof node.value === 'string' && node.value.startsWith('image:')) found.push(Number(node.value.slice(6)))
  })
  return found
}

/** Points each picture's upload node at the media document it became. */
export const resolveImages = (state: RichText, mediaIds: Map<number, number | string>) => {
  eachNode(state.root, (node) => {
    if (node.type === 'upload' && typeof node.value === 'string' && node.value.startsWith('image:')) {
      const id = mediaIds.get(Number(node.value.slice(6)))
      if (id !== undefined) node.value = id
    }
  })
}

export const plainText = (nodes: LexicalNode[]): string => nodes.map(textOf).join('\n').trim()
