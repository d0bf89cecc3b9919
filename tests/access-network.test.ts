import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { pdf } from './support/files'
import { startPayload } from './support/payload'

/** Access to the network's own records: member NGOs, people, taxonomies, the audit trail, files. */
let payload: Payload
let cast: Cast
type Actor = 'anonymous' | keyof Cast['users']
const actors: Actor[] = ['anonymous', 'member', 'editor', 'otherEditor', 'reviewer', 'coordinator', 'otherCoordinator', 'admin']
let cells = 0

const as = (actor: Actor) => ({ user: actor === 'anonymous' ? undefined : cast.users[actor], overrideAccess: false as const })
const allowed = async (fn: () => Promise<unknown>) => {
  cells += 1
  try {
    return (await fn()) != null
  } catch {
    return false
  }
}
const who = async (fn: (actor: Actor) => Promise<unknown>) => {
  const yes: Actor[] = []
  for (const actor of actors) if (await allowed(() => fn(actor))) yes.push(actor)
  return yes
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

describe('access to the network’s own records', () => {
  it('member NGOs: everyone reads the directory; coordinators and editors change only their own', async () => {
    expect(await who((a) => payload.findByID({ collection: 'organizations', id: cast.orgs.roshan, ...as(a) }))).toEqual(actors)
    // Roshan is in Tehran: its editor, Tehran's coordinator and the admin may change it.
    expect(await who((a) => payload.update({ collection: 'organizations', id: cast.orgs.roshan, data: { city: 'تهران' }, ...as(a) }))).toEqual(['editor', 'coordinator', 'admin'])
    expect(await who((a) => payload.update({ collection: 'organizations', id: cast.orgs.roshan, data: { membershipStatus: 'suspended' }, ...as(a) }))).toEqual(['coordinator', 'admin'])
    expect(
      await who((a) => payload.create({ collection: 'organizations', data: { name: 'تازه', slug: `new-tehran-${a.toLowerCase()}`, province: cast.provinces.tehran } as never, ...as(a) })),
    ).toEqual(['coordinator', 'admin'])
    expect(
      await who(async (a) => {
        const org = await payload.create({ collection: 'organizations', data: { name: 'موقت', slug: `temp-${a.toLowerCase()}`, province: cast.provinces.fars } as never })
        return payload.delete({ collection: 'organizations', id: org.id, ...as(a) })
      }),
    ).toEqual(['admin'])
  })

  it('people: each reads and changes only their own account, and only admins grant roles', async () => {
    expect(await who((a) => payload.findByID({ collection: 'users', id: cast.users.member.id, ...as(a) }))).toEqual(['member', 'admin'])
    const promoted = await payload.update({ collection: 'users', id: cast.users.member.id, data: { roles: ['admin'] }, ...as('member') })
    expect(promoted.roles).toEqual(['member'])
    cells += 1
    const moved = await payload.update({ collection: 'users', id: cast.users.editor.id, data: { organizations: [{ organization: cast.orgs.omid }] } as never, ...as('editor') })
    expect(moved.organizations?.map((o) => (typeof o.organization === 'object' ? o.organization.id : o.organization))).toEqual([cast.orgs.roshan])
    cells += 1
    expect(
      await who((a) => payload.create({ collection: 'users', data: { email: `${a.toLowerCase()}@new.ir`, password: 'long-enough-1', fullName: 'x', roles: ['member'] }, ...as(a) })),
    ).toEqual(['admin'])
  })

  it('taxonomies and provinces: everyone reads, only admins write', async () => {
    for (const collection of ['provinces', 'topics', 'target-groups', 'process-stages', 'funding-instruments'] as const) {
      const data = collection === 'provinces' ? { name: 'x', code: `P${collection.length}` } : { name: 'x', slug: `s-${collection}`, ...(collection === 'process-stages' ? { order: 1 } : {}) }
      const doc = await payload.create({ collection, data: data as never })
      expect(await who((a) => payload.findByID({ collection, id: doc.id, ...as(a) }))).toEqual(actors)
      expect(await who((a) => payload.update({ collection, id: doc.id, data: { name: `y-${a}` }, ...as(a) }))).toEqual(['admin'])
    }
  })

  it('the review trail: written by the workflow alone, read by those who review and by the NGO concerned', async () => {
    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan) as never, draft: true, user: cast.users.editor })
    const event = (await payload.find({ collection: 'review-events', where: { 'document.value': { equals: doc.id } } })).docs[0]!
    // A draft's trail is its NGO's; once the document is live, those who review and coordinate read it too.
    expect(await who((a) => payload.findByID({ collection: 'review-events', id: event.id, ...as(a) }))).toEqual(['editor', 'admin'])
    await payload.update({ collection: 'case-studies', id: doc.id, data: { _status: 'published' } as never, user: cast.users.admin })
    expect(await who((a) => payload.findByID({ collection: 'review-events', id: event.id, ...as(a) }))).toEqual(['editor', 'reviewer', 'coordinator', 'otherCoordinator', 'admin'])
    expect(await who((a) => payload.update({ collection: 'review-events', id: event.id, data: { comment: 'forged' }, ...as(a) }))).toEqual([])
    expect(await who((a) => payload.delete({ collection: 'review-events', id: event.id, ...as(a) }))).toEqual([])
    expect(
      await who((a) => payload.create({ collection: 'review-events', data: { document: { relationTo: 'case-studies', value: doc.id }, transition: 'publish', toState: 'published' }, ...as(a) })),
    ).toEqual([])
  })

  it('download counts: written by the server alone, read by those who review and coordinate', async () => {
    const curriculum = await payload.create({ collection: 'curricula', data: { ...sampleData('curricula', cast.orgs.roshan, { code: 'CNT-01' }), _status: 'published' } as never })
    const event = await payload.create({ collection: 'download-events', data: { curriculum: curriculum.id, edition: '1.0', format: 'pdf', locale: 'fa' } })
    expect(await who((a) => payload.findByID({ collection: 'download-events', id: event.id, ...as(a) }))).toEqual(['reviewer', 'coordinator', 'otherCoordinator', 'admin'])
    expect(await who((a) => payload.update({ collection: 'download-events', id: event.id, data: { edition: '9.9' }, ...as(a) }))).toEqual([])
    expect(await who((a) => payload.delete({ collection: 'download-events', id: event.id, ...as(a) }))).toEqual([])
    expect(
      await who((a) => payload.create({ collection: 'download-events', data: { curriculum: curriculum.id, edition: '1.0', format: 'zip', locale: 'en' }, ...as(a) })),
    ).toEqual([])
  })

  it('files: read through the documents that show them; only their NGO changes them', async () => {
    const file = (name: string) => ({ data: pdf(), mimetype: 'application/pdf', name, size: pdf().length })
    const open = await payload.create({ collection: 'media', data: { organization: cast.orgs.roshan } as never, file: file('open.pdf') })
    const closed = await payload.create({ collection: 'media', data: { organization: cast.orgs.roshan } as never, file: file('closed.pdf') })
    const publish = (attachments: (number | string)[], visibility: 'public' | 'members') =>
      payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), attachments, visibility, _status: 'published' } as never })
    expect(await who((a) => payload.findByID({ collection: 'media', id: open.id, ...as(a) }))).toEqual(['editor', 'admin'])
    await publish([open.id], 'public')
    await publish([closed.id], 'members')
    expect(await who((a) => payload.findByID({ collection: 'media', id: open.id, ...as(a) }))).toEqual(actors)
    expect(await who((a) => payload.findByID({ collection: 'media', id: closed.id, ...as(a) }))).toEqual(actors.filter((a) => a !== 'anonymous'))
    expect(await who((a) => payload.update({ collection: 'media', id: open.id, data: { alt: `alt ${a}` }, ...as(a) }))).toEqual(['editor', 'admin'])
    // Who reads a file is the documents' to say: nobody writes it through the API.
    await payload.update({ collection: 'media', id: closed.id, data: { readers: ' public ', usedBy: ' case-studies:1 ' } as never, ...as('editor') })
    expect(await who((a) => payload.findByID({ collection: 'media', id: closed.id, ...as(a) }))).toEqual(actors.filter((a) => a !== 'anonymous'))
    expect(
      await who((a) => payload.create({ collection: 'media', data: { organization: cast.orgs.roshan } as never, file: file(`by-${a}.pdf`), ...as(a) })),
    ).toEqual(['editor', 'admin'])
    console.log(`network access: ${cells} cells tested`)
  })
})

