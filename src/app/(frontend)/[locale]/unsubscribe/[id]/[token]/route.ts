import { isLocale } from '@/site/locale'
import { redirect, refusal } from '@/site/noticeForms'
import { sitePayload } from '@/site/payload'
import { noticesText } from '@/site/text/notices'
import { validUnsubscribeToken } from '@/subscriptions/token'

type Params = { params: Promise<{ locale: string; id: string; token: string }> }

/**
 * One-click unsubscribe (RFC 8058): a mail program posts `List-Unsubscribe=One-Click` here, and so does
 * the unsubscribe page's button. The signed token is the permission; no sign-in is needed.
 */
export async function POST(request: Request, { params }: Params) {
  const { locale, id, token } = await params
  if (!isLocale(locale)) return refusal(404, 'Unknown language.')
  // Any kind of id (a number, a uuid, an ObjectID): the signed token says it is one we issued.
  if (!/^[\w-]{1,64}$/.test(id) || !validUnsubscribeToken(id, token)) return refusal(404, noticesText.unsubscribeInvalid[locale])
  const payload = await sitePayload()
  const removed = await payload.delete({ collection: 'subscriptions', where: { id: { equals: id } }, overrideAccess: true })
  if (removed.docs.length === 0) return refusal(404, noticesText.unsubscribeInvalid[locale])
  const body = await request.text().catch(() => '')
  if (body.includes('List-Unsubscribe=One-Click')) return refusal(200, noticesText.unsubscribeDone[locale])
  return redirect(`/${locale}/unsubscribe?done=1`)
}

/** Opened in a browser: the page that asks before unsubscribing. */
export async function GET(_request: Request, { params }: Params) {
  const { locale, id, token } = await params
  if (!isLocale(locale)) return refusal(404, 'Unknown language.')
  return redirect(`/${locale}/unsubscribe?s=${encodeURIComponent(id)}&t=${encodeURIComponent(token)}`)
}
