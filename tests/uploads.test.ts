import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, type Cast } from './support/fixtures'
import { docx, pdf, png } from './support/files'
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
