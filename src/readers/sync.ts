import type { Payload, PayloadRequest, Where } from 'payload'

import { asWordText, holdsAnyOf } from '../access/readers'
import { documentReaders, type DocumentCollection } from './documentReaders'

/** How a media record names a document that shows it. */
export const documentKey = (collection: string, id: number | string) => `${collection}:${id}`

type References = Record<string, string[]>
type FileReaders = { id: number | string; references?: unknown; readers?: null | string; usedBy?: null | string }

const sortedReferences = (references: References): References =>
  Object.fromEntries(Object.entries(references).sort(([a], [b]) => a.localeCompare(b)))

/**
 * Writes on each media record what `key`'s document now lets be read of it, and the readers of the record
 * as the union over every document that shows it; the files the document no longer shows lose its part.
 */
const syncMedia = async (payload: Payload, key: string, shown: Map<string, string[]>, req: PayloadRequest) => {
  const find = (where: Where) =>
    payload.find({ collection: 'media', where, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: { references: true, readers: true, usedBy: true } })
  const before = (await find(holdsAnyOf('usedBy', [key]))).docs as FileReaders[]
  const missing = [...shown.keys()].filter((id) => !before.some((file) => String(file.id) === id))
  const added = missing.length ? ((await find({ id: { in: missing } })).docs as FileReaders[]) : []
  for (const file of [...before, ...added]) {
    const references: References = { ...((file.references as References | null) ?? {}) }
    const words = shown.get(String(file.id))
    if (words) references[key] = words
    else delete references[key]
    const next = {
      references: sortedReferences(references),
      readers: asWordText(Object.values(references).flat()),
      usedBy: asWordText(Object.keys(references)),
    }
    if (
      next.readers === (file.readers ?? '') &&
      next.usedBy === (file.usedBy ?? '') &&
      JSON.stringify(next.references) === JSON.stringify(sortedReferences((file.references as References | null) ?? {}))
    ) {
      continue
    }
    await payload.update({ collection: 'media', id: file.id, data: next as never, depth: 0, overrideAccess: true, req })
  }
}

/** The review trail of a document is read by those who may read the document as it is now. */
const syncReviewEvents = async (payload: Payload, collection: string, id: number | string, words: string[], req: PayloadRequest) => {
  const readers = asWordText(words)
  const where: Where = { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] }
  const { docs } = await payload.find({ collection: 'review-events', where, depth: 0, pagination: false, limit: 0, overrideAccess: true, req, select: { readers: true } })
  for (const event of docs) {
    if ((event.readers ?? '') === readers) continue
    await payload.update({ collection: 'review-events', id: event.id, data: { readers }, depth: 0, overrideAccess: true, req })
  }
}

/** Brings the readers of the files a document shows, and of its review trail, in line with the document now. */
export const syncReaders = async (payload: Payload, collection: DocumentCollection, id: number | string, req: PayloadRequest) => {
  const readers = await documentReaders(payload, collection, id, req)
  await syncMedia(payload, documentKey(collection, id), readers.media, req)
  if (collection !== 'organizations') await syncReviewEvents(payload, collection, id, readers.document, req)
}

/** A deleted document lets nobody read anything any more. */
export const forgetDocument = async (payload: Payload, collection: DocumentCollection, id: number | string, req: PayloadRequest) =>
  syncMedia(payload, documentKey(collection, id), new Map(), req)
