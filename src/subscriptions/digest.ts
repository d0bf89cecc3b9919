import type { Payload, TaskConfig } from 'payload'

import { getSearchEngine } from '../jobs/searchEngine'
import { siteAddress } from '../notifications/address'
import { noticedCollections, type NoticedCollection } from '../notifications/documents'
import { asPrincipal, wants } from '../notifications/people'
import { notify } from '../notifications/workflowNotices'
import { mailWords } from '../notifications/words'
import { formatNumber } from '../i18n/dates'
import type { Subscription, User } from '../payload-types'
import { pageRequest } from '../site/search/request'
import { unsubscribeURLs } from './token'

const hour = 3600 * 1000
const every: Record<Subscription['frequency'], number> = { immediate: 0, daily: 24 * hour, weekly: 7 * 24 * hour }
const keptSent = 2000

const isNoticed = (value: string): value is NoticedCollection => (noticedCollections as readonly string[]).includes(value)

/** What is new in a subscription for its subscriber: published since they subscribed, not sent yet, and readable by them. */
export const freshFor = async (payload: Payload, subscription: Subscription, subscriber: User) => {
  const params = new URLSearchParams(subscription.query)
  for (const name of ['page', 'limit', 'sort', 'locale']) params.delete(name)
  params.set('sort', 'newest')
  params.set('limit', '50')
  const locale = subscription.locale === 'en' ? 'en' : 'fa'
  const result = await (await getSearchEngine()).search({ ...pageRequest(params, locale, subscriber), highlight: false })
  const since = new Date(subscription.createdAt).getTime()
  const sent = new Set((subscription.sent as string[] | null) ?? [])
  const fresh: { key: string; title: string; url: string }[] = []
  for (const hit of result.hits) {
    if (hit.publishedAt < since || sent.has(hit.id)) continue
    const [collection, id] = [hit.id.slice(0, hit.id.indexOf(':')), hit.id.slice(hit.id.indexOf(':') + 1)]
    if (!isNoticed(collection)) continue
    // The index may lag behind the database: the subscriber's own access decides, as on the site.
    const doc = await payload.findByID({ collection, id, depth: 0, locale, user: asPrincipal(subscriber), overrideAccess: false, disableErrors: true })
    if (!doc || doc._status !== 'published') continue
    fresh.push({ key: hit.id, title: (doc.title as string | undefined) || hit.title, url: `${siteAddress()}/${locale}/${collection}/${id}` })
  }
  return fresh
}

/**
 * Sends each subscription that is due (at once, daily or weekly) one e-mail listing what is new in it, each
 * with a one-click unsubscribe link and List-Unsubscribe headers.
 */
export const sendDigests = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.find({ collection: 'subscriptions', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })
  let sent = 0
  for (const subscription of docs) {
    if (subscription.lastSentAt && now.getTime() - new Date(subscription.lastSentAt).getTime() < every[subscription.frequency]) continue
    const subscriber = await payload.findByID({ collection: 'users', id: subscription.subscriber as number, depth: 0, overrideAccess: true, disableErrors: true })
    if (!subscriber || !wants(subscriber, 'digest')) continue
    const fresh = await freshFor(payload, subscription, subscriber)
    if (fresh.length === 0) continue
    const locale = subscription.locale === 'en' ? 'en' : 'fa'
    const links = unsubscribeURLs(siteAddress(), locale, subscription.id)
    await notify(
      payload,
      undefined,
      [{ ...subscriber, language: locale }],
      'digest',
      `subscriptions:${subscription.id}`,
      (language) => {
        const words = mailWords[language]
        const count = formatNumber(fresh.length, language)
        return {
          subject: words.digest.subject(subscription.label, count),
          paragraphs: words.digest.paragraphs(subscription.label, count, words.digest.periods[subscription.frequency]),
          items: fresh.map(({ title, url }) => ({ label: title, url })),
          unsubscribe: { label: words.unsubscribe, url: links.page },
        }
      },
      () => ({ 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }),
    )
    await payload.update({
      collection: 'subscriptions',
      id: subscription.id,
      data: { sent: [...((subscription.sent as string[] | null) ?? []), ...fresh.map((item) => item.key)].slice(-keptSent), lastSentAt: now.toISOString() },
      overrideAccess: true,
    })
    sent++
  }
  return sent
}

export const digestsTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'sendDigests',
  label: 'Send subscription digests',
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  // Every five minutes: "immediately" within minutes, daily and weekly when their time has come.
  schedule: [{ cron: '*/5 * * * *', queue: 'mail' }],
  handler: async ({ req }) => ({ output: { sent: await sendDigests(req.payload) } }),
}
