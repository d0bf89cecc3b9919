import type { Metadata } from 'next'
import Link from 'next/link'

import { isSearchError } from '@/search/errors'
import { locales, pageLocale, type Locale } from '@/site/locale'
import { byWords, OutcomeMapTable, yearLabel } from '@/site/components/map/OutcomeMapTable'
import { outcomeMap, type OutcomeMap } from '@/site/map/matrix'
import { isMapParamsError, mapColumns, mapQuery, parseMapParams, type MapParams } from '@/site/map/params'
import { paths } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { toSearchParams } from '@/site/search/request'
import { pick } from '@/site/text'
import { mapText } from '@/site/text/map'

import './map.css'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Words = ReturnType<typeof pick<typeof mapText>>

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const query = toSearchParams(await searchParams)
  const by = query.get('by') ?? undefined
  return {
    title: mapText.title[locale],
    alternates: { languages: Object.fromEntries(locales.map((code) => [code, paths.map(code, { by })])) },
  }
}

function Filters({ map, params, locale, t }: { map: OutcomeMap | null; params: MapParams; locale: Locale; t: Words }) {
  const years = [...new Set([...(map?.yearOptions ?? []), ...[params.from, params.until].filter((year): year is number => year !== null)])].sort((a, b) => a - b)
  const yearSelect = (name: 'from' | 'until') => (
    <div className="map-filters__field">
      <label htmlFor={`map-${name}`}>{t[name]}</label>
      <select id={`map-${name}`} name={name} defaultValue={params[name] ?? ''} aria-describedby="map-year-hint">
        <option value="">{t.anyYear}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {yearLabel(year, locale)}
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

      {map && map.rows.length > 0 && map.columns.length > 0 ? <OutcomeMapTable map={map} locale={locale} signedIn={Boolean(user)} /> : null}
    </div>
  )
}
