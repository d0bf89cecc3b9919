import type { Payload, TaskConfig } from 'payload'

import { formatDate, formatNumber } from '../i18n/dates'
import { reviewedOnSchedule } from '../workflow/overdue'
import { loadNoticed } from './documents'
import { editorsOf, whoWants } from './recipients'
import { notify } from './workflowNotices'
import { mailWords } from './words'

const week = 7 * 24 * 3600 * 1000
const day = 24 * 3600 * 1000

/**
 * Tells the NGO's editors of each lesson and curriculum past its review date, at most once a week per
 * document and person: a person told within the last seven days is not told again.
 */
export const sendOverdueNotices = async (payload: Payload, now = new Date()): Promise<number> => {
  let sent = 0
  for (const collection of reviewedOnSchedule) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ nextReviewDate: { less_than: now.toISOString() } }, { workflowState: { not_equals: 'retired' } }] },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { nextReviewDate: true },
    })
    for (const row of docs) {
      const doc = await loadNoticed(payload, collection, row.id)
      if (!doc) continue
      const about = `${collection}:${row.id}`
      const told = await payload.find({
        collection: 'mail-messages',
        where: { and: [{ kind: { equals: 'overdue' } }, { about: { equals: about } }, { createdAt: { greater_than: new Date(now.getTime() - week).toISOString() } }] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { recipient: true },
      })
      const already = new Set(told.docs.map((message) => String(message.recipient)))
      const people = whoWants(await editorsOf(payload, doc.organization), 'overdue').filter((person) => !already.has(String(person.id)))
      const due = row.nextReviewDate as string
      const days = Math.max(1, Math.floor((now.getTime() - new Date(due).getTime()) / day))
      await notify(payload, undefined, people, 'overdue', about, (language) => {
        const words = mailWords[language]
        return {
          subject: words.overdue.subject(doc.title(language)),
          paragraphs: words.overdue.paragraphs(doc.kind(language), doc.title(language), formatDate(due, language), formatNumber(days, language)),
          action: { label: words.openInAdmin, url: doc.adminURL },
        }
      })
      sent += people.length
    }
  }
  return sent
}

export const overdueNoticesTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'noticeOverdue',
  label: 'Tell editors of documents overdue for review',
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  // Every morning in Tehran (05:00 UTC is 08:30 there).
  schedule: [{ cron: '0 5 * * *', queue: 'mail' }],
  handler: async ({ req }) => ({ output: { sent: await sendOverdueNotices(req.payload) } }),
}
