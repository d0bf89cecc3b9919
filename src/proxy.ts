import { NextResponse, type NextRequest } from 'next/server'

/** Payload reads the admin's language from this cookie before Accept-Language (cookiePrefix is the default). */
const languageCookie = 'payload-lng'
const defaultAdminLanguage = 'fa'
const oneYear = 60 * 60 * 24 * 365

/**
 * The admin speaks Persian on a first visit, even to an English browser: without the cookie Payload
 * would follow Accept-Language. A language chosen in the account settings sets the cookie and is kept.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()

  // Set on the request too, so this very first render is already Persian.
  request.cookies.set(languageCookie, defaultAdminLanguage)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set({ name: languageCookie, value: defaultAdminLanguage, path: '/', maxAge: oneYear, sameSite: 'lax' })
  return response
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
}
