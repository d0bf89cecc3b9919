import type { CollectionSlug, Payload } from 'payload'

import { jalaliYearOf } from '../../jobs/searchDocuments'
import { getSearchEngine } from '../../jobs/searchEngine'
import type { User } from '../../payload-types'
import type { FacetName, SearchEngine, SearchFilters } from '../../search/port'
import { searchSettings } from '../../search/settings'
import type { Locale } from '../locale'
import { paths } from '../paths'
import { visibilityFor } from '../search/request'
import { maxPeriodYears, type MapColumn, type MapParams } from './params'

/** What each cell counts: published case studies by outcome, lessons learned, and those of them NGOs applied. */
export const mapCategories = ['success', 'mixed', 'failure', 'lessons', 'applied'] as const
export type MapCategory = (typeof mapCategories)[number]
export type MapCounts = Record<MapCategory, number>

export type MapAxisValue = { id: string; label: string }

export type OutcomeMap = {
  params: MapParams
  /** Process stages, in the order of the job-preparation path. */
  rows: MapAxisValue[]
  /** The values of the column facet (`params.by`), by name. */
  columns: MapAxisValue[]
  /** counts[row][column], in the order of `rows` and `columns`. */
  cells: MapCounts[][]
  /** Every year of the period, in its calendar; null when the period is open at both ends. */
  years: number[] | null
  /** Years that hold any record the reader may see, for the period fields. */
  yearOptions: number[]
  provinces: MapAxisValue[]
  /** The categories counted: lessons carry no funding instrument, so that view counts case studies alone. */
  categories: MapCategory[]
  /** False when a search stopped counting at the engines' cap, so some cells may count too few. */
  exact: boolean
}

const columnCollections: Record<MapColumn, CollectionSlug> = {
  targetGroup: 'target-groups',
  topic: 'topics',
  fundingInstrument: 'funding-instruments',
}

/** Lessons are classified by stage, topic and target group, but not by funding instrument. */
export const categoriesFor = (by: MapColumn): MapCategory[] =>
  by === 'fundingInstrument' ? mapCategories.filter((category) => !isLessonCategory(category)) : [...mapCategories]

const isLessonCategory = (category: MapCategory) => category === 'lessons' || category === 'applied'

/** The search filters of each category. */
const categoryFilters: Record<MapCategory, SearchFilters> = {
  success: { type: ['case-studies'], outcome: ['success'] },
  mixed: { type: ['case-studies'], outcome: ['mixed'] },
  failure: { type: ['case-studies'], outcome: ['failure'] },
  lessons: { type: ['lessons'] },
  applied: { type: ['lessons'], practice: ['applied'] },
}

const collators = { fa: new Intl.Collator('fa'), en: new Intl.Collator('en') }

const readAxis = async (
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  user: User | null,
  sort?: string,
): Promise<MapAxisValue[]> => {
  const { docs } = await payload.find({
    collection,
    locale,
    depth: 0,
    pagination: false,
    sort,
    select: { name: true },
    overrideAccess: false,
    user,
  })
  const values = docs.map((doc) => ({ id: String(doc.id), label: String((doc as { name?: unknown }).name ?? doc.id) }))
  return sort ? values : values.sort((a, b) => collators[locale].compare(a.label, b.label))
}

/** The current year in a calendar, Tehran time for the Jalali one. */
const thisYear = (calendar: MapParams['calendar']) => (calendar === 'jalaliYear' ? jalaliYearOf(new Date()) : new Date().getUTCFullYear())

/**
 * The period's years: each year from `from` to `until`. A bound left open is the first (or last) year
 * holding a record, at most maxPeriodYears from the other; both bounds given further apart are refused by parseMapParams.
 */
const periodYears = (params: MapParams, yearOptions: number[]): number[] | null => {
  const { from, until } = params
  if (from === null && until === null) return null
  const first = from ?? Math.max(Math.min(until!, ...yearOptions), until! - maxPeriodYears + 1)
  const last = until ?? Math.min(Math.max(from!, thisYear(params.calendar), ...yearOptions), from! + maxPeriodYears - 1)
  return Array.from({ length: last - first + 1 }, (_, at) => first + at)
}

/** Up to this many records, the map reads them a page at a time and counts each cell itself. */
export const readRecordsUpTo = 500

const hitField = { targetGroup: 'targetGroups', topic: 'topics', fundingInstrument: 'fundingInstruments' } as const

/**
 * The outcome map as the reader may see it: for each process stage and each value of the column facet,
 * the published case studies by outcome, the lessons learned and those of them applied, found by the search engine with the
 * reader's visibility. A few hundred records are read and counted here, a page of a hundred per search;
 * more are counted by the engine, each search fixing one category and one value of the shorter axis and
 * counting the longer axis as a facet (5 × min(stages, columns) searches; 3 × for funding instruments).
 */
