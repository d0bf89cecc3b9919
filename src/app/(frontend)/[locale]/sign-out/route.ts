import { NextResponse } from 'next/server'
import { createLocalReq, logoutOperation } from 'payload'

import { fromOwnSite } from '@/security/origins'
import { expiredAuthCookie } from '@/site/auth'
import { isLocale } from '@/site/locale'
import { paths } from '@/site/paths'
import { sitePayload } from '@/site/payload'

/**
 * Signs out as Payload's REST logout does: the session behind the cookie is removed (so the token is
 * dead even if someone kept a copy) and the cookie is cleared. Then home, in the same language.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return NextResponse.json({ message: 'Unknown language.' }, { status: 404 })
  if (!fromOwnSite(request)) return NextResponse.json({ message: 'Cross-site sign-out refused.' }, { status: 403 })

  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (user && user.collection === 'users') {
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.users, req })
  }
  const response = new Response(null, { status: 303, headers: { Location: paths.home(locale), 'Cache-Control': 'no-store' } })
  response.headers.append('Set-Cookie', expiredAuthCookie(payload))
  return response
}
