import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import type { Payload } from 'payload'

import type { Locale } from './locale'
import { paths } from './paths'

/**
 * Where to go after signing in: only a path of this site (`/fa/lessons/3?x=1`), never another origin
 * (`//evil.example`, `https://…`, `/\evil`); anything else goes to the home page of the language.
 */
export const safeNextPath = (next: unknown, locale: Locale): string => {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return paths.home(locale)
  const base = 'http://same.site'
  try {
    const url = new URL(next, base)
    if (url.origin !== base) return paths.home(locale)
    // Back to the sign-in page itself would be a loop.
    if (/^\/(fa|en)\/sign-(in|out)(\/|$)/.test(url.pathname)) return paths.home(locale)
    return url.pathname + url.search + url.hash
  } catch {
    return paths.home(locale)
  }
}

const usersAuth = (payload: Payload) => payload.collections.users.config.auth

/** Payload's own auth cookie (`payload-token`), exactly as its REST login sets it. */
export const authCookie = (payload: Payload, token: string): string =>
  generatePayloadCookie({ collectionAuthConfig: usersAuth(payload), cookiePrefix: payload.config.cookiePrefix, token }) as string

/** The same cookie, expired, as Payload's REST logout sends it. */
export const expiredAuthCookie = (payload: Payload): string =>
  generateExpiredPayloadCookie({ collectionAuthConfig: usersAuth(payload), cookiePrefix: payload.config.cookiePrefix }) as string

/** A form post from another site is refused: the Origin header, when the browser sends one, must be ours. */
export const sameOrigin = (request: Request): boolean => {
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return origin === null
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
