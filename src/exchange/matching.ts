import { closedStatuses, otherDirection, type Direction, type ExchangeKind, type ExchangeStatus } from './kinds'

type Id = number | string

/** What matching reads of an item: plain ids, so that it runs on any record shape and in a unit test. */
export type MatchableItem = {
  id: Id
  direction: Direction
  kind: ExchangeKind
  status: ExchangeStatus
  organization: Id
  provinces: Id[]
  targetGroups: Id[]
  stages: Id[]
  updatedAt?: string
}

export type Match<T extends MatchableItem> = { item: T; score: number; shared: { provinces: number; targetGroups: number; stages: number } }

const overlap = (a: Id[], b: Id[]) => {
  const mine = new Set(a.map(String))
  return new Set(b.map(String).filter((id) => mine.has(id))).size
}

/**
 * The items of the other direction that answer `item`: the same kind, from another NGO, still open or in
 * discussion, and sharing at least a province, a target group or a stage. A shared province weighs most
 * (the resource must reach the place), then target groups, then stages; ties go to the newer item.
 */
export const rankMatches = <T extends MatchableItem>(item: MatchableItem, candidates: T[]): Match<T>[] =>
  candidates
    .filter(
      (candidate) =>
        candidate.direction === otherDirection(item.direction) &&
        candidate.kind === item.kind &&
        String(candidate.organization) !== String(item.organization) &&
        !closedStatuses.includes(candidate.status),
    )
    .map((candidate) => {
      const shared = {
        provinces: overlap(item.provinces, candidate.provinces),
        targetGroups: overlap(item.targetGroups, candidate.targetGroups),
        stages: overlap(item.stages, candidate.stages),
      }
      // An item open for answers ranks above one already in discussion with someone else.
      const score = shared.provinces * 4 + shared.targetGroups * 2 + shared.stages + (candidate.status === 'open' ? 0.5 : 0)
      return { item: candidate, score, shared }
    })
    .filter((match) => match.shared.provinces + match.shared.targetGroups + match.shared.stages > 0)
    .sort((a, b) => b.score - a.score || (b.item.updatedAt ?? '').localeCompare(a.item.updatedAt ?? ''))
