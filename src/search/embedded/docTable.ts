import type { Client } from '@libsql/client'

import { facetNames, visibilities, type FacetCounts, type FacetName, type Visibility } from '../port'

/**
 * What a search needs to know of each matching document besides its words — who may see it, when it
 * was published, its facet values — held in memory by rowid, so that a search reads only row ids from
 * FTS5. Reading those three for a thousand matches out of search_docs cost about as much as finding
 * the matches, and splitting their facet strings as much again.
 *
 * It follows the index through search_changes, where every write notes the rowids it touched, and
 * through the epoch in search_meta, which a rebuild's swap or a clear changes (every rowid then
 * changes): each search first asks for the newest change, and reads again the rows changed since,
 * whichever process wrote them. At 100,000 documents it holds a few megabytes.
 */

const visibilityCode = new Map<string, number>(visibilities.map((visibility, i) => [visibility, i + 1]))

/** The state to compare with before each search: one indexed lookup in each table. */
const stateStatement = `SELECT (SELECT value FROM search_meta WHERE key = 'epoch') AS epoch,
  coalesce((SELECT max(seq) FROM search_changes), 0) AS last, coalesce((SELECT min(seq) FROM search_changes), 0) AS first`

// Rows come packed in one text value per page: a row object each would cost more than the rows.
const page = 20_000
const packedRow = (table: string) =>
  `${table}.rowid || char(29) || ${table}.visibility || char(29) || ${table}.published_at || char(29) || ${table}.facets`

export class DocTable {
  #epoch: string | null = null
  #seq = 0
  #published = new Float64Array(0)
  /** 0 when the rowid holds no document, else 1 + its place in `visibilities`. */
  #visibility = new Uint8Array(0)
  /**
   * Each document's facet entries as codes, one UTF-16 unit each: room for 65,536 distinct facet
   * values across all facets, where the network's NGOs, provinces, topics and years make a few thousand.
   */
  #codes: string[] = []
  readonly #codeOf = new Map<string, number>()
  /** code → [facet, value] */
  readonly #entries: [FacetName, string][] = []
  #counts = new Uint32Array(0)
  #refreshing: Promise<void> | null = null

  /** Brings the table up to date with the index; concurrent searches share one refresh. */
  refresh(client: Client): Promise<void> {
    this.#refreshing ??= this.#refresh(client).finally(() => (this.#refreshing = null))
    return this.#refreshing
  }

  async #refresh(client: Client): Promise<void> {
    const { rows } = await client.execute(stateStatement)
    const epoch = String(rows[0]?.epoch ?? '')
    const last = Number(rows[0]?.last ?? 0)
    const first = Number(rows[0]?.first ?? 0)
    // The changes since this table's last read may have been trimmed from the log: read everything.
    if (epoch !== this.#epoch || (last > this.#seq && first > this.#seq + 1)) return this.#load(client, epoch, last)
    if (last === this.#seq) return
    const changed = await client.execute({
      sql: `SELECT group_concat(c.doc || char(29) || coalesce(${packedRow('d')}, ''), char(30)) AS packed
            FROM (SELECT DISTINCT doc FROM search_changes WHERE seq > ? AND seq <= ?) c LEFT JOIN search_docs d ON d.rowid = c.doc`,
      args: [this.#seq, last],
    })
    for (const record of String(changed.rows[0]?.packed ?? '').split('\u001e')) {
      if (!record) continue
      const at = record.indexOf('\u001d')
      const doc = Number(record.slice(0, at))
      if (at === record.length - 1) this.#remove(doc)
      else this.#set(record.slice(at + 1))
    }
    this.#seq = last
  }

  async #load(client: Client, epoch: string, seq: number): Promise<void> {
    this.#published = new Float64Array(0)
    this.#visibility = new Uint8Array(0)
    this.#codes = []
    for (let after = 0; ; ) {
      const { rows } = await client.execute({
        sql: `SELECT group_concat(row, char(30)) AS packed, max(rowid) AS last, count(*) AS n
              FROM (SELECT d.rowid, ${packedRow('d')} AS row FROM search_docs d WHERE d.rowid > ? ORDER BY d.rowid LIMIT ${page})`,
        args: [after],
      })
      const packed = String(rows[0]?.packed ?? '')
      if (packed) for (const record of packed.split('\u001e')) this.#set(record)
      if (Number(rows[0]?.n ?? 0) < page) break
      after = Number(rows[0]?.last)
    }
    this.#epoch = epoch
    this.#seq = seq
  }

  #grow(doc: number) {
    if (doc < this.#visibility.length) return
    const size = Math.max(1024, doc + 1, this.#visibility.length * 2)
    const published = new Float64Array(size)
    published.set(this.#published)
    const visibility = new Uint8Array(size)
    visibility.set(this.#visibility)
    this.#published = published
    this.#visibility = visibility
  }

  #code(entry: string): number {
    let code = this.#codeOf.get(entry)
    if (code === undefined) {
      code = this.#entries.length
      if (code > 0xffff) throw new Error('the search index holds more than 65,536 distinct facet values, more than its document table can code')
      const at = entry.indexOf('=')
      this.#entries.push([entry.slice(0, at) as FacetName, entry.slice(at + 1)])
      this.#codeOf.set(entry, code)
    }
    return code
  }

  /** One packed record: rowid, visibility, published_at, facets (see encodeFacets). */
  #set(record: string) {
    const [doc, visibility, published, facets = ''] = record.split('\u001d')
    const rowid = Number(doc)
    this.#grow(rowid)
    this.#visibility[rowid] = visibilityCode.get(visibility ?? '') ?? 0
    this.#published[rowid] = Number(published)
    let codes = ''
    for (const entry of facets.split('\u001f')) if (entry) codes += String.fromCharCode(this.#code(entry))
    this.#codes[rowid] = codes
  }

  #remove(doc: number) {
    if (doc >= this.#visibility.length) return
    this.#visibility[doc] = 0
    this.#codes[doc] = ''
  }

  /** Whether the document is in the index and one of these may see it. */
  visibleTo(doc: number, allowed: readonly Visibility[]): boolean {
    const code = this.#visibility[doc] ?? 0
    return code !== 0 && allowed.includes(visibilities[code - 1]!)
  }

  publishedAt(doc: number): number {
    return this.#published[doc] ?? 0
  }

  /** Facet counts over these documents, most frequent first, at most `maxValues` values a facet. */
  count(docs: readonly number[], facets: readonly FacetName[], maxValues: number): FacetCounts {
    const out: FacetCounts = {}
    if (!facets.length) return out
    if (this.#counts.length < this.#entries.length) this.#counts = new Uint32Array(Math.max(256, this.#entries.length * 2))
    const counts = this.#counts
    const touched: number[] = []
    for (const doc of docs) {
      const codes = this.#codes[doc] ?? ''
      for (let i = 0; i < codes.length; i++) {
        const code = codes.charCodeAt(i)
        const seen = counts[code]!
        counts[code] = seen + 1
        if (seen === 0) touched.push(code)
      }
    }
    const wanted = new Map<FacetName, [string, number][]>(facets.map((facet) => [facet, []]))
    for (const code of touched) {
      const [facet, value] = this.#entries[code]!
      wanted.get(facet)?.push([value, counts[code]!])
      counts[code] = 0
    }
    for (const facet of facetNames) {
      const values = wanted.get(facet)
      if (!values) continue
      // Most frequent first, as many as Meilisearch's maxValuesPerFacet would return.
      values.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      out[facet] = Object.fromEntries(values.slice(0, maxValues))
    }
    return out
  }
}
