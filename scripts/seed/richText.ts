import { buildEditorState, type DefaultNodeTypes } from '@payloadcms/richtext-lexical'

import type { CaseStudy } from '../../src/payload-types'

/** The stored shape of every rich-text field, as the generated types name it. */
export type RichText = NonNullable<CaseStudy['context']>

/**
 * What the data files write: a paragraph is a string; headings, lists and quotes are small
 * objects. The builder below turns it into Lexical's editor state, so data stays readable.
 */
export type Block =
  | string
  | { heading: string; level?: 2 | 3 }
  | { bullets: string[] }
  | { numbered: string[] }
  | { quote: string }

type Direction = 'ltr' | 'rtl'

const element = (direction: Direction) => ({ direction, format: '' as const, indent: 0, version: 1 })

const text = (value: string) => ({
  type: 'text' as const,
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal' as const,
  style: '',
  version: 1,
})

const list = (items: string[], numbered: boolean, direction: Direction) => ({
  type: 'list' as const,
  listType: numbered ? ('number' as const) : ('bullet' as const),
  tag: numbered ? ('ol' as const) : ('ul' as const),
  start: 1,
  ...element(direction),
  children: items.map((item, index) => ({
    type: 'listitem' as const,
    value: index + 1,
    ...element(direction),
    children: [text(item)],
  })),
})

const node = (block: Block, direction: Direction) => {
  if (typeof block === 'string') {
    return { type: 'paragraph' as const, textFormat: 0, textStyle: '', ...element(direction), children: [text(block)] }
  }
  if ('heading' in block) {
    return { type: 'heading' as const, tag: `h${block.level ?? 2}` as const, ...element(direction), children: [text(block.heading)] }
  }
  if ('bullets' in block) return list(block.bullets, false, direction)
  if ('numbered' in block) return list(block.numbered, true, direction)
  return { type: 'quote' as const, ...element(direction), children: [text(block.quote)] }
}

/**
 * Lexical editor state built with Payload's own `buildEditorState`; it marks the root `ltr`,
 * so the direction is set here on every node, which is what the editor itself saves for Persian.
 */
const build = (direction: Direction, blocks: Block[]): RichText => {
  const state = buildEditorState<DefaultNodeTypes>({
    nodes: blocks.map((block) => node(block, direction)) as never,
  })
  return { ...state, root: { ...state.root, direction } } as RichText
}

/** Persian rich text: right to left. */
export const fa = (...blocks: Block[]): RichText => build('rtl', blocks)

/** English rich text: left to right. */
export const en = (...blocks: Block[]): RichText => build('ltr', blocks)
