import type { Payload } from 'payload'

import { labels } from '../../i18n/labels'
import type { User } from '../../payload-types'
import { isSearchError } from '../../search/errors'
import type { SearchEngine } from '../../search/port'
import type { Locale } from '../locale'
import { attachment, csvLine } from '../search/exports'
import { pick } from '../text'
import { mapText } from '../text/map'
import { outcomeMap, type OutcomeMap } from './matrix'
import { isMapParamsError, parseMapParams, type MapColumn } from './params'

export const columnLabels: Record<MapColumn, keyof typeof labels> = {
  targetGroup: 'targetGroup',
  topic: 'topic',
  fundingInstrument: 'fundingInstrument',
}

/**
 * The map as CSV, one line per cell: stage, column value, then the counts. UTF-8 with a byte order mark,
 * so a spreadsheet reads Persian names rightly; every name goes through csvCell, so none runs as a formula.
 */
export const mapCsv = (map: OutcomeMap, locale: Locale): string => {
  const t = pick(mapText, locale)
  const heads = { success: t.csvSuccess, mixed: t.csvMixed, failure: t.csvFailure, lessons: t.csvLessons, applied: t.csvApplied }
  const lines = [csvLine([t.csvStage, labels[columnLabels[map.params.by]][locale], ...map.categories.map((category) => heads[category])])]
  map.rows.forEach((row, r) =>
    map.columns.forEach((column, c) => lines.push(csvLine([row.label, column.label, ...map.categories.map((category) => map.cells[r]![c]![category])]))),
  )
  return `\uFEFF${lines.join('')}`
}

const plain = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** /{locale}/map.csv?…: the map the same address shows, counted as the same reader. */
export const mapCsvResponse = async ({
  url,
  locale,
  payload,
  user,
  engine,
}: {
  url: URL
  locale: Locale
  payload: Payload
  user: User | null
  engine?: SearchEngine
}): Promise<Response> => {
  const t = pick(mapText, locale)
  let map: OutcomeMap
  try {
    map = await outcomeMap(payload, parseMapParams(url.searchParams, locale), locale, user, { engine })
  } catch (error) {
    if (isMapParamsError(error)) return plain(400, `${t.badRequest} ${error.message}`)
    if (isSearchError(error)) return plain(503, t.unavailable)
    throw error
  }
  return new Response(mapCsv(map, locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(`hamafza-map-${map.params.by}-${new Date().toISOString().slice(0, 10)}.csv`),
      // What a member downloaded must not be kept by a shared cache and served to a visitor.
      'Cache-Control': user ? 'private, no-store' : 'public, max-age=60',
      Vary: 'Cookie, Authorization',
    },
  })
}
