import { formatNumber } from '../../../i18n/dates'
import type { Locale } from '../../locale'
import { cellSearch, evidenceGaps, type MapCategory, type MapCounts, type OutcomeMap } from '../../map/matrix'
import { mapQuery, type MapColumn } from '../../map/params'
import { paths } from '../../paths'
import { pick } from '../../text'
import { mapText } from '../../text/map'

type Words = ReturnType<typeof pick<typeof mapText>>

/** The words naming each kind of column. */
export const byWords: Record<MapColumn, keyof typeof mapText> = {
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

/** A year as the page's language writes it: Persian digits without grouping in Persian. */
export const yearLabel = (year: number, locale: Locale) => (locale === 'fa' ? persianYear.format(year) : String(year))

export const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

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

/**
 * The outcome map's matrix with its legend, its count of gaps and its CSV: on the map page, and on a
 * province's page for that province. `level` is the heading level of its legend in the page's outline.
 */
export function OutcomeMapTable({ map, locale, signedIn, level = 2 }: { map: OutcomeMap; locale: Locale; signedIn: boolean; level?: 2 | 3 }) {
  const t = pick(mapText, locale)
  const Heading = level === 2 ? 'h2' : 'h3'
  const cells = map.rows.length * map.columns.length
  const gaps = evidenceGaps(map)
  const chosenProvinces = map.provinces.filter((province) => map.params.province.includes(province.id)).map((province) => province.label)
  return (
    <>
      <section className="map-legend" aria-labelledby="map-legend-heading">
        <Heading id="map-legend-heading">{t.legendHeading}</Heading>
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
        <p>{signedIn ? t.membersNote : t.visitorsNote}</p>
        {!map.categories.includes('lessons') ? <p>{t.noLessons}</p> : null}
      </section>

      <p className="outcome-map__gaps" role="status">
        {gaps === 0 ? t.noGaps : fill(t.gaps, { gaps: formatNumber(gaps, locale), cells: formatNumber(cells, locale) })}
      </p>
      {!map.exact ? <p className="outcome-map__problem">{t.inexact}</p> : null}

      <div className="map-table-wrap" role="region" aria-labelledby="map-caption" tabIndex={0}>
        <table className="map-table">
          <caption id="map-caption">
            {fill(t.caption, { columns: t[byWords[map.params.by]] })}
            {chosenProvinces.length ? (
              <>
                {' — '}
                <span dir="auto">{fill(t.captionProvinces, { names: chosenProvinces.join(locale === 'fa' ? '، ' : ', ') })}</span>
              </>
            ) : null}
            {map.years ? (
              <>
                {' — '}
                {fill(t.captionPeriod, { from: yearLabel(map.years[0]!, locale), until: yearLabel(map.years.at(-1)!, locale) })}
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
        <a href={paths.mapCsv(locale, mapQuery(map.params))} download>
          {t.download}
        </a>
      </p>
    </>
  )
}
