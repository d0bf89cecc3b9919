import type { Payload, Where } from 'payload'

import { parseId } from '../../api/ids'
import { asPrincipal } from '../../notifications/people'
import { idOf } from '../../access/roles'
import { directions, exchangeStatuses, isExchangeKind, type Direction, type ExchangeKind, type ExchangeStatus } from '../../exchange/kinds'
import { rankMatches, type Match, type MatchableItem } from '../../exchange/matching'
import type { OffersAndNeed, User } from '../../payload-types'
import type { Locale } from '../locale'

type Id = number | string

/** The list's filters as its address has them; an unknown value is dropped, as if it were not given. */
export type ExchangeFilters = {
  direction: Direction | null
  kind: ExchangeKind | null
  province: string | null
  targetGroup: string | null
  stage: string | null
  /** null: what is current (open or in discussion). */
  status: ExchangeStatus | null
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() ? value.trim() : null)

export const parseFilters = (raw: Record<string, string | string[] | undefined>): ExchangeFilters => {
  const direction = one(raw.direction)
  const status = one(raw.status)
  const kind = one(raw.kind)
  return {
    direction: (directions as readonly string[]).includes(direction ?? '') ? (direction as Direction) : null,
    kind: isExchangeKind(kind) ? kind : null,
    province: one(raw.province),
    targetGroup: one(raw.targetGroup),
    stage: one(raw.stage),
    status: (exchangeStatuses as readonly string[]).includes(status ?? '') ? (status as ExchangeStatus) : null,
  }
}

const whereOf = (filters: ExchangeFilters): Where => {
  const and: Where[] = [filters.status ? { status: { equals: filters.status } } : { status: { in: ['open', 'inDiscussion'] } }]
  if (filters.direction) and.push({ direction: { equals: filters.direction } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.province) and.push({ provinces: { in: [filters.province] } })
  if (filters.targetGroup) and.push({ targetGroups: { in: [filters.targetGroup] } })
  if (filters.stage) and.push({ stages: { in: [filters.stage] } })
  return { and }
}

/** The items the member may read that pass the filters, newest first, with their NGOs and places named. */
export const findItems = async (payload: Payload, user: User, locale: Locale, filters: ExchangeFilters, limit = 100) =>
  (
    await payload.find({
      collection: 'offers-and-needs',
      where: whereOf(filters),
      sort: '-updatedAt',
      depth: 1,
      limit,
      locale,
      user: asPrincipal(user),
      overrideAccess: false,
    })
  ).docs

/** One item as the member may read it, or null (not theirs to read, or no such item). */
export const findItem = async (payload: Payload, user: User, locale: Locale, text: string) => {
  const id = parseId(payload, 'offers-and-needs', text)
  if (id === null) return null
  return payload.findByID({ collection: 'offers-and-needs', id, depth: 1, locale, user: asPrincipal(user), overrideAccess: false, disableErrors: true })
}

const ids = (value: unknown): Id[] => (Array.isArray(value) ? value.map((entry) => idOf(entry as Id)) : [])

export const matchable = (item: OffersAndNeed): MatchableItem => ({
  id: item.id,
  direction: item.direction,
  kind: item.kind,
  status: item.status,
  organization: item.organization == null ? '' : idOf(item.organization as Id),
  provinces: ids(item.provinces),
  targetGroups: ids(item.targetGroups),
  stages: ids(item.stages),
  updatedAt: item.updatedAt,
})

/** The other direction's current items of the same kind from other NGOs, ranked by what they share with `item`. */
export const findMatches = async (payload: Payload, user: User, locale: Locale, item: OffersAndNeed): Promise<Match<MatchableItem & { doc: OffersAndNeed }>[]> => {
  const candidates = await findItems(payload, user, locale, { direction: item.direction === 'offer' ? 'need' : 'offer', kind: item.kind, province: null, targetGroup: null, stage: null, status: null }, 500)
  return rankMatches(matchable(item), candidates.map((doc) => ({ ...matchable(doc), doc })))
}

/** The names of the taxonomies the filters offer, in the page's language. */
export const filterOptions = async (payload: Payload, locale: Locale) => {
  const names = async (collection: 'provinces' | 'target-groups' | 'process-stages') =>
    (await payload.find({ collection, depth: 0, pagination: false, locale, sort: collection === 'process-stages' ? 'order' : 'name', select: { name: true } })).docs.map((doc) => ({
      id: String(doc.id),
      name: String(doc.name ?? ''),
    }))
  const [provinces, targetGroups, stages] = await Promise.all([names('provinces'), names('target-groups'), names('process-stages')])
  return { provinces, targetGroups, stages }
}
