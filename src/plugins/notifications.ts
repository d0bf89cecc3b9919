import type { Config, Plugin } from 'payload'

import { exchangeExpiryTask } from '../exchange/expiry'
import { overdueNoticesTask } from '../notifications/overdueNotices'
import { mailQueue } from '../notifications/queue'
import { sendMailTask } from '../notifications/sendMail'
import { noticeOfTransition } from '../notifications/workflowNotices'
import { digestsTask } from '../subscriptions/digest'

/**
 * The network tells people what happened: every message is recorded in `mail-messages` and sent by
 * the `mail` queue (src/notifications), which the worker drains every few seconds. Workflow moves and
 * overdue reviews (daily) are told to the people they concern, and so are offers and needs about to expire
 * (daily, src/exchange/expiry.ts, which also expires them); subscriptions' digests go out every five minutes,
 * daily or weekly.
 */
export const notifications =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    // Every move of the review workflow is a review-events row: the notices follow from it.
    collections: config.collections?.map((collection) =>
      collection.slug === 'review-events'
        ? { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), noticeOfTransition] } }
        : collection,
    ),
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), sendMailTask as never, overdueNoticesTask as never, digestsTask as never, exchangeExpiryTask as never],
      autoRun: [
        ...((config.jobs?.autoRun as object[] | undefined) ?? []),
        { cron: '*/5 * * * * *', queue: mailQueue, limit: 50 },
      ] as never,
    },
  })
