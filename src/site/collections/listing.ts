import type { Locale } from '../locale'

/** How a collection page may be ordered: by first publication (or, for NGOs and provinces, registration), or by name. */
export const listingSorts = ['newest', 'title'] as const
export type ListingSort = (typeof listingSorts)[number]

export const listingPageSize = 20
export const listingMaxLimit = 100

export type Listing = { sort: ListingSort; page: number; limit: number }

/** What is wrong with a collection page's address, in the address's language. */
export class ListingParamsError extends Error {
  readonly code = 'LISTING_PARAMS'
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message)
    this.name = 'ListingParamsError'
  }
}

export const isListingParamsError = (error: unknown): error is ListingParamsError =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'LISTING_PARAMS'

const words = {
  unknown: { fa: 'پارامتر «{name}» در این نشانی شناخته نیست.', en: 'The parameter “{name}” is not known here.' },
  repeated: { fa: 'پارامتر «{name}» بیش از یک بار آمده است.', en: 'The parameter “{name}” is given more than once.' },
  sort: { fa: 'ترتیب باید یکی از این‌ها باشد: newest، title.', en: 'sort must be one of: newest, title.' },
  page: { fa: 'شماره صفحه باید عددی درست و مثبت باشد.', en: 'page must be a positive whole number.' },
  limit: { fa: 'تعداد در هر صفحه باید عددی از ۱ تا ۱۰۰ باشد.', en: 'limit must be a whole number from 1 to 100.' },
}

const wholeNumber = (value: string): number | null => (/^\d{1,6}$/.test(value) ? Number(value) : null)

/** Reads `sort`, `page` and `limit` from a collection page's address; throws ListingParamsError for anything else. */
export const parseListing = (params: URLSearchParams, locale: Locale): Listing => {
  const fail = (key: keyof typeof words, name: string): never => {
    throw new ListingParamsError(words[key][locale].replace('{name}', name), name)
  }
  for (const name of new Set(params.keys())) {
    if (!['sort', 'page', 'limit'].includes(name)) fail('unknown', name)
    if (params.getAll(name).length > 1) fail('repeated', name)
  }
  const sort = params.get('sort') ?? 'newest'
  if (!(listingSorts as readonly string[]).includes(sort)) fail('sort', 'sort')
  const page = params.has('page') ? wholeNumber(params.get('page')!) : 1
  if (page === null || page < 1) fail('page', 'page')
  const limit = params.has('limit') ? wholeNumber(params.get('limit')!) : listingPageSize
  if (limit === null || limit < 1 || limit > listingMaxLimit) fail('limit', 'limit')
  return { sort: sort as ListingSort, page: page!, limit: limit! }
}

/** The problem of a collection page's address, or null; for the proxy, which answers such an address 400. */
export const listingProblem = (params: URLSearchParams, locale: Locale): ListingParamsError | null => {
  try {
    parseListing(params, locale)
    return null
  } catch (error) {
    if (isListingParamsError(error)) return error
    throw error
  }
}
