import type { Payload, TypedUser, Where } from 'payload'

import { hasRole, organizationIDs, provinceIDs, type NetworkUser } from '../access/roles'
import { findOverdue } from './overdue'
import { underReview } from './states'
import { canApprove } from './transitions'

export const inboxCollections = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
export type InboxCollection = (typeof inboxCollections)[number]

export type InboxItem = { collection: InboxCollection | 'offers-and-needs'; id: number | string; title: string; updatedAt: string }

/** One person's work on the dashboard: what waits for them, what came back to them, what they left unfinished. */
export type Inbox = {
  waitingForMe: InboxItem[]
  sentBack: InboxItem[]
  myDrafts: InboxItem[]
  overdue: InboxItem[]
  /** Other NGOs' answers to the person's NGOs' offers and needs, in the last 30 days, newest first. */
  answers: InboxItem[]
}

const limit = 100

/** Whose reviews a person answers for: the whole network, their provinces, or their NGOs. */
const scopeOf = (user: NetworkUser): Where | undefined => {
  if (hasRole(user, 'admin', 'reviewer')) return undefined
  const or: Where[] = []
  if (hasRole(user, 'coordinator')) or.push({ provinces: { in: provinceIDs(user) } })
  if (hasRole(user, 'editor')) or.push({ organization: { in: organizationIDs(user) } })
  return or.length ? { or } : { id: { exists: false } }
}

const titleOf = (doc: { title?: unknown }) => (typeof doc.title === 'string' ? doc.title : '')

/** The person's inbox, read under their own access: nothing is listed that they could not open. */
export const findInbox = async (payload: Payload, user: TypedUser & NetworkUser, locale = 'fa'): Promise<Inbox> => {
  const inbox: Inbox = { waitingForMe: [], sentBack: [], myDrafts: [], overdue: [], answers: [] }
  const asUser = { user, overrideAccess: false as const, depth: 0, draft: true, locale: locale as 'fa', limit, sort: '-updatedAt' }
  for (const collection of inboxCollections) {
    const item = (doc: { id: number | string; title?: unknown; updatedAt: string }): InboxItem => ({ collection, id: doc.id, title: titleOf(doc), updatedAt: doc.updatedAt })
    if (hasRole(user, 'admin', 'reviewer', 'coordinator')) {
      const { docs } = await payload.find({ collection, where: { workflowState: { in: underReview } }, ...asUser })
      inbox.waitingForMe.push(
        ...docs.filter((doc) => canApprove(user, { collection, organization: doc.organization as never, provinces: doc.provinces as never })).map(item),
      )
    }
    const { docs: drafts } = await payload.find({ collection, where: { and: [{ workflowState: { equals: 'draft' } }, { createdBy: { equals: user.id } }] }, ...asUser })
    for (const doc of drafts) {
      // Sent back: the last move of the document was a reviewer's request for changes.
      const last = await payload.find({
        collection: 'review-events',
        where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: doc.id } }] },
        sort: '-createdAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      ;(last.docs[0]?.transition === 'requestChanges' ? inbox.sentBack : inbox.myDrafts).push(item(doc))
    }
  }
  const overdue = await findOverdue(payload, user, new Date(), locale, scopeOf(user))
  inbox.overdue = overdue.map((entry) => ({ collection: entry.collection, id: entry.id, title: entry.title, updatedAt: entry.nextReviewDate }))
  inbox.answers = await findAnswers(payload, user, locale)
  return inbox
}

const answerWindow = 30 * 24 * 3600 * 1000

/** Answers sent to the person's NGOs, each shown as its offer or need with the answering NGO's name. */
const findAnswers = async (payload: Payload, user: TypedUser & NetworkUser, locale: string): Promise<InboxItem[]> => {
  if (!hasRole(user, 'editor') || organizationIDs(user).length === 0) return []
  const { docs } = await payload.find({
    collection: 'exchange-answers',
    where: { and: [{ organization: { in: organizationIDs(user) } }, { createdAt: { greater_than: new Date(Date.now() - answerWindow).toISOString() } }] },
    sort: '-createdAt',
    depth: 1,
    limit,
    locale: locale as 'fa',
    user,
    overrideAccess: false,
  })
  return docs.map((answer) => {
    const item = answer.item as { id: number | string; title?: unknown }
    const from = answer.fromOrganization as { name?: unknown }
    const name = typeof from?.name === 'string' ? from.name : ''
    return { collection: 'offers-and-needs' as const, id: item.id, title: `${titleOf(item)}${name ? ` — ${name}` : ''}`, updatedAt: answer.createdAt }
  })
}
