import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { logChange } from './log'
import { contentChanged } from './signal'
import { tagsOfChange } from './tags'

const DRAFT_SAVES = 'hamafzaContentDraftSaves'

const draftSaveKey = (collection: string, id: unknown) => `${collection}:${id == null ? '*' : String(id)}`

/**
 * Payload tells change hooks nothing of the `draft` flag: remember it per record, as nested saves of other
 * records (the audit trail, a retired edition) share the request.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID') {
    const saves = ((req.context[DRAFT_SAVES] as Record<string, boolean> | undefined) ??= {})
    saves[draftSaveKey(collection.slug, (args as { id?: unknown }).id)] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

const wasDraftSave = (req: PayloadRequest, collection: string, id: unknown): boolean => {
  const saves = req.context[DRAFT_SAVES] as Record<string, boolean> | undefined
  return saves?.[draftSaveKey(collection, id)] ?? saves?.[draftSaveKey(collection, null)] ?? false
}

const hasDrafts = (collection: SanitizedCollectionConfig) => typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

/**
 * Whether a save changed what readers of the site can see. A draft save or an autosave writes a version and
 * leaves the live record alone; a record never published is seen by nobody outside the admin. A live record
 * written as a draft may have been published before (the version before this save does not say): counted.
 */
const seenOutside = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>, operation: 'create' | 'update', req: PayloadRequest) => {
  if (!hasDrafts(collection) || doc._status === 'published') return true
  if (operation === 'create') return false
  return !wasDraftSave(req, collection.slug, doc.id)
}

const announce = async (req: PayloadRequest, tags: string[]) => {
  contentChanged(tags)
  // The save itself stands: other processes then see it when their kept values expire, within a minute.
  await logChange(req, tags).catch((error: unknown) =>
    req.payload.logger.warn({ err: error, msg: 'a change was not written to the change log; other processes see it within a minute' }),
  )
}

/** After a save that readers can see: this process drops what it kept of it at once, others within a second. */
export const noteContentChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (seenOutside(collection, doc, operation, req)) await announce(req, tagsOfChange(collection.slug, doc.id, [previousDoc, doc]))
  return doc
}

export const noteContentDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (!hasDrafts(collection) || doc?._status === 'published') await announce(req, tagsOfChange(collection.slug, id, [doc]))
}
