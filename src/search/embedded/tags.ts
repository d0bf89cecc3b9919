import { tagMarker as marker } from '../facetTags'

/**
 * Facet values as single FTS5 tokens in search_text's tags column (see facetTags.ts), so that a filter
 * such as «province 7 or 8» becomes `("…" OR "…")` ANDed into the MATCH. The same token is computed in
 * SQL when an older index is upgraded.
 */

export { facetTag } from '../facetTags'

/** The same tag in SQL, from two SQL expressions; hex() is upper case and the tokenizer folds case. */
export const sqlTag = (facet: string, value: string) => `'${marker}' || lower(hex(${facet} || '=' || ${value}))`

/** Whether a vocabulary term (an SQL expression) is a tag rather than a word of the text. */
export const isTagTerm = (term: string) => `(${term} GLOB '${marker}[0-9a-f]*' AND length(${term}) > ${marker.length + 4})`
