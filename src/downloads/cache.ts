/** What a rendered file depends on, but the site's address: the key its size is known by. */
export const sizeKey = (id: number | string, revision: string, locale: string, format: 'pdf' | 'docx') => [format, id, revision, locale].join('|')

/**
 * Rendered files kept in memory, keyed by what they depend on (curriculum, the revision of its content,
 * language, format, the site's address for the permanent link). A changed edition has a new revision, so
 * nothing is ever invalidated by hand; the oldest files go first once the budget is spent. Renders already
 * under way are shared, so a rush on a new edition renders it once.
 */
export class FileCache {
  private files = new Map<string, Promise<Buffer>>()
  private sizes = new Map<string, number>()
  private bytes = 0
  /** Sizes by a key without the site's address, for the links on a page (a few bytes either way). */
  private lastSizes = new Map<string, number>()

  constructor(private readonly budget = 32 * 1024 * 1024) {}

  async get(key: string, render: () => Promise<Buffer>, sizeKey?: string): Promise<{ body: Buffer; cached: boolean }> {
    const found = this.files.get(key)
    if (found) {
      // Most recently used last, so eviction takes the least recently used.
      this.files.delete(key)
      this.files.set(key, found)
      return { body: await found, cached: true }
    }
    const pending = render()
    this.files.set(key, pending)
    try {
      const body = await pending
      this.sizes.set(key, body.length)
      if (sizeKey) {
        this.lastSizes.delete(sizeKey)
        this.lastSizes.set(sizeKey, body.length)
        if (this.lastSizes.size > 4096) this.lastSizes.delete(this.lastSizes.keys().next().value!)
      }
      this.bytes += body.length
      this.evict()
      return { body, cached: false }
    } catch (error) {
      this.files.delete(key)
      throw error
    }
  }

  /** The size of a file rendered before, by its size key; undefined when not rendered yet. */
  size(sizeKey: string): number | undefined {
    return this.lastSizes.get(sizeKey)
  }

  private evict() {
    for (const key of this.files.keys()) {
      if (this.bytes <= this.budget || this.files.size <= 1) break
      const size = this.sizes.get(key)
      if (size == null) continue // still rendering
      this.files.delete(key)
      this.sizes.delete(key)
      this.bytes -= size
    }
  }
}

/**
 * The app's one cache of curriculum files per server process: on globalThis, as Next bundles the route
 * handlers and the pages that show the sizes separately.
 */
const shared = globalThis as typeof globalThis & { hamafzaDownloadCache?: FileCache }
export const downloadCache: FileCache = (shared.hamafzaDownloadCache ??= new FileCache())
