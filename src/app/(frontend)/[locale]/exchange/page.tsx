import type { Metadata } from 'next'
import Link from 'next/link'

import { directions, exchangeKinds, exchangeStatuses, kindGroups } from '@/exchange/kinds'
import { exchangeWords } from '@/exchange/words'
import { formatNumber } from '@/i18n/dates'
import { ExchangeItemSummary } from '@/site/components/exchange/ExchangeItemSummary'
import { filterOptions, findItems, parseFilters, type ExchangeFilters } from '@/site/exchange/load'
import { pageLocale, type Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { hasRole, organizationIDs, type NetworkUser } from '@/access/roles'
import { sitePayload, viewer } from '@/site/payload'
import { pick } from '@/site/text'
import { exchangeText } from '@/site/text/exchange'

import './exchange.css'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Words = ReturnType<typeof pick<typeof exchangeText>>

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return { title: exchangeText.title[locale], robots: { index: false } }
}

type Option = { value: string; label: string }
type Group = { label: string; options: Option[] }

const optionsOf = (options: Option[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ))

/** A filter's select; its options in groups when given (the kinds: people, materials, money, other). */
function Select({ name, label, value, options = [], groups, anyLabel }: { name: keyof ExchangeFilters; label: string; value: string | null; options?: Option[]; groups?: Group[]; anyLabel: string }) {
  return (
    <div className="exchange-filters__field">
      <label htmlFor={`exchange-${name}`}>{label}</label>
      <select id={`exchange-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {groups
          ? groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {optionsOf(group.options)}
              </optgroup>
            ))
          : optionsOf(options)}
      </select>
    </div>
  )
}

function Filters({ filters, options, locale, t }: { filters: ExchangeFilters; options: Awaited<ReturnType<typeof filterOptions>>; locale: Locale; t: Words }) {
  const named = (list: { id: string; name: string }[]) => list.map(({ id, name }) => ({ value: id, label: name }))
  return (
    <form method="get" action={paths.exchange(locale)} className="exchange-filters" aria-labelledby="exchange-filters-heading">
      <h2 id="exchange-filters-heading">{t.filtersHeading}</h2>
      <Select name="direction" label={t.direction} value={filters.direction} anyLabel={t.any} options={directions.map((value) => ({ value, label: exchangeWords.directions[value][locale] }))} />
      <Select
        name="kind"
        label={t.kind}
        value={filters.kind}
        anyLabel={t.any}
        groups={kindGroups.map((group) => ({ label: exchangeWords.groups[group][locale], options: exchangeKinds[group].map((value) => ({ value, label: exchangeWords.kinds[value][locale] })) }))}
      />
      <Select name="province" label={t.province} value={filters.province} anyLabel={t.any} options={named(options.provinces)} />
      <Select name="targetGroup" label={t.targetGroup} value={filters.targetGroup} anyLabel={t.any} options={named(options.targetGroups)} />
      <Select name="stage" label={t.stage} value={filters.stage} anyLabel={t.any} options={named(options.stages)} />
      <Select name="status" label={t.status} value={filters.status} anyLabel={t.current} options={exchangeStatuses.map((value) => ({ value, label: exchangeWords.statuses[value][locale] }))} />
      <button type="submit" className="button">
        {t.apply}
      </button>
      <Link href={paths.exchange(locale)} prefetch={false}>
        {t.clear}
      </Link>
    </form>
  )
}

/** The members' resource exchange: every offer and need they may read, filtered; visitors are asked to sign in. */
export default async function ExchangePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = pick(exchangeText, locale)
  const [user, raw, payload] = await Promise.all([viewer(), searchParams, sitePayload()])
  if (!user) {
    return (
      <div className="page--narrow">
        <h1>{t.title}</h1>
        <p>{t.membersOnly}</p>
        <p>
          <Link href={paths.signIn(locale, paths.exchange(locale))}>{t.signIn}</Link>
        </p>
      </div>
    )
  }
  const filters = parseFilters(raw)
  const [items, options] = await Promise.all([findItems(payload, user, locale, filters), filterOptions(payload, locale)])
  return (
    <div className="exchange">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {/* NGO editors post in the authors' panel, where the item is made their NGO's. */}
      {hasRole(user as unknown as NetworkUser, 'editor') && organizationIDs(user as unknown as NetworkUser).length > 0 ? (
        <p>
          <a href={`${payload.config.routes.admin}/collections/offers-and-needs/create`} className="button">
            {t.post}
          </a>
        </p>
      ) : null}
      <Filters filters={filters} options={options} locale={locale} t={t} />
      <p role="status">{t.count.replace('{count}', formatNumber(items.length, locale))}</p>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="exchange-list">
          {items.map((item) => (
            <ExchangeItemSummary key={item.id} item={item} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  )
}
