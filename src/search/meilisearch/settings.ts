import type { Settings } from 'meilisearch'

import { normalizedSynonyms } from '../query'
import { facetFields, type SearchSettings } from '../settings'
import { facetTagsField, normalizedFieldNames, textLocale } from './documents'

/**
 * Hamafza's index settings in Meilisearch's terms. Applying them again changes nothing, so they are
 * sent on every start.
 */
export const meilisearchSettings = (settings: SearchSettings): Settings => ({
  // Field order is Meilisearch's attribute ranking: titles, then summaries, then bodies.
  searchableAttributes: [...normalizedFieldNames, facetTagsField],
  filterableAttributes: [...new Set(Object.values(facetFields))],
  sortableAttributes: ['publishedAt', 'updatedAt'],
  // Sort first: "newest" must mean strictly by date, as in the embedded engine. Without a sort in the
  // query the rule does nothing, and relevance is words, typos, proximity, field, exactness, and then,
  // as in the embedded engine, the newest.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAt:desc'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: settings.typo.oneTypoMinLength, twoTypos: settings.typo.twoTyposMinLength },
    // The embedded engine never bends numbers either: 1401 must not find 1402.
    disableOnNumbers: true,
  },
  synonyms: Object.fromEntries(normalizedSynonyms(settings)),
  // Hamafza hands Meilisearch its text already split into words and folded (normalize.ts). Under the
  // Persian locale, Meilisearch 1.21 segments Arabic-script text with its Arabic segmenter, the only one
  // for the script, which cuts a leading «ال» off every word («الگوی» → «ال» «گوی»): the normalized
  // fields (named in full: a pattern's `*` goes at its start or end) and the queries (searchParams.ts)
  // are therefore read with a Latin-script locale, whose segmenter splits at spaces and punctuation only.
  localizedAttributes: [{ attributePatterns: [...normalizedFieldNames, facetTagsField], locales: [textLocale] }],
  pagination: { maxTotalHits: settings.limits.maxTotalHits },
  faceting: { maxValuesPerFacet: settings.limits.maxFacetValues, sortFacetValuesBy: { '*': 'count' } },
})
