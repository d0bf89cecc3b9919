import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { isLocale, type Locale } from './locale'
import { paths } from './paths'
import { sitePayload } from './payload'

/**
 * What a member's form handler needs: the language of the address and the signed-in member, or the answer to
 * give instead (a visitor is sent to sign in, and then to `back`, the notices page unless told).
 */
export const formContext = async (
  request: Request,
  params: Promise<{ locale: string }>,
  back: (locale: Locale) => string = paths.notices,
): Promise<{ ok: true; locale: Locale; payload: Payload; user: User } | { ok: false; response: Response }> => {
  const { locale } = await params
  if (!isLocale(locale)) return { ok: false, response: new Response('Unknown language.', { status: 404 }) }
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users') {
    return { ok: false, response: redirect(paths.signIn(locale, back(locale))) }
  }
  return { ok: true, locale, payload, user: user as User }
}

export const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

export const refusal = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
