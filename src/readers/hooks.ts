import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
} from 'payload'

import { asWordText } from '../access/readers'
import { idOf } from '../access/roles'
import { documentReaders, type DocumentCollection } from './documentReaders'
import { mediaReferencedBy } from './mediaReferences'
import { forgetDocument, syncReaders } from './sync'

const DRAFT_SAVES = 'hamafzaReadersDraftSaves'
const saveKey = (collection: string, id: unknown) => `${collection}:${id == null ? '*' : String(id)}`

/** Payload tells change hooks nothing of the `draft` flag: remember it per record, for the hook below. */
export const rememberDraftSaves: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID') {
    const saves = ((req.context[DRAFT_SAVES] as Record<string, boolean> | undefined) ??= {})
    saves[saveKey(collection.slug, (args as { id?: unknown }).id)] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

const wasDraftSave = (req: PayloadRequest, collection: string, id: unknown) => {
  const saves = req.context[DRAFT_SAVES] as Record<string, boolean> | undefined
  return saves?.[saveKey(collection, id)] ?? saves?.[saveKey(collection, null)] ?? false
}

type Ref = number | string | { id: number | string }

/** What of a version decides who reads the document and its files. */
const readersSignature = (fields: Field[], doc: Record<string, unknown> | undefined) =>
  JSON.stringify([
    doc?._status,
    doc?.visibility,
    doc?.workflowState,
    doc?.organization == null ? null : idOf(doc.organization as Ref),
    ((doc?.provinces as Ref[] | undefined) ?? []).map((province) => String(idOf(province))).sort(),
    [...mediaReferencedBy(fields, doc)].sort(),
  ])

/**
 * After a save, the files the document shows and its review trail follow who may read it now. A draft save
 * that changes none of what decides it (an autosave of the text) leaves them as they are.
 */
export const syncReadersAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const unchanged =
    operation === 'update' &&
    wasDraftSave(req, collection.slug, doc.id) &&
    readersSignature(collection.fields, previousDoc) === readersSignature(collection.fields, doc)
  if (!unchanged) await syncReaders(req.payload, collection.slug as DocumentCollection, doc.id, req)
  return doc
}

export const forgetReadersAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await forgetDocument(req.payload, collection.slug as DocumentCollection, id, req)
}

/** A new entry of the review trail is read by those who may read its document now. */
export const stampEventReaders: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const document = data.document as { relationTo?: string; value?: Ref } | undefined
  if (operation !== 'create' || !document?.relationTo || document.value == null) return data
  const readers = await documentReaders(req.payload, document.relationTo as DocumentCollection, idOf(document.value), req)
  data.readers = asWordText(readers.document)
  return data
}
