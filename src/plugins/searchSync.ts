import type { Config, Plugin } from 'payload'

import { reconcileSearchTask } from '../jobs/reconcile'
import { isSearchedCollection } from '../jobs/searchDocuments'
import { queueRelatedSync, queueSearchRemoval, queueSearchSync, searchQueue, syncSearchTask } from '../jobs/syncSearch'

/** Collections whose records are facts of a searched record: which one, named by which field. */
const factsOf = { 'lesson-applications': queueRelatedSync('lessons', 'lesson') } as Record<string, ReturnType<typeof queueRelatedSync> | undefined>

/**
 * Keeps the search index in step with the database through Payload's jobs queue: every save and
 * delete of a searched record queues a sync, a worker drains the queue every second, and a
 * reconciliation repairs whatever drift is left. /api/search and /api/search/suggest are Next route
 * handlers (src/app/(payload)/api/search).
 */
export const searchSync =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => {
      const afterChange = [...(collection.hooks?.afterChange ?? [])]
      const afterDelete = [...(collection.hooks?.afterDelete ?? [])]
      if (isSearchedCollection(collection.slug)) {
        afterChange.push(queueSearchSync)
        afterDelete.push(queueSearchRemoval)
      }
      const facts = factsOf[collection.slug]
      if (facts) {
        afterChange.push(facts.afterChange)
        afterDelete.push(facts.afterDelete)
      }
      return { ...collection, hooks: { ...collection.hooks, afterChange, afterDelete } }
    }),
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), syncSearchTask as never, reconcileSearchTask as never],
      autoRun: [
        ...((config.jobs?.autoRun as object[] | undefined) ?? []),
        // Seconds in the cron: a published record is searchable within about a second.
        { cron: '* * * * * *', queue: searchQueue, limit: 100 },
      ] as never,
    },
  })
