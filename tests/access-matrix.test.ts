import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

/**
 * Every role × knowledge collection × operation × kind of document, through the Local API with
 * overrideAccess: false and through REST. The expectations are written out here, independently of
 * the access functions they check. All documents belong to Roshan, an NGO in Tehran.
 */
const actors = ['anonymous', 'member', 'editor', 'otherEditor', 'reviewer', 'coordinator', 'otherCoordinator', 'admin'] as const
type Actor = (typeof actors)[number]
const kinds = ['publishedPublic', 'publishedMembers', 'draft', 'submitted'] as const
type Kind = (typeof kinds)[number]
const collections = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
type Collection = (typeof collections)[number]

const all: Kind[] = [...kinds]
const live: Kind[] = ['publishedPublic', 'publishedMembers']
const none: Kind[] = []

const mayRead: Record<Actor, Kind[]> = {
  anonymous: ['publishedPublic'],
  member: live,
  editor: all, // Roshan's own editor
  otherEditor: live, // never another NGO's drafts
  reviewer: [...live, 'submitted'],
  coordinator: [...live, 'submitted'], // coordinates Tehran
  otherCoordinator: live, // coordinates Fars
  admin: all,
}
const mayUpdate: Record<Actor, Kind[]> = {
  anonymous: none,
  member: none,
  editor: all,
  otherEditor: none,
  reviewer: [...live, 'submitted'],
  coordinator: [...live, 'submitted'],
  otherCoordinator: none,
  admin: all,
}
/** Curricula become the network's standard through reviewers alone: coordinators do not edit them. */
const mayUpdateIn = (collection: Collection, actor: Actor): Kind[] =>
  collection === 'curricula' && actor === 'coordinator' ? none : mayUpdate[actor]
const mayDelete: Record<Actor, Kind[]> = {
  anonymous: none,
  member: none,
  editor: ['draft', 'submitted'],
  otherEditor: none,
  reviewer: none,
  coordinator: none,
  otherCoordinator: none,
  admin: all,
}
/** For which NGO each actor may create: "own" is Roshan, "other" is Omid. */
const mayCreateFor: Record<Actor, ('roshan' | 'omid')[]> = {
  anonymous: [],
  member: [],
  editor: ['roshan'],
  otherEditor: ['omid'],
  reviewer: [],
  coordinator: [],
  otherCoordinator: [],
  admin: ['roshan', 'omid'],
}

let payload: Payload
let cast: Cast
const tokens: Partial<Record<Actor, string>> = {}
let cells = 0
const mismatches: string[] = []

const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : cast.users[actor])

/**
 * Each kind of document is made the way people make it: the NGO editor writes a draft and submits it with
 * "save draft" (which leaves the main record as it was), and a reviewer publishes it.
 */
const makeDoc = async (collection: Collection, kind: Kind, n: number) => {
  const extra: Record<string, unknown> =
    collection === 'curricula' ? { code: `T-${String(n).padStart(4, '0')}`.replace('T-', 'TST-') } : {}
  const data = { ...sampleData(collection, cast.orgs.roshan, extra), visibility: kind === 'publishedMembers' ? 'members' : 'public' }
  const as = (actor: Actor) => ({ user: cast.users[actor as Exclude<Actor, 'anonymous'>], overrideAccess: false as const })
  const draft = await payload.create({ collection, data: data as never, draft: true, ...as('editor') })
  if (kind === 'draft') return draft
  await payload.update({ collection, id: draft.id, data: { workflowState: 'submitted' } as never, draft: true, ...as('editor') })
  if (kind === 'submitted') return draft
  return payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, ...as('reviewer') })
}

let counter = 0
const record = (label: string, expected: boolean, actual: boolean) => {
  cells += 1
  if (expected !== actual) mismatches.push(`${label}: expected ${expected ? 'allowed' : 'refused'}, was ${actual ? 'allowed' : 'refused'}`)
}

const localAllowed = async (fn: () => Promise<unknown>) => {
  try {
    const result = await fn()
    return result !== null && result !== undefined
  } catch {
    return false
  }
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  for (const actor of actors) {
    if (actor === 'anonymous') continue
    const user = cast.users[actor]
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } })
    tokens[actor] = token
  }
})

afterAll(() => {
  console.log(`access matrix: ${cells} cells tested, ${mismatches.length} mismatches`)
  for (const m of mismatches) console.log(`  ${m}`)
})

