import type { Payload } from 'payload'

import { noticeSettings } from '../notifications/kinds'
import type { User } from '../payload-types'
import type { Locale } from '../site/locale'
import { pageSearchProblem } from '../site/search/request'

export const frequencies = ['immediate', 'daily', 'weekly'] as const
export type Frequency = (typeof frequencies)[number]

/** A member's request on the notices page, refused with a reason a person can read. */
export class SubscriptionRequestError extends Error {
  readonly code = 'SUBSCRIPTION_REQUEST'
  constructor(message: string) {
    super(message)
    this.name = 'SubscriptionRequestError'
  }
}
export const isSubscriptionRequestError = (error: unknown): error is SubscriptionRequestError =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SUBSCRIPTION_REQUEST'

const maxQuery = 2000

/** The search's own parameters, as its address had them; the page, the page size and the language left out. */
export const subscriptionQuery = (raw: string, locale: Locale): string => {
  if (raw.length > maxQuery) throw new SubscriptionRequestError('query is too long')
  const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw)
  for (const name of ['page', 'limit', 'sort', 'locale']) params.delete(name)
  const problem = pageSearchProblem(params, locale)
  if (problem) throw new SubscriptionRequestError(problem.message)
  params.sort()
  return params.toString()
}

const isFrequency = (value: unknown): value is Frequency => typeof value === 'string' && (frequencies as readonly string[]).includes(value)

export const frequencyOf = (value: unknown): Frequency => {
  if (!isFrequency(value)) throw new SubscriptionRequestError(`frequency must be one of: ${frequencies.join(', ')}`)
  return value
}

const principal = (user: User) => ({ ...user, collection: 'users' as const })

export const subscribe = async (payload: Payload, user: User, input: { query: string; label: string; frequency: unknown; locale: Locale }) => {
  const query = subscriptionQuery(input.query, input.locale)
  const label = input.label.trim().slice(0, 200) || query || '*'
  return payload.create({
    collection: 'subscriptions',
    data: { subscriber: user.id, query, label, locale: input.locale, frequency: frequencyOf(input.frequency), sent: [] },
    user: principal(user),
    overrideAccess: false,
  })
}

export const changeFrequency = (payload: Payload, user: User, id: string, frequency: unknown) =>
  payload.update({ collection: 'subscriptions', id, data: { frequency: frequencyOf(frequency) }, user: principal(user), overrideAccess: false })

export const unsubscribe = (payload: Payload, user: User, id: string) =>
  payload.delete({ collection: 'subscriptions', id, user: principal(user), overrideAccess: false })

/** The notice settings form: each box ticked or not, and the language of e-mails. */
export const saveSettings = (payload: Payload, user: User, form: FormData) => {
  const language = form.get('language')
  if (language !== 'fa' && language !== 'en') throw new SubscriptionRequestError('language must be fa or en')
  const notices = Object.fromEntries(noticeSettings.map((name) => [name, form.get(name) === 'on'])) as Record<string, boolean>
  return payload.update({ collection: 'users', id: user.id, data: { language, notices }, user: principal(user), overrideAccess: false })
}
