import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import type { Language } from '../i18n/requestLanguage'
import { normalizeForSearch } from '../search/normalize'
import { headingNames, introductionTitle } from './headingNames'
import { plainText, type LexicalNode, type RichText } from './richText'

type Target = { path: string; kind: 'richText' | 'text' }

/** Where a collection's imported text goes: named sections, the main body, and the items headings start. */
type Layout = {
  sections: Target[]
  /** The rich-text field that keeps whatever no named section takes. */
  body?: string
  /** Collections written as a list of parts (modules, steps): each top-level heading starts one. */
  items?: { array: string; title: string; content: string; code?: (index: number) => string }
}

const rich = (path: string): Target => ({ path, kind: 'richText' })
const text = (path: string): Target => ({ path, kind: 'text' })

export const layouts: Record<KnowledgeCollection, Layout> = {
  'case-studies': { sections: [text('summary'), rich('context'), rich('intervention'), rich('results')], body: 'context' },
  lessons: { sections: [rich('observation'), rich('lesson'), text('recommendation.action'), text('applicability')], body: 'lesson' },
  'best-practices': {
    sections: [text('summary'), rich('transferConditions'), text('resourcesNeeded')],
    items: { array: 'steps', title: 'title', content: 'description' },
  },
  curricula: {
    sections: [text('summary'), text('entryRequirements'), text('accessibility'), text('trainerQualifications'), text('certification')],
    items: { array: 'modules', title: 'title', content: 'content', code: (index) => `M${index + 1}` },
  },
}

export type MappedDocument = {
  title: string
  data: Record<string, unknown>
  /** Which heading went to which field, for the preview and the report. */
  placed: { heading: string; field: string }[]
}

const headingLevel = (node: LexicalNode): number | null =>
  node.type === 'heading' && typeof node.tag === 'string' ? Number(node.tag.slice(1)) : null

const nodeText = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(nodeText).join('')

const comparable = (heading: string) => normalizeForSearch(heading.replace(/^[\s\d۰-۹٠-٩.)\-–:]+/, '').replace(/[:：]\s*$/, ''))

const sectionFor = (collection: KnowledgeCollection, heading: string): Target | undefined => {
  const key = comparable(heading)
  const names = headingNames[collection] as Record<string, readonly string[]>
  return layouts[collection].sections.find((target) => names[target.path]?.some((name) => comparable(name) === key))
}

const richTextOf = (nodes: LexicalNode[]): RichText => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'rtl', children: nodes },
})

const setPath = (data: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let at = data
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>
  at[keys.at(-1)!] = value
}

/**
 * Places a converted Word document into a collection's fields: the first heading is the title; a heading
 * that names one of the collection's fields («نتایج», «درس آموخته») takes its section, sub-headings
 * included; in collections written as parts, each remaining top-level heading starts a module or a step.
 * Everything else stays in the main body, headings and all, so nothing of the document is dropped.
 */
export const placeInFields = (collection: KnowledgeCollection, state: RichText, fallbackTitle: string, language: Language): MappedDocument => {
  const layout = layouts[collection]
  const nodes = [...state.root.children]
  const titleAt = nodes.findIndex((node) => headingLevel(node) !== null && nodeText(node).trim())
  const title = titleAt >= 0 ? nodeText(nodes[titleAt]!).trim() : fallbackTitle
  if (titleAt >= 0) nodes.splice(titleAt, 1)

  const placed: MappedDocument['placed'] = []
  const sections = new Map<string, LexicalNode[]>()
  const body: LexicalNode[] = []
  const items: { title: string; nodes: LexicalNode[] }[] = []
  const itemLevel = layout.items
    ? Math.min(...nodes.map((node) => headingLevel(node) ?? Infinity).filter((level, i) => level !== Infinity && !sectionFor(collection, nodeText(nodes[i]!))))
    : Infinity

  let current: LexicalNode[] = body
  let currentLevel = Infinity
  for (const node of nodes) {
    const level = headingLevel(node)
    if (level !== null && level <= currentLevel) {
      const heading = nodeText(node).trim()
      const target = sectionFor(collection, heading)
      if (target) {
        placed.push({ heading, field: target.path })
        current = sections.get(target.path) ?? []
        sections.set(target.path, current)
        currentLevel = level
        continue
      }
      if (layout.items && level === itemLevel) {
        const item = { title: heading, nodes: [] as LexicalNode[] }
        items.push(item)
        placed.push({ heading, field: `${layout.items.array}.${items.length}` })
        current = item.nodes
        currentLevel = level
        continue
      }
      current = body
      currentLevel = Infinity
    }
    current.push(node)
  }

  const data: Record<string, unknown> = { title }
  for (const target of layout.sections) {
    const found = sections.get(target.path)
    if (!found) continue
    const extra = target.path === layout.body ? body.splice(0) : []
    const all = [...extra, ...found]
    setPath(data, target.path, target.kind === 'richText' ? richTextOf(all) : plainText(all))
  }
  if (layout.body && body.length) setPath(data, layout.body, richTextOf(body))
  if (layout.items) {
    const { array, title: titleField, content, code } = layout.items
    const parts = body.length ? [{ title: introductionTitle[language], nodes: body }, ...items] : items
    data[array] = parts.map((part, index) => ({
      ...(code ? { code: code(index) } : {}),
      [titleField]: part.title,
      ...(part.nodes.length ? { [content]: richTextOf(part.nodes) } : {}),
    }))
  }
  return { title, data, placed }
}