describe.each(collections)('%s: who may do what', (collection) => {
  it('read, one document at a time and in lists, through the Local API and REST', async () => {
    const docs = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await makeDoc(collection, k, ++counter)] as const)))
    for (const actor of actors) {
      const list = await payload.find({ collection, user: userOf(actor), overrideAccess: false, draft: true, limit: 1000, depth: 0 })
      const listed = new Set(list.docs.map((d) => String(d.id)))
      const restList = await rest('GET', `/${collection}?limit=1000&depth=0&draft=true`, { token: tokens[actor] })
      const restListed = new Set((restList.json.docs ?? []).map((d: { id: unknown }) => String(d.id)))
      for (const kind of kinds) {
        const id = docs[kind]!.id
        const expected = mayRead[actor].includes(kind)
        record(`${collection} read ${kind} by ${actor} (local)`, expected, await localAllowed(() =>
          payload.findByID({ collection, id, user: userOf(actor), overrideAccess: false, draft: true, depth: 0 })))
        const viaRest = await rest('GET', `/${collection}/${id}?draft=true&depth=0`, { token: tokens[actor] })
        record(`${collection} read ${kind} by ${actor} (rest)`, expected, viaRest.status === 200)
        record(`${collection} list ${kind} by ${actor} (local)`, expected, listed.has(String(id)))
        record(`${collection} list ${kind} by ${actor} (rest)`, expected, restListed.has(String(id)))
        const versions = await payload.findVersions({ collection, where: { parent: { equals: id } }, user: userOf(actor), overrideAccess: false, depth: 0 })
        record(`${collection} versions ${kind} by ${actor} (local)`, expected, versions.totalDocs > 0)
      }
    }
    expect(mismatches.filter((m) => m.startsWith(`${collection} `))).toEqual([])
  })

  it('update and delete, through the Local API and REST', async () => {
    for (const actor of actors) {
      for (const kind of kinds) {
        for (const channel of ['local', 'rest'] as const) {
          const target = await makeDoc(collection, kind, ++counter)
          const data = { summary: 'ویرایش آزمایشی', ...(collection === 'lessons' ? { applicability: 'ویرایش آزمایشی' } : {}) }
          const updated =
            channel === 'local'
              ? await localAllowed(() => payload.update({ collection, id: target.id, data: data as never, draft: true, user: userOf(actor), overrideAccess: false }))
              : (await rest('PATCH', `/${collection}/${target.id}?draft=true`, { token: tokens[actor], body: data })).status === 200
          record(`${collection} update ${kind} by ${actor} (${channel})`, mayUpdateIn(collection, actor).includes(kind), updated)

          const victim = await makeDoc(collection, kind, ++counter)
          const deleted =
            channel === 'local'
              ? await localAllowed(() => payload.delete({ collection, id: victim.id, user: userOf(actor), overrideAccess: false }))
              : (await rest('DELETE', `/${collection}/${victim.id}`, { token: tokens[actor] })).status === 200
          const gone = (await payload.find({ collection, where: { id: { equals: victim.id } }, draft: true, depth: 0 })).totalDocs === 0
          record(`${collection} delete ${kind} by ${actor} (${channel})`, mayDelete[actor].includes(kind), deleted && gone)
          if (!mayDelete[actor].includes(kind)) record(`${collection} delete ${kind} by ${actor} (${channel}) kept it`, true, !gone)
        }
      }
    }
    expect(mismatches.filter((m) => m.startsWith(`${collection} `))).toEqual([])
  })

  it('create, for one’s own NGO and for another', async () => {
    for (const actor of actors) {
      for (const org of ['roshan', 'omid'] as const) {
        for (const channel of ['local', 'rest'] as const) {
          const n = ++counter
          const data = sampleData(collection, cast.orgs[org], collection === 'curricula' ? { code: `CRT-${String(n).padStart(4, '0')}` } : {})
          const created =
            channel === 'local'
              ? await localAllowed(() => payload.create({ collection, data: data as never, draft: true, user: userOf(actor), overrideAccess: false }))
              : [200, 201].includes((await rest('POST', `/${collection}?draft=true`, { token: tokens[actor], body: data })).status)
          record(`${collection} create for ${org} by ${actor} (${channel})`, mayCreateFor[actor].includes(org), created)
        }
      }
    }
    expect(mismatches.filter((m) => m.startsWith(`${collection} `))).toEqual([])
  })
})
