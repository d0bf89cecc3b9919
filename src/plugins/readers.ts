import type { Plugin } from 'payload'

import { knowledgeWithFiles } from '../readers/documentReaders'
import { forgetReadersAfterDelete, rememberDraftSaves, stampEventReaders, syncReadersAfterChange } from '../readers/hooks'

const documents = new Set<string>([...knowledgeWithFiles, 'organizations'])

/**
 * A file, and an entry of the review trail, is read by those who may read the documents it belongs to: after
 * every change of a document, the readers kept on them follow (src/readers/), and the access rules of media and
 * review events match them against the reader's own words (src/access/readers.ts).
 */
export const readers = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    if (collection.slug === 'review-events') {
      return { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), stampEventReaders] } }
    }
    if (!documents.has(collection.slug)) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftSaves],
        afterChange: [...(collection.hooks?.afterChange ?? []), syncReadersAfterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), forgetReadersAfterDelete],
      },
    }
  }),
})
