import { readdirSync } from 'node:fs'

import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { docx, pdf, png } from './support/files'
import { up as fileReadersBackfill } from '../src/migrations/20261205_085241_media_readers_backfill'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
let token: string

const mediaDir = () => process.env.MEDIA_DIR!
const filesOnDisk = () => {
  try {
    return readdirSync(mediaDir()).sort()
  } catch {
    return []
  }
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  token = (await payload.login({ collection: 'users', data: { email: cast.users.editor.email, password: cast.passwords[cast.users.editor.email]! } })).token!
})

const upload = (name: string, bytes: Buffer, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'نمونه', organization: cast.orgs.roshan }))
  return rest('POST', '/media', { token, form })
}

describe('uploads into media/', () => {
  it('accepts the network’s kinds of files and makes image sizes with sharp', async () => {
    const image = await upload('کارگاه.png', await png(), 'image/png')
    expect(image.status).toBe(201)
    expect(image.json.doc.sizes.thumbnail.width).toBe(320)
    expect((await upload('guide.pdf', pdf(), 'application/pdf')).status).toBe(201)
    expect((await upload('workbook.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).status).toBe(201)
    // The picture, its thumbnail (the 768 px card size is not made from a smaller picture), the PDF, the DOCX.
    expect(filesOnDisk().length).toBe(4)
  })

  it('refuses a forbidden kind of file with a reason and leaves nothing on disk', async () => {
    const before = filesOnDisk()
    const html = await upload('page.html', Buffer.from('<html><script>alert(1)</script></html>'), 'text/html')
    expect(html.status).toBe(415)
    expect(html.json.errors[0].message).toMatch(/not an accepted kind of file/)
    const exe = await upload('setup.exe', Buffer.from('MZ\x90\x00'), 'application/octet-stream')
    expect(exe.status).toBe(415)
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a file whose content is not what its name says', async () => {
    const before = filesOnDisk()
    const fake = await upload('report.pdf', await png(), 'application/pdf')
    expect(fake.status).toBe(415)
    expect(fake.json.errors[0].message).toMatch(/does not contain what its name says/)
    const script = await upload('photo.jpg', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'image/jpeg')
    expect(script.status).toBe(415)
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a file over 50 MB with a reason and leaves nothing on disk', async () => {
    const before = filesOnDisk()
    const big = Buffer.concat([pdf(), Buffer.alloc(51 * 1024 * 1024, 32)])
    const response = await upload('huge.pdf', big, 'application/pdf')
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.json)).toMatch(/50 MB/)
    expect(filesOnDisk()).toEqual(before)
  })

  it('does not let a member upload at all', async () => {
    const memberToken = (await payload.login({ collection: 'users', data: { email: cast.users.member.email, password: cast.passwords[cast.users.member.email]! } })).token!
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf())], { type: 'application/pdf' }), 'x.pdf')
    const response = await rest('POST', '/media', { token: memberToken, form })
    expect(response.status).toBe(403)
  })
})

