import { NextResponse } from 'next/server'

import { signInRefusalMessage } from '@/auth/signInLimits'
import { fromOwnSite } from '@/security/origins'
import { authCookie, safeNextPath } from '@/site/auth'
import { isLocale, type Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { sitePayload } from '@/site/payload'
import { documents } from '@/site/text/documents'

type Failure = 'missing' | 'credentials' | 'locked' | 'throttled'

const messages: Record<'missing' | 'credentials', keyof typeof documents> = { missing: 'signInMissing', credentials: 'signInFailed' }
const statuses: Record<Failure, number> = { missing: 400, credentials: 401, locked: 423, throttled: 429 }

/**
 * Signs a network member in with Payload's own login and sets Payload's own cookie, so the admin and the
 * search API know them too. The sign-in form posts here: with JavaScript it asks for JSON and shows the
 * error in place (the 4xx status and a message); without, it is sent on to `next` or back to the form.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: segment } = await params
  if (!isLocale(segment)) return NextResponse.json({ message: 'Unknown language.' }, { status: 404 })
  const locale: Locale = segment
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  if (!fromOwnSite(request)) return NextResponse.json({ message: 'Cross-site sign-in refused.' }, { status: 403 })

  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return NextResponse.json({ message: documents.signInMissing[locale] }, { status: 400 })
  }
  const email = String(form.get('email') ?? '').trim()
  const password = String(form.get('password') ?? '')
  const next = safeNextPath(form.get('next'), locale)

  const fail = (failure: Failure, retryAfterSeconds = 0): Response => {
    const waits = failure === 'locked' || failure === 'throttled'
    const message = waits ? signInRefusalMessage(locale, statuses[failure] as 423 | 429, retryAfterSeconds) : documents[messages[failure]][locale]
    const headers: Record<string, string> = waits ? { 'Retry-After': String(retryAfterSeconds) } : {}
    return wantsJson
      ? NextResponse.json({ message, failure, ...(waits ? { retryAfterSeconds } : {}) }, { status: statuses[failure], headers })
      : new Response(null, { status: 303, headers: { ...headers, Location: `${paths.signIn(locale, next)}&error=${failure}${waits ? `&wait=${retryAfterSeconds}` : ''}` } })
  }

  if (!email || !password) return fail('missing')

  const payload = await sitePayload()
  let token: string | undefined
  try {
    // The request's headers tell the sign-in limits where it comes from.
    token = (await payload.login({ collection: 'users', data: { email, password }, req: { headers: request.headers } })).token
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { retryAfterSeconds?: number } }
    if (status === 423) return fail('locked', data?.retryAfterSeconds ?? 0)
    if (status === 429) return fail('throttled', data?.retryAfterSeconds ?? 0)
    if (status === 401 || status === 400 || status === 403) return fail('credentials')
    throw error
  }
  if (!token) return fail('credentials')

  const response = wantsJson ? NextResponse.json({ redirect: next }) : new Response(null, { status: 303, headers: { Location: next } })
  response.headers.append('Set-Cookie', authCookie(payload, token))
  response.headers.set('Cache-Control', 'no-store')
  return response
}
