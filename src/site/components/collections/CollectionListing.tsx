import Link from 'next/link'
import { Fragment, type ReactNode } from 'react'

import { formatDate, formatNumber } from '../../../i18n/dates'
import { labels, type LabelKey } from '../../../i18n/labels'
import type { KnowledgeItem, OrganizationItem, Page, ProvinceItem } from '../../collections/load'
import type { Listing } from '../../collections/listing'
import { listSeparator, outcomeLabel } from '../../documents/fields'
import { fill, typeLabel } from '../../documents/format'
import type { KnowledgeCollection } from '../../documents/load'
import { editionText } from '../../edition'
import type { Locale } from '../../locale'
import { paths, type DocumentCollection } from '../../paths'
import { collectionsText } from '../../text/collections'
import { documents } from '../../text/documents'
import { InLanguage } from '../TextLanguage'

const membership: Record<string, LabelKey> = {
  applicant: 'membershipApplicant',
  active: 'membershipActive',
  suspended: 'membershipSuspended',
  left: 'membershipLeft',
}

/** The address of another page or order of the same list; the first page and the default order stay implicit. */
const listingHref = (locale: Locale, collection: DocumentCollection, listing: Listing, change: Partial<Listing>) => {
  const next = { ...listing, ...change }
  return paths.collection(locale, collection, {
    sort: next.sort === 'newest' ? undefined : next.sort,
    page: next.page === 1 ? undefined : next.page,
    limit: next.limit === 20 ? undefined : next.limit,
  })
}

/** The order of the list, chosen with a plain form so it works without JavaScript. */
export function SortForm({ locale, collection, listing }: { locale: Locale; collection: DocumentCollection; listing: Listing }) {
  const named = collection === 'organizations' || collection === 'provinces'
  return (
    <form method="get" action={paths.collection(locale, collection)} className="listing__sort">
      <label htmlFor="listing-sort">{collectionsText.sortLabel[locale]}</label>
      <select id="listing-sort" name="sort" defaultValue={listing.sort}>
        <option value="newest">{collectionsText.sortNewest[locale]}</option>
        <option value="title">{(named ? collectionsText.sortName : collectionsText.sortTitle)[locale]}</option>
      </select>
      {listing.limit !== 20 ? <input type="hidden" name="limit" value={listing.limit} /> : null}
      <button type="submit" className="button button--quiet">
        {collectionsText.sortApply[locale]}
      </button>
    </form>
  )
}

export function ListingPagination({
  locale,
  collection,
  listing,
  result,
}: {
  locale: Locale
  collection: DocumentCollection
  listing: Listing
  result: Pick<Page<unknown>, 'page' | 'pages'>
}) {
  if (result.pages <= 1) return null
  const { page, pages } = result
  const numbers = [...new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages))].sort((a, b) => a - b)
  const href = (n: number) => listingHref(locale, collection, listing, { page: n })
  return (
    <nav aria-label={collectionsText.pagination[locale]} className="listing__pages">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" prefetch={false}>
              {collectionsText.previous[locale]}
            </Link>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <Fragment key={n}>
            {index > 0 && n - numbers[index - 1]! > 1 ? <li aria-hidden="true">…</li> : null}
            <li>
              <Link
                href={href(n)}
                aria-label={fill(collectionsText.page[locale], { n: formatNumber(n, locale) })}
                aria-current={n === page ? 'page' : undefined}
                prefetch={false}
              >
                {formatNumber(n, locale)}
              </Link>
            </li>
          </Fragment>
        ))}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next" prefetch={false}>
              {collectionsText.next[locale]}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

function Items({ children, start }: { children: ReactNode; start: number }) {
  return (
    <ol className="listing__items" start={start}>
      {children}
    </ol>
  )
}

