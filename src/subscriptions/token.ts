import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../secret'

/** The one-click unsubscribe token of a subscription: an HMAC of its id, so the link works without signing in. */
export const unsubscribeToken = (id: number | string): string =>
  createHmac('sha256', payloadSecret()).update(`unsubscribe:${id}`).digest('base64url').slice(0, 32)

export const validUnsubscribeToken = (id: number | string, token: string): boolean => {
  const expected = Buffer.from(unsubscribeToken(id))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The unsubscribe addresses: the page a reader opens, and the one a mail program posts to (RFC 8058). */
export const unsubscribeURLs = (site: string, locale: string, id: number | string) => {
  const token = unsubscribeToken(id)
  return {
    page: `${site}/${locale}/unsubscribe?s=${id}&t=${token}`,
    oneClick: `${site}/${locale}/unsubscribe/${id}/${token}`,
  }
}
