import type { Metadata } from 'next'
import Link from 'next/link'
import { Fragment } from 'react'

import { fixedLabel } from '@/endpoints/facetLabels'
import { shownFacets, urlFacets, yearFacetOf } from '@/endpoints/searchParams'
import { formatDate, formatNumber } from '@/i18n/dates'
import { labels } from '@/i18n/labels'
import { isSearchError, isSearchQueryError } from '@/search/errors'
import type { FacetName, HighlightedText, SearchHit } from '@/search/port'
import { editionText } from '@/site/edition'
import { direction, locales, pageLocale, type Locale } from '@/site/locale'
import { isDocumentCollection, paths, type Query } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { describeSearchProblem } from '@/site/search/problems'
import { pageRequest, toSearchParams } from '@/site/search/request'
import { namesOf, recordId, runPageSearch, type LabelledFacets, type PageSearch } from '@/site/search/run'
import { pick } from '@/site/text'
import { common } from '@/site/text/common'
import { searchText } from '@/site/text/search'

import { noticesText } from '@/site/text/notices'
import { FrequencyField } from '@/site/components/FrequencyField'

import { FacetCheckbox, LiveSearchForm, SortSelect } from './LiveSearch'
import './search.css'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Words = ReturnType<typeof pick<typeof searchText>>

/** The search's own parameters as a query for links: the page number and the language left out. */
const searchQuery = (params: URLSearchParams, without: string[] = []): Query => {
  const query: Query = {}
  for (const key of new Set(params.keys())) {
    if (key === 'page' || key === 'locale' || without.includes(key)) continue
    query[key] = params.getAll(key)
  }
  return query
}

const facetTitles: Record<FacetName, keyof typeof searchText> = {
  type: 'facetType',
  outcome: 'facetOutcome',
  practice: 'facetPractice',
  province: 'facetProvince',
  organization: 'facetOrganization',
  targetGroup: 'facetTargetGroup',
  stage: 'facetStage',
  topic: 'facetTopic',
  fundingInstrument: 'facetFundingInstrument',
  year: 'facetYear',
  jalaliYear: 'facetYear',
  visibility: 'membersOnly',
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const t = pick(searchText, locale)
  const query = searchQuery(toSearchParams(await searchParams), ['limit'])
  const q = typeof query.q === 'string' ? query.q : Array.isArray(query.q) ? String(query.q[0] ?? '') : ''
  return {
    title: q ? `${t.resultsFor} «${q}»` : t.title,
    alternates: {
      languages: Object.fromEntries(locales.map((code) => [code, paths.search(code, query)])),
      types: { 'application/atom+xml': [{ url: paths.searchExport(locale, 'atom', query), title: q ? `${t.feedTitle}: ${q}` : t.feedTitle }] },
    },
  }
}