/** Knowledge documents with the facts a search result gives: type, outcome, edition, NGO, provinces, date, members-only. */
export function KnowledgeItems({ collection, result, locale }: { collection: KnowledgeCollection; result: Page<KnowledgeItem>; locale: Locale }) {
  return (
    <Items start={(result.page - 1) * result.limit + 1}>
      {result.items.map((item) => (
        <li key={item.id} className="listing-item">
          <h2 className="listing-item__title">
            <Link href={paths.document(locale, collection, item.id)} prefetch={false}>
              <InLanguage text={item.title} locale={locale} />
            </Link>
          </h2>
          <p className="listing-item__meta">
            <span className="listing-item__type">{typeLabel(collection, locale)}</span>
            {item.outcome ? <span className={`outcome outcome--${item.outcome}`}>{outcomeLabel(item.outcome, locale)}</span> : null}
            {item.edition ? (
              <span>
                {collectionsText.edition[locale]} {editionText(item.edition, locale)}
                {item.code ? (
                  <>
                    {' · '}
                    <span dir="ltr">{item.code}</span>
                  </>
                ) : null}
              </span>
            ) : null}
            {item.retired ? <span className="doc-badge">{collectionsText.retired[locale]}</span> : null}
            {item.organization ? (
              <Link href={paths.document(locale, 'organizations', item.organization.id)} prefetch={false}>
                <InLanguage text={item.organization.name} locale={locale} />
              </Link>
            ) : null}
            {item.provinces.length ? (
              <span>
                {item.provinces.map((province, index) => (
                  <Fragment key={province.id}>
                    {index > 0 ? listSeparator(locale) : null}
                    <InLanguage text={province.name} locale={locale} />
                  </Fragment>
                ))}
              </span>
            ) : null}
            <span>
              <span className="visually-hidden">{collectionsText.publishedOn[locale]} </span>
              <time dateTime={new Date(item.publishedAt).toISOString()}>{formatDate(item.publishedAt, locale)}</time>
            </span>
            {item.visibility === 'members' ? <span className="listing-item__members">{documents.membersOnlyBadge[locale]}</span> : null}
          </p>
          {item.summary ? (
            <p className="listing-item__summary">
              <InLanguage text={item.summary} locale={locale} />
            </p>
          ) : null}
        </li>
      ))}
    </Items>
  )
}

/** Member NGOs: name, province, city, membership, and how many documents each has published. */
export function OrganizationItems({ result, locale }: { result: Page<OrganizationItem>; locale: Locale }) {
  return (
    <Items start={(result.page - 1) * result.limit + 1}>
      {result.items.map((item) => (
        <li key={item.id} className="listing-item">
          <h2 className="listing-item__title">
            <Link href={paths.document(locale, 'organizations', item.id)} prefetch={false}>
              <InLanguage text={item.name} locale={locale} />
            </Link>
          </h2>
          <p className="listing-item__meta">
            {item.province ? (
              <Link href={paths.document(locale, 'provinces', item.province.id)} prefetch={false}>
                <InLanguage text={item.province.name} locale={locale} />
              </Link>
            ) : null}
            {item.city ? <InLanguage text={item.city} locale={locale} /> : null}
            {membership[item.membershipStatus] ? <span>{labels[membership[item.membershipStatus]!][locale]}</span> : null}
            <span className="listing__count">{fill(collectionsText.documentsCount[locale], { n: formatNumber(item.documents, locale) })}</span>
          </p>
        </li>
      ))}
    </Items>
  )
}

/** Provinces with the number of member NGOs based there and of documents about work there. */
export function ProvinceItems({ result, locale }: { result: Page<ProvinceItem>; locale: Locale }) {
  return (
    <Items start={(result.page - 1) * result.limit + 1}>
      {result.items.map((item) => (
        <li key={item.id} className="listing-item">
          <h2 className="listing-item__title">
            <Link href={paths.document(locale, 'provinces', item.id)} prefetch={false}>
              <InLanguage text={item.name} locale={locale} />
            </Link>
          </h2>
          <p className="listing-item__meta">
            <span className="listing__count">{fill(collectionsText.organizationsCount[locale], { n: formatNumber(item.organizations, locale) })}</span>
            <span className="listing__count">{fill(collectionsText.documentsCount[locale], { n: formatNumber(item.documents, locale) })}</span>
          </p>
        </li>
      ))}
    </Items>
  )
}
