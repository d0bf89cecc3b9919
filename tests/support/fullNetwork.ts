import type { Payload } from 'payload'

import { demoAccounts, seed } from '../../scripts/seed/index'
import { rebuildSearchIndex } from '../../src/jobs/rebuildIndex'
import { drainMail } from './mail'
import { png } from './files'

const paragraph = (children: object[]) => ({ type: 'paragraph', direction: 'rtl', format: '', indent: 0, version: 1, textFormat: 0, children })
const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

/**
 * The demo content, and what the demo lacks but a network holds: an image with generated sizes, a
 * rich-text link to another document and an upload inside the text (in an autosaved draft), a download
 * of an edition, a scheduled publication and a person's admin preferences; then the search index. The
 * seed's notices are sent, as a running network's worker sends them.
 */
export const fillNetwork = async (payload: Payload): Promise<void> => {
  await seed(payload)
  // The notices of the seed's review moves, sent as the jobs worker would (to this test's file outbox).
  await drainMail(payload)
  const admin = (await payload.find({ collection: 'users', where: { email: { equals: demoAccounts.admin.email } }, limit: 1 })).docs[0]!
  const organization = (await payload.find({ collection: 'organizations', limit: 1, sort: 'createdAt' })).docs[0]!
  const photo = await png()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'کارگاه قالی‌بافی', organization: organization.id } as never,
    file: { data: photo, mimetype: 'image/png', name: 'workshop.png', size: photo.length },
  })
  const caseStudy = (await payload.find({ collection: 'case-studies', limit: 1, sort: 'createdAt' })).docs[0]!
  const lesson = (await payload.find({ collection: 'lessons', limit: 1, sort: 'createdAt', where: { _status: { equals: 'published' } } })).docs[0]!
  await payload.update({
    collection: 'lessons',
    id: lesson.id,
    draft: true,
    autosave: true,
    user: admin,
    data: {
      observation: {
        root: {
          type: 'root',
          direction: 'rtl',
          format: '',
          indent: 0,
          version: 1,
          children: [
            paragraph([
              text('بنگرید به '),
              {
                type: 'link',
                direction: 'rtl',
                format: '',
                indent: 0,
                version: 3,
                id: '6b12d14350f8b43667f90001',
                fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'case-studies', value: caseStudy.id } },
                children: [text('این تجربه')],
              },
            ]),
            { type: 'upload', version: 3, format: '', id: '6b12d14350f8b43667f90002', relationTo: 'media', value: image.id, fields: null },
          ],
        },
      },
    } as never,
  })
  const curriculum = (await payload.find({ collection: 'curricula', limit: 1, sort: 'createdAt', where: { _status: { equals: 'published' } } })).docs[0]!
  const edition = (await payload.findVersions({ collection: 'curricula', where: { parent: { equals: curriculum.id } }, limit: 1, sort: '-createdAt' })).docs[0]!
  await payload.create({
    collection: 'download-events',
    data: { curriculum: curriculum.id, code: curriculum.code, edition: curriculum.edition, version: String(edition.id), format: 'pdf', locale: 'fa' },
  })
  const draft = (await payload.find({ collection: 'case-studies', draft: true, limit: 1, where: { _status: { equals: 'draft' } } })).docs[0]!
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'case-studies', value: String(draft.id) }, user: { relationTo: 'users', value: admin.id } },
    waitUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000),
  } as never)
  await payload.create({
    collection: 'payload-preferences',
    data: { key: 'lessons-list', user: { relationTo: 'users', value: admin.id }, value: { limit: 50 } },
    user: { ...admin, collection: 'users' },
  })
  await rebuildSearchIndex(payload)
}
