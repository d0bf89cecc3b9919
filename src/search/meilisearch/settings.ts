import type { Settings } from 'meilisearch'

import { normalizedSynonyms } from '../query'
import { facetFields, type SearchSettings } from '../settings'
import { normalizedFieldNames } from './documents'

/**
 * Hamafza's index settings in Meilisearch's terms. Applying them again changes nothing, so they are
 * sent on every start.
 */
export const meilisearchSettings = (settings: SearchSettings): Settings => ({
  // Field order is Meilisearch's attribute ranking: titles, then summaries, then bodies.
  searchableAttributes: normalizedFieldNames,
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
  // Meilisearch's Persian tokenizing (locale `pes`) is recent and still folds some letters apart; the
  // text is normalized by Hamafza first, and the locale is set so its segmenter treats it as Persian.
  localizedAttributes: [
    { attributePatterns: ['norm_*_fa'], locales: ['pes'] },
    { attributePatterns: ['norm_*_en'], locales: ['eng'] },
  ],
  pagination: { maxTotalHits: settings.limits.maxTotalHits },
  faceting: { maxValuesPerFacet: settings.limits.maxFacetValues, sortFacetValuesBy: { '*': 'count' } },
})
