import type { Payload } from 'payload'

import { idOf, organizationIDs } from '../access/roles'
import { parseId } from '../api/ids'
import { asPrincipal } from '../notifications/people'
import type { User } from '../payload-types'
import { renewableStatuses } from './kinds'
import { ExchangeRefusal } from './refusal'

/** The item's own NGO keeps a current or expired item for another 90 days (the collection's hook sets the date and reopens an expired one). */
export const renewItem = async (payload: Payload, user: User, itemId: number | string) => {
  const principal = asPrincipal(user)
  // An address whose id cannot be one of the database's ids names no item.
  const id = parseId(payload, 'offers-and-needs', String(itemId))
  if (id === null) throw new ExchangeRefusal(404, 'notFound')
  const item = await payload.findByID({ collection: 'offers-and-needs', id, depth: 0, user: principal, overrideAccess: false, disableErrors: true })
  if (!item) throw new ExchangeRefusal(404, 'notFound')
  if (item.organization == null || !organizationIDs(principal).map(String).includes(String(idOf(item.organization as number)))) throw new ExchangeRefusal(403, 'notOwner')
  if (!renewableStatuses.includes(item.status)) throw new ExchangeRefusal(409, 'closed')
  return payload.update({ collection: 'offers-and-needs', id, data: { renew: true }, user: principal, overrideAccess: false, depth: 0 })
}
