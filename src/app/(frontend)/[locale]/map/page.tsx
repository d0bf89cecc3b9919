import type { Metadata } from 'next'
import Link from 'next/link'

import { formatNumber } from '@/i18n/dates'
import { isSearchError } from '@/search/errors'
import { locales, pageLocale, type Locale } from '@/site/locale'
import { cellSearch, evidenceGaps, outcomeMap, type MapCategory, type MapCounts, type OutcomeMap } from '@/site/map/matrix'
import { isMapParamsError, mapColumns, mapQuery, parseMapParams, type MapColumn, type MapParams } from '@/site/map/params'
import { paths } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { toSearchParams } from '@/site/search/request'
import { pick } from '@/site/text'
import { mapText } from '@/site/text/map'

import './map.css'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Words = ReturnType<typeof pick<typeof mapText>>

const byWords: Record<MapColumn, keyof typeof mapText> = {
  targetGroup: 'byTargetGroup',
  topic: 'byTopic',
  fundingInstrument: 'byFundingInstrument',
}

/** A mark beside each number, so that no category is told by its colour alone. */
const marks: Record<MapCategory, string> = { success: '✓', mixed: '±', failure: '✗', lessons: '✎', applied: '⚑' }
const legendWords: Record<MapCategory, keyof typeof mapText> = {
  success: 'legendSuccess',
  mixed: 'legendMixed',
  failure: 'legendFailure',
  lessons: 'legendLessons',
  applied: 'legendApplied',
}

const persianYear = new Intl.NumberFormat('fa-IR', { useGrouping: false })

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const query = toSearchParams(await searchParams)
  const by = query.get('by') ?? undefined
  return {
    title: mapText.title[locale],
    alternates: { languages: Object.fromEntries(locales.map((code) => [code, paths.map(code, { by })])) },
  }
}

function Cell({ map, row, column, counts, locale, t }: { map: OutcomeMap; row: number; column: number; counts: MapCounts; locale: Locale; t: Words }) {
  const names = { row: map.rows[row]!.label, column: map.columns[column]!.label }
  const description = fill(map.categories.includes('lessons') ? t.cellDescription : t.cellDescriptionCases, {
    ...names,
    ...Object.fromEntries(map.categories.map((category) => [category, formatNumber(counts[category], locale)])),
  })
  const empty = map.categories.every((category) => counts[category] === 0)
  if (empty)
    return (
      <td className="map-cell map-cell--empty">
        <span aria-hidden="true">{t.noEvidence}</span>
        <span className="visually-hidden">
          {t.noEvidence}. {description}
        </span>
      </td>
    )
  return (
    <td className="map-cell">
      <span className="visually-hidden">{description}</span>
      <ul className="map-cell__counts">
        {map.categories.map((category) =>
          counts[category] > 0 ? (
            <li key={category} className={`map-count map-count--${category}`}>
              {/* A plain link: a table holds hundreds, and each Link would be a client component of its own. */}
              <a
                href={cellSearch(locale, map, row, column, category)}
                aria-label={fill(t.countInSearch, { ...names, count: formatNumber(counts[category], locale), category: t[category] })}
                data-category={category}
              >
                <span className="map-count__mark" aria-hidden="true">
                  {marks[category]}
                </span>
                {formatNumber(counts[category], locale)}
              </a>
            </li>
          ) : (
            <li key={category} className="map-count map-count--zero" aria-hidden="true">
              <span className="map-count__mark">{marks[category]}</span>
              {formatNumber(0, locale)}
            </li>
          ),
        )}
      </ul>
    </td>
  )
}

function Filters({ map, params, locale, t }: { map: OutcomeMap | null; params: MapParams; locale: Locale; t: Words }) {
  const years = [...new Set([...(map?.yearOptions ?? []), ...[params.from, params.until].filter((year): year is number => year !== null)])].sort((a, b) => a - b)
  const yearLabel = (year: number) => (locale === 'fa' ? persianYear.format(year) : String(year))
  const yearSelect = (name: 'from' | 'until') => (
    <div className="map-filters__field">
      <label htmlFor={`map-${name}`}>{t[name]}</label>
      <select id={`map-${name}`} name={name} defaultValue={params[name] ?? ''} aria-describedby="map-year-hint">
        <option value="">{t.anyYear}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {yearLabel(year)}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form method="get" action={paths.map(locale)} className="map-filters" aria-labelledby="map-filters-heading">
      <h2 id="map-filters-heading">{t.filtersHeading}</h2>
      {params.by !== 'targetGroup' ? <input type="hidden" name="by" value={params.by} /> : null}
      <div className="map-filters__field">
        <label htmlFor="map-province">{t.province}</label>
        <select id="map-province" name="province" defaultValue={params.province[0] ?? ''}>
          <option value="">{t.allProvinces}</option>
          {(map?.provinces ?? []).map((province) => (
            <option key={province.id} value={province.id}>
              {province.label}
            </option>
          ))}
        </select>
      </div>
      {yearSelect('from')}
      {yearSelect('until')}
      <p id="map-year-hint" className="map-filters__hint">
        {t.yearHint}
      </p>
      <div className="map-filters__actions">
        <button type="submit" className="button">
          {t.apply}
        </button>
        <Link href={paths.map(locale, mapQuery(params, { province: [], from: null, until: null }))} prefetch={false}>
          {t.clear}
        </Link>
      </div>
    </form>
  )
}

