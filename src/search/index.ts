import { EmbeddedSearchEngine } from './embedded/engine'
import { MeilisearchEngine } from './meilisearch/engine'
import type { SearchEngine } from './port'
import { searchSettings, type SearchSettings } from './settings'

/**
 * The one way the app gets a search engine. Server-side only: the Meilisearch key read here must never
 * be bundled for a browser.
 */

export interface SearchEnvironment {
  /** Set: Meilisearch at this URL. Unset: the embedded engine. */
  MEILISEARCH_URL?: string
  MEILISEARCH_API_KEY?: string
  MEILISEARCH_INDEX?: string
  /** The embedded engine's database file; data/search.db by default. */
  SEARCH_DB_PATH?: string
  [name: string]: string | undefined
}

export const defaultSearchDbPath = 'data/search.db'

/** Picks the adapter without touching it; `createSearchEngine` also opens it and applies its settings. */
export const selectSearchEngine = (
  env: SearchEnvironment = process.env,
  settings: SearchSettings = searchSettings,
): SearchEngine => {
  const url = env.MEILISEARCH_URL?.trim()
  if (url)
    return new MeilisearchEngine({
      url,
      apiKey: env.MEILISEARCH_API_KEY?.trim() || undefined,
      indexUid: env.MEILISEARCH_INDEX?.trim() || undefined,
      settings,
    })
  return new EmbeddedSearchEngine({ path: env.SEARCH_DB_PATH?.trim() || defaultSearchDbPath, settings })
}

export const createSearchEngine = async (
  env: SearchEnvironment = process.env,
  settings: SearchSettings = searchSettings,
): Promise<SearchEngine> => {
  const engine = selectSearchEngine(env, settings)
  await engine.init()
  return engine
}

export * from './errors'
export type * from './port'
export { facetNames, searchLocales, searchSorts, visibilities } from './port'
export { normalizeForSearch, searchWords } from './normalize'
export { lexicalFieldsToPlainText, lexicalToPlainText } from './lexicalText'
export { searchSettings, type SearchSettings } from './settings'
