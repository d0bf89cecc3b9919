import { NextResponse, type NextRequest } from 'next/server'

import { peerAddressHeader } from './auth/clientAddress'
import { areaOf, newNonce, securityHeaders, type Protection } from './security/headers'
import { changesState, fromOwnSite, servedOverHttps } from './security/origins'
import type { Locale } from './i18n/locales'
import { listingProblem } from './site/collections/listing'
import { mapProblem } from './site/map/params'
import { pageSearchProblem } from './site/search/request'

/** Payload reads the admin's language from this cookie before Accept-Language (cookiePrefix is the default). */
const adminLanguageCookie = 'payload-lng'
const defaultAdminLanguage = 'fa'
/** The public site's language, remembered for the permanent links and the bare address. */
const siteLocaleCookie = 'hamafza-locale'
const siteLocales = ['fa', 'en']
const defaultSiteLocale = 'fa'
const oneYear = 60 * 60 * 24 * 365

const secureCookies = () => ({ secure: servedOverHttps() })

const permalinkCollections = /^\/(case-studies|lessons|best-practices|curricula|organizations|provinces|exchange)(\/|$)/
const sitePath = /^\/(fa|en)(\/|$)/
const collectionPage = /^\/(fa|en)\/(case-studies|lessons|best-practices|curricula|organizations|provinces)\/?$/

/**
 * The admin speaks Persian on a first visit, even to an English browser: without the cookie Payload
 * would follow Accept-Language. A language chosen in the account settings sets the cookie and is kept.
 */
const admin = (request: NextRequest, requestHeaders: Headers): NextResponse => {
  if (request.cookies.has(adminLanguageCookie)) return NextResponse.next({ request: { headers: requestHeaders } })

  // Set on the request too, so this very first render is already Persian.
  const cookie = requestHeaders.get('cookie')
  requestHeaders.set('cookie', `${cookie ? `${cookie}; ` : ''}${adminLanguageCookie}=${defaultAdminLanguage}`)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.cookies.set({ name: adminLanguageCookie, value: defaultAdminLanguage, path: '/', maxAge: oneYear, sameSite: 'lax', ...secureCookies() })
  return response
}

/** Persian first: a reader who never chose English reads Persian, whatever the browser says. */
const preferredSiteLocale = (request: NextRequest): string => {
  const remembered = request.cookies.get(siteLocaleCookie)?.value
  return remembered && siteLocales.includes(remembered) ? remembered : defaultSiteLocale
}

/**
 * Only a page the reader opened chooses the language to remember: the language switch and any address
 * typed or followed are whole-page loads. Next's own requests (`RSC: 1`) never choose it: its prefetches
 * of the pages a page links to, some of which carry no prefetch header at all, would otherwise switch
 * the remembered language back when one still in flight answers after the reader switched.
 */
const isPageLoad = (request: NextRequest) =>
  !request.headers.has('rsc') &&
  !request.headers.has('next-router-prefetch') &&
  !/prefetch/i.test(request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '')

/** Where the request goes: the admin's language, the reader's language, the page's own address. */
const route = (request: NextRequest, requestHeaders: Headers): NextResponse => {
  const { pathname, search } = request.nextUrl
  const area = areaOf(pathname)
  if (area === 'admin') return admin(request, requestHeaders)
  // Files (`/fa/search/export.csv`, fonts, downloads) and the API are served as they are.
  if (area !== 'site') return NextResponse.next({ request: { headers: requestHeaders } })

  // The bare address and the language-free permanent links (`/lessons/12`, what search documents and
  // citations carry) go to the reader's language.
  if (pathname === '/' || permalinkCollections.test(pathname)) {
    const target = request.nextUrl.clone()
    target.pathname = `/${preferredSiteLocale(request)}${pathname === '/' ? '' : pathname}`
    return NextResponse.redirect(target, 307)
  }

  const match = sitePath.exec(pathname)
  if (!match) return NextResponse.next({ request: { headers: requestHeaders } })

  // The page is told its own address (for the language switch and sign-in's way back), and the language
  // the reader chose is remembered.
  requestHeaders.set('x-hamafza-path', pathname + search)
  const locale = match[1]!
  // A page cannot choose its status: a search address the page will refuse is given its 400 here, and the
  // page renders what is wrong with it.
  const refused =
    (pathname === `/${locale}/search` && pageSearchProblem(request.nextUrl.searchParams, locale as Locale) !== null) ||
    (collectionPage.test(pathname) && listingProblem(request.nextUrl.searchParams, locale as Locale) !== null) ||
    (pathname === `/${locale}/map` && mapProblem(request.nextUrl.searchParams, locale as Locale) !== null)
  const response = NextResponse.next({ request: { headers: requestHeaders }, ...(refused ? { status: 400 } : {}) })
  if (request.cookies.get(siteLocaleCookie)?.value !== locale && isPageLoad(request)) {
    response.cookies.set({ name: siteLocaleCookie, value: locale, path: '/', maxAge: oneYear, sameSite: 'lax', ...secureCookies() })
  }
  return response
}

/**
 * A form or script on another site may make the reader's browser post here with the reader's cookie; nothing
 * it sends may change anything (Payload's REST and GraphQL, the admin's server actions, sign-in and sign-out).
 */
const crossSiteRefusal = (pathname: string): NextResponse => {
  const message = 'Refused: this request came from another site. Send it from a page of this site.'
  // In the shape of Payload's own errors for the API, and of the site's for its forms.
  return NextResponse.json(pathname.startsWith('/api/') ? { errors: [{ message }] } : { message }, { status: 403 })
}

/** Every answer of the app passes here: its security headers are set in this one place (see src/security/headers.ts). */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  const area = areaOf(pathname)
  const protection: Protection = {
    area,
    nonce: area === 'inert' ? undefined : newNonce(),
    https: servedOverHttps(),
    development: process.env.NODE_ENV === 'development',
  }
  const headers = securityHeaders(protection)

  const requestHeaders = new Headers(request.headers)
  // Next reads the nonce for its own scripts from the request's policy; a client's own is never used, nor
  // an address of its own making for the page.
  requestHeaders.delete('content-security-policy')
  requestHeaders.delete('x-hamafza-path')
  // The connection's address is Next's to tell (patches/next+16.4.6.patch), never the client's.
  requestHeaders.delete(peerAddressHeader)
  if (protection.nonce) requestHeaders.set('content-security-policy', headers['Content-Security-Policy']!)

  const response = changesState(request.method) && !fromOwnSite(request) ? crossSiteRefusal(pathname) : route(request, requestHeaders)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

// No matcher: the proxy runs for every path, Next's own files included, so no answer leaves without its headers.
