import type { Payload, TypedUser, Where } from 'payload'

/** The knowledge that must be looked at again on a date: lessons and curricula. */
export const reviewedOnSchedule = ['lessons', 'curricula'] as const

export type OverdueItem = {
  collection: (typeof reviewedOnSchedule)[number]
  id: number | string
  title: string
  nextReviewDate: string
}

/** What is past its review date, among what `user` may read, oldest first. */
export const findOverdue = async (payload: Payload, user: TypedUser | null, now = new Date(), locale = 'fa', scope?: Where): Promise<OverdueItem[]> => {
  const found = await Promise.all(
    reviewedOnSchedule.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { and: [{ nextReviewDate: { less_than: now.toISOString() } }, { workflowState: { not_equals: 'retired' } }, ...(scope ? [scope] : [])] },
        sort: 'nextReviewDate',
        limit: 50,
        depth: 0,
        locale: locale as 'fa',
        user,
        overrideAccess: false,
      })
      return docs.map((doc) => ({ collection, id: doc.id, title: doc.title ?? '', nextReviewDate: doc.nextReviewDate as string }))
    }),
  )
  return found.flat().sort((a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate))
}
