/**
 * Plain text out of Payload's Lexical JSON, for indexing. Blocks (paragraphs, headings, list items,
 * quotes, table rows) end with a newline and table cells with a tab, so words never run together;
 * uploads contribute their alt text, relationships nothing.
 */

interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
  value?: unknown
  fields?: unknown
}

/** Nodes that flow inside a line; everything else with children is a block of its own. */
const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'mark', 'hashtag', 'inlineBlock'])

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

const altOf = (value: unknown): string => {
  if (!isNode(value)) return ''
  const alt = (value as { alt?: unknown }).alt
  if (typeof alt === 'string') return alt
  // A localized alt arrives as { fa, en } when the upload was populated without a locale.
  if (isNode(alt)) return Object.values(alt).filter((v): v is string => typeof v === 'string').join(' ')
  return ''
}

const walk = (node: LexicalNode, out: string[]): void => {
  const type = typeof node.type === 'string' ? node.type : ''
  if (type === 'text' && typeof node.text === 'string') {
    out.push(node.text)
    return
  }
  if (type === 'linebreak') {
    out.push('\n')
    return
  }
  if (type === 'tab') {
    out.push('\t')
    return
  }
  if (type === 'upload') {
    const alt = altOf(node.value)
    if (alt) out.push('\n', alt, '\n')
    return
  }
  if (type === 'relationship' || type === 'horizontalrule') return

  const children = Array.isArray(node.children) ? node.children.filter(isNode) : []
  if (type === 'tablecell') {
    for (const child of children) walk(child, out)
    out.push('\t')
    return
  }
  const block = !inlineTypes.has(type)
  if (block) out.push('\n')
  for (const child of children) walk(child, out)
  if (block) out.push('\n')
}

/** Accepts the editor state as stored (object or JSON string); anything else gives ''. */
export const lexicalToPlainText = (state: unknown): string => {
  let value = state
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return ''
    }
  }
  if (!isNode(value)) return ''
  const root = (value as { root?: unknown }).root
  if (!isNode(root)) return ''
  const out: string[] = []
  walk(root, out)
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** Several rich-text fields of one record, as one body. */
export const lexicalFieldsToPlainText = (...states: unknown[]): string =>
  states
    .map(lexicalToPlainText)
    .filter((text) => text !== '')
    .join('\n')
