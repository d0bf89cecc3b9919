import type { Payload, TaskConfig } from 'payload'

import { idOf } from '../access/roles'
import { formatDate } from '../i18n/dates'
import { editorsOf, whoWants } from '../notifications/recipients'
import { notify } from '../notifications/workflowNotices'
import { mailWords } from '../notifications/words'
import type { OffersAndNeed } from '../payload-types'
import { itemURL } from './answer'
import { currentStatuses, lifetimeDays, warnDaysBefore } from './kinds'
import { exchangeWords } from './words'

const day = 24 * 3600 * 1000

type Localized = Record<string, string | null | undefined> | string | null | undefined
const inLanguage = (value: Localized, language: 'fa' | 'en') => (typeof value === 'string' ? value : value?.[language] || value?.fa || value?.en || '')

/**
 * Current items (open or in discussion) whose 90 days have passed become `expired`: members no longer see them, their own NGO still does
 * and can renew them. Items that expire within a week are told to their NGO's editors first, once per term
 * (a renewal starts a new term, and with it a new notice).
 */
export const expireOffersAndNeeds = async (payload: Payload, now = new Date()): Promise<{ expired: number; warned: number }> => {
  const { docs: due } = await payload.find({
    collection: 'offers-and-needs',
    where: { and: [{ status: { in: currentStatuses } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true },
  })
  for (const { id } of due) {
    await payload.update({ collection: 'offers-and-needs', id, data: { status: 'expired' }, overrideAccess: true, depth: 0 })
  }

  const { docs: soon } = await payload.find({
    collection: 'offers-and-needs',
    where: { and: [{ status: { in: currentStatuses } }, { expiresAt: { greater_than: now.toISOString() } }, { expiresAt: { less_than_equal: new Date(now.getTime() + warnDaysBefore * day).toISOString() } }] },
    depth: 0,
    locale: 'all',
    pagination: false,
    overrideAccess: true,
  })
  let warned = 0
  for (const item of soon as OffersAndNeed[]) {
    const about = `offers-and-needs:${item.id}`
    const termStarted = new Date(new Date(item.expiresAt!).getTime() - lifetimeDays * day).toISOString()
    const told = await payload.find({
      collection: 'mail-messages',
      where: { and: [{ kind: { equals: 'exchangeExpiring' } }, { about: { equals: about } }, { createdAt: { greater_than_equal: termStarted } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { recipient: true },
    })
    const already = new Set(told.docs.map((message) => String(message.recipient)))
    const people = whoWants(await editorsOf(payload, idOf(item.organization as number)), 'exchangeExpiring').filter((person) => !already.has(String(person.id)))
    await notify(payload, undefined, people, 'exchangeExpiring', about, (language) => {
      const words = mailWords[language].exchangeExpiring
      const title = inLanguage(item.title as Localized, language)
      return {
        subject: words.subject(title),
        paragraphs: words.paragraphs(exchangeWords.directions[item.direction][language], title, formatDate(item.expiresAt!, language)),
        action: { label: words.open, url: itemURL(item.id, language) },
      }
    })
    warned += people.length
  }
  return { expired: due.length, warned }
}

export const exchangeExpiryTask: TaskConfig<{ input: object; output: { expired: number; warned: number } }> = {
  slug: 'expireOffersAndNeeds',
  label: 'Expire offers and needs nobody renewed, and warn their NGOs a week before',
  inputSchema: [],
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'warned', type: 'number' },
  ],
  // Every morning in Tehran, beside the overdue reviews (05:00 UTC is 08:30 there).
  schedule: [{ cron: '10 5 * * *', queue: 'mail' }],
  handler: async ({ req }) => ({ output: await expireOffersAndNeeds(req.payload) }),
}
