import { charLength, normalizeForSearch } from '../../src/search/normalize'
import { corpusCollections, type Corpus, type CorpusCollection } from './corpus'
import { domainPhrases } from './lexicon'
import { chance, integer, pick, seededRandom, ZipfSampler, type Random } from './random'

/**
 * What readers type: whole words, words with one slip of the finger, and the first letters of a
 * word still being typed, each alone or narrowed by facets. Words are drawn from the corpus
 * vocabulary at its own (Zipf) frequencies, so common words are searched more often, as in real logs.
 */

export const queryKinds = ['full', 'full+facets', 'typo', 'typo+facets', 'prefix', 'prefix+facets'] as const
export type QueryKind = (typeof queryKinds)[number]

export type FacetFilters = Partial<Record<'type' | 'province' | 'outcome' | 'year' | 'topic', string[]>>

export interface BenchQuery {
  kind: QueryKind
  q: string
  filters: FacetFilters
}

const persianLetters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی']
const latinLetters = [...'abcdefghijklmnopqrstuvwxyz']

/** One edit (replace, drop, add or swap two letters) that leaves a different word. */
export const withTypo = (random: Random, word: string): string => {
  const letters = [...word]
  const alphabet = /[a-z]/i.test(word) ? latinLetters : persianLetters
  // Never touch the first letter: readers rarely mistype it, and typo candidates share it.
  const at = integer(random, 1, letters.length - 1)
  const edit = integer(random, 0, 3)
  if (edit === 0) letters[at] = pick(random, alphabet.filter((l) => l !== letters[at]))
  else if (edit === 1) letters.splice(at, 1)
  else if (edit === 2) letters.splice(at, 0, pick(random, alphabet))
  else if (at < letters.length - 1) [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!]
  else letters.splice(at, 1)
  return letters.join('')
}

export const buildQueries = (corpus: Corpus, perKind: number, seed = corpus.seed): Record<QueryKind, BenchQuery[]> => {
  const { writer, taxonomies } = corpus
  // Half-spaced words are one word once normalized; a reader's word is whatever they type between spaces.
  const length = (word: string) => charLength(normalizeForSearch(word))
  const contentWord = (random: Random, min: number): string => {
    const locale = chance(random, 0.1) ? 'en' : 'fa'
    for (;;) {
      const word = writer.contentWord(random, locale)
      if (length(word) >= min) return word
    }
  }
  const provinceZipf = new ZipfSampler(taxonomies.provinces.length, 0.8, 1)
  const filters = (random: Random): FacetFilters => {
    const province = () => [String(taxonomies.provinces[provinceZipf.draw(random)]!.id)]
    const type = () => [pick(random, corpusCollections.slice(0, 4))]
    const roll = random()
    if (roll < 0.3) return { province: province() }
    if (roll < 0.5) return { type: type() }
    if (roll < 0.65) return { year: [String(integer(random, corpus.years[1] - 10, corpus.years[1]))] }
    if (roll < 0.8) return { province: province(), type: type() }
    if (roll < 0.9) return { outcome: [pick(random, ['success', 'failure', 'mixed'])] }
    return { topic: [String(pick(random, taxonomies.topics).id)] }
  }
  const full = (random: Random) => {
    if (chance(random, 0.1)) return pick(random, domainPhrases)
    const first = contentWord(random, 2)
    return chance(random, 0.35) ? `${first} ${contentWord(random, 2)}` : first
  }
  const typo = (random: Random) => {
    const word = contentWord(random, 5)
    for (let attempt = 0; attempt < 10; attempt++) {
      const typed = withTypo(random, word)
      if (normalizeForSearch(typed) !== normalizeForSearch(word)) return chance(random, 0.25) ? `${contentWord(random, 2)} ${typed}` : typed
    }
    return word
  }
  const prefix = (random: Random) => {
    const word = contentWord(random, 4)
    const letters = [...normalizeForSearch(word)]
    // Mostly two to four letters in, as a reader sees suggestions before finishing the word.
    const cut = Math.min(letters.length - 1, pick(random, [2, 3, 3, 3, 4, 4, 5]))
    const typed = letters.slice(0, cut).join('')
    return chance(random, 0.4) ? `${contentWord(random, 2)} ${typed}` : typed
  }
  const makers: Record<'full' | 'typo' | 'prefix', (random: Random) => string> = { full, typo, prefix }
  const out = {} as Record<QueryKind, BenchQuery[]>
  for (const kind of queryKinds) {
    const random = seededRandom(seed, `queries:${kind}`)
    const [base, faceted] = kind.split('+') as ['full' | 'typo' | 'prefix', string | undefined]
    out[kind] = Array.from({ length: perKind }, () => ({ kind, q: makers[base](random), filters: faceted ? filters(random) : {} }))
  }
  return out
}

