import { NextResponse, type NextRequest } from 'next/server'

import type { Locale } from './i18n/locales'
import { pageSearchProblem } from './site/search/request'

/** Payload reads the admin's language from this cookie before Accept-Language (cookiePrefix is the default). */
const adminLanguageCookie = 'payload-lng'
const defaultAdminLanguage = 'fa'
/** The public site's language, remembered for the permanent links and the bare address. */
const siteLocaleCookie = 'hamafza-locale'
const siteLocales = ['fa', 'en']
const defaultSiteLocale = 'fa'
const oneYear = 60 * 60 * 24 * 365

const permalinkCollections = /^\/(case-studies|lessons|best-practices|curricula|organizations|provinces)(\/|$)/
const sitePath = /^\/(fa|en)(\/|$)/

/**
 * The admin speaks Persian on a first visit, even to an English browser: without the cookie Payload
 * would follow Accept-Language. A language chosen in the account settings sets the cookie and is kept.
 */
const admin = (request: NextRequest): NextResponse => {
  if (request.cookies.has(adminLanguageCookie)) return NextResponse.next()

  // Set on the request too, so this very first render is already Persian.
  request.cookies.set(adminLanguageCookie, defaultAdminLanguage)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set({ name: adminLanguageCookie, value: defaultAdminLanguage, path: '/', maxAge: oneYear, sameSite: 'lax' })
  return response
}

/** Persian first: a reader who never chose English reads Persian, whatever the browser says. */
const preferredSiteLocale = (request: NextRequest): string => {
  const remembered = request.cookies.get(siteLocaleCookie)?.value
  return remembered && siteLocales.includes(remembered) ? remembered : defaultSiteLocale
}

/**
 * A prefetch is not a visit: Next fetches the pages a page links to ahead of time, and one still in
 * flight after the reader switched language would otherwise switch the remembered language back.
 */
const isPrefetch = (request: NextRequest) =>
  request.headers.has('next-router-prefetch') || /prefetch/i.test(request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '')

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return admin(request)

  // The bare address and the language-free permanent links (`/lessons/12`, what search documents and
  // citations carry) go to the reader's language.
  if (pathname === '/' || permalinkCollections.test(pathname)) {
    const target = request.nextUrl.clone()
    target.pathname = `/${preferredSiteLocale(request)}${pathname === '/' ? '' : pathname}`
    return NextResponse.redirect(target, 307)
  }

  const match = sitePath.exec(pathname)
  if (!match) return NextResponse.next()

  // The page is told its own address (for the language switch and sign-in's way back), and the language
  // the reader chose is remembered.
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-hamafza-path', pathname + search)
  const locale = match[1]!
  // A page cannot choose its status: a search address the page will refuse is given its 400 here, and the
  // page renders what is wrong with it.
  const refused = pathname === `/${locale}/search` && pageSearchProblem(request.nextUrl.searchParams, locale as Locale) !== null
  const response = NextResponse.next({ request: { headers: requestHeaders }, ...(refused ? { status: 400 } : {}) })
  if (request.cookies.get(siteLocaleCookie)?.value !== locale && !isPrefetch(request)) {
    response.cookies.set({ name: siteLocaleCookie, value: locale, path: '/', maxAge: oneYear, sameSite: 'lax' })
  }
  return response
}

export const config = {
  // Not the API, Next's own files, or anything with an extension (fonts, images).
  matcher: ['/', '/admin', '/admin/:path*', '/((?!api|_next|.*\\..*).*)'],
}
