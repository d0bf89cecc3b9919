import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload'

import { contentChanged } from '../site/memo'

/** Bookkeeping that no page shows as content: a download or an account change must not empty the caches. */
const notContent = new Set(['download-events', 'users'])

const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  contentChanged()
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  contentChanged()
  return doc
}

/**
 * Every saved or deleted record moves this process's content generation on, so the public site's caches
 * of what visitors read (src/site/memo.ts) are dropped the moment anything changes; their time limit only
 * bounds how stale another server process can be.
 */
export const contentGeneration = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    notContent.has(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        },
  ),
})