describe('who reads a file: those who may read the documents that show it', () => {
  type Reader = 'anonymous' | 'member' | 'editor' | 'otherEditor' | 'reviewer' | 'coordinator' | 'otherCoordinator' | 'admin'
  const readersList: Reader[] = ['anonymous', 'member', 'editor', 'otherEditor', 'reviewer', 'coordinator', 'otherCoordinator', 'admin']
  const tokens: Partial<Record<Reader, string>> = {}
  const as = (who: Exclude<Reader, 'anonymous'>) => ({ user: cast.users[who], overrideAccess: false as const })

  beforeAll(async () => {
    for (const who of readersList) {
      if (who === 'anonymous') continue
      const user = cast.users[who]
      tokens[who] = (await payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } })).token!
    }
  })

  /** Who finds the file in the list, who reads its record, who downloads it: each must agree. */
  const whoReads = async (file: { id: number | string; filename?: null | string }) => {
    const found: Reader[] = []
    for (const who of readersList) {
      const list = await rest('GET', '/media?limit=1000&depth=0', { token: tokens[who] })
      const listed = (list.json.docs ?? []).some((doc: { id: unknown }) => String(doc.id) === String(file.id))
      const record = (await rest('GET', `/media/${file.id}?depth=0`, { token: tokens[who] })).status === 200
      const bytes = await rest('GET', `/media/file/${file.filename}`, { token: tokens[who] }).then(
        (response) => response.status === 200,
        () => true, // a PDF body is not JSON: it was served
      )
      expect({ who, record, bytes }).toEqual({ who, record: listed, bytes: listed })
      if (listed) found.push(who)
    }
    return found
  }

  const uploadFor = async (name: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf())], { type: 'application/pdf' }), name)
    form.append('_payload', JSON.stringify({ organization: cast.orgs.roshan }))
    const response = await rest('POST', '/media', { token: tokens.editor, form })
    expect(response.status).toBe(201)
    return response.json.doc as { id: number | string; filename: string }
  }

  it('keeps a file attached to a draft to its NGO until the document is submitted, then published, then withdrawn', async () => {
    const file = await uploadFor('draftonly-guide.pdf')
    expect(await whoReads(file)).toEqual(['editor', 'admin'])

    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan, { attachments: [file.id] }) as never, draft: true, ...as('editor') })
    expect(await whoReads(file)).toEqual(['editor', 'admin'])

    await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
    expect(await whoReads(file)).toEqual(['editor', 'reviewer', 'coordinator', 'admin'])

    await payload.update({ collection: 'case-studies', id: doc.id, data: { _status: 'published' } as never, ...as('reviewer') })
    expect(await whoReads(file)).toEqual(readersList)

    await payload.update({ collection: 'case-studies', id: doc.id, data: { visibility: 'members', _status: 'published' } as never, ...as('reviewer') })
    expect(await whoReads(file)).toEqual(readersList.filter((who) => who !== 'anonymous'))

    await payload.update({ collection: 'case-studies', id: doc.id, data: { _status: 'draft', transitionComment: 'بازنگری' } as never, ...as('reviewer') })
    expect(await whoReads(file)).toEqual(['editor', 'admin'])
  })

  it('follows a file shown inside a document’s text, and lets go of it when the document no longer shows it', async () => {
    const file = await uploadFor('inline-chart.pdf')
    const text = lexical('نمودار ماندگاری')
    text.root.children.push({ type: 'upload', relationTo: 'media', value: file.id, fields: {}, format: '', version: 3 } as never)
    const lesson = await payload.create({ collection: 'lessons', data: { ...sampleData('lessons', cast.orgs.roshan), lesson: text, _status: 'published' } as never })
    expect(await whoReads(file)).toEqual(readersList)
    await payload.update({ collection: 'lessons', id: lesson.id, data: { lesson: lexical('بی‌نمودار'), _status: 'published' } as never })
    // Its first edition still shows it, and stays readable for citations.
    expect(await whoReads(file)).toEqual(readersList)
    await payload.delete({ collection: 'lessons', id: lesson.id })
    expect(await whoReads(file)).toEqual(['editor', 'admin'])
  })

  it('gives the files stored before this rule their readers from the documents that show them (the migration)', async () => {
    const file = await uploadFor('stored-earlier.pdf')
    const doc = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), attachments: [file.id], visibility: 'members', _status: 'published' } as never })
    // As the files and the review trail were before the migration: nothing kept on them.
    await payload.db.updateOne({ collection: 'media', id: file.id, data: { readers: null, usedBy: null, references: null } })
    const events = await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } }, depth: 0 })
    for (const event of events.docs) await payload.db.updateOne({ collection: 'review-events', id: event.id, data: { readers: null } })
    expect(await whoReads(file)).toEqual(['editor', 'admin'])
    const req = await createLocalReq({}, payload)
    await fileReadersBackfill({ payload, req } as never)
    expect(await whoReads(file)).toEqual(readersList.filter((who) => who !== 'anonymous'))
    const trail = await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } }, depth: 0, ...as('reviewer') })
    expect(trail.totalDocs).toBe(events.totalDocs)
  })

  it('keeps the review trail of a document to those who may read the document', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), provinces: [cast.provinces.tehran] } as never, draft: true, ...as('editor') })
    await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
    await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'draft', transitionComment: 'نام نیک‌خواه را بردارید.' } as never, draft: true, ...as('reviewer') })
    const comments = async (who: Exclude<Reader, 'anonymous'>) =>
      (await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } }, depth: 0, ...as(who) })).docs.filter(
        (event) => event.comment === 'نام نیک‌خواه را بردارید.',
      ).length
    // Sent back to its NGO, the draft and what was said about it are the NGO's again.
    expect(await comments('editor')).toBe(1)
    expect(await comments('admin')).toBe(1)
    expect(await comments('otherEditor')).toBe(0)
    expect(await comments('otherCoordinator')).toBe(0)
    expect(await comments('reviewer')).toBe(0)
    expect(await comments('coordinator')).toBe(0)
    // Submitted again, it is theirs to read: the trail too, for the coordinator of its province alone.
    await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
    expect(await comments('reviewer')).toBe(1)
    expect(await comments('coordinator')).toBe(1)
    expect(await comments('otherCoordinator')).toBe(0)
    expect((await rest('GET', '/review-events')).status).toBe(403)
  })
})
