import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idKindOf } from '../../src/api/ids'
import { documentParams } from '../../src/site/documents/params'
import { buildCast, sampleData, type Cast } from '../support/fixtures'
import { absentId } from '../support/ids'
import { startPayload } from '../support/payload'

// The public site takes a document's id from its address as the database gives it: digits on SQLite by
// default, uuids with HAMAFZA_ID_TYPE=uuid (npm test runs this file both ways), ObjectIDs on MongoDB.

let payload: Payload
let lessonId: number | string

const params = (id: string) => Promise.resolve({ locale: 'fa', collection: 'lessons', id })
const notFound = expect.objectContaining({ digest: expect.stringContaining('404') })

beforeAll(async () => {
  payload = await startPayload()
  const cast: Cast = await buildCast(payload)
  const lesson = await payload.create({ collection: 'lessons', data: { ...sampleData('lessons', cast.orgs.roshan), _status: 'published' } as never, overrideAccess: true })
  await payload.update({ collection: 'lessons', id: lesson.id, data: { title: 'درس بازنگری‌شده', _status: 'published' } as never, overrideAccess: true })
  lessonId = lesson.id
})

describe('document addresses carry ids of the database’s kind', () => {
  it('takes a document’s id from its address as the id the database gave it, and reads the document by it', async () => {
    const { locale, collection, id } = await documentParams(params(String(lessonId)))
    expect({ locale, collection, id }).toEqual({ locale: 'fa', collection: 'lessons', id: lessonId })
    expect(collection).toBe('lessons')
    expect((await payload.findByID({ collection: 'lessons', id, locale, depth: 0 })).title).toBe('درس بازنگری‌شده')
  })

  it('answers 404 for an id of another kind or of no document, before asking the database', async () => {
    const otherKind = idKindOf(payload, 'lessons') === 'number' ? '6f1c9a52-8e0b-4d5b-9a43-2c1e7f0d3b11' : '12'
    for (const id of [otherKind, 'abc', '1.5', '-1', '']) await expect(documentParams(params(id)), id).rejects.toEqual(notFound)
    // One of the right kind that names nothing passes here, and the database finds nothing.
    const { id } = await documentParams(params(String(absentId(payload, 'lessons'))))
    await expect(payload.findByID({ collection: 'lessons', id, depth: 0 })).rejects.toMatchObject({ status: 404 })
  })
})