/** GET /api/search for one query, as the search page sends it. */
export const searchPath = (query: BenchQuery): string => {
  const params = new URLSearchParams({ q: query.q })
  for (const [facet, values] of Object.entries(query.filters)) for (const value of values) params.append(facet, value)
  return `/api/search?${params}`
}

/** The text fields of each collection, as a database search would scan them (both locales). */
const textFields: Record<CorpusCollection, string[]> = {
  'case-studies': ['title', 'summary', 'context', 'intervention', 'results'],
  lessons: ['title', 'observation', 'lesson', 'recommendation.action', 'recommendation.actor', 'applicability'],
  'best-practices': ['title', 'summary', 'transferConditions', 'resourcesNeeded'],
  curricula: ['title', 'summary', 'modules.title', 'modules.content'],
  organizations: ['name', 'description', 'city'],
}

/** A facet filter as a Payload `where` clause on one collection; null when no record there can match. */
const facetWhere = (collection: CorpusCollection, facet: keyof FacetFilters, values: string[]): Record<string, unknown> | null => {
  const organization = collection === 'organizations'
  switch (facet) {
    case 'type':
      return values.includes(collection) ? {} : null
    case 'province':
      return organization ? { province: { in: values } } : { provinces: { in: values } }
    case 'outcome':
      return collection === 'case-studies' ? { outcome: { in: values } } : null
    case 'topic':
      return organization ? { fieldsOfActivity: { in: values } } : { topics: { in: values } }
    case 'year': {
      const year = Number(values[0])
      const field = collection === 'case-studies' ? 'periodStart' : 'createdAt'
      return { [field]: { greater_than_equal: `${year}-01-01T00:00:00.000Z`, less_than: `${year + 1}-01-01T00:00:00.000Z` } }
    }
  }
}

/** Flattens a `where` object into the bracketed query string Payload's REST API reads. */
const flatten = (prefix: string, value: unknown, params: URLSearchParams) => {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}[${key}]`, inner, params)
  } else params.append(prefix, String(value))
}

/**
 * The same query as Payload REST calls, one per collection that could hold a match: `like` on every
 * text field in any locale (what @payloadcms/plugin-search's `like` on its synced fields amounts to),
 * with the facets as `where` clauses, a page of 20 with its total, titles only.
 */
export const databasePaths = (query: BenchQuery): string[] =>
  corpusCollections.flatMap((collection) => {
    const and: Record<string, unknown>[] = [{ or: textFields[collection].map((field) => ({ [field]: { like: query.q } })) }]
    if (collection === 'organizations') and.push({ membershipStatus: { equals: 'active' } })
    for (const [facet, values] of Object.entries(query.filters)) {
      const clause = facetWhere(collection, facet as keyof FacetFilters, values)
      if (clause === null) return []
      if (Object.keys(clause).length) and.push(clause)
    }
    const params = new URLSearchParams({ locale: 'all', depth: '0', limit: '20' })
    params.set(collection === 'organizations' ? 'select[name]' : 'select[title]', 'true')
    flatten('where', { and }, params)
    return [`/api/${collection}?${params}`]
  })
