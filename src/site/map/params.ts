import { firstGregorianYear } from '../../endpoints/searchParams'
import { CodedError, codeOf } from '../../errors'
import { searchSettings } from '../../search/settings'
import type { Locale } from '../locale'

/** What the outcome map's columns may be: the facet of the search that each column filters by. */
export const mapColumns = ['targetGroup', 'topic', 'fundingInstrument'] as const
export type MapColumn = (typeof mapColumns)[number]

export type MapParams = {
  by: MapColumn
  /** Province ids; a record in any of them counts. */
  province: string[]
  /** The first and last year of the period, both in one calendar; null when open. */
  from: number | null
  until: number | null
  /** `jalaliYear` when the years given are Jalali (below firstGregorianYear), else `year`. */
  calendar: 'year' | 'jalaliYear'
}

/** What is wrong with an outcome map's address, in the address's language. */
export class MapParamsError extends CodedError {
  readonly code = 'MAP_PARAMS'
  override name = 'MapParamsError'
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message)
  }
}

export const isMapParamsError = (error: unknown): error is MapParamsError => codeOf(error) === 'MAP_PARAMS'

/** A search filters by at most this many years, so a period spans at most as many. */
export const maxPeriodYears = searchSettings.limits.maxFilterValues

/** As many provinces as a search may filter by at once (the engines' maxFilterValues). */
const maxProvinces = searchSettings.limits.maxFilterValues

const words = {
  unknown: {
    fa: 'پارامتر «{name}» در این نشانی شناخته نیست؛ پارامترهای شناخته: by، province، from، until.',
    en: 'The parameter “{name}” is not known here; known: by, province, from, until.',
  },
  repeated: { fa: 'پارامتر «{name}» بیش از یک بار آمده است.', en: 'The parameter “{name}” is given more than once.' },
  by: {
    fa: 'ستون‌ها (by) باید یکی از این‌ها باشد: targetGroup، topic، fundingInstrument.',
    en: 'by must be one of: targetGroup, topic, fundingInstrument.',
  },
  province: { fa: 'شناسه استان درست نیست.', en: 'A province must be given by its id.' },
  provinces: { fa: 'حداکثر ۵۰ استان را می‌توان با هم برگزید.', en: 'At most 50 provinces may be chosen at once.' },
  year: { fa: 'سال «{name}» باید عددی چهاررقمی باشد، مانند ۱۴۰۲ یا ۲۰۲۳.', en: '{name} must be a four-digit year, such as 2023 or 1402.' },
  calendars: {
    fa: 'سال آغاز و پایان باید در یک تقویم باشند (هر دو خورشیدی یا هر دو میلادی).',
    en: 'from and until must be years of one calendar (both Gregorian or both Jalali).',
  },
  span: { fa: 'دوره حداکثر ۵۰ سال را در بر می‌گیرد.', en: 'A period spans at most 50 years.' },
  order: { fa: 'سال آغاز نمی‌تواند پس از سال پایان باشد.', en: 'from cannot be later than until.' },
}

const known = ['by', 'province', 'from', 'until']

/**
 * Reads the map's address: `?by=topic&province=3&from=1400&until=1403`. Years below firstGregorianYear are
 * Jalali, as in the search; an empty field of the filter form (`from=`) means no bound. Throws
 * MapParamsError for anything else.
 */
export const parseMapParams = (params: URLSearchParams, locale: Locale): MapParams => {
  const fail = (key: keyof typeof words, name: string): never => {
    throw new MapParamsError(words[key][locale].replace('{name}', name), name)
  }
  for (const name of new Set(params.keys())) {
    if (!known.includes(name)) fail('unknown', name)
    if (name !== 'province' && params.getAll(name).length > 1) fail('repeated', name)
  }
  const by = params.get('by') || 'targetGroup'
  if (!(mapColumns as readonly string[]).includes(by)) fail('by', 'by')
  const province = [...new Set(params.getAll('province').flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))]
  if (province.some((id) => !/^[\w-]{1,64}$/.test(id))) fail('province', 'province')
  if (province.length > maxProvinces) fail('provinces', 'province')
  const year = (name: 'from' | 'until'): number | null => {
    const value = params.get(name)?.trim()
    if (!value) return null
    if (!/^\d{4}$/.test(value)) fail('year', name)
    return Number(value)
  }
  const from = year('from')
  const until = year('until')
  const jalali = (value: number | null) => value !== null && value < firstGregorianYear
  if (from !== null && until !== null && jalali(from) !== jalali(until)) fail('calendars', 'until')
  if (from !== null && until !== null && from > until) fail('order', 'from')
  if (from !== null && until !== null && until - from + 1 > maxPeriodYears) fail('span', 'until')
  const given = from ?? until
  const calendar = given === null ? (locale === 'fa' ? 'jalaliYear' : 'year') : jalali(given) ? 'jalaliYear' : 'year'
  return { by: by as MapColumn, province, from, until, calendar }
}

/** The problem of a map address, or null; for the proxy, which answers such an address 400. */
export const mapProblem = (params: URLSearchParams, locale: Locale): MapParamsError | null => {
  try {
    parseMapParams(params, locale)
    return null
  } catch (error) {
    if (isMapParamsError(error)) return error
    throw error
  }
}

/** The map's own parameters as a query for links and for its CSV: defaults left out. */
export const mapQuery = (params: MapParams, change: Partial<MapParams> = {}) => {
  const merged = { ...params, ...change }
  return {
    by: merged.by === 'targetGroup' ? undefined : merged.by,
    province: merged.province,
    from: merged.from ?? undefined,
    until: merged.until ?? undefined,
  }
}
