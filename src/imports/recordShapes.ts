import type { KnowledgeCollection } from '../../collections/knowledgeCollections'

export type Column =
  | { column: string; path: string; kind: 'text' | 'richText' | 'number' | 'select' | 'date' }
  | { column: string; path: string; kind: 'taxonomy'; relationTo: Taxonomy }
  | { column: string; path: string; kind: 'lines'; item: string }

export type Taxonomy = 'provinces' | 'target-groups' | 'process-stages' | 'topics' | 'funding-instruments'

const col = (column: string, kind: 'text' | 'richText' | 'number' | 'select' | 'date', path = column): Column => ({ column, path, kind })
const taxonomy = (column: string, relationTo: Taxonomy): Column => ({ column, path: column, kind: 'taxonomy', relationTo })

const shared = [col('visibility', 'select'), col('licence', 'select'), taxonomy('provinces', 'provinces')]

/**
 * The columns of a record, the same for import and export, so that an exported sheet imports back as the same
 * records. Rich text travels as its paragraphs, one a line; taxonomy values as names, separated by «;».
 */
export const recordShapes: Partial<Record<KnowledgeCollection, Column[]>> = {
  'case-studies': [
    col('title', 'text'),
    col('summary', 'text'),
    col('outcome', 'select'),
    col('evidenceType', 'select'),
    col('periodStart', 'date'),
    col('periodEnd', 'date'),
    col('context', 'richText'),
    col('intervention', 'richText'),
    col('results', 'richText'),
    col('participants', 'number', 'metrics.participants'),
    col('placed', 'number', 'metrics.placed'),
    taxonomy('targetGroups', 'target-groups'),
    taxonomy('stages', 'process-stages'),
    taxonomy('fundingInstruments', 'funding-instruments'),
    taxonomy('topics', 'topics'),
    ...shared,
  ],
  lessons: [
    col('title', 'text'),
    col('rootCause', 'select'),
    col('observation', 'richText'),
    col('lesson', 'richText'),
    col('recommendationAction', 'text', 'recommendation.action'),
    col('recommendationActor', 'text', 'recommendation.actor'),
    col('applicability', 'text'),
    taxonomy('stages', 'process-stages'),
    taxonomy('topics', 'topics'),
    taxonomy('targetGroups', 'target-groups'),
    ...shared,
  ],
  'best-practices': [
    col('title', 'text'),
    col('summary', 'text'),
    { column: 'steps', path: 'steps', kind: 'lines', item: 'title' },
    col('transferConditions', 'richText'),
    col('resourcesNeeded', 'text'),
    taxonomy('stages', 'process-stages'),
    taxonomy('topics', 'topics'),
    taxonomy('targetGroups', 'target-groups'),
    ...shared,
  ],
}

export const getPath = (record: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), record)

export const setPath = (record: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let at = record
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>
  at[keys.at(-1)!] = value
}

type Block = { type?: string; text?: string; children?: Block[] }

/** Rich text as its blocks' text, one a line. */
export const richTextToLines = (state: unknown): string => {
  const root = (state as { root?: Block } | null)?.root
  const textOf = (node: Block): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))
  return (root?.children ?? []).map(textOf).filter((line) => line.trim()).join('\n')
}

/** Lines of text as rich-text paragraphs, each in the direction of its text. */
export const linesToRichText = (text: string) => {
  const paragraph = (line: string) => {
    const rtl = /[\u0600-\u06FF]/.test(line) || !/[A-Za-z]/.test(line)
    return {
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: rtl ? 'rtl' : 'ltr',
      textFormat: 0,
      children: [{ type: 'text', text: line, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    }
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'rtl', children: lines.map(paragraph) } }
}
