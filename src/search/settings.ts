import type { FacetName, SearchDocument } from './port'
import { facetTag } from './facetTags'
import { outcomeWords, synonyms } from './synonyms'

export interface SearchSettings {
  typo: { oneTypoMinLength: number; twoTyposMinLength: number; maxExpansionsPerWord: number }
  prefixMinLength: number
  limits: {
    maxQueryLength: number
    maxQueryWords: number
    defaultLimit: number
    maxLimit: number
    maxTotalHits: number
    maxFilterValues: number
    maxFacetValues: number
  }
  snippetWords: number
  /** Characters of a summary or body searched for the snippet: beyond, the start is shown. */
  highlightScanChars: number
  synonyms: Readonly<Record<string, readonly string[]>>
}

/**
 * The index settings both adapters apply, as data: which fields are searched and how much they weigh,
 * which can be filtered and sorted, how forgiving matching is, and the limits that keep queries cheap.
 */
export const searchSettings: SearchSettings = {
  typo: {
    /** Words of 4–7 characters may carry one typo, 8 and more two (Meilisearch's minWordSizeForTypos). */
    oneTypoMinLength: 4,
    twoTyposMinLength: 8,
    /** Closest vocabulary words kept per query word, so a short word does not fan out into hundreds. */
    maxExpansionsPerWord: 8,
  },
  /** The last query word also matches as a prefix (search as you type) from this many characters. */
  prefixMinLength: 2,
  limits: {
    maxQueryLength: 500,
    /** Meilisearch ignores words past the tenth; the embedded engine does the same so both agree. */
    maxQueryWords: 10,
    defaultLimit: 20,
    maxLimit: 100,
    /** Totals and facet counts stop here (Meilisearch's pagination.maxTotalHits). */
    maxTotalHits: 1000,
    maxFilterValues: 50,
    maxFacetValues: 100,
  },
  /** Words of original text around the best match in a body snippet. */
  snippetWords: 30,
  highlightScanChars: 20_000,
  // An outcome's words also find its case studies: each word's alternative is the outcome's facet tag,
  // which the embedded engine indexes with every document and Meilisearch in `facet_tags`.
  synonyms: {
    ...synonyms,
    ...Object.fromEntries(Object.entries(outcomeWords).flatMap(([outcome, words]) => words.map((word) => [word, [facetTag('outcome', outcome)]]))),
  },
}

/** The document field behind each facet; multi-valued fields are arrays. */
export const facetFields = {
  type: 'type',
  outcome: 'outcome',
  practice: 'practice',
  province: 'provinces',
  organization: 'organization',
  targetGroup: 'targetGroups',
  stage: 'stages',
  topic: 'topics',
  fundingInstrument: 'fundingInstruments',
  year: 'year',
  jalaliYear: 'jalaliYear',
  visibility: 'visibility',
} as const satisfies Record<FacetName, keyof SearchDocument>

/** The values a document files under a facet, as strings (years too, as facet counts key them). */
export const facetValues = (document: SearchDocument, facet: FacetName): string[] => {
  const value: unknown = document[facetFields[facet]]
  const values = Array.isArray(value) ? value : [value]
  // A record filed twice under one value still counts once.
  return [...new Set(values.filter((v) => v !== null && v !== undefined && v !== '').map((v) => String(v)))]
}
