import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatNumber } from '@/i18n/dates'
import { isListingParamsError, parseListing, type Listing } from '@/site/collections/listing'
import { listCollection, listOrganizations, listProvinces } from '@/site/collections/load'
import {
  KnowledgeItems,
  ListingPagination,
  OrganizationItems,
  ProvinceItems,
  SortForm,
} from '@/site/components/collections/CollectionListing'
import { fill } from '@/site/documents/format'
import { isKnowledgeCollection } from '@/site/documents/load'
import { locales, pageLocale, type Locale } from '@/site/locale'
import { isDocumentCollection, paths, type DocumentCollection } from '@/site/paths'
import { toSearchParams } from '@/site/search/request'
import { collectionsText } from '@/site/text/collections'

import './listing.css'

type Props = {
  params: Promise<{ locale: string; collection: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const collectionOf = async (params: Props['params']): Promise<{ locale: Locale; collection: DocumentCollection }> => {
  const locale = await pageLocale(params)
  const { collection } = await params
  if (!isDocumentCollection(collection)) notFound()
  return { locale, collection }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, collection } = await collectionOf(params)
  return {
    title: collectionsText[collection][locale],
    alternates: {
      canonical: paths.collection(locale, collection),
      languages: Object.fromEntries(locales.map((code) => [code, paths.collection(code, collection)])),
    },
  }
}

/** The page's records, and how they are shown. */
const load = async (collection: DocumentCollection, locale: Locale, listing: Listing) => {
  if (collection === 'organizations') {
    const result = await listOrganizations(locale, listing)
    return { result, items: <OrganizationItems result={result} locale={locale} /> }
  }
  if (collection === 'provinces') {
    const result = await listProvinces(locale, listing)
    return { result, items: <ProvinceItems result={result} locale={locale} /> }
  }
  if (!isKnowledgeCollection(collection)) notFound()
  const result = await listCollection(collection, locale, listing)
  return { result, items: <KnowledgeItems collection={collection} result={result} locale={locale} /> }
}

/** Every published record of one kind the reader may read, newest first or by title, a page at a time. */
export default async function CollectionPage({ params, searchParams }: Props) {
  const { locale, collection } = await collectionOf(params)
  const heading = collectionsText[collection][locale]
  let listing: Listing
  try {
    listing = parseListing(toSearchParams(await searchParams), locale)
  } catch (error) {
    if (!isListingParamsError(error)) throw error
    // The proxy has already answered 400 for such an address (src/proxy.ts); the page says why.
    return (
      <div className="listing">
        <h1>{heading}</h1>
        <p className="listing__problem" role="alert">
          {collectionsText.badRequest[locale]} {error.message}
        </p>
        <p>
          <a href={paths.collection(locale, collection)}>{heading}</a>
        </p>
      </div>
    )
  }
  const { result, items } = await load(collection, locale, listing)
  const count =
    result.total === 1 ? collectionsText.countOne[locale] : fill(collectionsText.count[locale], { n: formatNumber(result.total, locale) })
  return (
    <div className="listing">
      <div className="listing__head">
        <div>
          <h1>{heading}</h1>
          <p role="status">
            {count}
            {result.pages > 1
              ? ` · ${fill(collectionsText.pageOf[locale], { n: formatNumber(result.page, locale), pages: formatNumber(result.pages, locale) })}`
              : ''}
          </p>
        </div>
        <SortForm locale={locale} collection={collection} listing={listing} />
      </div>
      {result.items.length === 0 ? <p>{collectionsText.none[locale]}</p> : null}
      {items}
      <ListingPagination locale={locale} collection={collection} listing={listing} result={result} />
    </div>
  )
}
