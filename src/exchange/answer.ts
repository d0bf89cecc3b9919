import type { Payload } from 'payload'

import { hasRole, idOf, organizationIDs } from '../access/roles'
import { parseId } from '../api/ids'
import { formatDate } from '../i18n/dates'
import { siteAddress } from '../notifications/address'
import type { MailLanguage } from '../notifications/kinds'
import { asPrincipal, greetingName } from '../notifications/people'
import { editorsOf, whoWants } from '../notifications/recipients'
import { notify } from '../notifications/workflowNotices'
import { mailWords } from '../notifications/words'
import type { ExchangeAnswer, OffersAndNeed, Organization, User } from '../payload-types'
import { closedStatuses, type ExchangeStatus } from './kinds'
import { ExchangeRefusal } from './refusal'
import { exchangeWords } from './words'

export const maxMessage = 4000

type Localized = Record<string, string | null | undefined> | string | null | undefined
const inLanguage = (value: Localized, language: MailLanguage) =>
  typeof value === 'string' ? value : (value?.[language] || value?.fa || value?.en || '')

/** The item's page on the public site, where its NGO's editors see it and renew it. */
export const itemURL = (id: number | string, language: MailLanguage) => `${siteAddress()}/${language}/exchange/${id}`

/**
 * An editor of one NGO answers another NGO's offer or need: the answer is kept (the item's NGO's inbox lists
 * it), its editors are e-mailed the message with the sender's address to reply to, and an open item moves to
 * "in discussion". One's own NGO's items, closed items and empty messages are refused with the reason.
 */
export const answerItem = async (payload: Payload, user: User, itemId: number | string, rawMessage: unknown): Promise<ExchangeAnswer> => {
  const principal = asPrincipal(user)
  const own = organizationIDs(principal)
  if (!hasRole(principal, 'editor') || own.length === 0) throw new ExchangeRefusal(403, 'notEditor')
  // An address whose id cannot be one of the database's ids names no item.
  const id = parseId(payload, 'offers-and-needs', String(itemId))
  if (id === null) throw new ExchangeRefusal(404, 'notFound')
  const item = (await payload.findByID({ collection: 'offers-and-needs', id, depth: 0, locale: 'all', user: principal, overrideAccess: false, disableErrors: true })) as OffersAndNeed | null
  if (!item) throw new ExchangeRefusal(404, 'notFound')
  const organization = idOf(item.organization as number)
  if (own.map(String).includes(String(organization))) throw new ExchangeRefusal(403, 'ownItem')
  if (closedStatuses.includes(item.status as ExchangeStatus)) throw new ExchangeRefusal(409, 'closed')
  const message = typeof rawMessage === 'string' ? rawMessage.trim() : ''
  if (!message) throw new ExchangeRefusal(400, 'emptyMessage')
  if (message.length > maxMessage) throw new ExchangeRefusal(400, 'longMessage')

  const from = own[0]!
  const answer = await payload.create({
    collection: 'exchange-answers',
    data: { item: item.id, organization, fromOrganization: from, author: user.id, message } as never,
    overrideAccess: true,
  })
  if (item.status === 'open') {
    await payload.update({ collection: 'offers-and-needs', id: item.id, data: { status: 'inDiscussion' }, overrideAccess: true, depth: 0 })
  }
  const sender = (await payload.findByID({ collection: 'organizations', id: from, depth: 0, locale: 'all', overrideAccess: true })) as Organization
  const people = whoWants(await editorsOf(payload, organization), 'exchangeAnswer', user.id)
  await notify(
    payload,
    undefined,
    people,
    'exchangeAnswer',
    `offers-and-needs:${item.id}`,
    (language) => {
      const words = mailWords[language].exchangeAnswer
      const title = inLanguage(item.title as Localized, language)
      return {
        subject: words.subject(title),
        paragraphs: words.paragraphs(exchangeWords.directions[item.direction][language], title, inLanguage(sender.name as Localized, language), greetingName(user), formatDate(answer.createdAt, language)),
        quote: { label: words.message, text: `${message}\n\n${greetingName(user)} <${user.email}>` },
        action: { label: words.open, url: itemURL(item.id, language) },
      }
    },
    () => ({ 'Reply-To': user.email }),
  )
  return answer
}
