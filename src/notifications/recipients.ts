import type { Payload, PayloadRequest, Where } from 'payload'

import type { User } from '../payload-types'
import type { MailKind } from './kinds'
import { wants } from './people'

type Id = number | string

const find = async (payload: Payload, req: PayloadRequest | undefined, where: Where): Promise<User[]> =>
  (await payload.find({ collection: 'users', where, depth: 0, pagination: false, overrideAccess: true, req })).docs

export const reviewers = (payload: Payload, req?: PayloadRequest) => find(payload, req, { roles: { in: ['reviewer'] } })

export const coordinatorsOf = (payload: Payload, provinces: Id[], req?: PayloadRequest) =>
  provinces.length ? find(payload, req, { and: [{ roles: { in: ['coordinator'] } }, { provinces: { in: provinces } }] }) : Promise.resolve([])

export const editorsOf = (payload: Payload, organization: Id | null | undefined, req?: PayloadRequest) =>
  organization == null
    ? Promise.resolve([])
    : find(payload, req, { and: [{ roles: { in: ['editor'] } }, { 'organizations.organization': { in: [organization] } }] })

export const usersByID = (payload: Payload, ids: Id[], req?: PayloadRequest) =>
  ids.length ? find(payload, req, { id: { in: ids } }) : Promise.resolve([])

/** Each person once, without the one who acted, and only those who want this kind of notice. */
export const whoWants = (people: User[], kind: MailKind, actor?: Id | null): User[] => {
  const seen = new Set<string>()
  return people.filter((person) => {
    const key = String(person.id)
    if (seen.has(key) || (actor != null && key === String(actor)) || !wants(person, kind)) return false
    seen.add(key)
    return true
  })
}
