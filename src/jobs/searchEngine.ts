import { createSearchEngine } from '../search'
import type { SearchEngine } from '../search/port'

/**
 * One search engine per server process, opened on first use. Kept on globalThis so that Next's
 * module reloading and several route bundles share the same open index.
 */
type Holder = { engine?: Promise<SearchEngine> }
const holder = ((globalThis as { __hamafzaSearch?: Holder }).__hamafzaSearch ??= {})

export const getSearchEngine = (): Promise<SearchEngine> => {
  if (!holder.engine) {
    const opening = createSearchEngine(process.env)
    holder.engine = opening
    // An engine that failed to open is not kept: the next search tries again, rather than every one failing.
    opening.catch(() => {
      if (holder.engine === opening) holder.engine = undefined
    })
  }
  return holder.engine
}

/** Puts another engine in place (a wrapper around the real one, say); returns the previous one. */
export const useSearchEngine = async (engine: SearchEngine): Promise<SearchEngine | undefined> => {
  const previous = holder.engine ? await holder.engine : undefined
  holder.engine = Promise.resolve(engine)
  return previous
}
