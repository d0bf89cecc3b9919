import { flattenAllFields, type FlattenedBlock, type FlattenedField, type Payload } from 'payload'

type Id = number | string
type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Points every link of a restored record at its target's id in the new database, where ids could not be
 * kept (a move between SQLite and MongoDB, whose ids are of different kinds). Walks the config's own
 * fields, so a field added later is followed too: relationships and uploads (one, many, polymorphic,
 * localized), inside groups, tabs, arrays and blocks (the nested-docs breadcrumbs are such an array),
 * a version's `parent`, links and uploads inside rich text, and a queued job's input. A link to a record
 * the archive does not hold (removed before the backup) is dropped and counted.
 */
export class Relinker {
  dangling = 0

  constructor(
    private readonly payload: Payload,
    /** Per collection: the archive's id (as a string) → the id it has in the new database. */
    private readonly ids: Map<string, Map<string, Id>>,
    /** Whether a collection's records keep their archived ids. */
    readonly keeps: (collection: string) => boolean,
  ) {}

  /** The new id of a record; a link written as a string (as a scheduled job's is) stays a string. */
  newId(collection: string, id: unknown): Id | undefined {
    if (id == null) return undefined
    const found = this.ids.get(collection)?.get(String(isObject(id) ? id.id : id))
    return found !== undefined && typeof id === 'string' ? String(found) : found
  }

  record(fields: FlattenedField[], data: Data, localized = false): Data {
    for (const field of fields) {
      if (!('name' in field) || !(field.name in data)) continue
      const perLocale = Boolean(field.localized) && !localized
      const value = data[field.name]
      data[field.name] = perLocale && isObject(value) ? this.perLocale(value, (v) => this.field(field, v, true)) : this.field(field, value, localized)
    }
    return data
  }

  /** A queued job's input, read by its task's own input fields. */
  jobInput(taskSlug: unknown, input: unknown): unknown {
    const task = this.payload.config.jobs?.tasks?.find((t) => t.slug === taskSlug)
    if (!task?.inputSchema || !isObject(input)) return input
    return this.record(flattenAllFields({ fields: task.inputSchema }), input)
  }

  private perLocale(value: Data, each: (value: unknown) => unknown): Data {
    return Object.fromEntries(Object.entries(value).map(([locale, v]) => [locale, each(v)]))
  }

  private field(field: FlattenedField, value: unknown, localized: boolean): unknown {
    if (value == null) return value
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const relink = (v: unknown) => this.link(field.relationTo, v)
        if (Array.isArray(value)) return value.map(relink).filter((v) => v !== undefined)
        return relink(value) ?? null
      }
      case 'group':
      case 'tab':
        return isObject(value) ? this.record(field.flattenedFields, value, localized) : value
      case 'array':
        return Array.isArray(value) ? value.map((row) => (isObject(row) ? this.record(field.flattenedFields, row, localized) : row)) : value
      case 'blocks':
        return Array.isArray(value) ? value.map((row) => this.block(field.blocks, field.blockReferences, row, localized)) : value
      case 'richText':
        return this.richText(value)
      default:
        return value
    }
  }

  private block(blocks: FlattenedBlock[], references: (FlattenedBlock | string)[] | undefined, row: unknown, localized: boolean) {
    if (!isObject(row)) return row
    const all = [...blocks, ...(references ?? []).map((ref) => (typeof ref === 'string' ? (this.payload.blocks as Record<string, FlattenedBlock | undefined>)[ref] : ref))]
    const block = all.find((b) => b?.slug === row.blockType)
    return block ? this.record(block.flattenedFields, row, localized) : row
  }

  /** One link: an id, or `{ relationTo, value }` when the field may point at several collections. */
  private link(relationTo: string | string[], value: unknown): unknown {
    if (typeof relationTo === 'string') {
      const id = this.newId(relationTo, value)
      if (id === undefined) this.dangling++
      return id
    }
    if (!isObject(value) || typeof value.relationTo !== 'string') return value
    const id = this.newId(value.relationTo, value.value)
    if (id === undefined) {
      this.dangling++
      return undefined
    }
    return { ...value, value: id }
  }

  /** Lexical keeps links, uploads and relationships as nodes holding `{ relationTo, value }`. */
  private richText(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((child) => this.richText(child))
    if (!isObject(node)) return node
    const out: Data = {}
    for (const [key, value] of Object.entries(node)) out[key] = this.richText(value)
    if (typeof out.relationTo === 'string' && 'value' in out && this.ids.has(out.relationTo) && out.value != null) {
      const id = this.newId(out.relationTo, out.value)
      if (id === undefined) this.dangling++
      out.value = id ?? null
    }
    return out
  }
}