/** Highlighted text from the engine's segments: React escapes every piece, only <mark> is added. */
function Marked({ text, fallback }: { text?: HighlightedText; fallback: string }) {
  if (!text) return <>{fallback}</>
  return (
    <>
      {text.segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  )
}

const typeLabel = (type: string, locale: Locale) =>
  ({ 'case-studies': labels.caseStudy, lessons: labels.lesson, 'best-practices': labels.bestPractice, curricula: labels.curriculum, organizations: labels.organization, 'offers-and-needs': labels.offerOrNeed })[type]?.[
    locale
  ] ?? type

const outcomeLabel = { success: labels.outcomeSuccess, failure: labels.outcomeFailure, mixed: labels.outcomeMixed } as const

function Hit({ hit, locale, t, names }: { hit: SearchHit; locale: Locale; t: Words; names: { organizations: Map<string, string>; provinces: Map<string, string> } }) {
  const foreign = hit.locale !== locale ? { lang: hit.locale, dir: direction(hit.locale) } : {}
  const href = isDocumentCollection(hit.type) ? paths.document(locale, hit.type, recordId(hit.id)) : `/${locale}${hit.url}`
  const snippet = hit.highlights?.summary ?? hit.highlights?.body
  const outcome = hit.outcome && hit.outcome in outcomeLabel ? (hit.outcome as keyof typeof outcomeLabel) : null
  const organization = hit.organization ? names.organizations.get(hit.organization) : undefined
  const provinces = hit.provinces.map((id) => names.provinces.get(id)).filter(Boolean)
  return (
    <li className="hit">
      <h3 className="hit__title">
        <a href={href} {...foreign}>
          <Marked text={hit.highlights?.title} fallback={hit.title} />
        </a>
      </h3>
      <p className="hit__meta">
        <span className="hit__type">{typeLabel(hit.type, locale)}</span>
        {outcome ? <span className={`outcome outcome--${outcome}`}>{outcomeLabel[outcome][locale]}</span> : null}
        {hit.edition ? (
          <span>
            {t.edition} {editionText(hit.edition, locale)}
          </span>
        ) : null}
        {organization ? <span dir="auto">{organization}</span> : null}
        {provinces.length ? <span dir="auto">{provinces.join(locale === 'fa' ? '، ' : ', ')}</span> : null}
        <span>
          <span className="visually-hidden">{t.publishedOn} </span>
          <time dateTime={new Date(hit.publishedAt).toISOString()}>{formatDate(hit.publishedAt, locale)}</time>
        </span>
        {hit.visibility === 'members' ? <span className="hit__members">{t.membersOnly}</span> : null}
      </p>
      {snippet || hit.summary ? (
        <p className="hit__snippet" {...(snippet ? (snippet.locale !== locale ? { lang: snippet.locale, dir: direction(snippet.locale) } : {}) : foreign)}>
          <Marked text={snippet} fallback={hit.summary} />
        </p>
      ) : null}
    </li>
  )
}

function Facets({ facets, selected, locale, t }: { facets: LabelledFacets; selected: URLSearchParams; locale: Locale; t: Words }) {
  const shown = 8
  return (
    <section className="search__facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" tabIndex={-1}>
        {t.filtersHeading}
      </h2>
      {shownFacets(locale).map((facet) => {
        const ticked = new Set(selected.getAll(facet).flatMap((value) => value.split(',')))
        const values = [...(facets[facet] ?? [])]
        // A ticked value stays on offer even when nothing carries it, so it can be unticked.
        for (const value of ticked) if (!values.some((item) => item.value === value)) values.push({ value, label: value, count: 0 })
        if (values.length === 0) return null
        values.sort((a, b) => Number(ticked.has(b.value)) - Number(ticked.has(a.value)))
        const item = (value: (typeof values)[number]) => {
          const id = `facet-${facet}-${value.value}`.replace(/[^\w-]/g, '_')
          return (
            <li key={value.value}>
              <FacetCheckbox id={id} name={facet} value={value.value} checked={ticked.has(value.value)} />
              <label htmlFor={id}>
                <span dir="auto">{value.label}</span>{' '}
                <span className="search__facet-count">
                  {formatNumber(value.count, locale)}
                  <span className="visually-hidden"> {t.countSuffix}</span>
                </span>
              </label>
            </li>
          )
        }
        return (
          <fieldset key={facet} className="search__facet">
            <legend>{t[facetTitles[facet]]}</legend>
            <ul>{values.slice(0, shown).map(item)}</ul>
            {values.length > shown ? (
              <details>
                <summary>
                  {t.moreValues} ({formatNumber(values.length - shown, locale)})
                </summary>
                <ul>{values.slice(shown).map(item)}</ul>
              </details>
            ) : null}
          </fieldset>
        )
      })}
      <button type="submit" className="button button--quiet search__apply">
        {t.applyFilters}
      </button>
    </section>
  )
}

function Pagination({ page, pages, query, locale, t }: { page: number; pages: number; query: Query; locale: Locale; t: Words }) {
  if (pages <= 1) return null
  const around = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages))
  const numbers = [...around].sort((a, b) => a - b)
  const href = (n: number) => paths.search(locale, { ...query, page: n === 1 ? undefined : n })
  return (
    <nav aria-label={t.pagination} className="search__pages">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" prefetch={false}>
              {t.previous}
            </Link>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <Fragment key={n}>
            {index > 0 && n - numbers[index - 1]! > 1 ? (
              <li aria-hidden="true" className="search__gap">
                …
              </li>
            ) : null}
            <li>
              <Link href={href(n)} aria-label={t.page.replace('{n}', formatNumber(n, locale))} aria-current={n === page ? 'page' : undefined} prefetch={false}>
                {formatNumber(n, locale)}
              </Link>
            </li>
          </Fragment>
        ))}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next" prefetch={false}>
              {t.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = pick(searchText, locale)
  const [payload, user, raw] = await Promise.all([sitePayload(), viewer(), searchParams])
  const urlParams = toSearchParams(raw)
  const query = searchQuery(urlParams)
  // An export holds the whole search: the page size is not its number of rows.
  const exportQuery = searchQuery(urlParams, ['limit'])
  const q = urlParams.get('q') ?? ''

  let search: PageSearch | null = null
  let problem: string | null = null
  try {
    search = await runPageSearch(payload, pageRequest(urlParams, locale, user))
  } catch (error) {
    // The proxy has already answered 400 for such an address (src/proxy.ts); the page says why.
    if (isSearchQueryError(error)) problem = `${t.badRequest} ${describeSearchProblem(error, urlParams, locale)}`
    else if (isSearchError(error)) problem = t.unavailable
    else throw error
  }

  const names = { organizations: new Map<string, string>(), provinces: new Map<string, string>() }
  if (search) {
    for (const value of search.facets.organization ?? []) names.organizations.set(value.value, value.label)
    for (const value of search.facets.province ?? []) names.provinces.set(value.value, value.label)
    await Promise.all([
      namesOf(payload, 'organizations', search.result.hits.map((hit) => hit.organization ?? ''), locale, user, names.organizations),
      namesOf(payload, 'provinces', search.result.hits.flatMap((hit) => hit.provinces), locale, user, names.provinces),
    ])
  }

  const result = search?.result
  const total = result?.total ?? 0
  const countLine = problem
    ? problem
    : total === 0
      ? t.resultsCountNone
      : !result!.totalExact
        ? t.resultsCountMore.replace('{n}', formatNumber(total, locale))
        : total === 1
          ? t.resultsCountOne
          : t.resultsCount.replace('{n}', formatNumber(total, locale))
  const page = result?.page ?? 1
  const limit = result?.limit ?? 20
  const pages = Math.ceil(total / limit)
  const filtered = Object.keys(query).some((key) => key !== 'q' && key !== 'sort' && key !== 'limit')
  const activeFilters = urlFacets.flatMap((facet) =>
    urlParams
      .getAll(facet)
      .flatMap((value) => value.split(','))
      .filter(Boolean)
      .map((value) => ({
        facet,
        value,
        // A filter whose facet is not counted on the page (practice=applied, from the map) is still named.
        label: search?.facets[yearFacetOf(facet, value)]?.find((item) => item.value === value)?.label ?? fixedLabel(value, locale) ?? value,
        href: paths.search(locale, { ...query, [facet]: urlParams.getAll(facet).flatMap((v) => v.split(',')).filter((v) => v !== value) }),
      })),
  )
  const sort = urlParams.get('sort') ?? 'relevance'

  return (
    <div className="search">
      <h1>{t.title}</h1>
      <LiveSearchForm
        action={paths.search(locale)}
        locale={locale}
        q={q}
        labels={{ query: t.queryLabel, hint: t.queryHint, submit: t.submit, suggestions: t.suggestions }}
      >
        <div className="search__layout">
          <section className="search__results" aria-labelledby="results-heading">
            <div className="search__results-head">
              <h2 id="results-heading">{t.resultsHeading}</h2>
              <p role="status" className={problem ? 'search__status search__status--problem' : 'search__status'}>
                {countLine}
              </p>
              <div className="search__sort">
                <label htmlFor="search-sort">{t.sortLabel}</label>
                <SortSelect
                  id="search-sort"
                  value={['relevance', 'newest', 'oldest'].includes(sort) ? sort : 'relevance'}
                  options={[
                    { value: 'relevance', label: t.sortRelevance },
                    { value: 'newest', label: t.sortNewest },
                    { value: 'oldest', label: t.sortOldest },
                  ]}
                />
              </div>
              <a href="#facets-heading" className="search__to-filters">
                {t.filtersHeading}
              </a>
            </div>
            {activeFilters.length ? (
              <div className="search__active">
                <h3 className="visually-hidden">{t.activeFilters}</h3>
                <ul>
                  {activeFilters.map((filter) => (
                    <li key={`${filter.facet}:${filter.value}`}>
                      <Link href={filter.href} prefetch={false} aria-label={`${t.removeFilter}: ${t[facetTitles[filter.facet]]} ${filter.label}`}>
                        <span dir="auto">{filter.label}</span> <span aria-hidden="true">×</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {result && result.hits.length ? (
              <ol className="search__hits" start={(page - 1) * limit + 1}>
                {result.hits.map((hit) => (
                  <Hit key={hit.id} hit={hit} locale={locale} t={t} names={names} />
                ))}
              </ol>
            ) : null}
            {!problem && total === 0 ? (
              <div className="search__nothing">
                <h3>{t.nothingTitle}</h3>
                <ul>
                  {q ? <li>{t.nothingSpelling}</li> : null}
                  {filtered ? (
                    <li>
                      <Link href={paths.search(locale, { q: q || undefined })} prefetch={false}>
                        {t.nothingWithoutFilters}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link href={paths.search(locale)} prefetch={false}>
                      {t.nothingAll}
                    </Link>
                  </li>
                  {!user ? (
                    <li>
                      {t.nothingMembers}{' '}
                      <Link href={paths.signIn(locale, paths.search(locale, query))} prefetch={false}>
                        {common.signIn[locale]}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </div>
            ) : null}
            <Pagination page={page} pages={pages} query={query} locale={locale} t={t} />
          </section>
          {search ? <Facets facets={search.facets} selected={urlParams} locale={locale} t={t} /> : null}
        </div>
      </LiveSearchForm>
      {!problem ? (
        <section className="search__subscribe" aria-labelledby="subscribe-heading">
          <h2 id="subscribe-heading">{noticesText.subscribeHeading[locale]}</h2>
          {user ? (
            <form method="post" action={paths.noticeSubscriptions(locale)}>
              <p>{noticesText.subscribeIntro[locale]}</p>
              <input type="hidden" name="action" value="create" />
              <input type="hidden" name="query" value={paths.search(locale, exportQuery).split('?')[1] ?? ''} />
              <input
                type="hidden"
                name="label"
                value={[q, ...activeFilters.map((filter) => filter.label)].filter(Boolean).join(' · ') || noticesText.allResults[locale]}
              />
              <FrequencyField id="subscribe-frequency" locale={locale} />{' '}
              <button type="submit">{noticesText.subscribe[locale]}</button>{' '}
              <Link href={paths.notices(locale)} prefetch={false}>
                {noticesText.manage[locale]}
              </Link>
            </form>
          ) : (
            <p>
              <Link href={paths.signIn(locale, paths.search(locale, query))} prefetch={false}>
                {noticesText.subscribeSignIn[locale]}
              </Link>
            </p>
          )}
        </section>
      ) : null}
      {!problem ? (
        <section className="search__export" aria-labelledby="export-heading">
          <h2 id="export-heading">{t.exportHeading}</h2>
          <p>{t.exportIntro}</p>
          <ul>
            <li>
              <a href={paths.searchExport(locale, 'csv', exportQuery)} download>
                {t.exportCsv}
              </a>
            </li>
            <li>
              <a href={paths.searchExport(locale, 'json', exportQuery)} download>
                {t.exportJson}
              </a>
            </li>
            <li>
              <a href={paths.searchExport(locale, 'atom', exportQuery)} type="application/atom+xml">
                {t.exportAtom}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
    </div>
  )
}