export default async function MapPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = pick(mapText, locale)
  const [payload, user, raw] = await Promise.all([sitePayload(), viewer(), searchParams])
  const urlParams = toSearchParams(raw)

  let mapParams: MapParams = { by: 'targetGroup', province: [], from: null, until: null, calendar: locale === 'fa' ? 'jalaliYear' : 'year' }
  let map: OutcomeMap | null = null
  let problem: string | null = null
  try {
    mapParams = parseMapParams(urlParams, locale)
    map = await outcomeMap(payload, mapParams, locale, user)
  } catch (error) {
    // The proxy has already answered 400 for such an address (src/proxy.ts); the page says why.
    if (isMapParamsError(error)) problem = `${t.badRequest} ${error.message}`
    else if (isSearchError(error)) problem = t.unavailable
    else throw error
  }

  const columnsName = t[byWords[mapParams.by]]
  const chosenProvinces = map ? map.provinces.filter((province) => mapParams.province.includes(province.id)).map((province) => province.label) : []
  const yearText = (year: number) => (locale === 'fa' ? persianYear.format(year) : String(year))
  const cells = map ? map.rows.length * map.columns.length : 0
  const gaps = map ? evidenceGaps(map) : 0

  return (
    <div className="outcome-map">
      <h1>{t.title}</h1>
      <p className="outcome-map__intro">{t.intro}</p>

      <nav aria-labelledby="map-columns-heading" className="map-columns">
        <h2 id="map-columns-heading">{t.columnsHeading}</h2>
        <ul>
          {mapColumns.map((by) => (
            <li key={by}>
              <Link href={paths.map(locale, mapQuery(mapParams, { by }))} aria-current={by === mapParams.by ? 'page' : undefined} prefetch={false}>
                {t[byWords[by]]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Filters map={map} params={mapParams} locale={locale} t={t} />

      {problem ? (
        <p role="alert" className="outcome-map__problem">
          {problem}
        </p>
      ) : null}

      {map && (map.rows.length === 0 || map.columns.length === 0) ? <p>{t.nothingToMap}</p> : null}

      {map && map.rows.length > 0 && map.columns.length > 0 ? (
        <>
          <section className="map-legend" aria-labelledby="map-legend-heading">
            <h2 id="map-legend-heading">{t.legendHeading}</h2>
            <ul>
              {map.categories.map((category) => (
                <li key={category} className={`map-count map-count--${category}`}>
                  <span className="map-count__mark" aria-hidden="true">
                    {marks[category]}
                  </span>{' '}
                  {t[legendWords[category]]}
                </li>
              ))}
              <li>
                <span className="map-legend__empty" aria-hidden="true" /> {t.legendEmpty}
              </li>
            </ul>
            <p>{user ? t.membersNote : t.visitorsNote}</p>
            {!map.categories.includes('lessons') ? <p>{t.noLessons}</p> : null}
          </section>

          <p className="outcome-map__gaps" role="status">
            {gaps === 0 ? t.noGaps : fill(t.gaps, { gaps: formatNumber(gaps, locale), cells: formatNumber(cells, locale) })}
          </p>
          {!map.exact ? <p className="outcome-map__problem">{t.inexact}</p> : null}

          <div className="map-table-wrap" role="region" aria-labelledby="map-caption" tabIndex={0}>
            <table className="map-table">
              <caption id="map-caption">
                {fill(t.caption, { columns: columnsName })}
                {chosenProvinces.length ? (
                  <>
                    {' — '}
                    <span dir="auto">{fill(t.captionProvinces, { names: chosenProvinces.join(locale === 'fa' ? '، ' : ', ') })}</span>
                  </>
                ) : null}
                {map.years ? (
                  <>
                    {' — '}
                    {fill(t.captionPeriod, { from: yearText(map.years[0]!), until: yearText(map.years.at(-1)!) })}
                  </>
                ) : null}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.stageHeader}</th>
                  {map.columns.map((column) => (
                    <th key={column.id} scope="col" dir="auto">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.rows.map((row, r) => (
                  <tr key={row.id}>
                    <th scope="row" dir="auto">
                      {row.label}
                    </th>
                    {map.columns.map((column, c) => (
                      <Cell key={column.id} map={map} row={r} column={c} counts={map.cells[r]![c]!} locale={locale} t={t} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <p className="outcome-map__download">
            <a href={paths.mapCsv(locale, mapQuery(mapParams))} download>
              {t.download}
            </a>
          </p>
        </>
      ) : null}
    </div>
  )
}
