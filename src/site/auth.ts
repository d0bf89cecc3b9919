import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import type { Payload } from 'payload'

import type { Locale } from './locale'
import { paths } from './paths'

/** Longer than any address of the site; a longer `next` is someone's experiment, not a page. */
const maxNextLength = 2_000

/**
 * Where to go after signing in: only a path of this site (`/fa/lessons/3?x=1`), never another origin
 * (`//evil.example`, `https://…`, `/\evil`, `/.//evil` which the URL parser turns into `//evil`); anything
 * else goes to the home page of the language. The path is judged after parsing and decoding, as a browser
 * or a proxy in front of the app might read it.
 */
export const safeNextPath = (next: unknown, locale: Locale): string => {
  const home = paths.home(locale)
  // URL parsers drop tabs and newlines and read a backslash as a slash, each in its own way.
  if (typeof next !== 'string' || next.length > maxNextLength || !next.startsWith('/') || /[\x00-\x1f\x7f\\]/.test(next)) return home
  const base = 'http://same.site'
  try {
    const url = new URL(next, base)
    if (url.origin !== base) return home
    const path = decodeURIComponent(url.pathname)
    if (path.includes('//') || /[\\\x00-\x1f\x7f]/.test(path)) return home
    // Back to the sign-in page itself would be a loop.
    if (/^\/(fa|en)\/sign-(in|out)(\/|$)/.test(url.pathname)) return home
    return url.pathname + url.search + url.hash
  } catch {
    return home
  }
}

const usersAuth = (payload: Payload) => payload.collections.users.config.auth

/** Payload's own auth cookie (`payload-token`), exactly as its REST login sets it. */
export const authCookie = (payload: Payload, token: string): string =>
  generatePayloadCookie({ collectionAuthConfig: usersAuth(payload), cookiePrefix: payload.config.cookiePrefix, token }) as string

/** The same cookie, expired, as Payload's REST logout sends it. */
export const expiredAuthCookie = (payload: Payload): string =>
  generateExpiredPayloadCookie({ collectionAuthConfig: usersAuth(payload), cookiePrefix: payload.config.cookiePrefix }) as string
