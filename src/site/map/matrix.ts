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

/** What each cell counts: published case studies by outcome, and lessons learned. */
export const mapCategories = ['success', 'mixed', 'failure', 'lessons'] as const
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
export const categoriesFor = (by: MapColumn): MapCategory[] => (by === 'fundingInstrument' ? mapCategories.filter((category) => category !== 'lessons') : [...mapCategories])

/** The search filters of each category. */
const categoryFilters: Record<MapCategory, SearchFilters> = {
  success: { type: ['case-studies'], outcome: ['success'] },
  mixed: { type: ['case-studies'], outcome: ['mixed'] },
  failure: { type: ['case-studies'], outcome: ['failure'] },
  lessons: { type: ['lessons'] },
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

/**
 * The outcome map as the reader may see it: for each process stage and each value of the column facet,
 * the published case studies by outcome and the lessons learned, counted by the search engine with the
 * reader's visibility. Each search fixes one category and one value of the shorter axis and counts the
 * longer axis as a facet: 1 + 4 × min(stages, columns) searches in all (3 × for funding instruments).
 */
export const outcomeMap = async (
  payload: Payload,
  params: MapParams,
  locale: Locale,
  user: User | null,
  engine?: SearchEngine,
): Promise<OutcomeMap> => {
  const search = engine ?? (await getSearchEngine())
  const visibility = visibilityFor(user)
  const place: SearchFilters = params.province.length ? { province: params.province } : {}
  const [rows, columns, provinces, years] = await Promise.all([
    readAxis(payload, 'process-stages', locale, user, 'order'),
    readAxis(payload, columnCollections[params.by], locale, user),
    readAxis(payload, 'provinces', locale, user),
    search.search({
      q: '',
      filters: { ...place, type: ['case-studies', 'lessons'], visibility },
      facets: [params.calendar],
      limit: 1,
      highlight: false,
    }),
  ])
  const yearOptions = Object.keys(years.facets[params.calendar] ?? {})
    .map(Number)
    .sort((a, b) => a - b)
  const period = periodYears(params, yearOptions)
  const base: SearchFilters = { ...place, ...(period ? { [params.calendar]: period } : {}), visibility }

  const cells = rows.map(() => columns.map((): MapCounts => ({ success: 0, mixed: 0, failure: 0, lessons: 0 })))
  // The shorter axis is fixed one value at a time; the longer one is counted in each search.
  const byRow = rows.length <= columns.length
  const fixed: { facet: FacetName; values: MapAxisValue[] } = byRow ? { facet: 'stage', values: rows } : { facet: params.by, values: columns }
  const counted: { facet: FacetName; values: MapAxisValue[] } = byRow ? { facet: params.by, values: columns } : { facet: 'stage', values: rows }
  const countedAt = new Map(counted.values.map((value, at) => [value.id, at]))
  let exact = counted.values.length <= searchSettings.limits.maxFacetValues
  const categories = categoriesFor(params.by)
  const searches = fixed.values.flatMap((value, fixedAt) =>
    categories.map(async (category) => {
      const result = await search.search({
        q: '',
        filters: { ...base, ...categoryFilters[category], [fixed.facet]: [value.id] },
        facets: [counted.facet],
        limit: 1,
        highlight: false,
      })
      if (!result.facetsExact) exact = false
      for (const [id, count] of Object.entries(result.facets[counted.facet] ?? {})) {
        const countedIndex = countedAt.get(id)
        if (countedIndex === undefined) continue
        const cell = byRow ? cells[fixedAt]![countedIndex]! : cells[countedIndex]![fixedAt]!
        cell[category] = count
      }
    }),
  )
  await Promise.all(searches)
  return { params, rows, columns, cells, years: period, yearOptions, provinces, categories, exact }
}

/** The search that lists what one cell counts of one category, in the map's period and provinces. */
export const cellSearch = (locale: Locale, map: OutcomeMap, row: number, column: number, category: MapCategory): string =>
  paths.search(locale, {
    type: category === 'lessons' ? 'lessons' : 'case-studies',
    outcome: category === 'lessons' ? undefined : category,
    stage: map.rows[row]!.id,
    [map.params.by]: map.columns[column]!.id,
    province: map.params.province,
    year: map.years ? map.years.join(',') : undefined,
  })

/** The number of cells with nothing counted: where the network has no evidence yet. */
export const evidenceGaps = (map: OutcomeMap): number =>
  map.cells.flat().filter((cell) => mapCategories.every((category) => cell[category] === 0)).length
