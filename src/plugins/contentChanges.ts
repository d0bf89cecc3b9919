import type { Plugin } from 'payload'

import { signInAttemptsSlug } from '../auth/signInLimits'
import { changeLogSlug } from '../contentChanges/log'
import { noteContentChange, noteContentDeletion, rememberDraftSave } from '../contentChanges/hooks'

/**
 * Bookkeeping that no page shows as content: a download, an account, the audit trail, the change log itself,
 * a sent e-mail, a subscription, a sign-in attempt.
 */
const notContent = new Set(['download-events', 'users', 'review-events', changeLogSlug, 'mail-messages', 'subscriptions', signInAttemptsSlug])

/**
 * Every save or deletion that readers of the site can see announces the tags it touched (the record, the
 * lists it is in, the pages that name it): this process drops what it kept of them at once, and the change
 * log tells every other process on the same database (src/contentChanges/).
 */
export const contentChanges = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    notContent.has(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftSave],
            afterChange: [...(collection.hooks?.afterChange ?? []), noteContentChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), noteContentDeletion],
          },
        },
  ),
})