export const outcomeMap = async (
  payload: Payload,
  params: MapParams,
  locale: Locale,
  user: User | null,
  {
    engine,
    readUpTo = readRecordsUpTo,
    pageSize = searchSettings.limits.maxLimit,
  }: { engine?: SearchEngine; readUpTo?: number; pageSize?: number } = {},
): Promise<OutcomeMap> => {
  const search = engine ?? (await getSearchEngine())
  const visibility = visibilityFor(user)
  const categories = categoriesFor(params.by)
  const types = categories.includes('lessons') ? ['case-studies', 'lessons'] : ['case-studies']
  const place: SearchFilters = params.province.length ? { province: params.province } : {}
  const open = params.from === null && params.until === null
  const page = (filters: SearchFilters, number: number, facets: FacetName[] = []) =>
    search.search({ q: '', filters: { ...filters, type: types, visibility }, facets, sort: 'newest', page: number, limit: pageSize, highlight: false })
  // The years on offer are those of every record in the provinces, whatever period is chosen.
  const [rows, columns, provinces, first] = await Promise.all([
    readAxis(payload, 'process-stages', locale, user, 'order'),
    readAxis(payload, columnCollections[params.by], locale, user),
    readAxis(payload, 'provinces', locale, user),
    page(place, 1, [params.calendar]),
  ])
  const yearOptions = Object.keys(first.facets[params.calendar] ?? {})
    .map(Number)
    .sort((a, b) => a - b)
  const period = periodYears(params, yearOptions)
  const base: SearchFilters = { ...place, ...(period ? { [params.calendar]: period } : {}) }
  const firstOfPeriod = open ? first : await page(base, 1)

  const cells = rows.map(() => columns.map((): MapCounts => ({ success: 0, mixed: 0, failure: 0, lessons: 0, applied: 0 })))
  const rowAt = new Map(rows.map((value, at) => [value.id, at]))
  const columnAt = new Map(columns.map((value, at) => [value.id, at]))
  let exact = true

  if (firstOfPeriod.totalExact && firstOfPeriod.total <= readUpTo) {
    const pages = Math.ceil(firstOfPeriod.total / pageSize)
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, at) => page(base, at + 2)))
    for (const hit of [firstOfPeriod, ...rest].flatMap((result) => result.hits)) {
      const counted: MapCategory[] =
        hit.type === 'lessons' ? (hit.practice === 'applied' ? ['lessons', 'applied'] : ['lessons']) : [hit.outcome as MapCategory]
      const inMap = counted.filter((category) => categories.includes(category))
      if (!inMap.length) continue
      for (const stage of hit.stages)
        for (const column of hit[hitField[params.by]]) {
          const r = rowAt.get(stage)
          const c = columnAt.get(column)
          if (r !== undefined && c !== undefined) for (const category of inMap) cells[r]![c]![category] += 1
        }
    }
  } else {
    // The shorter axis is fixed one value at a time; the longer one is counted in each search.
    const byRow = rows.length <= columns.length
    const fixed: { facet: FacetName; values: MapAxisValue[] } = byRow ? { facet: 'stage', values: rows } : { facet: params.by, values: columns }
    const counted: { facet: FacetName; at: Map<string, number> } = byRow ? { facet: params.by, at: columnAt } : { facet: 'stage', at: rowAt }
    exact = counted.at.size <= searchSettings.limits.maxFacetValues
    const searches = fixed.values.flatMap((value, fixedAt) =>
      categories.map(async (category) => {
        const result = await search.search({
          q: '',
          filters: { ...base, visibility, ...categoryFilters[category], [fixed.facet]: [value.id] },
          facets: [counted.facet],
          limit: 1,
          highlight: false,
        })
        if (!result.facetsExact) exact = false
        for (const [id, count] of Object.entries(result.facets[counted.facet] ?? {})) {
          const countedIndex = counted.at.get(id)
          if (countedIndex === undefined) continue
          const cell = byRow ? cells[fixedAt]![countedIndex]! : cells[countedIndex]![fixedAt]!
          cell[category] = count
        }
      }),
    )
    await Promise.all(searches)
  }
  return { params, rows, columns, cells, years: period, yearOptions, provinces, categories, exact }
}

/** The search that lists what one cell counts of one category, in the map's period and provinces. */
export const cellSearch = (locale: Locale, map: OutcomeMap, row: number, column: number, category: MapCategory): string =>
  paths.search(locale, {
    type: isLessonCategory(category) ? 'lessons' : 'case-studies',
    outcome: isLessonCategory(category) ? undefined : category,
    practice: category === 'applied' ? 'applied' : undefined,
    stage: map.rows[row]!.id,
    [map.params.by]: map.columns[column]!.id,
    province: map.params.province,
    year: map.years ? map.years.join(',') : undefined,
  })

/** The number of cells with nothing counted: where the network has no evidence yet. */
export const evidenceGaps = (map: OutcomeMap): number =>
  map.cells.flat().filter((cell) => mapCategories.every((category) => cell[category] === 0)).length
